// Flat headings → the nested table of contents. A heading's parent is the
// nearest heading before it with a lower level, so the highest level present
// is the top and a skipped level (h2 → h4) nests one step, with no empty node.
import type { Heading } from './headings';

export type TocNode = { id: string; text: string; depth: number; children: TocNode[] };

export function buildToc(headings: readonly Heading[]): TocNode[] {
  const roots: TocNode[] = [];
  const open: { level: number; node: TocNode }[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
    const node: TocNode = { id: heading.id, text: heading.text, depth: open.length + 1, children: [] };
    (open.length > 0 ? open[open.length - 1]!.node.children : roots).push(node);
    open.push({ level: heading.level, node });
  }
  return roots;
}

/** Each entry's parent id (undefined at the top). */
export function tocParents(toc: readonly TocNode[]): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>();
  const pending: { node: TocNode; parent: string | undefined }[] = toc.map((node) => ({ node, parent: undefined }));
  while (pending.length > 0) {
    const { node, parent } = pending.pop()!;
    parents.set(node.id, parent);
    for (const child of node.children) pending.push({ node: child, parent: node.id });
  }
  return parents;
}
