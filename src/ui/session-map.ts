// A map per tab that survives a reload: kept in memory, copied to
// sessionStorage under one key a little after a change (so a burst of
// changes, a scroll's positions, is written once), or at once when the page
// is hidden with a change not yet written, or by `persist`. Entries are in the order last set; beyond `max`
// the oldest goes. Storage that is full, disabled or holds a damaged copy
// costs the copy, never the map.

export type SessionMap<T> = {
  get: (key: string) => T | undefined;
  /** Sets the entry as the newest. */
  set: (key: string, value: T) => void;
  delete: (key: string) => void;
  /** Writes the copy now. */
  persist: () => void;
  /** For tests: forget every entry, and the copy. */
  reset: () => void;
};

type Options = {
  max: number;
  /** How long after a change the copy is written. */
  delayMs: number;
  /** Whether a stored value is one of this map's (the copy may be from another version, or damaged). */
  valid: (value: unknown) => boolean;
};

export function sessionMap<T>(storageKey: string, { max, delayMs, valid }: Options): SessionMap<T> {
  let entries: Map<string, T> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Node (the prerendering, unit tests without a DOM) has no window events.
  const events = typeof addEventListener === 'function';

  function load(): Map<string, T> {
    if (entries) return entries;
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
      entries = new Map(Array.isArray(stored) ? (stored as [string, T][]).filter(([, value]) => valid(value)) : []);
    } catch {
      entries = new Map();
    }
    return entries;
  }
  /** No change waits to be written. */
  function settle(): void {
    clearTimeout(timer);
    timer = undefined;
    if (events) removeEventListener('pagehide', persist);
  }
  function persist(): void {
    settle();
    try {
      sessionStorage.setItem(storageKey, JSON.stringify([...load()]));
    } catch {
      // Storage full or disabled: the map still holds for this page's life.
    }
  }
  function changed(): void {
    if (timer !== undefined) return;
    timer = setTimeout(persist, delayMs);
    if (events) addEventListener('pagehide', persist);
  }

  return {
    get: (key) => load().get(key),
    set: (key, value) => {
      const map = load();
      map.delete(key);
      map.set(key, value);
      if (map.size > max) map.delete(map.keys().next().value as string);
      changed();
    },
    delete: (key) => {
      if (load().delete(key)) changed();
    },
    persist,
    reset: () => {
      entries = new Map();
      settle();
      try {
        sessionStorage.removeItem(storageKey);
      } catch {
        // Storage disabled: nothing to forget.
      }
    },
  };
}
