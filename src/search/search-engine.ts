// The search index: MiniSearch over title, summary and body with the terms of
// tokenize.ts. Pure: it runs in the search worker, in the builder (the
// prebuilt index) and in the bench alike.
import MiniSearch, { type Query } from 'minisearch';
import { matcher, snippet, highlight, type Segment } from './highlight';
import { bigrams, indexTerms, queryWords, type QueryWord } from './tokenize';

export type SearchDoc = {
  /** The article's slug (its URL name). */
  id: string;
  title: string;
  summary: string;
  /** The article's text (no markup). */
  body: string;
  tags: string[];
  published?: number;
};

export type SearchHit = {
  slug: string;
  title: Segment[];
  snippet: Segment[];
  category?: string;
  published?: number;
};

export type SearchResults = { query: string; total: number; hits: SearchHit[] };

/** A title match counts four times a body match, a summary match twice. */
export const FIELD_BOOST = { title: 4, summary: 2, body: 1 } as const;
/** Results returned per query (the count says how many matched in all). */
export const MAX_HITS = 100;

const FIELDS = ['title', 'summary', 'body'];

export const MINISEARCH_OPTIONS = {
  fields: FIELDS,
  tokenize: indexTerms,
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { title: FIELD_BOOST.title, summary: FIELD_BOOST.summary },
    // The query tree below is made of finished terms.
    tokenize: (term: string) => [term],
    processTerm: (term: string) => term,
  },
};

/** Every word must be found; a Latin word as a prefix ("reac" finds "react"), a CJK word by all its bigrams. */
export function queryTree(words: readonly QueryWord[]): Query {
  const parts: Query[] = words.map((word) => {
    if (word.kind === 'word') return { queries: [word.text], prefix: true };
    if (word.around.length === 0) return { combineWith: 'AND', queries: bigrams(word.text), prefix: false };
    return { combineWith: 'OR', queries: [{ queries: [word.text], prefix: true }, { queries: word.around, prefix: false }] };
  });
  return { combineWith: 'AND', queries: parts };
}

export type SearchEngine = {
  search(query: string, limit?: number): SearchResults;
  /** The index as JSON (MiniSearch's own format), for the prebuilt index. */
  toJSON(): unknown;
};

function engineOver(index: MiniSearch<SearchDoc>, docs: ReadonlyMap<string, SearchDoc>): SearchEngine {
  return {
    search(query, limit = MAX_HITS) {
      const words = queryWords(query);
      if (words.length === 0) return { query, total: 0, hits: [] };
      const found = index.search(queryTree(words));
      const pattern = matcher(words);
      const hits: SearchHit[] = [];
      for (const { id } of found.slice(0, limit)) {
        const doc = docs.get(id as string);
        if (!doc) continue;
        hits.push({
          slug: doc.id,
          title: highlight(doc.title, pattern),
          snippet: snippet(doc.body || doc.summary, pattern),
          category: doc.tags[0],
          published: doc.published,
        });
      }
      return { query, total: found.length, hits };
    },
    toJSON: () => index.toJSON(),
  };
}

export function createSearchEngine(docs: readonly SearchDoc[]): SearchEngine {
  const index = new MiniSearch<SearchDoc>(MINISEARCH_OPTIONS);
  const byId = new Map<string, SearchDoc>();
  for (const doc of docs) {
    if (byId.has(doc.id)) continue;
    byId.set(doc.id, doc);
    index.add(doc);
  }
  return engineOver(index, byId);
}
