// Where the reader was on each history entry, so back/forward returns there.
// Browsers restore scroll only for content present at load; ruwei renders
// lists and articles after data arrives, so it keeps positions itself
// (history.scrollRestoration = 'manual') and each view restores when ready.
// Positions are copied to sessionStorage: they survive a reload of the tab.

const STORAGE_KEY = 'ruwei:scroll';
const MAX_ENTRIES = 100;
const PERSIST_DELAY_MS = 250;

let positions: Map<string, number> | undefined;
let persistTimer: ReturnType<typeof setTimeout> | undefined;

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

function persist(): void {
  persistTimer = undefined;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...load()]));
  } catch {
    // Storage full or disabled: positions still work for this page's life.
  }
}

export function saveScroll(entryKey: string, y: number): void {
  const map = load();
  map.delete(entryKey);
  map.set(entryKey, y);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  persistTimer ??= setTimeout(persist, PERSIST_DELAY_MS);
}

export function savedScroll(entryKey: string): number | undefined {
  return load().get(entryKey);
}

/** For tests: forget every position. */
export function resetScrollMemory(): void {
  positions = new Map();
  clearTimeout(persistTimer);
  persistTimer = undefined;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing to forget.
  }
}
