import { describe, expect, it } from 'vitest';
import { pagesForRange, rowLocation } from './index-pages';

describe('pagesForRange', () => {
  it('lists the pages that hold the visible rows', () => {
    expect(pagesForRange(0, 9, 50, 4)).toEqual([0]);
    expect(pagesForRange(45, 55, 50, 4)).toEqual([0, 1]);
    expect(pagesForRange(149, 150, 50, 4)).toEqual([2, 3]);
  });

  it('never asks for a page past the last one, or for an empty range', () => {
    expect(pagesForRange(190, 400, 50, 4)).toEqual([3]);
    expect(pagesForRange(5, 4, 50, 4)).toEqual([]);
    expect(pagesForRange(0, 10, 50, 0)).toEqual([]);
  });
});

describe('rowLocation', () => {
  it('finds the page and the position on it', () => {
    expect(rowLocation(0, 50)).toEqual({ page: 0, offset: 0 });
    expect(rowLocation(123, 50)).toEqual({ page: 2, offset: 23 });
  });
});
