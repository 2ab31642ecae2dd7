// The search index's fields and MiniSearch options, shared by the builder
// (which writes the prebuilt index of a large site) and the search worker
// (which loads it, or indexes a plain feed): MiniSearch's serialised form is
// read back only with the options it was written with. The file format is in
// docs/feed-format.md ("Search index").
import type MiniSearch from 'minisearch';
import type { Options } from 'minisearch';
import { htmlWordText } from './html-text';
import { indexTerms } from './tokenize';

export const SEARCH_INDEX_VERSION = 1;
/** Items per body shard: each shard is a few hundred KB gzip, so results update often while they load. */
export const SEARCH_SHARD_SIZE = 200;
/** Characters of the summary the first part keeps, for the snippet of a result whose text is not loaded. */
export const SUMMARY_SNIPPET_CHARS = 60;

/** A title match counts four times a body match, a summary or category match twice. */
export const FIELD_BOOST = { title: 4, tags: 2, summary: 2, body: 1 } as const;

/** One article as the index reads it. */
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

/** What a result shows of an article that the index holds only by its first part. */
export type StoredFields = { title: string; category?: string; published?: number; summary: string };

/** MiniSearch's serialised index (its toJSON()). */
export type SerializedIndex = Parameters<typeof MiniSearch.loadJS>[0];

/** The first part: titles and categories, and what a result shows; names the body shards. */
export type WireSearchHead = { ruwei_search: typeof SEARCH_INDEX_VERSION; shards: string[]; index: SerializedIndex };
/** A body shard: summaries and article text of SEARCH_SHARD_SIZE items. */
export type WireSearchShard = { ruwei_search_shard: typeof SEARCH_INDEX_VERSION; index: SerializedIndex };

function extractField(doc: SearchDoc, field: string): unknown {
  if (field === 'tags') return doc.tags.join(' ');
  if (field === 'category') return doc.tags[0];
  return doc[field as keyof SearchDoc];
}

const common = {
  idField: 'id',
  extractField,
  tokenize: indexTerms,
  processTerm: (term: string) => term,
  searchOptions: {
    boost: { title: FIELD_BOOST.title, tags: FIELD_BOOST.tags, summary: FIELD_BOOST.summary },
    // Queries are built of finished terms (search-engine.ts).
    tokenize: (term: string) => [term],
    processTerm: (term: string) => term,
  },
};

/** One index over everything: a plain feed, indexed in the worker. */
export const FULL_OPTIONS: Options<SearchDoc> = { ...common, fields: ['title', 'tags', 'summary', 'body'] };
/**
 * The first part of a prebuilt index. Summaries are not indexed here:
 * 10,000 real ones (about 190 characters each) weigh 2 MB gzip on their own.
 */
export const HEAD_OPTIONS: Options<SearchDoc> = { ...common, fields: ['title', 'tags'], storeFields: ['title', 'category', 'published', 'summary'] };
export const SHARD_OPTIONS: Options<SearchDoc> = { ...common, fields: ['summary', 'body'] };

/** The doc of the first part: its summary cut to what a snippet shows. */
export function headDoc(doc: SearchDoc): SearchDoc {
  const chars = Array.from(doc.summary);
  const summary = chars.length > SUMMARY_SNIPPET_CHARS ? `${chars.slice(0, SUMMARY_SNIPPET_CHARS).join('')}…` : doc.summary;
  return { ...doc, summary, body: '' };
}

/** An article's text as the index reads it: from its HTML (no markup), whitespace collapsed. */
export function searchBody(text: string | undefined, html: string | undefined): string {
  return (text ?? (html ? htmlWordText(html) : '')).replace(/\s+/g, ' ').trim();
}

/** What the index reads of an item: the fields of a parsed feed item (src/feed/model.ts) it uses. */
export type SearchDocSource = {
  slug: string; title: string; summary?: string; contentHtml?: string; contentText?: string; tags: string[]; published?: number;
};

/** The item as the index reads it: the builder's prebuilt index and the app's own hold the same text. */
export function searchDoc(item: SearchDocSource): SearchDoc {
  return {
    id: item.slug,
    title: item.title,
    summary: item.summary ?? '',
    body: searchBody(item.contentText, item.contentHtml),
    tags: item.tags,
    published: item.published,
  };
}
