// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutOf, resetRowSizes, saveRowSizes, savedRowSizes } from './row-sizes';

const row = (index: number, size: number) => ({ index, size });
const sizes = (rows: { index: number; size: number }[]) => rows.map(({ index, size }) => ({ index, size }));

describe('row sizes kept per history entry', () => {
  beforeEach(resetRowSizes);

  it('hands back the sizes measured on an entry in the same layout, keyed by index', () => {
    saveRowSizes('a /', layoutOf(1280, 16), [row(0, 80), row(1, 150)]);
    const back = savedRowSizes('a /', layoutOf(1280, 16));
    expect(sizes(back)).toEqual([row(0, 80), row(1, 150)]);
    expect(back.map((item) => item.key)).toEqual([0, 1]);
    expect(savedRowSizes('b /', layoutOf(1280, 16))).toEqual([]);
  });

  it('forgets them when the width or the font size has changed since', () => {
    saveRowSizes('c /', layoutOf(1280, 16), [row(0, 80)]);
    expect(savedRowSizes('c /', layoutOf(390, 16))).toEqual([]);
    expect(savedRowSizes('c /', layoutOf(1280, 18))).toEqual([]);
  });

  it('keeps the last 10 entries, and an entry saved again counts as new', () => {
    for (let n = 0; n < 11; n++) saveRowSizes(`e${n} /`, 'w', [row(0, n + 1)]);
    expect(savedRowSizes('e0 /', 'w')).toEqual([]);
    expect(savedRowSizes('e1 /', 'w')).toHaveLength(1);
    saveRowSizes('e1 /', 'w', [row(0, 5)]);
    saveRowSizes('e11 /', 'w', [row(0, 5)]);
    expect(sizes(savedRowSizes('e1 /', 'w'))).toEqual([row(0, 5)]);
    expect(savedRowSizes('e2 /', 'w')).toEqual([]);
  });

  it('an entry left with nothing measured keeps nothing', () => {
    saveRowSizes('f /', 'w', [row(0, 80)]);
    saveRowSizes('f /', 'w', []);
    expect(savedRowSizes('f /', 'w')).toEqual([]);
  });

  it('is copied to sessionStorage a second after a list is left, not at once: leaving is a click into an article', () => {
    vi.useFakeTimers();
    try {
      saveRowSizes('h /', 'w', [row(0, 80)]);
      expect(sessionStorage.getItem('ruwei:row-sizes')).toBeNull();
      vi.advanceTimersByTime(1000);
      expect(JSON.parse(sessionStorage.getItem('ruwei:row-sizes')!)).toEqual([['h /', { layout: 'w', sizes: [[0, 80]] }]]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('survives a reload of the tab (written when the page is hidden), and ignores a damaged copy', async () => {
    saveRowSizes('g /', 'w', [row(3, 90)]);
    window.dispatchEvent(new Event('pagehide'));
    vi.resetModules();
    const reloaded = await import('./row-sizes');
    expect(sizes(reloaded.savedRowSizes('g /', 'w'))).toEqual([row(3, 90)]);
    sessionStorage.setItem('ruwei:row-sizes', '{not json');
    vi.resetModules();
    const damaged = await import('./row-sizes');
    expect(damaged.savedRowSizes('g /', 'w')).toEqual([]);
  });
});
