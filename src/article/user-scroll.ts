// What tells that the reader moves the page themselves (wheel, touch, keys,
// a press on the scrollbar), as opposed to a scroll the app made.
const INTENT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function onReaderScrollIntent(listener: () => void): () => void {
  for (const type of INTENT) window.addEventListener(type, listener, { passive: true });
  return () => {
    for (const type of INTENT) window.removeEventListener(type, listener);
  };
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
