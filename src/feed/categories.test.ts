import { describe, expect, it } from 'vitest';
import { categoryTree, countTags, itemsWithTag, libraryOf } from './categories';
import type { FeedItem } from './model';

const item = (id: string, tags: string[], categories: string[][] = []): FeedItem => ({
  id, slug: id, title: id, authors: [], tags, categories,
});

const items = [
  item('a', ['新媒体', '36kr', '资讯'], [['新媒体', '36kr', '资讯']]),
  item('b', ['新媒体', '36kr', '快讯'], [['新媒体', '36kr', '快讯']]),
  item('c', ['Dev', 'Java'], [['Dev', 'Java']]),
  item('d', ['资讯']),
];

describe('countTags', () => {
  it('counts every tag, most used first, ties in order of first appearance', () => {
    expect(countTags(items)).toEqual([
      { name: '新媒体', count: 2 },
      { name: '36kr', count: 2 },
      { name: '资讯', count: 2 },
      { name: '快讯', count: 1 },
      { name: 'Dev', count: 1 },
      { name: 'Java', count: 1 },
    ]);
  });
});

describe('itemsWithTag', () => {
  it('keeps the items whose tags include the name, in order', () => {
    expect(itemsWithTag(items, '资讯').map((x) => x.id)).toEqual(['a', 'd']);
    expect(itemsWithTag(items, '不存在')).toEqual([]);
  });
});

describe('categoryTree', () => {
  it('builds the hierarchy with the number of items under each node', () => {
    expect(categoryTree(items)).toEqual([
      { name: '新媒体', count: 2, children: [
        { name: '36kr', count: 2, children: [
          { name: '资讯', count: 1, children: [] },
          { name: '快讯', count: 1, children: [] },
        ] },
      ] },
      { name: 'Dev', count: 1, children: [{ name: 'Java', count: 1, children: [] }] },
    ]);
  });

  it('counts an item once under a node even when two of its paths pass through it', () => {
    const tree = categoryTree([item('x', [], [['A', 'B'], ['A', 'C']])]);
    expect(tree[0]).toMatchObject({ name: 'A', count: 1 });
  });
});

describe('libraryOf', () => {
  it('groups items by tag, newest first, and computes once per items array', () => {
    const library = libraryOf(items);
    expect(library.byTag.get('资讯')?.map((x) => x.id)).toEqual(['a', 'd']);
    expect(library.tags[0]).toEqual({ name: '新媒体', count: 2 });
    expect(libraryOf(items)).toBe(library);
    expect(libraryOf([...items])).not.toBe(library);
  });
});
