// The table of contents' state, kept outside React so that a long outline
// stays cheap: each entry subscribes to its own two flags (unfolded, current)
// and re-renders only when one of them changes, whatever happens elsewhere in
// a tree of 10,000 entries.
//
// "Current" comes from the scrollspy, except just after the reader jumped to
// a section: then that section is current (pinned) even when the page cannot
// scroll it up to the reading line (a short last section), until the reader
// scrolls by themselves.
import { tocParents, type TocNode } from './pipeline/toc';

/**
 * Up to this many entries the outline opens fully unfolded: a short outline
 * is read at a glance, and nothing unfolds (and shifts the entries below)
 * while the reader scrolls. A longer one opens at its top level only.
 */
const OPEN_FULLY_UP_TO = 60;

export const OPEN = 1;
export const CURRENT = 2;

function countEntries(nodes: readonly TocNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countEntries(node.children), 0);
}

export class TocState {
  private readonly listeners = new Set<() => void>();
  private readonly parents: Map<string, string | undefined>;
  private readonly branches: string[];
  private expanded: Set<string>;
  private active: string | null = null;
  private spied: string | null = null;
  private pinned = false;

  constructor(toc: readonly TocNode[]) {
    this.parents = tocParents(toc);
    const children = new Set(this.parents.values());
    this.branches = [...this.parents.keys()].filter((id) => children.has(id));
    this.expanded = new Set(countEntries(toc) <= OPEN_FULLY_UP_TO ? this.branches : []);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** OPEN and CURRENT bits for one entry: one number, so a snapshot compares cheaply. */
  flags(id: string): number {
    return (this.expanded.has(id) ? OPEN : 0) | (this.active === id ? CURRENT : 0);
  }

  get current(): string | null {
    return this.active;
  }

  /** The current entry and its ancestors, innermost first. */
  currentPath(): string[] {
    const path: string[] = [];
    for (let id = this.active ?? undefined; id !== undefined; id = this.parents.get(id)) path.push(id);
    return path;
  }

  get hasBranches(): boolean {
    return this.branches.length > 0;
  }

  toggle(id: string): void {
    if (!this.expanded.delete(id)) this.expanded.add(id);
    this.emit();
  }

  expandAll(): void {
    this.expanded = new Set(this.branches);
    this.emit();
  }

  collapseAll(): void {
    this.expanded.clear();
    this.emit();
  }

  /** The section the scrollspy sees at the reading line. */
  spy(id: string | null): void {
    this.spied = id;
    if (!this.pinned) this.activate(id);
  }

  /** The section the reader just jumped to. */
  pin(id: string): void {
    this.pinned = true;
    this.activate(id);
  }

  /** The reader scrolls by themselves: the scrollspy decides again. */
  unpin(): void {
    if (!this.pinned) return;
    this.pinned = false;
    this.activate(this.spied);
  }

  private activate(id: string | null): void {
    if (id === this.active) return;
    this.active = id;
    // The current entry's branch unfolds, so the reader always sees it.
    for (let parent = id === null ? undefined : this.parents.get(id); parent !== undefined; parent = this.parents.get(parent)) {
      this.expanded.add(parent);
    }
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
