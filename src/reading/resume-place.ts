// Where the reader stopped in an article, as a place in its text rather than
// a pixel: the section at the top of the screen and how far into it (a
// fraction of the section), so a change of font size or width finds the same
// passage. The page fraction is kept as well, for an article whose headings
// changed. Stored per article in a versioned document of at most
// MAX_RESUME_ENTRIES articles (the least recently read are forgotten first);
// anything unreadable reads as "no place".

import { parseStoredPairs } from './stored-pairs';

export const RESUME_VERSION = 1;
export const MAX_RESUME_ENTRIES = 200;

/** `section`: a heading id, or '' for the text before the first heading. */
export type Place = { section: string; within: number; page: number };

/** A heading's id and its top in document coordinates; '' is the start of the article text. */
export type Section = { id: string; top: number };

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/**
 * The place at document position `line` (the top of what the reader sees),
 * given the sections in document order and the end of the article text.
 * `page` is the scroll position as a fraction of the scrollable height.
 */
export function placeAt(line: number, sections: readonly Section[], end: number, page: number): Place {
  let index = -1;
  for (let i = 0; i < sections.length && sections[i]!.top <= line; i++) index = i;
  if (index < 0) return { section: sections[0]?.id ?? '', within: 0, page: clamp01(page) };
  const { id, top } = sections[index]!;
  const bottom = sections[index + 1]?.top ?? end;
  return { section: id, within: bottom > top ? clamp01((line - top) / (bottom - top)) : 0, page: clamp01(page) };
}

/** The document position to bring to the top of the screen for `place`, or undefined when its section is gone. */
export function lineOf(place: Place, sections: readonly Section[], end: number): number | undefined {
  const index = sections.findIndex((section) => section.id === place.section);
  if (index < 0) return undefined;
  const top = sections[index]!.top;
  const bottom = sections[index + 1]?.top ?? end;
  return top + place.within * Math.max(0, bottom - top);
}

export type Places = ReadonlyMap<string, Place>;

function isPlace(value: unknown): value is Place {
  if (typeof value !== 'object' || value === null) return false;
  const { section, within, page } = value as Partial<Place>;
  return typeof section === 'string' && typeof within === 'number' && typeof page === 'number';
}

export function parsePlaces(text: string | null): Places {
  return parseStoredPairs(text, RESUME_VERSION, 'places', MAX_RESUME_ENTRIES, (place) =>
    isPlace(place) ? { section: place.section, within: clamp01(place.within), page: clamp01(place.page) } : undefined);
}

export function serializePlaces(places: Places): string {
  return JSON.stringify({ v: RESUME_VERSION, places: [...places] });
}

/** `places` with `key` at `place`, as the most recent, bounded to `max`. */
export function withPlace(places: Places, key: string, place: Place, max = MAX_RESUME_ENTRIES): Places {
  const next = new Map(places);
  next.delete(key);
  next.set(key, place);
  while (next.size > max) next.delete(next.keys().next().value as string);
  return next;
}
