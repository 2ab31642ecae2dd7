// The read marks of this browser, shared by every view and tab: kept in
// localStorage, with listeners so the list updates when an article is marked
// (here or in another tab). Storage that fails (private mode, quota, disabled)
// leaves the marks working in memory for this page's life.
import { addReadMarks, newestHalf, parseReadMarks, readKey, removeReadMarks, serializeReadMarks, type ReadMarks } from './read-state';

const STORAGE_KEY = 'ruwei:read';

let marks: ReadMarks | undefined;
/** Opened in this page's life: "Unread only" keeps them, so Back lands on the row the reader left. */
const openedNow = new Set<string>();
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function load(): ReadMarks {
  if (marks) return marks;
  try {
    marks = parseReadMarks(storage()?.getItem(STORAGE_KEY) ?? null);
  } catch {
    marks = new Map();
  }
  return marks;
}

function save(next: ReadMarks): void {
  let kept = next;
  for (let attempt = 0; attempt < 3 && kept.size > 0; attempt++) {
    try {
      storage()?.setItem(STORAGE_KEY, serializeReadMarks(kept));
      return;
    } catch {
      kept = newestHalf(kept);
    }
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function readMarks(): ReadMarks {
  return load();
}

export function subscribeReadMarks(listener: () => void): () => void {
  if (listeners.size === 0) globalThis.addEventListener?.('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) globalThis.removeEventListener?.('storage', onStorage);
  };
}

function onStorage(event: StorageEvent): void {
  if (event.key !== STORAGE_KEY && event.key !== null) return;
  marks = undefined;
  emit();
}

/** Marks the articles read; returns those that were not read before (what an undo takes back). */
export function markRead(feedUrl: string, slugs: readonly string[]): string[] {
  const current = load();
  const fresh = slugs.filter((slug) => !current.has(readKey(feedUrl, slug)));
  const next = addReadMarks(current, fresh.map((slug) => readKey(feedUrl, slug)), Date.now());
  if (next !== current) commit(next);
  return fresh;
}

/** Takes the read marks of these articles back ("Undo" after "Mark all as read"). */
export function unmarkRead(feedUrl: string, slugs: readonly string[]): void {
  const current = load();
  const next = removeReadMarks(current, slugs.map((slug) => readKey(feedUrl, slug)));
  if (next !== current) commit(next);
}

function commit(next: ReadMarks): void {
  marks = next;
  save(next);
  emit();
}

/** The reader opens an article: it is read, and stays in an "Unread only" list until the page reloads. */
export function markOpened(feedUrl: string, slug: string): void {
  openedNow.add(readKey(feedUrl, slug));
  markRead(feedUrl, [slug]);
}

export function openedThisVisit(feedUrl: string, slug: string): boolean {
  return openedNow.has(readKey(feedUrl, slug));
}

/** For tests: forget every mark. */
export function resetReadMarks(): void {
  marks = new Map();
  openedNow.clear();
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing to forget.
  }
  emit();
}
