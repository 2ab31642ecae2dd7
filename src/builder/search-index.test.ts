// The prebuilt search index of a large site: written beside the slim index
// under hashed names, atomically, covering every item once, the same bytes
// for the same posts; a small site gets none.
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireFeed } from '../feed/wire';
import type { WireSearchHead, WireSearchShard } from '../lib/search-index-format';
import { listFiles, snapshot } from '../../test/feed-output';
import { makePost, renderedFor } from '../../test/builder-posts';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { feedItem, sortPosts } from './feed-documents';
import { build } from './posts-to-feed';
import { SEARCH_DIR, SearchIndexAssembler } from './search-index';
import type { OutputFs } from './write-output';

const tempDir = tempDirsForEachTest();

async function postsIn(input: string, count: number, body = (i: number) => `body ${i}`): Promise<void> {
  await mkdir(input, { recursive: true });
  await Promise.all(Array.from({ length: count }, (_, i) =>
    writeFile(path.join(input, `p-${i}.md`), `---\ntitle: Post ${i}\ndate: 2024-01-01 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}\ncategories: [Topic ${i % 3}]\n---\n${body(i)}\n`)));
}

const readJson = async <T,>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;
const sha16 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const ids = (index: { documentIds: Record<string, string> }) => Object.values(index.documentIds);

describe('a large site', () => {
  it('gets a search index named by feed.json, under names that are the hash of the bytes, holding every item', async () => {
    const dir = await tempDir();
    await postsIn(path.join(dir, 'posts'), 60, (i) => `第 ${i} 篇的正文提到 rhododendron${i}。`);
    await build({ input: path.join(dir, 'posts'), out: path.join(dir, 'out') });
    const out = path.join(dir, 'out');
    const feed = await readJson<WireFeed & { _ruwei: { search_index?: string } }>(path.join(out, 'feed.json'));
    expect(feed._ruwei.search_index).toMatch(/^feed\/search\/[0-9a-f]{16}\.json$/);
    const headFile = path.join(out, feed._ruwei.search_index!);
    expect(path.basename(headFile, '.json')).toBe(sha16(await readFile(headFile)));
    const head = await readJson<WireSearchHead>(headFile);
    expect(head.ruwei_search).toBe(1);
    expect(head.shards).toHaveLength(1);
    const shardFile = path.join(path.dirname(headFile), head.shards[0]!);
    expect(path.basename(shardFile, '.json')).toBe(sha16(await readFile(shardFile)));
    const shard = await readJson<WireSearchShard>(shardFile);
    const slugs = Array.from({ length: 60 }, (_, i) => `p-${i}`).sort();
    expect(ids(head.index).sort()).toEqual(slugs);
    expect(ids(shard.index).sort()).toEqual(slugs);
    expect(JSON.stringify(shard.index)).toContain('rhododendron7');
    expect((await listFiles(out)).filter((file) => file.startsWith(`${SEARCH_DIR}/`)).sort()).toEqual([feed._ruwei.search_index, `${SEARCH_DIR}/${head.shards[0]}`].sort());
  });

  it('writes the same bytes for the same posts, and a changed post makes new files and removes the old ones', async () => {
    const dir = await tempDir();
    const input = path.join(dir, 'posts');
    await postsIn(input, 55);
    await build({ input, out: path.join(dir, 'a') });
    await build({ input, out: path.join(dir, 'b') });
    const search = async (out: string) => new Map([...(await snapshot(out))].filter(([file]) => file.startsWith(SEARCH_DIR)));
    const first = await search(path.join(dir, 'a'));
    expect(first.size).toBe(2);
    expect(await search(path.join(dir, 'b'))).toEqual(first);

    await writeFile(path.join(input, 'p-3.md'), '---\ntitle: Post 3\ndate: 2024-01-01 03:03\n---\nnew words\n');
    await build({ input, out: path.join(dir, 'a') });
    const second = await search(path.join(dir, 'a'));
    expect(second.size).toBe(2);
    for (const name of first.keys()) expect(second.has(name)).toBe(false);
  });

  it('writes each search file to a temp file and renames it, before feed.json', async () => {
    const dir = await tempDir();
    await postsIn(path.join(dir, 'posts'), 55);
    const renames: string[] = [];
    const written: string[] = [];
    const fs: OutputFs = {
      ...nodeFs,
      writeFile: ((file: string, data: string) => (written.push(file), nodeFs.writeFile(file, data))) as OutputFs['writeFile'],
      rename: (from, to) => (renames.push(String(to)), nodeFs.rename(from, to)),
    };
    await build({ input: path.join(dir, 'posts'), out: path.join(dir, 'out'), fs });
    const searchRenames = renames.filter((file) => file.includes(`${path.sep}search${path.sep}`));
    expect(searchRenames).toHaveLength(2);
    expect(written.filter((file) => file.includes(`${path.sep}search${path.sep}`)).every((file) => file.endsWith('.ruwei-tmp'))).toBe(true);
    const feedAt = renames.findIndex((file) => file.endsWith(`${path.sep}feed.json`));
    for (const file of searchRenames) expect(renames.indexOf(file)).toBeLessThan(feedAt);
  });
});

describe('a small site', () => {
  it('gets no search index: the app indexes feed.json itself', async () => {
    const dir = await tempDir();
    await postsIn(path.join(dir, 'posts'), 5);
    await build({ input: path.join(dir, 'posts'), out: path.join(dir, 'out') });
    const feed = await readJson<WireFeed>(path.join(dir, 'out', 'feed.json'));
    expect(feed._ruwei).toBeUndefined();
    expect((await listFiles(path.join(dir, 'out'))).some((file) => file.startsWith('feed/'))).toBe(false);
  });
});

describe('SearchIndexAssembler', () => {
  const posts = sortPosts(Array.from({ length: 23 }, (_, i) => makePost(i)));
  const assemble = () => {
    const search = new SearchIndexAssembler(5);
    for (const post of posts) search.add(feedItem(post, renderedFor(post), undefined));
    return search.finish();
  };

  it('puts every item in exactly one shard, in order, and every item in the first part', () => {
    const { head, shards } = assemble();
    const parsed = JSON.parse(head.data) as WireSearchHead;
    expect(shards.map((shard) => shard.path.slice(SEARCH_DIR.length + 1))).toEqual(parsed.shards);
    const inShards = shards.flatMap((shard) => ids((JSON.parse(shard.data) as WireSearchShard).index));
    expect(shards.map((shard) => ids((JSON.parse(shard.data) as WireSearchShard).index).length)).toEqual([5, 5, 5, 5, 3]);
    expect(inShards).toEqual(posts.map((post) => post.slug));
    expect(ids(parsed.index)).toEqual(posts.map((post) => post.slug));
  });

  it('gives the same bytes for the same items', () => {
    expect(assemble()).toEqual(assemble());
  });
});
