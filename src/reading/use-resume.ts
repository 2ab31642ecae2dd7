// Reopening an article returns to where the reader stopped, across reloads
// and visits: on a new entry without a hash (a hash, or a back/forward
// position kept by src/ui/scroll-memory.ts, wins). The place is a section and
// a fraction of it (resume-place.ts); it is held there while late images or
// fonts move the text, until the reader scrolls.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { savedScroll } from '../ui/scroll-memory';
import { useEntryKey } from '../ui/use-scroll-memory';
import { lineOf, placeAt, type Place, type Section } from './resume-place';
import { persistPlaces, savedPlace, savePlace } from './resume-store';

const HOLD_MS = 10_000;
const SAVE_DELAY_MS = 200;
const INTENT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

type Layout = { sections: Section[]; end: number; offset: number };

/** The article's sections in document coordinates, and the sticky header's height (html's scroll-padding-top). */
function measure(body: HTMLElement): Layout {
  const scrollY = window.scrollY;
  const box = body.getBoundingClientRect();
  const sections: Section[] = [{ id: '', top: box.top + scrollY }];
  for (const heading of body.querySelectorAll<HTMLElement>('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')) {
    sections.push({ id: heading.id, top: heading.getBoundingClientRect().top + scrollY });
  }
  const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  return { sections, end: box.bottom + scrollY, offset };
}

function scrollToPlace(body: HTMLElement, place: Place): void {
  const { sections, end, offset } = measure(body);
  const line = lineOf(place, sections, end);
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  const top = line === undefined ? place.page * scrollable : line - offset;
  window.scrollTo({ top: Math.max(0, Math.round(top)), behavior: 'instant' });
}

function hold(body: HTMLElement, place: Place): () => void {
  const reapply = () => scrollToPlace(body, place);
  const frame = requestAnimationFrame(reapply);
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(reapply);
  observer?.observe(body);
  const stop = () => {
    cancelAnimationFrame(frame);
    observer?.disconnect();
    clearTimeout(timer);
    for (const type of INTENT) window.removeEventListener(type, stop);
  };
  const timer = setTimeout(stop, HOLD_MS);
  for (const type of INTENT) window.addEventListener(type, stop, { passive: true });
  return stop;
}

export function useResume(body: RefObject<HTMLElement | null>, placeKey: string): void {
  const { hash } = useLocation();
  const type = useNavigationType();
  const entry = useEntryKey();
  const start = useRef({ hash, kept: type === 'POP' && savedScroll(entry) !== undefined });

  useLayoutEffect(() => {
    const place = savedPlace(placeKey);
    if (!body.current || !place || start.current.hash || start.current.kept) return;
    scrollToPlace(body.current, place);
    return hold(body.current, place);
  }, [body, placeKey]);

  useEffect(() => {
    const element = body.current;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      // Gone from the page (the reader moved on): nothing to measure.
      if (!element?.isConnected) return;
      const { sections, end, offset } = measure(element);
      const scrollable = document.documentElement.scrollHeight - window.innerHeight;
      savePlace(placeKey, placeAt(window.scrollY + offset, sections, end, scrollable > 0 ? window.scrollY / scrollable : 0));
    };
    const onScroll = () => {
      timer ??= setTimeout(save, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', persistPlaces);
    return () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
      persistPlaces();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', persistPlaces);
    };
  }, [body, placeKey]);
}
