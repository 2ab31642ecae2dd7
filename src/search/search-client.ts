// The page's side of search: one worker, started on the first search, fed the
// current feed's items once; each query is a message. Where there is no
// Worker (jsdom), the same engine runs on the page.
import type { FeedModel } from '../feed/model';
import { searchDoc, searchSource } from './search-docs';
import type { SearchResults } from './search-engine';
import type { FromWorker, ToWorker } from './search-protocol';
import workerUrl from './search-worker.ts?worker&url';

// Trusted Types (the CSP in index.html): a worker's script URL must come
// through a policy; this one lets through only the app's own worker file.
export const WORKER_POLICY = 'ruwei-search';
// The browser's TrustedScriptURL; the Worker constructor takes it where a URL string goes.
type UrlPolicy = { createScriptURL: (url: string) => object };
type PolicyFactory = { createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => UrlPolicy };

let worker: Worker | undefined;
let indexedKey: string | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (results: SearchResults) => void; reject: (error: Error) => void }>();

function startWorker(): Worker {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  const policy = factory?.createPolicy(WORKER_POLICY, {
    createScriptURL: (url) => {
      if (url !== workerUrl) throw new TypeError(`not the search worker: ${url}`);
      return url;
    },
  });
  const started = new Worker(policy ? (policy.createScriptURL(workerUrl) as unknown as string) : workerUrl, {
    // Vite serves workers as modules in development and builds them as classic scripts.
    type: import.meta.env.DEV ? 'module' : 'classic',
  });
  started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if ('results' in message) waiting?.resolve(message.results);
    else waiting?.reject(new Error(message.error));
  });
  started.addEventListener('error', (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'the search worker failed'));
    pending.clear();
  });
  return started;
}

function post(message: ToWorker): void {
  worker ??= startWorker();
  worker.postMessage(message);
}

let inPage: { key: string; search: (query: string) => SearchResults } | undefined;

async function searchInPage(feed: FeedModel, query: string): Promise<SearchResults> {
  if (inPage?.key !== feed.url) {
    const { createSearchEngine } = await import('./search-engine');
    const engine = createSearchEngine(feed.items.map((item) => searchDoc(searchSource(item))));
    inPage = { key: feed.url, search: (text) => engine.search(text) };
  }
  return inPage.search(query);
}

/** The feed's articles matching `query`, best first. */
export function searchFeed(feed: FeedModel, query: string): Promise<SearchResults> {
  if (typeof Worker === 'undefined') return searchInPage(feed, query);
  if (indexedKey !== feed.url) {
    post({ type: 'index', key: feed.url, items: feed.items.map(searchSource) });
    indexedKey = feed.url;
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: 'search', id, key: feed.url, query });
  });
}
