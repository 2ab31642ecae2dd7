// Reading time that is right for Chinese: CJK text is read character by
// character (~400 per minute for adult readers of Chinese), other scripts
// word by word (~230 words per minute, the usual figure for English).
import { CJK_LETTERS } from './cjk';

export const CJK_CHARS_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 230;

// What counts, as a regular expression (the definition; reading-time.test.ts
// checks the scanner below against it):
//   /([CJK_LETTERS])|[\p{L}\p{N}]+(?:['’_.-][\p{L}\p{N}]+)*/gu
// a Han/Kana character on its own, or a run of other letters and digits.
// Hangul stays in the second group: Korean separates words with spaces.
// The scanner gives the same counts without running a Unicode-property regex
// per character, which made this the slowest step of building a large feed.
export const READING_UNIT = new RegExp(`([${CJK_LETTERS}])|[\\p{L}\\p{N}]+(?:['’_.-][\\p{L}\\p{N}]+)*`, 'gu');

const CJK = 1;
const LETTER = 2; // \p{L} or \p{N}
const CJK_RUN = new RegExp(`[${CJK_LETTERS}]+`, 'gu');
const LETTER_RUN = /[\p{L}\p{N}]+/gu;
const JOINERS = new Set([0x27, 0x2019, 0x5f, 0x2e, 0x2d]); // ' ’ _ . -
let bmpTable: Uint8Array | undefined;

export type ReadingUnits = { cjk: number; words: number };

export function countReadingUnits(text: string): ReadingUnits {
  let cjk = 0;
  let words = 0;
  for (let i = 0; i < text.length; ) {
    const kind = classAt(text, i);
    if (kind & CJK) cjk++;
    else if (kind & LETTER) {
      words++;
      i = endOfWord(text, i);
      continue;
    }
    i += width(text, i);
  }
  return { cjk, words };
}

/** Whole minutes, at least 1 for any text with something to read, 0 for none. */
export function readingMinutes(text: string): number {
  const { cjk, words } = countReadingUnits(text);
  if (cjk + words === 0) return 0;
  return Math.max(1, Math.round(cjk / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}

/** Where a word that starts at `start` ends: letters, joined by ' ’ _ . - to more letters. */
function endOfWord(text: string, start: number): number {
  let i = skipLetters(text, start);
  while (JOINERS.has(text.charCodeAt(i)) && i + 1 < text.length && classAt(text, i + 1) & LETTER) i = skipLetters(text, i + 1);
  return i;
}

function skipLetters(text: string, start: number): number {
  let i = start;
  while (i < text.length && classAt(text, i) & LETTER) i += width(text, i);
  return i;
}

function width(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

export function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return (bmpTable ??= buildBmpTable())[unit] ?? 0;
  const code = text.codePointAt(i) ?? unit;
  if (code <= 0xffff) return 0; // a lone high surrogate
  const char = String.fromCodePoint(code);
  return (matchesRun(CJK_RUN, char) ? CJK : 0) | (matchesRun(LETTER_RUN, char) ? LETTER : 0);
}

function matchesRun(run: RegExp, char: string): boolean {
  run.lastIndex = 0;
  return run.test(char);
}

// One pass of each property regex over every BMP character (about 1 ms, once).
function buildBmpTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const codes: number[] = [];
  for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) codes.push(code);
  let all = '';
  for (let k = 0; k < codes.length; k += 4096) all += String.fromCharCode(...codes.slice(k, k + 4096));
  for (const [run, bit] of [[LETTER_RUN, LETTER], [CJK_RUN, CJK]] as const) {
    for (const match of all.matchAll(run)) {
      for (let k = match.index; k < match.index + match[0].length; k++) {
        const code = codes[k] ?? 0;
        table[code] = (table[code] ?? 0) | bit;
      }
    }
  }
  return table;
}
