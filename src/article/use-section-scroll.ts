// Deep links and moves between sections. On each history entry: back and
// forward return to the position the reader left (useRestoreScroll); else a
// `#<heading-id>` (percent-encoded or not) puts that section start just below
// the sticky header and takes focus; an unknown hash leaves the reader at the
// top. A cold load scrolls as soon as the article is rendered, however late
// the feed arrived, and holds the section there while images above it load
// (they have reserved sizes, so normally nothing moves) until the reader
// scrolls. Jumps from the table of contents glide unless the reader prefers
// reduced motion. An entry the app put at a section returns to that section
// on back/forward and reload until the reader scrolls it themselves: late
// images, engines that report scrolls at other moments (Firefox) or have no
// `scrollend` (WebKit) cannot move it off. A large article's later pieces
// come in after its first render (article-body.tsx): a section not in yet is
// looked for again once `filled`, and only then is the hash taken as unknown.
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { anchorSection, releaseSection, savedSection, startGlide } from '../ui/scroll-memory';
import { useEntryKey, useRestoreScroll } from '../ui/use-scroll-memory';
import type { TocState } from './toc-state';
import { onReaderScroll, onReaderScrollIntent, prefersReducedMotion } from './user-scroll';

const HOLD_MS = 10_000;

export function decodeHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function findSection(body: HTMLElement | null, id: string): HTMLElement | null {
  return id && body ? body.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
}

/** Re-aligns the section whenever the page's size changes (late fonts, images without a size), until the reader scrolls. */
function holdInView(target: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => target.scrollIntoView({ block: 'start', behavior: 'instant' }));
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    stopListening();
  };
  const timer = setTimeout(stop, HOLD_MS);
  const stopListening = onReaderScrollIntent(stop);
  observer.observe(target.ownerDocument.body);
  return stop;
}

export function useSectionScroll(body: RefObject<HTMLElement | null>, state: TocState, filled: boolean): void {
  const { key, hash } = useLocation();
  const type = useNavigationType();
  const entry = useEntryKey();
  // A large article makes room for the place only once its last piece is in.
  const restored = useRestoreScroll(filled);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read once per entry, as the position is
  const anchored = useMemo(() => (type === 'POP' ? savedSection(entry) : undefined), [entry]);
  const shown = useRef(false);
  const current = useRef(entry);
  // The move still waiting for the rest of the article: whether it was the view's first.
  const waiting = useRef<{ first: boolean } | undefined>(undefined);

  useEffect(() => {
    current.current = entry;
  }, [entry]);
  useEffect(() => onReaderScroll(() => releaseSection(current.current)), []);

  /** Puts the entry's section in view and returns what stops holding it there; 'missing' while its section may be in a piece not yet in the page. */
  const show = (first: boolean, complete: boolean): (() => void) | undefined | 'missing' => {
    const back = anchored ? findSection(body.current, anchored) : null;
    if (back) {
      back.scrollIntoView({ block: 'start', behavior: 'instant' });
      state.pin(back.id);
      return holdInView(back);
    }
    if (restored !== undefined) return;
    const target = findSection(body.current, decodeHash(hash));
    if (!target) {
      if (!complete && (anchored || hash)) return 'missing';
      // No such section: the top. That is where the reader was on an entry
      // they never scrolled (back/forward), and the layout leaves a new entry
      // with a hash where it was. A cold load is at the top already.
      if (!first || (hash && type !== 'POP')) window.scrollTo({ top: 0, behavior: 'instant' });
      return;
    }
    const glide = !first && type === 'PUSH' && !prefersReducedMotion();
    if (glide) startGlide();
    anchorSection(entry, target.id, window.scrollY);
    target.scrollIntoView({ block: 'start', behavior: glide ? 'smooth' : 'instant' });
    target.focus({ preventScroll: true });
    state.pin(target.id);
    return glide ? undefined : holdInView(target);
  };

  useLayoutEffect(() => {
    const first = !shown.current;
    shown.current = true;
    const done = show(first, filled);
    waiting.current = done === 'missing' ? { first } : undefined;
    return done === 'missing' ? undefined : done;
    // A new history entry decides (or a new hash on the same entry: the
    // browser's own fragment navigation); the rest is read as of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, hash]);

  useLayoutEffect(() => {
    const move = waiting.current;
    if (!filled || !move) return;
    waiting.current = undefined;
    const done = show(move.first, true);
    return done === 'missing' ? undefined : done;
    // Once, when the last piece is in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filled]);
}
