// Registers the service worker once the page is idle after its first render:
// register.ts is a chunk of its own, fetched then, not with the list.
export function registerWhenIdle(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const start = () => void import('./register').then(({ registerServiceWorker }) => registerServiceWorker()).catch((error: unknown) => {
    // Offline mode is an extra: the app works without it, and says why in the console.
    console.warn('ruwei: the service worker could not be registered:', error);
  });
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options: { timeout: number }) => void }).requestIdleCallback;
  const afterLoad = () => (idle ? idle(start, { timeout: 5000 }) : setTimeout(start, 1000));
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
