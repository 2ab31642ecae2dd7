import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigationType, type NavigationType } from 'react-router';
import { endGlide, saveScroll, savedScroll } from './scroll-memory';

/**
 * The history entry's identity. An entry the app did not create (the tab's
 * first page, an address typed in the same tab) has the key 'default' for
 * every URL, so the URL is part of it.
 */
export function useEntryKey(): string {
  const { key, pathname, search, hash } = useLocation();
  return `${key} ${pathname}${search}${hash}`;
}

/** A new navigation (link click) without a hash starts at the top: the layout scrolls there once the view is in place. */
function startsAtTop(type: NavigationType, hash: string): boolean {
  return type !== 'POP' && !hash;
}

/**
 * In the layout: records the scroll position of the current history entry
 * and, on a new navigation (link click) without a hash, starts at the top.
 * Back/forward (POP) is left to the view, which calls useRestoreScroll once
 * its content is on screen.
 */
export function useScrollMemory(): void {
  const { hash } = useLocation();
  const key = useEntryKey();
  const type = useNavigationType();
  const current = useRef(key);

  useLayoutEffect(() => {
    // Switch entries before the browser reports the scroll that the new
    // content causes, so the old entry keeps the reader's own position.
    current.current = key;
    if (startsAtTop(type, hash)) window.scrollTo(0, 0);
    // Only a new entry decides; later hash changes are the view's business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const onScroll = () => saveScroll(current.current, window.scrollY);
    const onScrollEnd = () => {
      endGlide();
      onScroll();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', onScrollEnd, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', onScrollEnd);
    };
  }, []);
}

/**
 * In a view: the position to return to on back/forward for this history
 * entry (read once, before the new content's own scroll events overwrite it),
 * restored once `ready`. Returns the target, or undefined when there is none.
 */
export function useRestoreScroll(ready: boolean): number | undefined {
  const key = useEntryKey();
  const type = useNavigationType();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const target = useMemo(() => (type === 'POP' ? savedScroll(key) : undefined), [key]);
  useLayoutEffect(() => {
    // At once, as the browser's own restoring is: not a glide from the top under `scroll-behavior: smooth`.
    if (ready && target !== undefined) window.scrollTo({ top: target, behavior: 'instant' });
  }, [ready, target]);
  return target;
}

/**
 * Where the window will be once this entry's view is in place: its position
 * to return to, the top of a new entry, else where it is now. A view's
 * effects run before the layout's scroll to the top, so `window.scrollY` is
 * still the last view's then: a virtual list that took it kept its first rows
 * "still" against that place and scrolled the new list back down to it.
 */
export function useStartOffset(restoreTo: number | undefined): () => number {
  const { hash } = useLocation();
  const top = startsAtTop(useNavigationType(), hash);
  return () => restoreTo ?? (top ? 0 : window.scrollY);
}
