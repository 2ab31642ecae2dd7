import { describe, expect, it } from 'vitest';
import { ancestorsOf, categoryTree, feedCategories, itemsWithTag, limitDepth, tagMembers, treeNodes } from './categories';
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

describe('tag counts', () => {
  it('counts every tag, most used first, ties in order of first appearance', () => {
    expect(feedCategories(items).tags).toEqual([
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

describe('tagMembers', () => {
  it('orders tags by count, ties by first appearance, members newest first, an item once', () => {
    expect(tagMembers([['b', 'a'], ['c'], ['a', 'c'], ['b', 'b']])).toEqual([
      { name: 'b', members: [0, 3] },
      { name: 'a', members: [0, 2] },
      { name: 'c', members: [1, 2] },
    ]);
  });
});

const tree = (list: readonly FeedItem[]) => categoryTree(list.map((x) => x.categories));

describe('categoryTree', () => {
  it('builds the hierarchy with the number of items under each node', () => {
    expect(tree(items)).toEqual([
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
    expect(tree([item('x', [], [['A', 'B'], ['A', 'C']])])[0]).toMatchObject({ name: 'A', count: 1 });
  });

  it('orders siblings by count, ties by first appearance', () => {
    expect(categoryTree([[['新媒体', '36kr', '资讯']], [['新媒体', '36kr', '快讯']], [['新媒体', '36kr', '快讯'], ['Dev']], [['Dev', 'Java'], ['Dev', 'Go']]])).toEqual([
      { name: '新媒体', count: 3, children: [{ name: '36kr', count: 3, children: [
        { name: '快讯', count: 2, children: [] },
        { name: '资讯', count: 1, children: [] },
      ] }] },
      { name: 'Dev', count: 2, children: [{ name: 'Java', count: 1, children: [] }, { name: 'Go', count: 1, children: [] }] },
    ]);
  });

  // A flat Hexo list of 5,000 names is one path 5,000 levels deep: it used to
  // exhaust the call stack in the builder and in the app.
  it('builds, walks and opens a path 20,000 levels deep and a level 20,000 wide', () => {
    const names = Array.from({ length: 20_000 }, (_x, i) => `c${i}`);
    const deep = categoryTree([[names]]);
    const nodes = Array.from(treeNodes(deep));
    expect(nodes.map((node) => node.name)).toEqual(names);
    expect(ancestorsOf(deep, 'c19999').size).toBe(19_999);
    const wide = categoryTree(names.map((name) => [[name]]));
    expect(wide).toHaveLength(20_000);
    expect(wide[19_999]).toEqual({ name: 'c19999', count: 1, children: [] });
  }, 30_000);
});

describe('limitDepth', () => {
  it('keeps the first levels and lists everything deeper flat under the last one kept', () => {
    const built = categoryTree([[['A', 'B', 'C', 'D']], [['A', 'B', 'E']], [['F']]]);
    expect(limitDepth(built, 2)).toEqual([
      { name: 'A', count: 2, children: [{ name: 'B', count: 2, children: [
        { name: 'C', count: 1, children: [] }, { name: 'E', count: 1, children: [] }, { name: 'D', count: 1, children: [] },
      ] }] },
      { name: 'F', count: 1, children: [] },
    ]);
    expect(limitDepth(built, 9)).toEqual(built);
  });
});

describe('ancestorsOf', () => {
  it('gives the nodes above every node of that name, and none for a top-level or unknown name', () => {
    const built = categoryTree([[['A', 'B', 'X']], [['C', 'X']], [['D']]]);
    expect([...ancestorsOf(built, 'X')].map((node) => node.name).sort()).toEqual(['A', 'B', 'C']);
    expect(ancestorsOf(built, 'D').size).toBe(0);
    expect(ancestorsOf(built, undefined).size).toBe(0);
  });
});

describe('feedCategories', () => {
  it('groups items by tag, newest first, and computes once per items array', () => {
    const categories = feedCategories(items);
    expect(categories.byTag.get('资讯')?.map((x) => x.id)).toEqual(['a', 'd']);
    expect(categories.tags[0]).toEqual({ name: '新媒体', count: 2 });
    expect(feedCategories(items)).toBe(categories);
    expect(feedCategories([...items])).not.toBe(categories);
  });
});
