// Cutting plain text to a number of characters (grapheme clusters, so an
// emoji or a letter with combining marks is one character), preferring a word
// boundary (in CJK text every character is one) and adding `…` when cut.
// The builder's summaries and the app's fallback titles use it.
import { CJK_LETTERS, CJK_PUNCTUATION } from './cjk';

const ELLIPSIS = '…';
// Do not give up more than this share of the text to end on a word boundary.
const MAX_WORD_BACKTRACK = 0.4;
// Made on first use: most texts never need it, and making one costs tens of ms.
let graphemes: Intl.Segmenter | undefined;
// Characters that always stand alone as a grapheme cluster (no combining
// marks, joiners, variation selectors, surrogates, Hangul jamo, CR): text made
// only of these has one grapheme per code unit, and Intl.Segmenter (slow per
// segment) is not needed. Covers ASCII, Latin, punctuation, symbols and CJK.
const ONE_UNIT_GRAPHEMES = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u2100-\u2bff\u2e80-\u2fdf\u3000-\u3029\u3030-\u303f\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9d\uffe0-\uffee]*$/;
const CJK = new RegExp(`[${CJK_LETTERS}${CJK_PUNCTUATION}]`, 'u');

/** Whether `text` holds a Chinese or Japanese character (or full-width punctuation). */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** `text` itself when it has at most `max` graphemes, else a cut with `…`. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const ends = graphemeEnds(text, max + 1);
  if (ends.length <= max) return text;
  // Keep max - 1 graphemes so the ellipsis fits in the limit.
  const keep = max - 1;
  const cut = wordBoundary(text, ends, keep) ?? ends[keep - 1] ?? 0;
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

/** End offsets of the first `count` grapheme clusters. */
export function graphemeEnds(text: string, count: number): number[] {
  const ends: number[] = [];
  if (ONE_UNIT_GRAPHEMES.test(text)) {
    for (let end = 1; end <= Math.min(count, text.length); end++) ends.push(end);
    return ends;
  }
  for (const { index, segment } of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text)) {
    ends.push(index + segment.length);
    if (ends.length >= count) break;
  }
  return ends;
}

/** The latest grapheme boundary within `keep` graphemes that is also a word boundary. */
function wordBoundary(text: string, ends: readonly number[], keep: number): number | undefined {
  const lowest = Math.floor(keep * (1 - MAX_WORD_BACKTRACK));
  for (let k = keep - 1; k >= lowest; k--) {
    const at = ends[k] ?? 0;
    if (isWordBoundary(text, at)) return at;
  }
  return undefined;
}

function isWordBoundary(text: string, at: number): boolean {
  const before = text.codePointAt(at - 1) ?? 0;
  const beforeChar = String.fromCodePoint(before >= 0xdc00 && before <= 0xdfff ? (text.codePointAt(at - 2) ?? 0) : before);
  const afterChar = String.fromCodePoint(text.codePointAt(at) ?? 0);
  return /\s/.test(beforeChar) || /\s/.test(afterChar) || CJK.test(beforeChar) || CJK.test(afterChar);
}
