// One feed's search, in the worker (or on the page where there is none).
// A plain feed: one index over the items the app has. A large site with a
// prebuilt index: the first part is fetched on the first search and answers
// it; then the body shards load in order, two fetched ahead, and after each one
// `onProgress` lets the view ask again, so results grow while the reader
// looks at the first ones. A first part that cannot be loaded leaves the
// items the app has (the newest, with their text); a shard that cannot be
// loaded is skipped. Either is said in the results' `coverage`. The index
// holds no article text to quote: for the first results whose article the
// app does not have, the article's own file is fetched and the view asked
// again, so their passages show the matched words too.
import { safeHttpUrl } from '../lib/safe-url';
import { searchBody, searchDoc } from '../lib/search-index-format';
import type { SearchSource } from './search-docs';
import { createSearchEngine, PrebuiltSearchEngine, type Coverage, type SearchEngine, type SearchResults } from './search-engine';

export type LoadJson = (url: string) => Promise<unknown>;

/** Body shards requested while an earlier one is indexed. */
const SHARDS_AHEAD = 2;

/** Results whose passage is worth an article fetch: those on the first screen. */
const QUOTED_HITS = 10;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class SearchSession {
  private engine: SearchEngine | undefined;
  private coverage: Coverage | undefined;
  private ready: Promise<void> | undefined;
  private stopped = false;
  private readonly items: readonly SearchSource[];
  private readonly indexUrl: string | undefined;
  private readonly load: LoadJson;
  private readonly onProgress: () => void;
  private readonly itemUrlTemplate: string | undefined;
  private readonly fetching = new Set<string>();

  /**
   * `indexUrl`: the absolute URL of the prebuilt index's first part, if the
   * feed names one; `itemUrlTemplate`: the feed's one-item files, with
   * `{slug}` (for passages).
   */
  constructor(
    items: readonly SearchSource[], indexUrl: string | undefined, load: LoadJson,
    onProgress: () => void = () => undefined, itemUrlTemplate?: string,
  ) {
    this.items = items;
    this.indexUrl = indexUrl;
    this.load = load;
    this.onProgress = onProgress;
    this.itemUrlTemplate = itemUrlTemplate;
  }

  async search(query: string): Promise<SearchResults> {
    this.ready ??= this.start();
    await this.ready;
    const engine = this.engine!;
    const results = engine.search(query);
    if (engine instanceof PrebuiltSearchEngine) this.fetchTexts(engine, results.hits.slice(0, QUOTED_HITS).map((hit) => hit.slug));
    return this.coverage ? { ...results, coverage: { ...this.coverage } } : results;
  }

  /** Fetches the texts of these articles that are not known yet, then lets the view ask again. */
  private fetchTexts(engine: PrebuiltSearchEngine, slugs: readonly string[]): void {
    const wanted = slugs.filter((slug) => !engine.hasText(slug) && !this.fetching.has(slug));
    const template = this.itemUrlTemplate;
    if (wanted.length === 0 || !template) return;
    for (const slug of wanted) this.fetching.add(slug);
    const texts = wanted.map(async (slug) => {
      let text = '';
      try {
        const url = template.replace('{slug}', encodeURIComponent(slug));
        const item = ((await this.load(url)) as { items?: { content_text?: unknown; content_html?: unknown }[] } | null)?.items?.[0];
        const plain = typeof item?.content_text === 'string' ? item.content_text : undefined;
        text = searchBody(plain, typeof item?.content_html === 'string' ? item.content_html : undefined);
      } catch {
        // No passage for it: the summary stands in, as it did.
      }
      engine.addText(slug, text);
      this.fetching.delete(slug);
    });
    void Promise.all(texts).then(() => {
      if (!this.stopped) this.onProgress();
    });
  }

  /** Stops loading shards (another feed is being searched, or the reader retries). */
  stop(): void {
    this.stopped = true;
  }

  private async start(): Promise<void> {
    const docs = this.items.map(searchDoc);
    if (!this.indexUrl) {
      this.engine = createSearchEngine(docs);
      return;
    }
    let prebuilt: PrebuiltSearchEngine;
    try {
      prebuilt = new PrebuiltSearchEngine(await this.load(this.indexUrl), docs);
    } catch (error) {
      this.engine = createSearchEngine(docs);
      this.coverage = { loaded: 0, failed: 0, total: 0, problem: { kind: 'index', message: reason(error) } };
      return;
    }
    this.engine = prebuilt;
    this.coverage = { loaded: 0, failed: 0, total: prebuilt.shards.length };
    void this.loadShards(prebuilt, this.indexUrl);
  }

  private async loadShards(engine: PrebuiltSearchEngine, base: string): Promise<void> {
    const coverage = this.coverage!;
    // Fetched ahead of the one being indexed, so the network works while the worker indexes;
    // indexed in order, so results grow the same way whatever arrives first.
    const fetchShard = (name: string): Promise<{ json: unknown } | { error: unknown }> => {
      const url = safeHttpUrl(name, base);
      if (!url) return Promise.resolve({ error: new Error(`${name} is not a web address`) });
      return this.load(url).then((json) => ({ json }), (error: unknown) => ({ error }));
    };
    const ahead = engine.shards.slice(0, SHARDS_AHEAD).map(fetchShard);
    for (const [index, name] of engine.shards.entries()) {
      if (this.stopped) return;
      const later = engine.shards[index + SHARDS_AHEAD];
      if (later !== undefined) ahead.push(fetchShard(later));
      const fetched = await ahead.shift()!;
      try {
        if ('error' in fetched) throw fetched.error;
        engine.addShard(fetched.json, name);
        coverage.loaded++;
      } catch (error) {
        coverage.failed++;
        coverage.problem ??= { kind: 'shard', message: reason(error) };
      }
      if (!this.stopped) this.onProgress();
    }
  }
}
