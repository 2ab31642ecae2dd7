// How deeply front matter nests, measured without recursion, so a post nested
// too deeply is rejected the same way on every run. The YAML composer and
// Array.prototype.flat recurse once per level and run out of stack somewhere
// past 800 levels, at a depth that depends on the JIT state of the moment:
// without a fixed limit the same post was rejected at another column, or not
// at all, on the next run. Hexo front matter needs a handful of levels.
import type { CST } from 'yaml';

export const MAX_NESTING = 100;

/** The offset of the first YAML collection nested deeper than MAX_NESTING, if any. */
export function tooDeepYaml(token: CST.Token): number | undefined {
  const stack: [CST.Token, number][] = [[token, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (node.type === 'document') {
      if (node.value) stack.push([node.value, depth]);
    } else if (node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection') {
      if (depth + 1 > MAX_NESTING) return node.offset;
      // Pushed last to first, so the walk (and the offset it finds) follows the text.
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (item?.value) stack.push([item.value, depth + 1]);
        if (item?.key) stack.push([item.key, depth + 1]);
      }
    }
  }
  return undefined;
}

/** True when arrays and objects in `value` (parsed JSON: no cycles) nest deeper than MAX_NESTING. */
export function tooDeepJson(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > MAX_NESTING) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
