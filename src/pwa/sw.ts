// The service worker (built by vite-plugin-pwa into dist/sw.js, with the list
// of the app shell's files put in place of self.__WB_MANIFEST). What it caches
// and why: README, "Offline and install"; the rules: routes.ts, caches.ts.
// A new version installs and then waits: only the reader's "Reload" (a
// SKIP_WAITING message from register.ts) lets it take over.
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import { CACHE_RULES, cacheName, staleCaches, type CacheKind } from './caches';
import { keptRequests, routeFor } from './routes';
import { isKeepMessage, SKIP_WAITING } from './messages';

type ExtendableEvent = Event & { waitUntil: (promise: Promise<unknown>) => void };
declare const self: {
  __WB_MANIFEST: { url: string; revision: string | null }[];
  registration: { scope: string };
  clients: { claim: () => Promise<void> };
  skipWaiting: () => Promise<void>;
  addEventListener: (type: string, listener: (event: ExtendableEvent & { data?: unknown }) => void) => void;
};

const scope = self.registration.scope;
const expiring = (kind: CacheKind) => ({
  cacheName: cacheName(kind, scope),
  plugins: [new ExpirationPlugin({ maxEntries: CACHE_RULES[kind].maxEntries, maxAgeSeconds: CACHE_RULES[kind].maxAgeSeconds, purgeOnQuotaError: true })],
});

const pages = expiring('pages');
// No page cached and no network: the app shell, which renders the view from the cached feed.
const shellFallback = { handlerDidError: async () => (await matchPrecache('index.html')) ?? undefined };

const strategies: Record<CacheKind, Strategy> = {
  // A slow train network gives up after a few seconds for the page the reader had.
  pages: new NetworkFirst({ ...pages, networkTimeoutSeconds: 4, plugins: [...pages.plugins, shellFallback] }),
  feed: new StaleWhileRevalidate(expiring('feed')),
  assets: new CacheFirst(expiring('assets')),
};

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Navigations first, so that `/` is network first too rather than the precached shell.
registerRoute(({ request }) => routeFor(request, scope) === 'pages', strategies.pages);
addRoute();
for (const kind of ['feed', 'assets'] as const) registerRoute(({ request }) => routeFor(request, scope) === kind, strategies[kind]);

self.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void self.skipWaiting();
  if (!isKeepMessage(event.data)) return;
  const { page, files } = event.data;
  // Fetched afresh through the same strategies, as if the page had asked with the worker in control.
  event.waitUntil(Promise.allSettled(keptRequests(page, files, scope).map(({ url, kind }) => strategies[kind].handle({ event, request: new Request(url) }))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(staleCaches(names, scope).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});
