// Which of the service worker's caches answers a request (sw.ts). Pure: the
// worker passes the request's method, mode and URL and its own scope.
//   page    a navigation: network first, then the page cached when the
//           reader opened it, then the precached app shell
//   feed    a JSON file of the app's own origin (feed.json, the index and its
//           pages, one-item files): stale while revalidate
//   asset   a hashed file under assets/ that the precache does not hold
//   null    not the worker's business: the network as without it
import type { CacheKind } from './caches';

export type RequestFacts = { method: string; mode: string; url: string };

export function routeFor(request: RequestFacts, scope: string): CacheKind | null {
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return null;
  if (request.mode === 'navigate') return 'pages';
  const { pathname } = new URL(request.url);
  const scopePath = new URL(scope).pathname;
  if (pathname.startsWith(`${scopePath}assets/`)) return 'assets';
  if (pathname.endsWith('.json')) return 'feed';
  return null;
}

/** The requests a keep message (messages.ts) asks to cache, each with the cache that takes it; anything else is dropped. */
export function keptRequests(page: string, files: readonly string[], scope: string): { url: string; kind: CacheKind }[] {
  const kept = [{ method: 'GET', mode: 'navigate', url: page }, ...files.map((url) => ({ method: 'GET', mode: 'cors', url }))];
  return kept.flatMap((request) => {
    const kind = routeFor(request, scope);
    return kind ? [{ url: request.url, kind }] : [];
  });
}
