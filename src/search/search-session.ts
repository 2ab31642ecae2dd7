// One feed's search, in the worker (or on the page where there is none).
// A plain feed: one index over the items the app has. A large site with a
// prebuilt index: the first part is fetched on the first search and answers
// it; then the body shards load one after another, and after each one
// `onProgress` lets the view ask again, so results grow while the reader
// looks at the first ones. A first part that cannot be loaded leaves the
// items the app has (the newest, with their text); a shard that cannot be
// loaded is skipped. Either is said in the results' `coverage`.
import { safeHttpUrl } from '../lib/safe-url';
import { searchDoc, type SearchSource } from './search-docs';
import { createSearchEngine, PrebuiltSearchEngine, type Coverage, type SearchEngine, type SearchResults } from './search-engine';

export type LoadJson = (url: string) => Promise<unknown>;

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

  /** `indexUrl`: the absolute URL of the prebuilt index's first part, if the feed names one. */
  constructor(items: readonly SearchSource[], indexUrl: string | undefined, load: LoadJson, onProgress: () => void = () => undefined) {
    this.items = items;
    this.indexUrl = indexUrl;
    this.load = load;
    this.onProgress = onProgress;
  }

  async search(query: string): Promise<SearchResults> {
    this.ready ??= this.start();
    await this.ready;
    const results = this.engine!.search(query);
    return this.coverage ? { ...results, coverage: { ...this.coverage } } : results;
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
    for (const name of engine.shards) {
      if (this.stopped) return;
      try {
        const url = safeHttpUrl(name, base);
        if (!url) throw new Error(`${name} is not a web address`);
        engine.addShard(await this.load(url), name);
        coverage.loaded++;
      } catch (error) {
        coverage.failed++;
        coverage.problem ??= { kind: 'shard', message: reason(error) };
      }
      if (!this.stopped) this.onProgress();
    }
  }
}
