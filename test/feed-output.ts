// Reads a builder output folder the way the app does (feed.json, then the
// manifest, its pages and the one-item files) and says what is wrong with it.
// Used by the tests that try to break the builder: whatever they threw at it,
// the output must be a complete, valid feed.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { WireFeed, WireIndex, WireIndexPage, WireItem } from '../src/feed/wire';
import { jsonFeedProblems } from './json-feed';

export type FeedOutput = {
  feed: WireFeed;
  /** Every item of the site, with its content (from feed.json or its item file), newest first. */
  items: WireItem[];
  /** Every file feed.json references, directly or through the manifest, relative to the folder, parsed. */
  referenced: Map<string, unknown>;
};

// A URL-safe slug: no separators, no characters that need care in a path or URL.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u; // with the u flag, a pair is one code point and does not match
const SANE_SLUG = /^[^\s/\\?#%.:*"<>|\p{Cc}\p{Cf}\p{M}][^\s/\\?#%:*"<>|\p{Cc}]*$/u;

/** The whole output; throws when a referenced file is missing or is not JSON. */
export async function readFeedOutput(out: string): Promise<FeedOutput> {
  const referenced = new Map<string, unknown>();
  const read = async <T>(rel: string): Promise<T> => {
    if (!referenced.has(rel)) referenced.set(rel, JSON.parse(await readFile(path.join(out, ...rel.split('/')), 'utf8')));
    return referenced.get(rel) as T;
  };
  const feed = await read<WireFeed>('feed.json');
  if (!feed._ruwei?.index) return { feed, items: feed.items, referenced };
  const index = await read<WireIndex>(feed._ruwei.index);
  const items: WireItem[] = [];
  const manifestDir = path.posix.dirname(feed._ruwei.index);
  for (const list of [index.all, ...index.tags]) {
    let count = 0;
    for (const pageUrl of list.pages) {
      const pagePath = path.posix.join(manifestDir, pageUrl);
      const page = await read<WireIndexPage>(pagePath);
      count += page.items.length;
      if (list !== index.all) continue;
      for (const slim of page.items) {
        const one = await read<WireFeed>(path.posix.join(path.posix.dirname(pagePath), decodeURIComponent(slim._ruwei.content_url)));
        items.push(...one.items);
      }
    }
    if (count !== list.count) throw new Error(`a list of the index says ${list.count} items, its pages hold ${count}`);
  }
  for (const item of feed.items) await read(decodeURIComponent(item._ruwei?.content_url ?? 'feed.json'));
  return { feed, items, referenced };
}

/**
 * What is wrong with an output folder; empty when it is a complete, valid feed.
 * Temp files count as a problem unless `tempFiles` is 'allowed' (a killed run leaves them).
 */
export async function outputProblems(out: string, { tempFiles = 'problem' }: { tempFiles?: 'problem' | 'allowed' } = {}): Promise<string[]> {
  let output: FeedOutput;
  try {
    output = await readFeedOutput(out);
  } catch (error) {
    return [`cannot read the output: ${error instanceof Error ? error.message : String(error)}`];
  }
  const problems = jsonFeedProblems(output.feed).map((p) => `feed.json: ${p}`);
  for (const [rel, doc] of output.referenced) {
    if (rel.startsWith('feed/items/')) problems.push(...jsonFeedProblems(doc).map((p) => `${rel}: ${p}`));
  }
  problems.push(...itemProblems(output.items));
  const temps = (await listFiles(out)).filter((f) => f.endsWith('.ruwei-tmp'));
  if (temps.length > 0 && tempFiles === 'problem') problems.push(`temp files left: ${temps.join(', ')}`);
  return problems;
}

function itemProblems(items: readonly WireItem[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const item of items) {
    const slug = item._ruwei?.slug ?? '';
    if (ids.has(item.id)) problems.push(`duplicate id ${JSON.stringify(item.id)}`);
    ids.add(item.id);
    if (slug !== item.id) problems.push(`slug ${JSON.stringify(slug)} is not the id ${JSON.stringify(item.id)}`);
    if (!SANE_SLUG.test(slug)) problems.push(`slug ${JSON.stringify(slug)} is not URL-safe`);
    else if (decodeURIComponent(encodeURIComponent(slug)) !== slug) problems.push(`slug ${JSON.stringify(slug)} does not round-trip`);
    const bad = illFormedStrings(item);
    if (bad.length > 0) problems.push(`${item.id}: strings with lone surrogates at ${bad.join(', ')}`);
  }
  return problems;
}

/** Paths of strings that are not well-formed UTF-16 (the app cannot percent-encode them). */
function illFormedStrings(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [at || '.'] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => illFormedStrings(v, `${at}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => illFormedStrings(v, `${at}.${k}`));
  return [];
}

/** Every file under `dir`, relative and `/`-separated, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every file under `dir` with its bytes, for byte-for-byte comparisons. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const rel of await listFiles(dir)) files.set(rel, await readFile(path.join(dir, ...rel.split('/'))));
  return files;
}

/** Names of files that differ between two snapshots (missing on one side, or other bytes). */
export function snapshotDifferences(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => !(a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) && b.has(name))).sort();
}
