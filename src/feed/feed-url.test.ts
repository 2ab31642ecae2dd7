import { describe, expect, it } from 'vitest';
import { FeedUrlError } from './errors';
import { resolveFeedUrl, viewSearch } from './feed-url';

const BASE = 'https://reader.example/blog/';

describe('resolveFeedUrl', () => {
  it('defaults to feed.json beside index.html, also under a sub-path', () => {
    expect(resolveFeedUrl('', BASE)).toBe('https://reader.example/blog/feed.json');
  });

  it('takes ?feed= as an absolute http(s) URL', () => {
    expect(resolveFeedUrl('?feed=https%3A%2F%2Fother.example%2Ffeed.json', BASE)).toBe('https://other.example/feed.json');
  });

  it('resolves a relative ?feed= against the app', () => {
    expect(resolveFeedUrl('?feed=data/big.json', BASE)).toBe('https://reader.example/blog/data/big.json');
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'vbscript:x', 'http://[bad'])(
    'refuses %s with a message',
    (value) => {
      expect(() => resolveFeedUrl(`?feed=${encodeURIComponent(value)}`, BASE)).toThrow(FeedUrlError);
      expect(() => resolveFeedUrl(`?feed=${encodeURIComponent(value)}`, BASE)).toThrow(/not a feed address/);
    },
  );
});

describe('viewSearch', () => {
  it('keeps only the parameters views add, in one order', () => {
    expect(viewSearch('?x=1&feed=a%20b.json')).toBe('?feed=a+b.json');
    expect(viewSearch('?unread=1&x=1&q=%E5%BE%AE&feed=f.json')).toBe('?feed=f.json&q=%E5%BE%AE&unread=1');
    expect(viewSearch('?x=1&feed=')).toBe('');
  });
});
