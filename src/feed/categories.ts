// Views derived from the items of a plain feed: tag counts, filtering, the
// category tree. Large sites get the same from their index (precomputed).
import type { CategoryNode, FeedItem } from './model';

export type TagCount = { name: string; count: number };

/** Every tag with its count: most used first, ties in order of first appearance. */
export function countTags(items: readonly FeedItem[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
}

export function itemsWithTag(items: readonly FeedItem[], tag: string): FeedItem[] {
  return items.filter((item) => item.tags.includes(tag));
}

type MutableNode = { name: string; items: Set<FeedItem>; children: Map<string, MutableNode>; order: number };

/** The hierarchy of `categories` paths; a node counts the items at or below it. */
export function categoryTree(items: readonly FeedItem[]): CategoryNode[] {
  const root = new Map<string, MutableNode>();
  let order = 0;
  for (const item of items) {
    for (const path of item.categories) {
      let level = root;
      for (const name of path) {
        let node = level.get(name);
        if (!node) level.set(name, (node = { name, items: new Set(), children: new Map(), order: order++ }));
        node.items.add(item);
        level = node.children;
      }
    }
  }
  return freeze(root);
}

function freeze(level: Map<string, MutableNode>): CategoryNode[] {
  return [...level.values()]
    .sort((a, b) => b.items.size - a.items.size || a.order - b.order)
    .map((node) => ({ name: node.name, count: node.items.size, children: freeze(node.children) }));
}

export type Library = { tags: TagCount[]; tree: CategoryNode[]; byTag: Map<string, FeedItem[]> };

const libraries = new WeakMap<readonly FeedItem[], Library>();

/** Counts, tree and per-tag lists of a plain feed, computed once per items array. */
export function libraryOf(items: readonly FeedItem[]): Library {
  let library = libraries.get(items);
  if (!library) {
    const byTag = new Map<string, FeedItem[]>();
    for (const item of items) {
      for (const tag of item.tags) {
        const list = byTag.get(tag);
        if (list) list.push(item);
        else byTag.set(tag, [item]);
      }
    }
    library = { tags: countTags(items), tree: categoryTree(items), byTag };
    libraries.set(items, library);
  }
  return library;
}
