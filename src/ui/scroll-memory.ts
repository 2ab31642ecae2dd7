// Where the reader was on each history entry, so back/forward returns there.
// Browsers restore scroll only for content present at load; ruwei renders
// lists and articles after data arrives, so it keeps positions itself
// (history.scrollRestoration = 'manual') and each view restores when ready.
// Positions are copied to sessionStorage (at the latest when the page is
// hidden): they survive a reload of the tab. While the app glides to a
// section, the passing positions are not the reader's: an entry keeps none
// until the glide ends, so a reload mid-glide opens the section itself.
// An entry the app put at a section remembers that section until the reader
// scrolls: back/forward and reload put the section under the header again,
// wherever late images or another engine's timing left the pixels.

const STORAGE_KEY = 'ruwei:scroll';
const MAX_ENTRIES = 100;
const PERSIST_DELAY_MS = 250;
// Browsers without `scrollend` (Safari before 26) end a glide by time.
const GLIDE_MAX_MS = 1500;

type Entry = { y: number; section?: string };

let positions: Map<string, Entry> | undefined;
let persistTimer: ReturnType<typeof setTimeout> | undefined;
let glideTimer: ReturnType<typeof setTimeout> | undefined;

function load(): Map<string, Entry> {
  if (positions) return positions;
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    positions = new Map(Array.isArray(stored) ? (stored as [string, Entry][]).filter(([, entry]) => typeof entry?.y === 'number') : []);
  } catch {
    positions = new Map();
  }
  return positions;
}

export function persistScrollMemory(): void {
  clearTimeout(persistTimer);
  persistTimer = undefined;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...load()]));
  } catch {
    // Storage full or disabled: positions still work for this page's life.
  }
}

function store(entryKey: string, entry: Entry): void {
  const map = load();
  map.delete(entryKey);
  map.set(entryKey, entry);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  persistTimer ??= setTimeout(persistScrollMemory, PERSIST_DELAY_MS);
}

export function saveScroll(entryKey: string, y: number): void {
  if (glideTimer !== undefined) return;
  store(entryKey, { ...load().get(entryKey), y });
}

export function savedScroll(entryKey: string): number | undefined {
  return load().get(entryKey)?.y;
}

/** The app put this entry at a section (a deep link, a TOC jump): it stays there until the reader scrolls. */
export function anchorSection(entryKey: string, section: string, y: number): void {
  store(entryKey, { y: load().get(entryKey)?.y ?? y, section });
}

/** The reader scrolled: from now on the entry's pixel position counts. */
export function releaseSection(entryKey: string): void {
  const entry = load().get(entryKey);
  if (entry?.section !== undefined) store(entryKey, { y: entry.y });
}

export function savedSection(entryKey: string): string | undefined {
  return load().get(entryKey)?.section;
}

/** The app starts a smooth scroll: positions are not saved until `endGlide` (the `scrollend` event) or a time limit. */
export function startGlide(): void {
  clearTimeout(glideTimer);
  glideTimer = setTimeout(endGlide, GLIDE_MAX_MS);
}

export function endGlide(): void {
  clearTimeout(glideTimer);
  glideTimer = undefined;
}

/** For tests: forget every position. */
export function resetScrollMemory(): void {
  positions = new Map();
  endGlide();
  clearTimeout(persistTimer);
  persistTimer = undefined;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing to forget.
  }
}
