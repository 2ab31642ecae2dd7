// The page's side of search: one worker, started on the first search, fed the
// current feed's items (and its prebuilt index's address) once; each query is
// a message. Where there is no Worker (jsdom), the same session runs on the
// page. Each step of a prebuilt index's loading bumps the feed's progress
// count, which the view puts in its query key to ask again.
import type { FeedModel } from '../feed/model';
import { fetchJson } from '../lib/fetch-json';
import { searchSource } from './search-docs';
import type { SearchResults } from './search-engine';
import type { FromWorker, ToWorker } from './search-protocol';
import { SearchSession } from './search-session';
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
    if ('progress' in message) {
      bumpProgress(message.progress);
      return;
    }
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

const progress = new Map<string, number>();
const listeners = new Set<() => void>();

function bumpProgress(key: string): void {
  progress.set(key, (progress.get(key) ?? 0) + 1);
  for (const listener of listeners) listener();
}

/** How many loading steps of the feed's search index have happened (each may change results). */
export function searchProgress(key: string): number {
  return progress.get(key) ?? 0;
}

export function subscribeSearchProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let inPage: { key: string; session: SearchSession } | undefined;

function searchInPage(feed: FeedModel, query: string): Promise<SearchResults> {
  if (inPage?.key !== feed.url) {
    inPage?.session.stop();
    const key = feed.url;
    const session = new SearchSession(feed.items.map(searchSource), feed.searchIndexUrl, (url) => fetchJson(url), () => bumpProgress(key), feed.itemUrlTemplate);
    inPage = { key, session };
  }
  return inPage.session.search(query);
}

/** Starts the feed's search over: its prebuilt index is fetched again (after a failure). */
export function retrySearch(feed: FeedModel): void {
  if (inPage?.key === feed.url) {
    inPage.session.stop();
    inPage = undefined;
  }
  if (indexedKey === feed.url) indexedKey = undefined;
  bumpProgress(feed.url);
}

/** The feed's articles matching `query`, best first. */
export function searchFeed(feed: FeedModel, query: string): Promise<SearchResults> {
  if (typeof Worker === 'undefined') return searchInPage(feed, query);
  if (indexedKey !== feed.url) {
    post({ type: 'index', key: feed.url, items: feed.items.map(searchSource), indexUrl: feed.searchIndexUrl, itemUrlTemplate: feed.itemUrlTemplate });
    indexedKey = feed.url;
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: 'search', id, key: feed.url, query });
  });
}
