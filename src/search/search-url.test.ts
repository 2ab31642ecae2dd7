import { describe, expect, it } from 'vitest';
import { searchParams, searchQuery } from './search-url';

describe('search URL', () => {
  it('percent-encodes the query as UTF-8, a space as %20', () => {
    expect(searchParams('', '视频号 激励', true)).toBe('?q=%E8%A7%86%E9%A2%91%E5%8F%B7%20%E6%BF%80%E5%8A%B1');
    expect(searchQuery('?q=%E8%A7%86%E9%A2%91%E5%8F%B7%20%E6%BF%80%E5%8A%B1')).toBe('视频号 激励');
  });

  it('keeps a plus sign and other reserved characters', () => {
    expect(searchQuery(searchParams('', 'c++ & a=b #1', true))).toBe('c++ & a=b #1');
  });

  it('keeps ?feed= and replaces an earlier query', () => {
    expect(searchParams('?feed=https%3A%2F%2Fexample.org%2Ffeed.json&q=old', 'new', true)).toBe(
      '?feed=https%3A%2F%2Fexample.org%2Ffeed.json&q=new',
    );
  });

  it('drops ?feed= where the build does not let it choose the feed', () => {
    expect(searchParams('?feed=x.json', 'a', false)).toBe('?q=a');
  });
});
