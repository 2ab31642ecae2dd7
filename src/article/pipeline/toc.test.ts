import { describe, expect, it } from 'vitest';
import type { Heading } from './headings';
import { buildToc, tocParents, type TocNode } from './toc';

const h = (id: string, level: number): Heading => ({ id, text: id, level, pseudo: false });
const shape = (nodes: readonly TocNode[]): unknown[] => nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));

describe('buildToc', () => {
  it('makes the highest level present the top', () => {
    const toc = buildToc([h('a', 3), h('b', 4), h('c', 3)]);
    expect(shape(toc)).toEqual([{ a: ['b'] }, 'c']);
    expect(toc[0]!.depth).toBe(1);
    expect(toc[0]!.children[0]!.depth).toBe(2);
  });

  it('nests a skipped level one step, with no empty node', () => {
    const toc = buildToc([h('a', 2), h('b', 4), h('c', 3)]);
    expect(shape(toc)).toEqual([{ a: ['b', 'c'] }]);
    expect(toc[0]!.children.map((n) => n.depth)).toEqual([2, 2]);
  });

  it('keeps a deeper heading that comes first at the top', () => {
    expect(shape(buildToc([h('a', 3), h('b', 2), h('c', 3)]))).toEqual(['a', { b: ['c'] }]);
  });

  it('returns nothing for no headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});

describe('tocParents', () => {
  it('knows the parent of every entry', () => {
    const parents = tocParents(buildToc([h('a', 2), h('b', 3), h('c', 4), h('d', 2)]));
    expect(Object.fromEntries(parents)).toEqual({ a: undefined, b: 'a', c: 'b', d: undefined });
  });
});
