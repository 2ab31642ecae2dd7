import { describe, expect, it } from 'vitest';
import { countReadingUnits, readingMinutes } from './reading-time';

describe('countReadingUnits', () => {
  it('counts each Chinese character and each English word once', () => {
    expect(countReadingUnits('微信公开课 PRO 在广州举行')).toEqual({ cjk: 10, words: 1 });
  });

  it('keeps contractions, versions and snake_case names as one word', () => {
    expect(countReadingUnits("don't use v2.1 or foo_bar")).toEqual({ cjk: 0, words: 5 });
  });

  it('ignores punctuation, full-width or not', () => {
    expect(countReadingUnits('，。！？——“”……, . ! ?')).toEqual({ cjk: 0, words: 0 });
  });

  it('counts Japanese kana as characters and Korean as words', () => {
    expect(countReadingUnits('ひらがなカタカナ')).toEqual({ cjk: 8, words: 0 });
    expect(countReadingUnits('한국어 문장')).toEqual({ cjk: 0, words: 2 });
  });
});

describe('readingMinutes', () => {
  it('reads 400 Chinese characters a minute', () => {
    expect(readingMinutes('字'.repeat(4000))).toBe(10);
  });

  it('reads 230 English words a minute', () => {
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });

  it('adds both for mixed text', () => {
    expect(readingMinutes('字'.repeat(2000) + ' word'.repeat(1150))).toBe(10);
  });

  it('says at least one minute for a short text and zero for an empty one', () => {
    expect(readingMinutes('短')).toBe(1);
    expect(readingMinutes('  \n ')).toBe(0);
  });
});
