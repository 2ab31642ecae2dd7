import { describe, expect, it } from 'vitest';
import { imageUrl } from './site-urls';

describe('imageUrl', () => {
  it('keeps a relative path as written when there is no base URL', () => {
    expect(imageUrl('img/cover.png', undefined)).toEqual({ url: 'img/cover.png' });
    expect(imageUrl('//cdn.example.com/a.png', undefined)).toEqual({ url: '//cdn.example.com/a.png' });
  });

  it('resolves a relative path against the base URL', () => {
    expect(imageUrl('img/cover.png', 'https://example.com/blog/')).toEqual({ url: 'https://example.com/blog/img/cover.png' });
  });

  it.each([undefined, 'https://example.com/'])('drops a relative reference that is no URL (base %s)', (base) => {
    expect(imageUrl('//[', base)).toEqual({ dropped: 'not a URL: "//["' });
  });

  it('drops script URLs, also with controls hidden in the scheme', () => {
    expect(imageUrl('java\nscript:alert(1)', undefined)).toEqual({ dropped: 'javascript: URLs are not allowed' });
    expect(imageUrl('data:image/png;base64,AAAA', undefined)).toEqual({ dropped: 'data: URLs are not allowed' });
  });
});
