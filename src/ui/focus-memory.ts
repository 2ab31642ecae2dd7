// Where focus goes when the view changes. A new view puts focus on its `h1`
// (a screen reader reads the new title); Back/Forward puts it on the element
// the reader left that history entry from: a list row (by its index, since the
// virtual list may not have rendered it yet) or any other focusable element
// (by its kind and position in <main>). The tab's first page takes no focus.

/** What had focus on an entry: a row of the article list, or the `nth` element in <main> matching `selector`. */
export type FocusTarget = { row: number } | { selector: string; nth: number };

/** How the app arrived at a history entry ('typing': a field the reader types in replaced the entry, as search-as-you-type does). */
export type Arrival = 'first' | 'view' | 'section' | 'typing' | 'back' | 'back-in-view';

const MAX_ENTRIES = 100;
const memory = new Map<string, FocusTarget>();
let currentKey = '';
let pending: { target: FocusTarget | undefined } | null = null;

function main(): HTMLElement | null {
  return document.getElementById('main');
}

/** The element's kind: tag, classes and, for a link, its target. */
function selectorOf(element: Element): string {
  const classes = Array.from(element.classList, (name) => `.${CSS.escape(name)}`).join('');
  const href = element.getAttribute('href');
  return `${element.localName}${classes}${href === null ? '' : `[href="${CSS.escape(href)}"]`}`;
}

export function describeFocus(element: Element, root: ParentNode): FocusTarget | undefined {
  const row = element.closest<HTMLElement>('[data-row]');
  if (row && element.closest('.row-title')) return { row: Number(row.dataset.row) };
  const selector = selectorOf(element);
  const nth = Array.from(root.querySelectorAll(selector)).indexOf(element);
  return nth < 0 ? undefined : { selector, nth };
}

export function findFocusTarget(target: FocusTarget, root: ParentNode): HTMLElement | null {
  if ('row' in target) return root.querySelector<HTMLElement>(`[data-row="${target.row}"] .row-title a`);
  return root.querySelectorAll<HTMLElement>(target.selector)[target.nth] ?? null;
}

/**
 * A `focusin`: remembered for the current entry once the event's task is
 * done, so a view that focuses a section while it renders a new entry
 * counts for that entry, not the one the reader left.
 */
export function noteFocus(element: Element): void {
  queueMicrotask(() => remember(element));
}

function remember(element: Element): void {
  const root = main();
  if (!root?.contains(element) || element === root) return;
  const target = describeFocus(element, root);
  if (!target) return;
  memory.delete(currentKey);
  memory.set(currentKey, target);
  if (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value as string);
}

/** The app is on a new history entry (call in a layout effect, before the views' passive effects). */
export function enterEntry(key: string, arrival: Arrival): void {
  currentKey = key;
  if (arrival === 'first' || arrival === 'section' || arrival === 'typing') pending = null;
  // Within one view (another #section of the article), an entry never left from has nothing to return to:
  // the section it names takes focus (use-section-scroll), not the view's heading.
  else if (arrival === 'back-in-view') pending = memory.has(key) ? { target: memory.get(key) } : null;
  else pending = { target: arrival === 'back' ? memory.get(key) : undefined };
}

/** The row the list should scroll into range and focus, if Back returns to one. */
export function pendingRow(): number | undefined {
  const target = pending?.target;
  return target && 'row' in target ? target.row : undefined;
}

function focus(element: HTMLElement): void {
  if (element.localName === 'h1' && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus({ preventScroll: true });
  pending = null;
}

/**
 * Moves focus if an arrival waits for it and its view is on screen (its `h1`
 * is rendered). Views call it when they have rendered; a list row is left to
 * the list (it may have to scroll the row into range first).
 */
export function settleFocus(): void {
  const root = main();
  const heading = root?.querySelector<HTMLElement>('h1');
  if (!pending || !root || !heading) return;
  const { target } = pending;
  if (target && 'row' in target && root.querySelector('.article-list')) return;
  const element = target && findFocusTarget(target, root);
  focus(element ?? heading);
}

/** The list focused the pending row itself. */
export function rowFocused(): void {
  pending = null;
}

/** "Skip to content": the view's heading, past the header and the category navigation. */
export function focusViewHeading(): boolean {
  const heading = main()?.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.scrollIntoView({ block: 'start' });
  focus(heading);
  return true;
}

/** For tests: forget every entry. */
export function resetFocusMemory(): void {
  memory.clear();
  currentKey = '';
  pending = null;
}
