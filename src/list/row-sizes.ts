// Rows take their content's height, measured once rendered. Rows above the
// window that were never rendered keep the estimate, so a list laid out again
// from estimates alone would put other rows at the pixel the reader returns
// to. The measured sizes of the list a history entry showed are kept here and
// handed back when that entry shows the list again (Back from an article).
import type { VirtualItem } from '@tanstack/react-virtual';

/** The last lists left: Back rarely goes further than this. */
const MAX_ENTRIES = 20;

type Saved = { layout: string; rows: VirtualItem[] };

const saved = new Map<string, Saved>();

/** Sizes hold for one width and one font size: `layout` names them (see layoutOf). */
export function saveRowSizes(entryKey: string, layout: string, rows: VirtualItem[]): void {
  saved.delete(entryKey);
  if (rows.length === 0) return;
  saved.set(entryKey, { layout, rows });
  if (saved.size > MAX_ENTRIES) saved.delete(saved.keys().next().value as string);
}

/** The sizes measured on this entry in the same layout, or none. */
export function savedRowSizes(entryKey: string, layout: string): VirtualItem[] {
  const entry = saved.get(entryKey);
  return entry?.layout === layout ? entry.rows : [];
}

export function layoutOf(width: number, rootFontPx: number): string {
  return `${width} ${rootFontPx}`;
}
