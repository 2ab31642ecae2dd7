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

// Keys that scroll the page; others (Tab, shortcuts) do not move it by themselves.
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * The reader scrolls the page: wheel, touch, a scrolling key, a press on the
 * page's scrollbar. A click on a link or button is not one.
 */
export function onReaderScroll(listener: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (SCROLL_KEYS.has(event.key)) listener();
  };
  const onPointer = (event: PointerEvent) => {
    if (event.target === document.documentElement) listener();
  };
  window.addEventListener('wheel', listener, { passive: true });
  window.addEventListener('touchmove', listener, { passive: true });
  window.addEventListener('keydown', onKey, { passive: true });
  window.addEventListener('pointerdown', onPointer, { passive: true });
  return () => {
    window.removeEventListener('wheel', listener);
    window.removeEventListener('touchmove', listener);
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('pointerdown', onPointer);
  };
}
