// The table of contents: a navigation landmark of nested lists,
// one list level per outline level. An entry with children has a fold button
// (aria-expanded, aria-controls). A 10,000-heading outline stays light: a
// folded branch renders no entries, and a long list renders a page of
// entries at a time, more as its end scrolls into view (or on "Show more"),
// and always up to the current one. A sticky column on wide screens; on
// narrow ones a panel behind a floating toggle.
import { memo, useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { t } from '../lib/i18n';
import { shortcutKey } from '../lib/shortcut-key';
import type { TocNode } from './pipeline/toc';
import { CURRENT, OPEN, type TocState } from './toc-state';

type ListProps = { nodes: readonly TocNode[]; state: TocState; idPrefix: string; onEntry: (id: string, event: MouseEvent) => void };
type EntryProps = Omit<ListProps, 'nodes'> & { node: TocNode };

/** Entries rendered at first in one list, and added each time more are wanted. */
const TOC_PAGE = 100;

/** Scrolls the TOC's own box, never the page, to show the current entry. */
function keepInBox(link: HTMLElement): void {
  const box = link.closest('.toc-scroll');
  if (!box) return;
  const { top, bottom } = link.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  if (top < frame.top) box.scrollTop -= frame.top - top + 8;
  else if (bottom > frame.bottom) box.scrollTop += bottom - frame.bottom + 8;
}

const TocEntry = memo(function TocEntry({ node, state, idPrefix, onEntry }: EntryProps) {
  const snapshot = () => state.flags(node.id);
  // The same snapshot on the server: a prerendered outline hydrates as it was rendered.
  const flags = useSyncExternalStore(state.subscribe, snapshot, snapshot);
  const link = useRef<HTMLAnchorElement>(null);
  const open = (flags & OPEN) !== 0;
  const current = (flags & CURRENT) !== 0;
  const listId = `${idPrefix}-${node.id}`;
  useEffect(() => {
    if (current && link.current) keepInBox(link.current);
  }, [current]);
  return (
    <li>
      <span className="toc-row">
        {node.children.length > 0 && (
          <button type="button" className="toc-fold" aria-expanded={open} aria-controls={listId} aria-label={node.text} onClick={() => state.toggle(node.id)} />
        )}
        <a ref={link} href={`#${node.id}`} aria-current={current ? 'location' : undefined} onClick={(event) => onEntry(node.id, event)}>
          {node.text}
        </a>
      </span>
      {node.children.length > 0 && (
        <ol id={listId} hidden={!open}>
          {open && <TocEntries nodes={node.children} state={state} idPrefix={idPrefix} onEntry={onEntry} />}
        </ol>
      )}
    </li>
  );
});

/** The last index in `nodes` on the current entry's path, or -1. */
function currentIndex(nodes: readonly TocNode[], path: readonly string[]): number {
  const onPath = new Set(path);
  for (let i = nodes.length - 1; i >= 0; i--) if (onPath.has(nodes[i]!.id)) return i;
  return -1;
}

/** "Show more", which also shows more by itself as it nears the visible part of the list's scroll box. */
function ShowMore({ remaining, onMore }: { remaining: number; onMore: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  // Observed afresh after each page, so a button still in view asks for the next one.
  useEffect(() => {
    const target = button.current;
    if (!target) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onMore(), {
      root: target.closest('.toc-scroll'),
      rootMargin: '200px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [onMore, remaining]);
  return (
    <li>
      <button ref={button} type="button" className="toc-more" onClick={onMore}>
        {t('showMore', { n: Math.min(remaining, TOC_PAGE) })}
      </button>
    </li>
  );
}

function TocEntries({ nodes, state, idPrefix, onEntry }: ListProps) {
  const [shown, setShown] = useState(TOC_PAGE);
  // Only a list long enough to be cut short cares which entry is current.
  const snapshot = () => (nodes.length > TOC_PAGE ? state.current : null);
  const current = useSyncExternalStore(state.subscribe, snapshot, snapshot);
  const needed = current === null ? 0 : currentIndex(nodes, state.currentPath()) + 1;
  const count = Math.min(nodes.length, Math.max(shown, needed));
  const more = useCallback(() => setShown((n) => n + TOC_PAGE), []);
  return (
    <>
      {nodes.slice(0, count).map((node) => <TocEntry key={node.id} node={node} state={state} idPrefix={idPrefix} onEntry={onEntry} />)}
      {count < nodes.length && <ShowMore remaining={nodes.length - count} onMore={more} />}
    </>
  );
}

export type TocPanelProps = { toc: readonly TocNode[]; state: TocState; lang?: string; onNavigate: (id: string) => void };

export function TocPanel({ toc, state, lang, onNavigate }: TocPanelProps) {
  const prefix = useId();
  const [shown, setShown] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const focusOnShow = useRef(false);
  const panelId = `${prefix}-panel`;

  // `t` opens the contents (on wide screens they are always shown) and puts focus on the current entry.
  const focusEntry = useCallback(() => {
    const panel = box.current?.querySelector('.toc-panel');
    if (!focusOnShow.current || !panel || getComputedStyle(panel).display === 'none') return;
    focusOnShow.current = false;
    (panel.querySelector<HTMLElement>('a[aria-current]') ?? panel.querySelector<HTMLElement>('a'))?.focus();
  }, []);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (shortcutKey(event) !== 't') return;
      event.preventDefault();
      focusOnShow.current = true;
      setShown(true);
      focusEntry();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [focusEntry]);
  useEffect(() => {
    if (!shown) return;
    focusEntry();
    // A tap or click outside the open sheet closes it.
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !box.current?.contains(event.target)) setShown(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [shown, focusEntry]);

  // Stable, so that opening the narrow panel re-renders no entry.
  const onEntry = useCallback((id: string, event: MouseEvent) => {
    // A new tab or window keeps the browser's own behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setShown(false);
    onNavigate(id);
  }, [onNavigate]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !shown) return;
    setShown(false);
    toggle.current?.focus();
  };

  return (
    <div ref={box} className="toc" onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" className="toc-toggle" aria-expanded={shown} aria-controls={panelId} onClick={() => setShown(!shown)}>
        {t('tableOfContents')}
      </button>
      <nav id={panelId} className={shown ? 'toc-panel toc-shown' : 'toc-panel'} aria-labelledby={`${prefix}-title`}>
        <div className="toc-head">
          <span id={`${prefix}-title`} className="toc-title">{t('tableOfContents')}</span>
          {state.hasBranches && (
            <span className="toc-actions">
              <button type="button" onClick={() => state.expandAll()}>{t('expandAll')}</button>
              <button type="button" onClick={() => state.collapseAll()}>{t('collapseAll')}</button>
            </span>
          )}
        </div>
        <div className="toc-scroll">
          <ol className="toc-list" lang={lang}>
            <TocEntries nodes={toc} state={state} idPrefix={prefix} onEntry={onEntry} />
          </ol>
        </div>
      </nav>
    </div>
  );
}
