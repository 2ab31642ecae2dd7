// Which section the reader is in: the last section start above the reading
// line. One IntersectionObserver whose root reaches from far above the page
// down to the line: a section start "intersects" exactly when it is above
// the line, so every crossing, a jump over thousands of sections included,
// is reported, and no scroll handler measures anything.
import { useEffect, type RefObject } from 'react';
import type { TocState } from './toc-state';
import { onReaderScrollIntent } from './user-scroll';

/** The reading line, as a share of the viewport's height from its top. */
const READING_LINE = 0.35;
/** Far enough above the viewport to hold any article (LayoutUnit allows ±33 million px). */
const ABOVE = 16_000_000;

function sectionStarts(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>('.section-heading > [id]')];
}

export function useScrollspy(body: RefObject<HTMLElement | null>, html: string, state: TocState): void {
  useEffect(() => {
    const targets = body.current ? sectionStarts(body.current) : [];
    if (targets.length === 0) return;
    const index = new Map(targets.map((target, i) => [target, i]));
    const above = new Uint8Array(targets.length);
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) above[index.get(entry.target as HTMLElement)!] = entry.isIntersecting ? 1 : 0;
        let last = above.length - 1;
        while (last >= 0 && !above[last]) last--;
        state.spy(last >= 0 ? targets[last]!.id : null);
      },
      { rootMargin: `${ABOVE}px 0px ${-Math.round((1 - READING_LINE) * 100)}% 0px` },
    );
    for (const target of targets) observer.observe(target);
    const stopListening = onReaderScrollIntent(() => state.unpin());
    return () => {
      observer.disconnect();
      stopListening();
    };
  }, [body, html, state]);
}
