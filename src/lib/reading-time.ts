// Reading time that is right for Chinese: CJK text is read character by
// character (~400 per minute for adult readers of Chinese), other scripts
// word by word (~230 words per minute, the usual figure for English).
export const CJK_CHARS_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 230;

// A Han/Kana character on its own, or a run of other letters and digits.
// Hangul stays in the second group: Korean separates words with spaces.
const UNIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|[\p{L}\p{N}]+(?:['’_.-][\p{L}\p{N}]+)*/gu;

export type ReadingUnits = { cjk: number; words: number };

export function countReadingUnits(text: string): ReadingUnits {
  let cjk = 0;
  let words = 0;
  for (const match of text.matchAll(UNIT)) {
    if (match[1] === undefined) words++;
    else cjk++;
  }
  return { cjk, words };
}

/** Whole minutes, at least 1 for any text with something to read, 0 for none. */
export function readingMinutes(text: string): number {
  const { cjk, words } = countReadingUnits(text);
  if (cjk + words === 0) return 0;
  return Math.max(1, Math.round(cjk / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
