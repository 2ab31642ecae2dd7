import { expect, test } from 'vitest';
import { CACHE_RULES, CACHE_VERSION, cacheName, staleCaches } from './caches';

const ROOT = 'https://example.org/';
const BLOG = 'https://example.org/blog/';

test('a cache is named by kind, version and scope', () => {
  expect(cacheName('feed', ROOT)).toBe(`ruwei-feed-v${CACHE_VERSION} ${ROOT}`);
  expect(cacheName('pages', BLOG, 7)).toBe(`ruwei-pages-v7 ${BLOG}`);
});

test('every runtime cache is bounded in entries and age', () => {
  for (const rule of Object.values(CACHE_RULES)) {
    expect(rule.maxEntries).toBeGreaterThan(0);
    expect(rule.maxAgeSeconds).toBeGreaterThan(0);
  }
});

test("on activate, this scope's caches of other versions go; current ones, other scopes' and other apps' stay", () => {
  const current = Object.values(CACHE_RULES).map((rule) => cacheName(rule.kind, ROOT));
  const existing = [
    ...current,
    cacheName('feed', ROOT, CACHE_VERSION - 1),
    cacheName('pages', ROOT, CACHE_VERSION + 1),
    `ruwei-retired-v${CACHE_VERSION} ${ROOT}`,
    cacheName('feed', BLOG, CACHE_VERSION - 1),
    `workbox-precache-v2-${ROOT}`,
    'someone-else',
  ];
  expect(staleCaches(existing, ROOT)).toEqual([
    cacheName('feed', ROOT, CACHE_VERSION - 1),
    cacheName('pages', ROOT, CACHE_VERSION + 1),
    `ruwei-retired-v${CACHE_VERSION} ${ROOT}`,
  ]);
  expect(staleCaches(current, ROOT)).toEqual([]);
});
