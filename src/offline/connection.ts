// Whether the browser has a network, as it tells (`navigator.onLine` and the
// `online`/`offline` events): false means surely offline; true only that a
// network is up, which is all an "Offline" notice needs.

export function subscribeConnection(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export const isOffline = (): boolean => navigator.onLine === false;
