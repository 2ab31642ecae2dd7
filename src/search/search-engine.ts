// The search index: MiniSearch over title, categories, summary and body with
// the terms of src/lib/tokenize.ts. Pure: it runs in the search worker and in
// the bench alike. Two forms: one index over a plain feed's items, or a large
// site's prebuilt index (src/builder/search-index.ts), loaded as a first part
// (titles, categories) and body shards added as they arrive. A query is
// matched word by word over every loaded index and the words' matches
// intersected, so a word found in a title and another in the body still find
// the article when its title and body sit in different files.
import MiniSearch, { type Query } from 'minisearch';
import {
  FULL_OPTIONS, HEAD_OPTIONS, SEARCH_INDEX_VERSION, SHARD_OPTIONS,
  type SearchDoc, type SerializedIndex, type StoredFields,
} from '../lib/search-index-format';
import { bigrams, queryWords, type QueryWord } from '../lib/tokenize';
import { matcher, snippet, highlight, type Segment } from './highlight';

export type SearchHit = {
  slug: string;
  title: Segment[];
  snippet: Segment[];
  category?: string;
  published?: number;
};

/** How much of a prebuilt index the results cover. */
export type Coverage = {
  /** Body shards loaded, failed, and in all. */
  loaded: number;
  failed: number;
  total: number;
  /** What could not be loaded: the whole index (only the items the app has were searched) or some body shards. */
  problem?: { kind: 'index' | 'shard'; message: string };
};

export type SearchResults = { query: string; total: number; hits: SearchHit[]; coverage?: Coverage };

/** Results returned per query (the count says how many matched in all). */
export const MAX_HITS = 100;

/** A Latin word as a prefix ("reac" finds "react"); a CJK word by all its bigrams (or, one character long, with a neighbour). */
function wordQuery(word: QueryWord): Query {
  if (word.kind === 'word') return { queries: [word.text], prefix: true };
  if (word.around.length === 0) return { combineWith: 'AND', queries: bigrams(word.text), prefix: false };
  return { combineWith: 'OR', queries: [{ queries: [word.text], prefix: true }, { queries: word.around, prefix: false }] };
}

/** Articles matching every word, best first: per word, scores summed over the indexes; the words' matches intersected. */
function matching(indexes: readonly MiniSearch<SearchDoc>[], words: readonly QueryWord[]): string[] {
  let scores: Map<string, number> | undefined;
  for (const word of words) {
    const query = wordQuery(word);
    const found = new Map<string, number>();
    for (const index of indexes) {
      for (const { id, score } of index.search(query)) found.set(id as string, (found.get(id as string) ?? 0) + score);
    }
    const previous = scores;
    scores = previous ? new Map([...found].filter(([id]) => previous.has(id)).map(([id, score]) => [id, score + previous.get(id)!])) : found;
    if (scores.size === 0) break;
  }
  return [...(scores ?? [])].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** What a result shows of an article: its text when known, else the summary. */
type Shown = { title: string; text: string; category?: string; published?: number };

export type SearchEngine = { search(query: string, limit?: number): SearchResults };

function searchOver(indexes: readonly MiniSearch<SearchDoc>[], shown: (id: string) => Shown | undefined, query: string, limit: number): SearchResults {
  const words = queryWords(query);
  if (words.length === 0) return { query, total: 0, hits: [] };
  const found = matching(indexes, words);
  const pattern = matcher(words);
  const hits: SearchHit[] = [];
  for (const id of found.slice(0, limit)) {
    const doc = shown(id);
    if (!doc) continue;
    hits.push({ slug: id, title: highlight(doc.title, pattern), snippet: snippet(doc.text, pattern), category: doc.category, published: doc.published });
  }
  return { query, total: found.length, hits };
}

function shownDoc(doc: SearchDoc): Shown {
  return { title: doc.title, text: doc.body || doc.summary, category: doc.tags[0], published: doc.published };
}

/** One index over a plain feed's items. */
export function createSearchEngine(docs: readonly SearchDoc[]): SearchEngine {
  const index = new MiniSearch<SearchDoc>(FULL_OPTIONS);
  const byId = new Map<string, SearchDoc>();
  for (const doc of docs) {
    if (byId.has(doc.id)) continue;
    byId.set(doc.id, doc);
    index.add(doc);
  }
  const shown = (id: string) => {
    const doc = byId.get(id);
    return doc && shownDoc(doc);
  };
  return { search: (query, limit = MAX_HITS) => searchOver([index], shown, query, limit) };
}

/** Article texts a prebuilt engine keeps for snippets, beyond those the app has. */
const MAX_TEXTS = 500;

/** A prebuilt index file that is not what it should be. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function loadIndex(value: unknown, options: typeof HEAD_OPTIONS, what: string): MiniSearch<SearchDoc> {
  if (!isObject(value) || !Array.isArray(value.index) || !isObject(value.documentIds) || typeof value.serializationVersion !== 'number') {
    throw new SearchIndexError(`${what} holds no MiniSearch index`);
  }
  try {
    return MiniSearch.loadJS<SearchDoc>(value as SerializedIndex, options);
  } catch (error) {
    throw new SearchIndexError(`${what} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The body shards' names in a first part, after checking it. */
function headShards(json: unknown): string[] {
  if (!isObject(json) || json.ruwei_search !== SEARCH_INDEX_VERSION) throw new SearchIndexError(`the search index is not ruwei_search version ${SEARCH_INDEX_VERSION}`);
  if (!Array.isArray(json.shards) || !json.shards.every((name) => typeof name === 'string')) throw new SearchIndexError('the search index names no list of shards');
  return json.shards as string[];
}

/** A large site's prebuilt index: the first part, then body shards as they load. */
export class PrebuiltSearchEngine implements SearchEngine {
  readonly shards: string[];
  private readonly indexes: MiniSearch<SearchDoc>[];
  /** Article text for snippets ('' when it could not be had), newest entries last. */
  private readonly texts = new Map<string, string>();
  private readonly keep: ReadonlySet<string>;

  /** `head`: the first part's JSON; `known`: articles whose text the app already has (for their snippets). */
  constructor(head: unknown, known: readonly SearchDoc[] = []) {
    this.shards = headShards(head);
    this.indexes = [loadIndex((head as { index?: unknown }).index, HEAD_OPTIONS, 'the search index')];
    for (const doc of known) this.texts.set(doc.id, doc.body || doc.summary);
    this.keep = new Set(this.texts.keys());
  }

  /** Whether a result of this article can quote its text (or its text could not be had). */
  hasText(id: string): boolean {
    return this.texts.has(id);
  }

  /** Keeps an article's text for its snippet; at most MAX_TEXTS fetched ones, the oldest forgotten first. */
  addText(id: string, text: string): void {
    this.texts.delete(id);
    this.texts.set(id, text);
    if (this.texts.size <= MAX_TEXTS + this.keep.size) return;
    for (const old of this.texts.keys()) {
      if (this.keep.has(old)) continue;
      this.texts.delete(old);
      break;
    }
  }

  /** Adds a body shard (its JSON); throws SearchIndexError when it is not one. */
  addShard(json: unknown, name: string): void {
    if (!isObject(json) || json.ruwei_search_shard !== SEARCH_INDEX_VERSION) throw new SearchIndexError(`${name} is not a ruwei search shard version ${SEARCH_INDEX_VERSION}`);
    this.indexes.push(loadIndex(json.index, SHARD_OPTIONS, name));
  }

  search(query: string, limit = MAX_HITS): SearchResults {
    return searchOver(this.indexes, (id) => this.shown(id), query, limit);
  }

  private shown(id: string): Shown | undefined {
    const stored = this.indexes[0]!.getStoredFields(id) as StoredFields | undefined;
    if (!stored) return undefined;
    return { title: stored.title, text: this.texts.get(id) || stored.summary, category: stored.category, published: stored.published };
  }
}
