// The item summary: plain text of at most SUMMARY_MAX characters (grapheme
// clusters). Steps: take the first source that has text (front matter
// `description`, `excerpt`, the `<!-- more -->` excerpt, the body) -> read only
// the first few hundred characters of it as text (src/lib/html-text.ts) -> cut
// it (src/lib/truncate-text.ts).
import { decodeHTML } from 'entities';
import { SUMMARY_TEXT, htmlText } from '../lib/html-text';
import { truncate } from '../lib/truncate-text';

export const SUMMARY_MAX = 200;

/** Plain-text summary of the first source with text, or undefined. */
export function summarize(sources: readonly (string | undefined)[], max = SUMMARY_MAX): string | undefined {
  for (const source of sources) {
    if (source === undefined) continue;
    const text = summaryText(source, max);
    if (text !== '') return text;
  }
  return undefined;
}

/** Reads no more of `html` than the summary needs. */
export function summaryText(html: string, max = SUMMARY_MAX): string {
  // Code units >= graphemes, so 2 * max code units is usually plenty; emoji-
  // heavy text may need more, and then we read again with a larger limit.
  for (let limit = max * 2 + 16; ; limit *= 4) {
    const { text, complete } = htmlText(html, { ...SUMMARY_TEXT, decode: decodeHTML, limit });
    const cut = truncate(text, max);
    // A cut text had more than `max` graphemes: reading further changes nothing.
    if (complete || cut !== text) return cut;
  }
}
