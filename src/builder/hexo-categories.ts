// Hexo `categories` and `tags` -> category paths and the feed's `tags`.
// Hexo's rule (hexo/lib/models/post.ts, setCategories): when the list holds
// at least one list, every element is its own path (a plain string is a
// one-level path); otherwise the whole flat list is ONE path, outermost first.
//   categories: A              -> [[A]]
//   categories: [A, B]         -> [[A, B]]          (A › B)
//   categories: [[A, B], [C]]  -> [[A, B], [C]]
//   categories: [A, [B, C]]    -> [[A], [B, C]]
// Names are trimmed, empty ones dropped, non-strings stringified (YAML `2022`),
// lists nested deeper than a path are flattened into it, mappings ignored.

export function categoryPaths(value: unknown): string[][] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return nonEmpty([names([value])]);
  const hierarchical = value.some((element) => Array.isArray(element));
  const paths = hierarchical ? value.map((element) => names([element])) : [names(value)];
  return uniquePaths(nonEmpty(paths));
}

export function tagNames(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return names(Array.isArray(value) ? value : [value]);
}

/** Category names in path order, then tags; first occurrence wins. */
export function feedTags(paths: readonly string[][], tags: readonly string[]): string[] {
  return [...new Set([...paths.flat(), ...tags])];
}

function names(values: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const value of values.flat(Infinity) as unknown[]) {
    const name = nameOf(value);
    if (name) out.push(name);
  }
  return out;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

function nonEmpty(paths: string[][]): string[][] {
  return paths.filter((path) => path.length > 0);
}

function uniquePaths(paths: string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = JSON.stringify(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
