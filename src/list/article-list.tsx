// The one virtual list: window scrolling, rows as tall as their content
// (measured once rendered; the sizes of a list left are kept for Back and
// reload, so the restored position shows the same rows), j/k between rows.
import { useWindowVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { FeedItem } from '../feed/model';
import { t } from '../lib/i18n';
import { perfMark } from '../lib/perf-mark';
import { pendingRow, rowFocused } from '../ui/focus-memory';
import { readKey } from '../reading/read-state';
import { useReadMarks } from '../reading/use-read-marks';
import { ErrorView } from '../ui/route-error';
import { useEntryKey, useRestoreScroll, useStartOffset } from '../ui/use-scroll-memory';
import { ArticleRow } from './article-row';
import { createListKeyReader } from './list-keys';
import { layoutOf, persistRowSizes, saveRowSizes, savedRowSizes } from './row-sizes';
import { rootFontPx, useRowEstimate } from './use-row-height';
import type { ListView } from './use-list-page';

type Props = {
  view: ListView;
  list: string | null;
  feedUrl: string;
  onIntent: (item: FeedItem) => void;
  onCategoriesKey: () => void;
};

function useScrollMargin(ref: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      if (ref.current) setMargin(ref.current.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return margin;
}

/**
 * A row measured above the window moves the rows in it: the virtualizer then
 * scrolls by the difference to keep them still (a row measured for the first
 * time, or a row wholly above). Not while the reader moves down: those writes
 * would cut a jump or a glide to the end short, far from where it was going,
 * and rows passed on the way down are behind the reader anyway.
 */
function keepRowsStill(item: VirtualItem, _delta: number, list: Virtualizer<Window, Element>): boolean {
  const offset = list.scrollOffset ?? 0;
  if (list.scrollDirection === 'forward' || item.start >= offset) return false;
  return !list.itemSizeCache.has(item.key) || item.end <= offset;
}

/**
 * A row's height as laid out, fractions kept. The virtualizer's own rounds
 * it: rows placed from rounded heights drift from where the page's flow puts
 * them (a prerendered list, whose rows the app's replace) by up to half a
 * pixel a row, row 30 by several pixels. Without a new size from the
 * observer, the one already measured (as the virtualizer's own does).
 */
function exactSize(element: Element, entry: ResizeObserverEntry | undefined, list: Virtualizer<Window, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return box.blockSize;
  return list.itemSizeCache.get(list.options.getItemKey(list.indexFromElement(element))) ?? element.getBoundingClientRect().height;
}

export function ArticleList({ view, list, feedUrl, onIntent, onCategoriesKey }: Props) {
  const marks = useReadMarks();
  const listRef = useRef<HTMLOListElement>(null);
  const rowEstimate = useRowEstimate();
  const scrollMargin = useScrollMargin(listRef);
  const startOffset = useStartOffset(useRestoreScroll(true));
  const entryKey = useEntryKey();
  const [now] = useState(Date.now);
  // Read once: the virtualizer takes it only while it has measured nothing.
  const [savedSizes] = useState(() => savedRowSizes(entryKey, layoutOf(window.innerWidth, rootFontPx())));
  const virtualizer = useWindowVirtualizer({
    count: view.count,
    // Read at each measuring, not kept: a new function each render changes nothing.
    estimateSize: () => rowEstimate,
    overscan: 6,
    scrollMargin,
    initialOffset: startOffset,
    indexAttribute: 'data-row',
    measureElement: exactSize,
    initialMeasurementsCache: savedSizes,
  });
  // An instance property, not an option, in virtual-core; setting it again is harmless.
  // eslint-disable-next-line react-hooks/immutability
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = keepRowsStill;
  useEffect(() => {
    const save = () => saveRowSizes(entryKey, layoutOf(window.innerWidth, rootFontPx()), virtualizer.takeSnapshot());
    // Hidden with the list on screen (a reload): its sizes as they are now, written at once.
    const hide = () => {
      save();
      persistRowSizes();
    };
    window.addEventListener('pagehide', hide);
    return () => {
      window.removeEventListener('pagehide', hide);
      save();
    };
  }, [virtualizer, entryKey]);

  useEffect(() => {
    // After the browser has painted the first rows (a frame, then a task).
    const frame = requestAnimationFrame(() => setTimeout(() => perfMark('list-painted')));
    return () => cancelAnimationFrame(frame);
  }, [list]);

  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    // Before the window is measured there are no rows: keep the pages asked for.
    if (last >= first) view.showRows(first, last);
  }, [view, first, last]);

  const active = useRef<number | null>(null);
  const focusPending = useRef(false);
  // The row to focus may not be rendered yet: try now and after each render.
  const focusActive = useCallback(() => {
    if (!focusPending.current || active.current === null) return;
    const link = listRef.current?.querySelector<HTMLElement>(`[data-row="${active.current}"] .row-title a`);
    if (link) {
      link.focus({ preventScroll: true });
      focusPending.current = false;
    }
  }, []);
  useEffect(focusActive);
  // Back to this list: focus the row the reader left from, once rows are
  // rendered, scrolling it into range only if the restored position left it out.
  const backTo = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (backTo.current === undefined) backTo.current = pendingRow() ?? null;
    const row = backTo.current;
    if (row === null || last < first || view.count === 0) return;
    backTo.current = null;
    rowFocused();
    active.current = Math.min(row, view.count - 1);
    focusPending.current = true;
    if (active.current < first || active.current > last) virtualizer.scrollToIndex(active.current, { align: 'auto' });
    focusActive();
  }, [first, last, view.count, virtualizer, focusActive]);
  useEffect(() => {
    const read = createListKeyReader();
    const onKey = (event: KeyboardEvent) => {
      const action = read(event);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'categories') return onCategoriesKey();
      const start = active.current ?? first - (action.delta > 0 ? 1 : -1);
      const next = Math.min(view.count - 1, Math.max(0, start + action.delta));
      active.current = next;
      focusPending.current = true;
      virtualizer.scrollToIndex(next, { align: 'auto' });
      focusActive();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [virtualizer, view.count, first, onCategoriesKey, focusActive]);

  return (
    <>
      {view.pageError && <ErrorView error={view.pageError.error} onRetry={view.pageError.retry} />}
      <ol
        ref={listRef}
        className="article-list"
        aria-label={list ?? t('allArticles')}
        style={{ height: virtualizer.getTotalSize() }}
        onFocus={(event) => {
          const row = event.target.closest<HTMLElement>('[data-row]')?.dataset.row;
          if (row !== undefined) active.current = Number(row);
        }}
      >
        {rows.map((row) => {
          const item = view.itemAt(row.index);
          return (
            <ArticleRow
              key={row.key}
              item={item}
              read={item !== undefined && marks.has(readKey(feedUrl, item.slug))}
              row={row.index}
              count={view.count}
              style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
              measureRef={virtualizer.measureElement}
              list={list}
              now={now}
              onIntent={onIntent}
            />
          );
        })}
      </ol>
    </>
  );
}
