import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireFeed, WireIndex } from '../feed/wire';
import { siteFiles } from '../../test/builder-posts';
import { jsonFeedProblems } from '../../test/json-feed';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { writeOutput } from './write-output';
import type { OutputFs } from './write-output';

const tempDir = tempDirsForEachTest();

async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** Every file feed.json references, read and parsed; throws if one is missing. */
async function referencedFiles(out: string): Promise<Map<string, unknown>> {
  const read = async (rel: string): Promise<unknown> => JSON.parse(await readFile(path.join(out, rel), 'utf8')) as unknown;
  const files = new Map<string, unknown>();
  const feed = (await read('feed.json')) as WireFeed;
  files.set('feed.json', feed);
  if (!feed._ruwei?.index) return files;
  const index = (await read(feed._ruwei.index)) as WireIndex;
  files.set(feed._ruwei.index, index);
  for (const page of new Set([...index.all.pages, ...index.tags.flatMap((t) => t.pages)])) files.set(`feed/${page}`, await read(`feed/${page}`));
  for (const item of feed.items) files.set(item._ruwei?.content_url ?? '', await read(decodeURIComponent(item._ruwei?.content_url ?? '')));
  for (const page of index.all.pages) {
    const { items } = files.get(`feed/${page}`) as { items: { _ruwei: { content_url: string } }[] };
    for (const item of items) files.set(`feed/items/${item._ruwei.content_url.slice('../items/'.length)}`, await read(`feed/items/${decodeURIComponent(item._ruwei.content_url.slice('../items/'.length))}`));
  }
  return files;
}

function failingFs(fails: (call: string, target: string) => boolean): OutputFs {
  return {
    ...nodeFs,
    writeFile: (async (file, data) => {
      if (fails('writeFile', String(file))) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      return nodeFs.writeFile(file, data);
    }) as OutputFs['writeFile'],
    rename: async (from, to) => {
      if (fails('rename', String(to))) throw Object.assign(new Error('interrupted'), { code: 'EIO' });
      return nodeFs.rename(from, to);
    },
  };
}

describe('writeOutput', () => {
  it('writes every file of a large site, and nothing else', async () => {
    const out = await tempDir();
    const files = siteFiles(60);
    const stats = await writeOutput(out, files);
    const expected = ['feed.json', ...[...files.items, ...files.pages, files.manifest].map((f) => f?.path ?? '')].sort();
    expect(await listAll(out)).toEqual(expected);
    expect(stats).toEqual({ written: expected.length, unchanged: 0, removed: 0 });
    for (const [name, doc] of await referencedFiles(out)) if (name.startsWith('feed/items/') || name === 'feed.json') expect(jsonFeedProblems(doc)).toEqual([]);
  });

  it('does not rewrite files whose bytes are already on disk', async () => {
    const out = await tempDir();
    await writeOutput(out, siteFiles(60));
    const before = await stat(path.join(out, 'feed/items/post-001.json'));
    const stats = await writeOutput(out, siteFiles(60));
    expect(stats.written).toBe(0);
    expect(stats.removed).toBe(0);
    expect((await stat(path.join(out, 'feed/items/post-001.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('leaves the previous feed intact when the run fails before feed.json is renamed', async () => {
    const out = await tempDir();
    await writeOutput(out, siteFiles(80, ' v1'));
    const previous = await readFile(path.join(out, 'feed.json'), 'utf8');
    const failing = failingFs((call, target) => call === 'rename' && target.endsWith('feed.json'));
    await expect(writeOutput(out, siteFiles(60, ' v2'), failing)).rejects.toThrow('interrupted');
    expect(await readFile(path.join(out, 'feed.json'), 'utf8')).toBe(previous);
    const referenced = await referencedFiles(out); // throws if a referenced file is gone
    expect(referenced.size).toBeGreaterThan(80);
    expect((await listAll(out)).filter((f) => f.includes('ruwei-tmp'))).toEqual([]);
  });

  it('does not touch feed.json when an item file cannot be written', async () => {
    const out = await tempDir();
    await writeOutput(out, siteFiles(60, ' v1'));
    const previous = await readFile(path.join(out, 'feed.json'), 'utf8');
    const failing = failingFs((call, target) => call === 'writeFile' && target.includes('post-042.json'));
    await expect(writeOutput(out, siteFiles(60, ' v2'), failing)).rejects.toThrow('disk full');
    expect(await readFile(path.join(out, 'feed.json'), 'utf8')).toBe(previous);
    await referencedFiles(out);
  });

  it('prunes what the new feed.json no longer references, and only that', async () => {
    const out = await tempDir();
    await writeOutput(out, siteFiles(80, ' v1'));
    await writeFile(path.join(out, 'feed/items/notes.txt'), 'mine');
    await writeFile(path.join(out, 'feed/custom.json'), '{}');
    await writeFile(path.join(out, 'index.html'), '<html>');
    const files = siteFiles(60, ' v2');
    const stats = await writeOutput(out, files);
    expect(stats.removed).toBeGreaterThanOrEqual(20);
    const expected = ['feed.json', 'feed/custom.json', 'feed/items/notes.txt', 'index.html', ...[...files.items, ...files.pages, files.manifest].map((f) => f?.path ?? '')].sort();
    expect(await listAll(out)).toEqual(expected);
  });

  it('removes the feed/ folder of an earlier large build once a small feed.json is written', async () => {
    const out = await tempDir();
    await writeOutput(out, siteFiles(60));
    await writeOutput(out, siteFiles(5));
    expect(await readdir(out)).toEqual(['feed.json']);
    expect((JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as WireFeed).items).toHaveLength(5);
  });

  it('removes temp files left by a run that was killed', async () => {
    const out = await tempDir();
    await mkdir(path.join(out, 'feed/items'), { recursive: true });
    await writeFile(path.join(out, '.feed.json.12345-0.ruwei-tmp'), '{"half');
    await writeFile(path.join(out, 'feed/items/.post-001.json.12345-7.ruwei-tmp'), '{"half');
    await writeOutput(out, siteFiles(60));
    expect((await listAll(out)).filter((f) => f.includes('ruwei-tmp'))).toEqual([]);
  });
});
