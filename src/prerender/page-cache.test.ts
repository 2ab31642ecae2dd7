import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFile, cachedPage, folderHash, pageKey, pruneCache } from './page-cache';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ruwei-page-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('page cache', () => {
  it('gives a new key for any change of any part, and for parts split elsewhere', () => {
    const key = pageKey('v1', '{"title":"Site"}', '{"slug":"a"}');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(pageKey('v1', '{"title":"Site"}', '{"slug":"a"}')).toBe(key);
    expect(pageKey('v2', '{"title":"Site"}', '{"slug":"a"}')).not.toBe(key);
    expect(pageKey('v1', '{"title":"Site"}', '{"slug":"b"}')).not.toBe(key);
    expect(pageKey('ab', 'c')).not.toBe(pageKey('a', 'bc'));
  });

  it('returns a kept page by its key, nothing for an unknown key, and prunes what a build did not use', async () => {
    const dir = await tempDir();
    const [used, unused] = [pageKey('used'), pageKey('unused')];
    await writeFile(cacheFile(dir, used), '<p>used</p>');
    await writeFile(cacheFile(dir, unused), '<p>unused</p>');
    await writeFile(join(dir, '.x.html.1-2.ruwei-tmp'), 'half');
    await writeFile(join(dir, 'notes.txt'), 'not the cache’s');
    expect((await cachedPage(dir, used))?.toString()).toBe('<p>used</p>');
    expect(await cachedPage(dir, pageKey('never'))).toBeUndefined();
    // A temp file may be another build's, still being written: left alone until it is an hour old.
    expect(await pruneCache(dir, new Set([used]))).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['.x.html.1-2.ruwei-tmp', `${used}.html`, 'notes.txt']);
    expect(await pruneCache(dir, new Set([used]), Date.now() + 2 * 60 * 60_000)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`${used}.html`, 'notes.txt']);
    expect(await pruneCache(join(dir, 'missing'), new Set())).toBe(0);
  });

  it('hashes a folder by its files’ names and bytes', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'chunks'));
    await writeFile(join(dir, 'worker.js'), 'a');
    await writeFile(join(dir, 'chunks', 'app.js'), 'b');
    const hash = await folderHash(dir);
    expect(await folderHash(dir)).toBe(hash);
    await writeFile(join(dir, 'chunks', 'app.js'), 'c');
    expect(await folderHash(dir)).not.toBe(hash);
    await rm(join(dir, 'chunks', 'app.js'));
    await writeFile(join(dir, 'chunks', 'other.js'), 'b');
    expect(await folderHash(dir)).not.toBe(hash);
  });
});
