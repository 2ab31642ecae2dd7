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
  /** Every file feed.json references, directly or through the manifest, relative to the folder. */
  referenced: Set<string>;
};

// A URL-safe slug: no separators, no characters that need care in a path or URL.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u; // with the u flag, a pair is one code point and does not match
const SANE_SLUG = /^[^\s/\\?#%.:*"<>|\p{Cc}\p{Cf}\p{M}][^\s/\\?#%:*"<>|\p{Cc}]*$/u;

/** The whole output; throws when a referenced file is missing or is not JSON. */
export async function readFeedOutput(out: string): Promise<FeedOutput> {
  const read = async <T>(rel: string): Promise<T> => JSON.parse(await readFile(path.join(out, ...rel.split('/')), 'utf8')) as T;
  const feed = await read<WireFeed>('feed.json');
  const referenced = new Set(['feed.json']);
  if (!feed._ruwei?.index) return { feed, items: feed.items, referenced };
  const index = await read<WireIndex>(feed._ruwei.index);
  referenced.add(feed._ruwei.index);
  const items: WireItem[] = [];
  const manifestDir = path.posix.dirname(feed._ruwei.index);
  for (const list of [index.all, ...index.tags]) {
    for (const pageUrl of list.pages) {
      const pagePath = path.posix.join(manifestDir, pageUrl);
      const page = await read<WireIndexPage>(pagePath);
      referenced.add(pagePath);
      if (list !== index.all) continue;
      for (const slim of page.items) {
        const itemPath = path.posix.join(path.posix.dirname(pagePath), decodeURIComponent(slim._ruwei.content_url));
        const one = await read<WireFeed>(itemPath);
        referenced.add(itemPath);
        items.push(...one.items);
      }
    }
  }
  for (const item of feed.items) referenced.add(decodeURIComponent(item._ruwei?.content_url ?? 'feed.json'));
  return { feed, items, referenced };
}

/** What is wrong with an output folder; empty when it is a complete, valid feed. */
export async function outputProblems(out: string): Promise<string[]> {
  let output: FeedOutput;
  try {
    output = await readFeedOutput(out);
  } catch (error) {
    return [`cannot read the output: ${error instanceof Error ? error.message : String(error)}`];
  }
  const problems = jsonFeedProblems(output.feed).map((p) => `feed.json: ${p}`);
  if (output.feed._ruwei?.index) {
    for (const rel of output.referenced) {
      if (!rel.startsWith('feed/items/')) continue;
      const doc: unknown = JSON.parse(await readFile(path.join(out, ...rel.split('/')), 'utf8'));
      problems.push(...jsonFeedProblems(doc).map((p) => `${rel}: ${p}`));
    }
  }
  problems.push(...itemProblems(output.items));
  const temps = (await listFiles(out)).filter((f) => f.endsWith('.ruwei-tmp'));
  if (temps.length > 0) problems.push(`temp files left: ${temps.join(', ')}`);
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
