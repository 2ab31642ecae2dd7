// The resume places of this browser, in localStorage (written at most once a
// second, and when the page is hidden). Storage that fails leaves the places
// working in memory for this page's life.
import { parsePlaces, serializePlaces, withPlace, type Place, type Places } from './resume-place';

const STORAGE_KEY = 'ruwei:resume';
const PERSIST_DELAY_MS = 1000;

let places: Places | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function load(): Places {
  if (places) return places;
  try {
    places = parsePlaces(globalThis.localStorage?.getItem(STORAGE_KEY) ?? null);
  } catch {
    places = new Map();
  }
  return places;
}

export function savedPlace(key: string): Place | undefined {
  return load().get(key);
}

export function savePlace(key: string, place: Place): void {
  places = withPlace(load(), key, place);
  timer ??= setTimeout(persistPlaces, PERSIST_DELAY_MS);
}

export function persistPlaces(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!places) return;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, serializePlaces(places));
  } catch {
    // Storage full or disabled: places still work for this page's life.
  }
}

/** For tests: forget every place. */
export function resetPlaces(): void {
  places = new Map();
  clearTimeout(timer);
  timer = undefined;
  try {
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing to forget.
  }
}
