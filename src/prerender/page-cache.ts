// Incremental prerendering: an article page made from the same inputs as in
// an earlier build is copied from the cache, not rendered again (rendering
// one costs tens of milliseconds; copying it, well under one). The cache is
// content-addressed: a page is kept as `<key>.html`, its key a hash of all it
// is made from (pageKey), so a changed input is a new key and no stale page
// can be served. What a build did not use is pruned after it (pruneCache).
// Node only (the build's worker threads and vite-plugin.ts); no import of
// the app or the builder, so that vite.config.ts stays small.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join, relative } from 'node:path';

const PAGE_FILE = /^[0-9a-f]{64}\.html$/;

/** A hash of the parts, each told apart from the next (no two lists give the same key by joining alike). */
export function pageKey(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** The cached page of this key, as bytes (it is written out as it is), or undefined when there is none. */
export async function cachedPage(cacheDir: string, key: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(cacheFile(cacheDir, key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Where the page of this key is kept (written whole, as every page is). */
export function cacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.html`);
}

/** A temp file older than this was left by a build that stopped, not one still writing it. */
const LEFT_BEHIND_MS = 60 * 60_000;

/** Removes the cached pages this build did not use, and temp files a stopped build left. */
export async function pruneCache(cacheDir: string, used: ReadonlySet<string>, now = Date.now()): Promise<number> {
  const names = await fs.readdir(cacheDir).catch(() => [] as string[]);
  const leftBehind = async (name: string) => now - (await fs.stat(join(cacheDir, name)).catch(() => ({ mtimeMs: now }))).mtimeMs > LEFT_BEHIND_MS;
  const stale: string[] = [];
  for (const name of names) {
    if (PAGE_FILE.test(name) ? !used.has(name.slice(0, -'.html'.length)) : name.endsWith('.ruwei-tmp') && (await leftBehind(name))) stale.push(name);
  }
  await Promise.all(stale.map((name) => fs.unlink(join(cacheDir, name)).catch(() => undefined)));
  return stale.length;
}

/**
 * A hash of every file under `dir` (names and bytes): of the app's code as
 * built for Node, so that any change to a component or the pipeline renders
 * every page again.
 */
export async function folderHash(dir: string): Promise<string> {
  const files = (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const parts: string[] = [];
  for (const file of files) parts.push(relative(dir, file), await fs.readFile(file, 'utf8'));
  return pageKey(...parts);
}
