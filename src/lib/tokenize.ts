// How text becomes search terms, the same in the worker, the builder and the
// bench (docs/feed-format.md, "Search index"). Folding: NFKC (full-width
// `ＡＢＣ１２３` reads `abc123`) and lower case. Chinese and Japanese have no
// spaces between words: their text is indexed as overlapping character
// bigrams ("视频号激励" -> 视频 频号 号激 激励), so any word of two or more
// characters is found wherever it stands. A query's CJK run is cut into
// words with Intl.Segmenter, and each word must be found, not the whole run:
// "视频号激励" finds "视频号……激励计划". (Segmenting every article instead
// costs about 5 ms per 5,000 characters: 50 s for 10,000 posts.)
import { CJK_LETTERS } from './cjk';

/** Longer words are cut to this length (a 10,000-letter "word" is noise, not a term). */
export const MAX_TERM_LENGTH = 40;
/** A query is read up to this many characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query count. */
export const MAX_QUERY_WORDS = 16;

const CJK = new RegExp(`[${CJK_LETTERS}]`, 'u');
// A CJK run, or a run of other letters, marks and digits.
const WORDS = new RegExp(`[${CJK_LETTERS}]+|[[\\p{L}\\p{N}\\p{M}]--[${CJK_LETTERS}]]+`, 'gv');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Width- and case-insensitive form of a text; lone surrogates become U+FFFD. */
export function fold(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFKC').toLowerCase();
}

export function isCjk(text: string): boolean {
  return CJK.test(text);
}

/** A run of CJK characters as overlapping bigrams; a single character stays itself. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

function cut(word: string): string {
  return word.length > MAX_TERM_LENGTH ? Array.from(word).slice(0, MAX_TERM_LENGTH).join('') : word;
}

/** The terms of a document's text (the index side). */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of fold(text).matchAll(WORDS)) {
    if (isCjk(word)) terms.push(...bigrams(word));
    else terms.push(cut(word));
  }
  return terms;
}

/** One word of a query: Latin words match as prefixes; a CJK word by its bigrams. */
export type QueryWord =
  | { kind: 'word'; text: string }
  | { kind: 'cjk'; text: string; /** the bigrams with the characters around a one-character word */ around: string[] };

let segmenter: Intl.Segmenter | undefined;

function cjkWords(run: string): QueryWord[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const parts = [...segmenter.segment(run)].map((part) => part.segment);
  return parts.map((text, i) => {
    if (Array.from(text).length > 1) return { kind: 'cjk', text, around: [] };
    const before = Array.from(parts[i - 1] ?? '').at(-1);
    const after = Array.from(parts[i + 1] ?? '')[0];
    const around = [before && before + text, after && text + after].filter((pair): pair is string => Boolean(pair));
    return { kind: 'cjk', text, around };
  });
}

/** The words of a query, in order, without repeats; [] when it has none (punctuation only, empty). */
export function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const [run] of fold(query.slice(0, MAX_QUERY_LENGTH)).matchAll(WORDS)) {
    for (const word of isCjk(run) ? cjkWords(run) : [{ kind: 'word', text: cut(run) } as const]) {
      if (seen.has(word.text)) continue;
      seen.add(word.text);
      words.push(word);
    }
  }
  return words.slice(0, MAX_QUERY_WORDS);
}
