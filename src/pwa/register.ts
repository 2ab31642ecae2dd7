// Registers the service worker (sw.ts, built to <base>sw.js) and offers a
// waiting new version through the header's "Reload" prompt. Loaded on idle
// after the first render (when-idle.ts), so the list's first load does not
// carry it. Without service workers (an old browser, http:, a test that
// blocks them) the app works as it did, online only.
import { SKIP_WAITING, type KeepMessage } from './messages';
import { offerUpdate } from './update-offer';

// Trusted Types (the CSP in index.html): the worker's script URL must come
// through a policy; this one lets through only the app's own worker file.
export const SW_POLICY = 'ruwei-sw';
type UrlPolicy = { createScriptURL: (url: string) => object };
type PolicyFactory = { createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => UrlPolicy };

const scope = import.meta.env.BASE_URL;
const workerUrl = `${scope}sw.js`;

function trustedWorkerUrl(): string {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  const policy = factory?.createPolicy(SW_POLICY, {
    createScriptURL: (url) => {
      if (url !== workerUrl) throw new TypeError(`not the app's service worker: ${url}`);
      return url;
    },
  });
  return policy ? (policy.createScriptURL(workerUrl) as unknown as string) : workerUrl;
}

function takeOver(waiting: ServiceWorker): void {
  // Already taken over from another tab: this one only needs the reload.
  if (waiting.state === 'activating' || waiting.state === 'activated') return location.reload();
  // The new worker claims the page once active; the reload then runs the new version.
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage(SKIP_WAITING);
}

/** The first visit loaded its page and feed before the worker was there: ask it to keep them (sw.ts). */
function keepThisVisit(): void {
  const files = performance.getEntriesByType('resource').filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch').map((entry) => entry.name);
  const page = performance.getEntriesByType('navigation')[0]?.name ?? location.href;
  const message: KeepMessage = { type: 'ruwei:keep', page: page.split('#')[0]!, files };
  navigator.serviceWorker.controller?.postMessage(message);
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  if (!navigator.serviceWorker.controller) navigator.serviceWorker.addEventListener('controllerchange', keepThisVisit, { once: true });
  // Undefined where a test harness stubs register() to keep service workers out (playwright.config.ts).
  const registration: ServiceWorkerRegistration | undefined = await navigator.serviceWorker.register(trustedWorkerUrl(), { scope, updateViaCache: 'none' });
  if (!registration) return;
  // A worker waits only when another controls the page: a first install takes over at once, with nothing to swap.
  const offerWaiting = () => {
    const waiting = registration.waiting;
    if (waiting && navigator.serviceWorker.controller) offerUpdate(() => takeOver(waiting));
  };
  offerWaiting();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => installing.state === 'installed' && offerWaiting());
  });
}
