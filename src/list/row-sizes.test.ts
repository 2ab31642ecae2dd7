import { describe, expect, it } from 'vitest';
import { layoutOf, saveRowSizes, savedRowSizes } from './row-sizes';

const row = (index: number, size: number) => ({ index, key: index, start: index * 100, size, end: index * 100 + size, lane: 0 });

describe('row sizes kept per history entry', () => {
  it('hands back the sizes measured on an entry in the same layout', () => {
    const rows = [row(0, 80), row(1, 150)];
    saveRowSizes('a /', layoutOf(1280, 16), rows);
    expect(savedRowSizes('a /', layoutOf(1280, 16))).toEqual(rows);
    expect(savedRowSizes('b /', layoutOf(1280, 16))).toEqual([]);
  });

  it('forgets them when the width or the font size has changed since', () => {
    saveRowSizes('c /', layoutOf(1280, 16), [row(0, 80)]);
    expect(savedRowSizes('c /', layoutOf(390, 16))).toEqual([]);
    expect(savedRowSizes('c /', layoutOf(1280, 18))).toEqual([]);
  });

  it('keeps the last 20 entries, and an entry saved again counts as new', () => {
    for (let n = 0; n < 21; n++) saveRowSizes(`e${n} /`, 'w', [row(0, n + 1)]);
    expect(savedRowSizes('e0 /', 'w')).toEqual([]);
    expect(savedRowSizes('e1 /', 'w')).toHaveLength(1);
    saveRowSizes('e1 /', 'w', [row(0, 5)]);
    saveRowSizes('e21 /', 'w', [row(0, 5)]);
    expect(savedRowSizes('e1 /', 'w')).toEqual([row(0, 5)]);
    expect(savedRowSizes('e2 /', 'w')).toEqual([]);
  });

  it('an entry left with nothing measured keeps nothing', () => {
    saveRowSizes('f /', 'w', [row(0, 80)]);
    saveRowSizes('f /', 'w', []);
    expect(savedRowSizes('f /', 'w')).toEqual([]);
  });
});
