// Where the reader was on each history entry, so back/forward returns there.
// Browsers restore scroll only for content present at load; ruwei renders
// lists and articles after data arrives, so it keeps positions itself
// (history.scrollRestoration = 'manual') and each view restores when ready.
// Positions are copied to sessionStorage (session-map.ts: at the latest when
// the page is hidden): they survive a reload of the tab. While the app glides to a
// section, the passing positions are not the reader's: an entry keeps none
// until the glide ends, so a reload mid-glide opens the section itself.
// An entry the app put at a section remembers that section until the reader
// scrolls: back/forward and reload put the section under the header again,
// wherever late images or another engine's timing left the pixels.
import { sessionMap } from './session-map';

const STORAGE_KEY = 'ruwei:scroll';
const MAX_ENTRIES = 100;
const PERSIST_DELAY_MS = 250;
// Browsers without `scrollend` (Safari before 26) end a glide by time.
const GLIDE_MAX_MS = 1500;

type Entry = { y: number; section?: string };

const positions = sessionMap<Entry>(STORAGE_KEY, {
  max: MAX_ENTRIES,
  delayMs: PERSIST_DELAY_MS,
  valid: (entry) => typeof (entry as Partial<Entry> | null)?.y === 'number',
});
let glideTimer: ReturnType<typeof setTimeout> | undefined;

export function saveScroll(entryKey: string, y: number): void {
  if (glideTimer !== undefined) return;
  positions.set(entryKey, { ...positions.get(entryKey), y });
}

export function savedScroll(entryKey: string): number | undefined {
  return positions.get(entryKey)?.y;
}

/** The app put this entry at a section (a deep link, a TOC jump): it stays there until the reader scrolls. */
export function anchorSection(entryKey: string, section: string, y: number): void {
  positions.set(entryKey, { y: positions.get(entryKey)?.y ?? y, section });
}

/** The reader scrolled: from now on the entry's pixel position counts. */
export function releaseSection(entryKey: string): void {
  const entry = positions.get(entryKey);
  if (entry?.section !== undefined) positions.set(entryKey, { y: entry.y });
}

export function savedSection(entryKey: string): string | undefined {
  return positions.get(entryKey)?.section;
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
  positions.reset();
  endGlide();
}
