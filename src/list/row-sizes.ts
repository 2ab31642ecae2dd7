// Rows take their content's height, measured once rendered. Rows above the
// window that were never rendered keep the estimate, so a list laid out again
// from estimates alone would put other rows at the pixel the reader returns
// to. The measured sizes of the list a history entry showed are kept here and
// handed back when that entry shows the list again (Back from an article, or
// a reload: they are copied to sessionStorage as scroll positions are).
import type { VirtualItem } from '@tanstack/react-virtual';
import { sessionMap } from '../ui/session-map';

/** Row sizes as [index, px] pairs, for one layout (see layoutOf). */
type Saved = { layout: string; sizes: [number, number][] };

const saved = sessionMap<Saved>('ruwei:row-sizes', {
  // The last lists left: Back rarely goes further than this.
  max: 10,
  // Saved as the reader leaves a list (an article opens): the copy waits for that to be done.
  delayMs: 1000,
  valid: (entry) => Array.isArray((entry as Partial<Saved> | null)?.sizes),
});

/** Sizes hold for one width and one font size: `layout` names them. Rows are keyed by index. */
export function saveRowSizes(entryKey: string, layout: string, rows: readonly Pick<VirtualItem, 'index' | 'size'>[]): void {
  if (rows.length > 0) saved.set(entryKey, { layout, sizes: rows.map((row) => [row.index, row.size]) });
  else saved.delete(entryKey);
}

/** When the page is hidden: the copy in sessionStorage, now. */
export function persistRowSizes(): void {
  saved.persist();
}

/** The sizes measured on this entry in the same layout, or none, as the virtualizer's initial measurements. */
export function savedRowSizes(entryKey: string, layout: string): VirtualItem[] {
  const entry = saved.get(entryKey);
  if (entry?.layout !== layout) return [];
  return entry.sizes.map(([index, size]) => ({ index, key: index, start: 0, size, end: size, lane: 0 }));
}

export function layoutOf(width: number, rootFontPx: number): string {
  return `${width} ${rootFontPx}`;
}

/** For tests: forget every size. */
export function resetRowSizes(): void {
  saved.reset();
}
