import { describe, expect, it } from 'vitest';
import { categoryTree, tagLists } from './index-lists';

describe('tagLists', () => {
  it('orders tags by count, ties by first appearance, members newest first', () => {
    const lists = tagLists([['b', 'a'], ['c'], ['a', 'c'], ['b', 'b']]);
    expect(lists).toEqual([
      { name: 'b', members: [0, 3] },
      { name: 'a', members: [0, 2] },
      { name: 'c', members: [1, 2] },
    ]);
  });
});

describe('categoryTree', () => {
  it('builds the hierarchy with the number of items under each node', () => {
    const tree = categoryTree([
      [['新媒体', '36kr', '资讯']],
      [['新媒体', '36kr', '快讯']],
      [['新媒体', '36kr', '快讯'], ['Dev']],
      [['Dev', 'Java'], ['Dev', 'Go']],
    ]);
    expect(tree).toEqual([
      { name: '新媒体', count: 3, children: [{ name: '36kr', count: 3, children: [
        { name: '快讯', count: 2, children: [] },
        { name: '资讯', count: 1, children: [] },
      ] }] },
      { name: 'Dev', count: 2, children: [{ name: 'Java', count: 1, children: [] }, { name: 'Go', count: 1, children: [] }] },
    ]);
  });
});
