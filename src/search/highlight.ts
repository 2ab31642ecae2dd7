// Where a query's words stand in a text, as plain segments that the view turns
// into text nodes and <mark> elements (never HTML strings). Matching runs on
// the folded text (tokenize.ts) and maps back to the original characters, so
// `ＡＢＣ` in an article is marked for the query `abc`.
import { fold, type QueryWord } from '../lib/tokenize';

export type Segment = { text: string; mark: boolean };

/** Characters shown around the first match in a snippet. */
export const SNIPPET_BEFORE = 30;
export const SNIPPET_LENGTH = 160;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** One pattern for every word of a query: a Latin word at a word start, a CJK word anywhere; null when there is none. */
export function matcher(words: readonly QueryWord[]): RegExp | null {
  if (words.length === 0) return null;
  const sources = [...words]
    .sort((a, b) => b.text.length - a.text.length)
    .map((word) => (word.kind === 'cjk' ? escapeRegExp(word.text) : `(?<![\\p{L}\\p{N}])${escapeRegExp(word.text)}`));
  return new RegExp(sources.join('|'), 'gu');
}

/** The folded text and, per folded code unit, the span of original text it came from. */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const piece = fold(text.slice(i, i + width));
    for (let j = 0; j < piece.length; j++) {
      from.push(i);
      to.push(i + width);
    }
    folded += piece;
    i += width;
  }
  return { folded, from, to };
}

/** `text` cut into marked and unmarked segments. */
export function highlight(text: string, pattern: RegExp | null): Segment[] {
  if (!pattern || !text) return text ? [{ text, mark: false }] : [];
  const { folded, from, to } = foldWithMap(text);
  const segments: Segment[] = [];
  let last = 0;
  for (const match of folded.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = from[match.index]!;
    const end = to[match.index + match[0].length - 1]!;
    if (start < last) continue;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    const previous = segments.at(-1);
    // Words side by side ("视频" + "号") make one mark.
    if (previous?.mark) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), mark: true });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * A short passage of `text` around its first match, highlighted; the start of
 * the text when nothing matches. The match is found on the folded text, whose
 * positions are near enough to the original's for choosing a window.
 */
export function snippet(text: string, pattern: RegExp | null): Segment[] {
  let start = 0;
  const first = pattern ? fold(text).search(pattern) : -1;
  if (first > 0) start = Math.max(0, Math.min(first, text.length) - SNIPPET_BEFORE);
  // Never split a surrogate pair at either end.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
  const segments = highlight(text.slice(start, end), pattern);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
