// Rows take their content's height, measured once rendered. Rows above the
// window that were never rendered keep the estimate, so a list laid out again
// from estimates alone would put other rows at the pixel the reader returns
// to. The measured sizes of the list a history entry showed are kept here and
// handed back when that entry shows the list again (Back from an article, or
// a reload: they are copied to sessionStorage as scroll positions are).
import type { VirtualItem } from '@tanstack/react-virtual';

const STORAGE_KEY = 'ruwei:row-sizes';
/** The last lists left: Back rarely goes further than this. */
const MAX_ENTRIES = 10;

/** Row sizes as [index, px] pairs, for one layout (see layoutOf). */
type Saved = { layout: string; sizes: [number, number][] };

let saved: Map<string, Saved> | undefined;

function load(): Map<string, Saved> {
  if (saved) return saved;
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    saved = new Map(Array.isArray(stored) ? (stored as [string, Saved][]).filter(([, entry]) => Array.isArray(entry?.sizes)) : []);
  } catch {
    saved = new Map();
  }
  return saved;
}

function persist(map: Map<string, Saved>): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...map]));
  } catch {
    // Storage full or disabled: sizes still hold for this page's life.
  }
}

/** Sizes hold for one width and one font size: `layout` names them. Rows are keyed by index. */
export function saveRowSizes(entryKey: string, layout: string, rows: readonly Pick<VirtualItem, 'index' | 'size'>[]): void {
  const map = load();
  map.delete(entryKey);
  if (rows.length > 0) map.set(entryKey, { layout, sizes: rows.map((row) => [row.index, row.size]) });
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  persist(map);
}

/** The sizes measured on this entry in the same layout, or none, as the virtualizer's initial measurements. */
export function savedRowSizes(entryKey: string, layout: string): VirtualItem[] {
  const entry = load().get(entryKey);
  if (entry?.layout !== layout) return [];
  return entry.sizes.map(([index, size]) => ({ index, key: index, start: 0, size, end: size, lane: 0 }));
}

export function layoutOf(width: number, rootFontPx: number): string {
  return `${width} ${rootFontPx}`;
}

/** For tests: forget every size. */
export function resetRowSizes(): void {
  saved = new Map();
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing to forget.
  }
}
