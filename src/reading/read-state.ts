// Which articles the reader has opened, as stored in the browser: a versioned
// JSON document of `[key, time]` pairs, oldest first, at most MAX_READ_ENTRIES
// (the oldest marks are forgotten first). Anything unreadable (corrupt JSON,
// another version, wrong shapes) reads as "nothing read": read marks are a
// comfort, never a reason for the app to fail.

import { parseStoredPairs } from './stored-pairs';

export const READ_STATE_VERSION = 1;
export const MAX_READ_ENTRIES = 5000;

/** Key → when it was marked (ms since the epoch), in insertion order (oldest first). */
export type ReadMarks = ReadonlyMap<string, number>;

/** One article of one feed: slugs are unique only within a feed (`?feed=` can open others). */
export function readKey(feedUrl: string, slug: string): string {
  return `${feedUrl} ${slug}`;
}

export function parseReadMarks(text: string | null): ReadMarks {
  return parseStoredPairs(text, READ_STATE_VERSION, 'read', MAX_READ_ENTRIES, (time) => (typeof time === 'number' ? time : undefined));
}

export function serializeReadMarks(marks: ReadMarks): string {
  return JSON.stringify({ v: READ_STATE_VERSION, read: [...marks] });
}

/** `marks` with `keys` marked at `now` (moved to the newest end), bounded to `max`; the same map when nothing changes. */
export function addReadMarks(marks: ReadMarks, keys: readonly string[], now: number, max = MAX_READ_ENTRIES): ReadMarks {
  const fresh = keys.filter((key) => !marks.has(key));
  if (fresh.length === 0) return marks;
  const next = new Map(marks);
  for (const key of fresh) next.set(key, now);
  const excess = next.size - max;
  if (excess > 0) {
    let dropped = 0;
    for (const key of next.keys()) {
      if (dropped++ >= excess) break;
      next.delete(key);
    }
  }
  return next;
}

/** `marks` without `keys`; the same map when none is there. */
export function removeReadMarks(marks: ReadMarks, keys: readonly string[]): ReadMarks {
  const gone = keys.filter((key) => marks.has(key));
  if (gone.length === 0) return marks;
  const next = new Map(marks);
  for (const key of gone) next.delete(key);
  return next;
}

/** The newest half, for a second try when storage is full. */
export function newestHalf(marks: ReadMarks): ReadMarks {
  return new Map([...marks].slice(Math.floor(marks.size / 2)));
}
