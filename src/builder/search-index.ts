// The prebuilt search index of a large site (docs/feed-format.md, "Search
// index"): feed/search/<hash>.json, the first part the app downloads when the
// reader first searches (titles and categories, and what a result shows),
// naming the body shards (summaries and article text, SEARCH_SHARD_SIZE
// items each) that it loads after the first results. MiniSearch's own
// serialisation with the options the app loads it with. Items are read as
// the app reads them (parseItems), so the index holds the same text as one
// the app would build from the items. Shards are built as the posts arrive,
// so the builder never holds every article's text at once. Deterministic:
// the same items in the same order give the same bytes, and names are the
// SHA-256 of the bytes.
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import { parseItems } from '../feed/parse-feed';
import type { WireItem } from '../feed/wire';
import {
  HEAD_OPTIONS, SEARCH_INDEX_VERSION, SEARCH_SHARD_SIZE, SHARD_OPTIONS, headDoc, searchDoc,
  type SearchDoc, type WireSearchHead, type WireSearchShard,
} from '../lib/search-index-format';
import type { OutputFile } from './feed-documents';

export const SEARCH_DIR = 'feed/search';
// parseItems resolves the items' URLs against a base; search reads none of them.
const NO_BASE = 'https://localhost/';

export type SearchIndexFiles = { head: OutputFile; shards: OutputFile[] };

export class SearchIndexAssembler {
  private readonly head = new MiniSearch<SearchDoc>(HEAD_OPTIONS);
  private readonly shards: OutputFile[] = [];
  private pending: SearchDoc[] = [];
  private readonly shardSize: number;

  constructor(shardSize = SEARCH_SHARD_SIZE) {
    this.shardSize = shardSize;
  }

  /** Adds the next item (newest first, as in the feed). */
  add(item: WireItem): void {
    const [read] = parseItems([item], NO_BASE, 'item').items;
    if (!read) return;
    const doc = searchDoc(read);
    this.head.add(headDoc(doc));
    this.pending.push(doc);
    if (this.pending.length >= this.shardSize) this.closeShard();
  }

  /** The first part and every shard; `head.path` is what feed.json's `_ruwei.search_index` names. */
  finish(): SearchIndexFiles {
    if (this.pending.length > 0) this.closeShard();
    // Each shard named relative to the first part, in the same folder.
    const shards = this.shards.map((shard) => shard.path.slice(SEARCH_DIR.length + 1));
    const document: WireSearchHead = { ruwei_search: SEARCH_INDEX_VERSION, shards, index: this.head.toJSON() };
    return { head: hashed(document), shards: this.shards };
  }

  private closeShard(): void {
    const index = new MiniSearch<SearchDoc>(SHARD_OPTIONS);
    index.addAll(this.pending);
    this.pending = [];
    const document: WireSearchShard = { ruwei_search_shard: SEARCH_INDEX_VERSION, index: index.toJSON() };
    this.shards.push(hashed(document));
  }
}

function hashed(document: unknown): OutputFile {
  const data = `${JSON.stringify(document)}\n`;
  return { path: `${SEARCH_DIR}/${createHash('sha256').update(data).digest('hex').slice(0, 16)}.json`, data };
}
