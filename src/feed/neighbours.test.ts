import { describe, expect, it } from 'vitest';
import type { FeedItem } from './model';
import { listFromState, neighboursInList } from './neighbours';

const item = (slug: string, tags: string[] = []): FeedItem => ({ id: slug, slug, title: slug.toUpperCase(), authors: [], tags, categories: [] });
// Newest first, as parseFeed sorts them.
const items = [item('a', ['资讯']), item('b'), item('c', ['资讯']), item('d', ['资讯'])];

describe('neighboursInList', () => {
  it('takes the newer and older article of All', () => {
    expect(neighboursInList(items, 'b', null)).toEqual({ newer: { slug: 'a', title: 'A' }, older: { slug: 'c', title: 'C' } });
  });

  it('skips articles outside the category the reader came from', () => {
    expect(neighboursInList(items, 'c', '资讯')).toEqual({ newer: { slug: 'a', title: 'A' }, older: { slug: 'd', title: 'D' } });
  });

  it('has no newer article at the top of a list and no older one at its end', () => {
    expect(neighboursInList(items, 'a', '资讯')).toEqual({ newer: undefined, older: { slug: 'c', title: 'C' } });
    expect(neighboursInList(items, 'd', null)).toEqual({ newer: { slug: 'c', title: 'C' }, older: undefined });
  });

  it('says nothing for an article that is not in the list', () => {
    expect(neighboursInList(items, 'b', '资讯')).toBeUndefined();
  });
});

describe('listFromState', () => {
  it('reads a category, or null for All', () => {
    expect(listFromState({ list: '资讯' })).toBe('资讯');
    expect(listFromState({ list: null })).toBeNull();
  });

  it('ignores state that names no list', () => {
    expect(listFromState(null)).toBeUndefined();
    expect(listFromState({})).toBeUndefined();
    expect(listFromState({ list: 3 })).toBeUndefined();
  });
});
