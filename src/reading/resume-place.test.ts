import { describe, expect, it } from 'vitest';
import { lineOf, MAX_RESUME_ENTRIES, parsePlaces, placeAt, serializePlaces, withPlace, type Section } from './resume-place';

const sections: Section[] = [{ id: '', top: 100 }, { id: 'one', top: 300 }, { id: 'two', top: 700 }];
const end = 1100;

describe('resume places', () => {
  it('names the section at the reading line and how far into it', () => {
    expect(placeAt(500, sections, end, 0.4)).toEqual({ section: 'one', within: 0.5, page: 0.4 });
    expect(placeAt(700, sections, end, 0.5)).toEqual({ section: 'two', within: 0, page: 0.5 });
    expect(placeAt(150, sections, end, 0)).toEqual({ section: '', within: 0.25, page: 0 });
  });

  it('above the article is its start; past its end is the end of the last section', () => {
    expect(placeAt(0, sections, end, 0)).toEqual({ section: '', within: 0, page: 0 });
    expect(placeAt(5000, sections, end, 1)).toEqual({ section: 'two', within: 1, page: 1 });
  });

  it('finds the same passage when a larger font moves every section', () => {
    const place = placeAt(500, sections, end, 0.4);
    const larger: Section[] = sections.map(({ id, top }) => ({ id, top: top * 1.5 }));
    // Half-way through "one" at the larger size: between 450 and 1050.
    expect(lineOf(place, larger, end * 1.5)).toBe(750);
  });

  it('has no line for a section that is gone (the page fraction is the fallback)', () => {
    expect(lineOf({ section: 'gone', within: 0.5, page: 0.3 }, sections, end)).toBeUndefined();
  });

  it('round-trips, and reads corrupt or other-version text as no place', () => {
    const places = withPlace(new Map(), 'k', { section: '小节', within: 0.25, page: 0.5 });
    expect(parsePlaces(serializePlaces(places)).get('k')).toEqual({ section: '小节', within: 0.25, page: 0.5 });
    for (const text of [null, '{', '[]', '{"v":2,"places":[]}', '{"v":1,"places":[["k",{"section":1}]]}']) {
      expect(parsePlaces(text).size).toBe(0);
    }
    expect(parsePlaces('{"v":1,"places":[["k",{"section":"s","within":7,"page":-1}]]}').get('k')).toEqual({ section: 's', within: 1, page: 0 });
  });

  it('is bounded, the least recently read going first', () => {
    let places = new Map() as ReturnType<typeof withPlace>;
    for (let i = 0; i < MAX_RESUME_ENTRIES + 1; i++) places = withPlace(places, `k${i}`, { section: '', within: 0, page: 0 });
    places = withPlace(places, 'k1', { section: '', within: 0.5, page: 0 });
    expect(places.size).toBe(MAX_RESUME_ENTRIES);
    expect(places.has('k0')).toBe(false);
    expect([...places.keys()].at(-1)).toBe('k1');
  });
});
