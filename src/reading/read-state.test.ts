import { describe, expect, it } from 'vitest';
import { addReadMarks, MAX_READ_ENTRIES, newestHalf, parseReadMarks, readKey, serializeReadMarks } from './read-state';

const feed = 'https://example.org/feed.json';

describe('read marks', () => {
  it('round-trips through storage text', () => {
    const marks = addReadMarks(new Map(), [readKey(feed, 'a'), readKey(feed, '视频号')], 1000);
    const back = parseReadMarks(serializeReadMarks(marks));
    expect([...back.keys()]).toEqual([readKey(feed, 'a'), readKey(feed, '视频号')]);
    expect(back.get(readKey(feed, 'a'))).toBe(1000);
  });

  it('keeps slugs of different feeds apart', () => {
    const marks = addReadMarks(new Map(), [readKey(feed, 'a')], 1);
    expect(marks.has(readKey('https://other.example/feed.json', 'a'))).toBe(false);
  });

  it('reads corrupt, foreign or older-version text as nothing read', () => {
    for (const text of [null, '', '{', 'null', '42', '"x"', '[]', '{"v":0,"read":[["a",1]]}', '{"v":2,"read":[["a",1]]}', '{"v":1,"read":{}}']) {
      expect(parseReadMarks(text).size).toBe(0);
    }
  });

  it('drops malformed pairs and keeps the good ones', () => {
    const marks = parseReadMarks(JSON.stringify({ v: 1, read: [['a', 1], ['b'], [2, 3], 'c', null, ['d', '4'], ['e', 5]] }));
    expect([...marks.keys()]).toEqual(['a', 'e']);
  });

  it('is bounded: the oldest marks go first', () => {
    let marks = addReadMarks(new Map(), ['a', 'b', 'c'], 1, 3);
    marks = addReadMarks(marks, ['d', 'e'], 2, 3);
    expect([...marks.keys()]).toEqual(['c', 'd', 'e']);
  });

  it('reads at most the bound from storage written by a larger build', () => {
    const read = Array.from({ length: MAX_READ_ENTRIES + 10 }, (_, i) => [`k${i}`, i]);
    const marks = parseReadMarks(JSON.stringify({ v: 1, read }));
    expect(marks.size).toBe(MAX_READ_ENTRIES);
    expect(marks.has('k0')).toBe(false);
    expect(marks.has(`k${MAX_READ_ENTRIES + 9}`)).toBe(true);
  });

  it('returns the same marks when nothing is new', () => {
    const marks = addReadMarks(new Map(), ['a'], 1);
    expect(addReadMarks(marks, ['a'], 2)).toBe(marks);
  });

  it('halves to the newest marks', () => {
    expect([...newestHalf(new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]])).keys()]).toEqual(['c', 'd']);
  });
});
