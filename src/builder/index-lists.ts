// The lists of the slim index: which items carry each tag, and the category
// tree with counts. Inputs are in newest-first order, so "first seen" below
// means "seen in the newest item first".
// Order (both): most items first; ties keep the order of first appearance.
import type { WireCategoryNode } from '../feed/wire';

export type TagList = { name: string; members: number[] };

/** For each tag, the indices of the items that carry it. */
export function tagLists(tagsPerItem: readonly (readonly string[])[]): TagList[] {
  const lists = new Map<string, number[]>();
  tagsPerItem.forEach((tags, index) => {
    for (const tag of new Set(tags)) {
      const members = lists.get(tag);
      if (members) members.push(index);
      else lists.set(tag, [index]);
    }
  });
  // Array.prototype.sort is stable: equal counts keep first-appearance order.
  return [...lists].map(([name, members]) => ({ name, members })).sort((a, b) => b.members.length - a.members.length);
}

type TreeNode = { name: string; count: number; lastItem: number; children: Map<string, TreeNode> };

/** The category hierarchy; a node counts every item filed under it once. */
export function categoryTree(pathsPerItem: readonly (readonly (readonly string[])[])[]): WireCategoryNode[] {
  const root = new Map<string, TreeNode>();
  pathsPerItem.forEach((paths, index) => {
    for (const path of paths) addPath(root, path, index);
  });
  return toWire(root);
}

function addPath(root: Map<string, TreeNode>, path: readonly string[], item: number): void {
  let level = root;
  for (const name of path) {
    let node = level.get(name);
    if (!node) {
      node = { name, count: 0, lastItem: -1, children: new Map() };
      level.set(name, node);
    }
    if (node.lastItem !== item) {
      node.count++;
      node.lastItem = item;
    }
    level = node.children;
  }
}

function toWire(level: Map<string, TreeNode>): WireCategoryNode[] {
  return [...level.values()]
    .sort((a, b) => b.count - a.count)
    .map((node) => ({ name: node.name, count: node.count, children: toWire(node.children) }));
}
