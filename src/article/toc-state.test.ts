import { describe, expect, it, vi } from 'vitest';
import type { TocNode } from './pipeline/toc';
import { CURRENT, OPEN, TocState } from './toc-state';

const node = (id: string, children: TocNode[] = []): TocNode => ({ id, text: id, depth: 1, children });
// a › a1 › a1x, a › a2, b
const small = [node('a', [node('a1', [node('a1x')]), node('a2')]), node('b')];
const large = Array.from({ length: 40 }, (_x, i) => node(`s${i}`, [node(`s${i}-1`)]));

describe('TocState', () => {
  it('opens a short outline fully and a long one at its top level only', () => {
    const short = new TocState(small);
    expect(short.flags('a') & OPEN).toBe(OPEN);
    expect(short.flags('a1') & OPEN).toBe(OPEN);
    const long = new TocState(large);
    expect(long.flags('s0') & OPEN).toBe(0);
    expect(long.hasBranches).toBe(true);
    expect(new TocState([node('x')]).hasBranches).toBe(false);
  });

  it('marks the section the scrollspy sees as current and unfolds its branch', () => {
    const state = new TocState(large);
    state.spy('s7-1');
    expect(state.current).toBe('s7-1');
    expect(state.flags('s7-1')).toBe(CURRENT);
    expect(state.flags('s7') & OPEN).toBe(OPEN);
    expect(state.flags('s8') & OPEN).toBe(0);
  });

  it('gives the current entry and its ancestors, innermost first', () => {
    const state = new TocState(small);
    expect(state.currentPath()).toEqual([]);
    state.spy('a1x');
    expect(state.currentPath()).toEqual(['a1x', 'a1', 'a']);
  });

  it('keeps a section the reader jumped to current until the reader scrolls', () => {
    const state = new TocState(small);
    state.pin('b');
    state.spy('a2'); // the page cannot scroll b up to the reading line
    expect(state.current).toBe('b');
    state.unpin();
    expect(state.current).toBe('a2');
    state.spy('a');
    expect(state.current).toBe('a');
  });

  it('toggles one branch, expands and collapses all', () => {
    const state = new TocState(large);
    state.toggle('s3');
    expect(state.flags('s3') & OPEN).toBe(OPEN);
    state.toggle('s3');
    expect(state.flags('s3') & OPEN).toBe(0);
    state.expandAll();
    expect(large.every((entry) => state.flags(entry.id) & OPEN)).toBe(true);
    state.collapseAll();
    expect(large.some((entry) => state.flags(entry.id) & OPEN)).toBe(false);
  });

  it('tells subscribers of each change, and no more after they leave', () => {
    const state = new TocState(small);
    const listener = vi.fn();
    const leave = state.subscribe(listener);
    state.spy('a1');
    state.spy('a1'); // no change
    state.toggle('b');
    expect(listener).toHaveBeenCalledTimes(2);
    leave();
    state.collapseAll();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
