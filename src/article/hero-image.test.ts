import { describe, expect, it } from 'vitest';
import { sameImage } from './hero-image';

describe('the hero image', () => {
  it('is the same picture whatever the scheme, host case or fragment, not with another query', () => {
    expect(sameImage('http://IMG.test/a.png?w=1', 'https://img.test/a.png?w=1#x')).toBe(true);
    expect(sameImage('https://img.test/a.png?n=1', 'https://img.test/a.png?n=2')).toBe(false);
    expect(sameImage('https://img.test/a.png', 'not a URL')).toBe(false);
  });
});
