import { describe, expect, it } from 'vitest';
import { categoryPaths, feedTags, tagNames } from './hexo-categories';

describe('categoryPaths (Hexo semantics)', () => {
  it('reads a single string as a one-level path', () => {
    expect(categoryPaths('Java')).toEqual([['Java']]);
  });

  it('reads a flat list as ONE path, outermost first', () => {
    expect(categoryPaths(['新媒体', '36kr', '资讯'])).toEqual([['新媒体', '36kr', '资讯']]);
  });

  it('reads a list of lists as several paths', () => {
    expect(categoryPaths([['Sports', 'Baseball'], ['Diary']])).toEqual([['Sports', 'Baseball'], ['Diary']]);
  });

  it('reads a mixed list as one path per element', () => {
    expect(categoryPaths(['A', ['B', 'C']])).toEqual([['A'], ['B', 'C']]);
  });

  it('stringifies numbers, trims names and drops empty ones and empty paths', () => {
    expect(categoryPaths([' 2022 ', 7, '', null])).toEqual([['2022', '7']]);
    expect(categoryPaths([[], ['x', '  '], null])).toEqual([['x']]);
  });

  it('flattens lists nested deeper than a path and ignores mappings', () => {
    expect(categoryPaths([['A', ['B', ['C']]], { not: 'a name' }])).toEqual([['A', 'B', 'C']]);
  });

  it('drops a repeated path', () => {
    expect(categoryPaths([['A', 'B'], ['A', 'B']])).toEqual([['A', 'B']]);
  });

  it('has no paths for null, undefined or an empty list', () => {
    expect(categoryPaths(null)).toEqual([]);
    expect(categoryPaths(undefined)).toEqual([]);
    expect(categoryPaths([])).toEqual([]);
  });
});

describe('tagNames', () => {
  it('reads null as no tags, a string as one tag and a list as tags', () => {
    expect(tagNames(null)).toEqual([]);
    expect(tagNames('生活')).toEqual(['生活']);
    expect(tagNames(['a', ' b ', '', 2022])).toEqual(['a', 'b', '2022']);
  });
});

describe('feedTags', () => {
  it('lists category names in path order, then tags, each once', () => {
    expect(feedTags([['Dev', 'Java'], ['JUC']], ['Java', '多线程', 'Dev', 'new'])).toEqual(['Dev', 'Java', 'JUC', '多线程', 'new']);
  });
});
