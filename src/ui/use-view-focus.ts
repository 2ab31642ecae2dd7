import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { isTextEntry } from '../lib/text-entry';
import { enterEntry, noteFocus, settleFocus } from './focus-memory';
import { useEntryKey } from './use-scroll-memory';

/** In the layout: tells focus memory how each history entry was reached, and records what the reader focuses. */
export function useViewFocus(): void {
  const { pathname, search } = useLocation();
  const key = useEntryKey();
  const type = useNavigationType();
  const view = useRef<string | null>(null);
  const entry = useRef<string | null>(null);

  useLayoutEffect(() => {
    // Strict mode runs effects twice: the same entry is not a new arrival.
    if (entry.current === key) return;
    entry.current = key;
    const now = pathname + search;
    if (view.current === null) enterEntry(key, 'first');
    else if (type === 'POP') enterEntry(key, view.current === now ? 'back-in-view' : 'back');
    else if (type === 'REPLACE' && isTextEntry(document.activeElement)) enterEntry(key, 'typing');
    else enterEntry(key, view.current === now ? 'section' : 'view');
    view.current = now;
    // A new history entry decides; its path is read as of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // A view already rendered (cached data, a move within the same view).
  useEffect(settleFocus, [key]);

  useEffect(() => {
    const onFocus = (event: FocusEvent) => event.target instanceof Element && noteFocus(event.target);
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
}

/** In a view: its heading is on screen now, so a pending focus move can land. */
export function useViewArrived(): void {
  useEffect(settleFocus, []);
}
