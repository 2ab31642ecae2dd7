import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { READING_UNIT, classAt, countReadingUnits, readingMinutes } from './reading-time';

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

describe('countReadingUnits against its regular-expression definition', () => {
  function byRegex(text: string) {
    let cjk = 0;
    let words = 0;
    for (const match of text.matchAll(READING_UNIT)) {
      if (match[1] === undefined) words++;
      else cjk++;
    }
    return { cjk, words };
  }

  it('classifies every BMP character as the regex does', () => {
    const letter = /^[\p{L}\p{N}]$/u;
    const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const expected = (cjk.test(char) ? 1 : 0) | (letter.test(char) ? 2 : 0);
      if (classAt(char, 0) !== expected) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('counts the same units as the regex for mixed-script text', () => {
    const alphabet = ['a', 'Z', '7', ' ', "'", '’', '_', '.', '-', '中', '々', '〇', 'ひ', 'カ', 'ー', '한', '⺀', 'é', '\u0301', '😀', '𠀀', '١', '，', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(countReadingUnits(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000, seed: 20_240_641 }, // fixed, so every run tries the same cases
    );
  });
});
