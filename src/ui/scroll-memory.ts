// Where the reader was on each history entry, so back/forward returns there.
// Browsers restore scroll only for content present at load; ruwei renders
// lists and articles after data arrives, so it keeps positions itself
// (history.scrollRestoration = 'manual') and each view restores when ready.
// Positions are copied to sessionStorage (at the latest when the page is
// hidden): they survive a reload of the tab. While the app glides to a
// section, the passing positions are not the reader's: an entry keeps none
// until the glide ends, so a reload mid-glide opens the section itself.

const STORAGE_KEY = 'ruwei:scroll';
const MAX_ENTRIES = 100;
const PERSIST_DELAY_MS = 250;
// Browsers without `scrollend` (Safari before 26) end a glide by time.
const GLIDE_MAX_MS = 1500;

let positions: Map<string, number> | undefined;
let persistTimer: ReturnType<typeof setTimeout> | undefined;
let glideTimer: ReturnType<typeof setTimeout> | undefined;

function load(): Map<string, number> {
  if (positions) return positions;
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    positions = new Map(Array.isArray(stored) ? (stored as [string, number][]) : []);
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

export function saveScroll(entryKey: string, y: number): void {
  if (glideTimer !== undefined) return;
  const map = load();
  map.delete(entryKey);
  map.set(entryKey, y);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  persistTimer ??= setTimeout(persistScrollMemory, PERSIST_DELAY_MS);
}

export function savedScroll(entryKey: string): number | undefined {
  return load().get(entryKey);
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
