// The service worker's runtime caches (sw.ts): their names, bounds and which
// of them are stale. Pure, so the rules are tested in Node.
//
// A name carries the cache's kind, a version and the worker's scope:
//   ruwei-<kind>-v<version> <scope>
// The version changes only when what a cache holds changes shape (not on
// every deploy), so articles cached for offline reading survive an update.
// The scope keeps two deploys on one origin (`/` and `/blog/`) from cleaning
// each other's caches.

export const CACHE_VERSION = 1;

export type CacheKind = 'pages' | 'feed' | 'assets';

export type CacheRule = { kind: CacheKind; maxEntries: number; maxAgeSeconds: number };

const DAY = 24 * 60 * 60;

export const CACHE_RULES: Record<CacheKind, CacheRule> = {
  // Prerendered pages the reader opened (network first).
  pages: { kind: 'pages', maxEntries: 60, maxAgeSeconds: 30 * DAY },
  // feed.json, index pages and one-item files (stale while revalidate).
  feed: { kind: 'feed', maxEntries: 300, maxAgeSeconds: 30 * DAY },
  // Hashed scripts and styles of a newer build that a page loaded before its worker took over.
  assets: { kind: 'assets', maxEntries: 60, maxAgeSeconds: 30 * DAY },
};

const PREFIX = 'ruwei-';

export function cacheName(kind: CacheKind, scope: string, version = CACHE_VERSION): string {
  return `${PREFIX}${kind}-v${version} ${scope}`;
}

/** Of the caches the origin holds, those this worker (at `scope`) made in an earlier version: to delete. */
export function staleCaches(existing: readonly string[], scope: string): string[] {
  const current = new Set(Object.values(CACHE_RULES).map((rule) => cacheName(rule.kind, scope)));
  return existing.filter((name) => name.startsWith(PREFIX) && name.endsWith(` ${scope}`) && !current.has(name));
}
