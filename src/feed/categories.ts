// Tag counts and the category tree: the one definition, used by the builder
// for a large site's index and by the app for a plain feed.
// Order (both): most items first; ties keep the order of first appearance.
// A post may name thousands of categories (a flat Hexo list is one path, so
// one deep path): nothing here recurses or spreads a list into arguments.
import type { CategoryNode, FeedItem } from './model';

export type TagCount = { name: string; count: number };
export type TagMembers = { name: string; members: number[] };

/** For each tag, the indices of the items that carry it (an item counts once). */
export function tagMembers(tagsPerItem: readonly (readonly string[])[]): TagMembers[] {
  const lists = new Map<string, number[]>();
  tagsPerItem.forEach((tags, index) => {
    for (const tag of tags) {
      const members = lists.get(tag);
      if (!members) lists.set(tag, [index]);
      else if (members[members.length - 1] !== index) members.push(index);
    }
  });
  // Array.prototype.sort is stable: equal counts keep first-appearance order.
  return [...lists].map(([name, members]) => ({ name, members })).sort((a, b) => b.members.length - a.members.length);
}

type MutableNode = { name: string; count: number; lastItem: number; children: Map<string, MutableNode> };

/** The hierarchy of category paths; a node counts every item filed at or below it once. */
export function categoryTree(pathsPerItem: readonly (readonly (readonly string[])[])[]): CategoryNode[] {
  const root = new Map<string, MutableNode>();
  pathsPerItem.forEach((paths, item) => {
    for (const path of paths) {
      let level = root;
      for (const name of path) {
        let node = level.get(name);
        if (!node) level.set(name, (node = { name, count: 0, lastItem: -1, children: new Map() }));
        if (node.lastItem !== item) {
          node.count++;
          node.lastItem = item;
        }
        level = node.children;
      }
    }
  });
  return freeze(root);
}

function freeze(root: Map<string, MutableNode>): CategoryNode[] {
  const top: CategoryNode[] = [];
  const pending: [Map<string, MutableNode>, CategoryNode[]][] = [[root, top]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [level, out] = next;
    // Map order is first appearance, and the sort is stable.
    for (const node of [...level.values()].sort((a, b) => b.count - a.count)) {
      const children: CategoryNode[] = [];
      out.push({ name: node.name, count: node.count, children });
      if (node.children.size > 0) pending.push([node.children, children]);
    }
  }
  return top;
}

/** Every node of a tree, parents before their children. */
export function* treeNodes(tree: readonly CategoryNode[]): Generator<CategoryNode> {
  const pending = [tree];
  for (let level = pending.pop(); level; level = pending.pop()) {
    for (const node of level) {
      yield node;
      if (node.children.length > 0) pending.push(node.children);
    }
  }
}

/**
 * The tree with at most `maxDepth` levels: the descendants of a node at that
 * depth become its flat list of children. A page nesting thousands of lists
 * would exhaust React's (recursive) commit and the reader's patience alike.
 */
export function limitDepth(tree: readonly CategoryNode[], maxDepth: number): CategoryNode[] {
  const top: CategoryNode[] = [];
  const pending: [readonly CategoryNode[], CategoryNode[], number][] = [[tree, top, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [level, out, depth] = next;
    for (const node of level) {
      const children: CategoryNode[] = [];
      out.push({ name: node.name, count: node.count, children });
      if (depth < maxDepth) pending.push([node.children, children, depth + 1]);
      else for (const below of treeNodes(node.children)) children.push({ name: below.name, count: below.count, children: [] });
    }
  }
  return top;
}

/** The nodes above every node called `name`: the branches a tree opens to show it. */
export function ancestorsOf(tree: readonly CategoryNode[], name: string | undefined): Set<CategoryNode> {
  const parents = new Map<CategoryNode, CategoryNode>();
  const found: CategoryNode[] = [];
  for (const node of treeNodes(tree)) {
    if (node.name === name) found.push(node);
    for (const child of node.children) parents.set(child, node);
  }
  const ancestors = new Set<CategoryNode>();
  for (const node of found) {
    for (let parent = parents.get(node); parent && !ancestors.has(parent); parent = parents.get(parent)) ancestors.add(parent);
  }
  return ancestors;
}

export function itemsWithTag(items: readonly FeedItem[], tag: string): FeedItem[] {
  return items.filter((item) => item.tags.includes(tag));
}

/** What the list of a plain feed needs: tag counts, the tree, the items of each tag. */
export type FeedCategories = { tags: TagCount[]; tree: CategoryNode[]; byTag: Map<string, FeedItem[]> };

const computed = new WeakMap<readonly FeedItem[], FeedCategories>();

/** Counts, tree and per-tag lists of a plain feed, computed once per items array. */
export function feedCategories(items: readonly FeedItem[]): FeedCategories {
  let categories = computed.get(items);
  if (!categories) {
    const members = tagMembers(items.map((item) => item.tags));
    categories = {
      tags: members.map(({ name, members: list }) => ({ name, count: list.length })),
      tree: categoryTree(items.map((item) => item.categories)),
      byTag: new Map(members.map(({ name, members: list }) => [name, list.map((index) => items[index] as FeedItem)])),
    };
    computed.set(items, categories);
  }
  return categories;
}
