// A large site's prebuilt search index (src/builder/search-index.ts), loaded as
// the search worker loads it (src/search/search-session.ts), finds what an
// index built from the items themselves finds; results grow as body shards
// load; a missing or corrupt part is said and the search goes on with what
// the app has. Items: the sample site (content/), as the builder writes them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseFeed } from '../../src/feed/parse-feed';
import type { WireFeed, WireItem } from '../../src/feed/wire';
import { build } from '../../src/builder/posts-to-feed';
import { SEARCH_DIR, SearchIndexAssembler } from '../../src/builder/search-index';
import { searchDoc } from '../../src/lib/search-index-format';
import { searchSource, type SearchSource } from '../../src/search/search-docs';
import { createSearchEngine, type SearchResults } from '../../src/search/search-engine';
import { SearchSession } from '../../src/search/search-session';

const BASE = 'https://example.org/';
let items: WireItem[] = [];
let sources: SearchSource[] = [];

beforeAll(async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'ruwei-search-'));
  await build({ input: path.resolve(__dirname, '../../content'), out, cwd: out });
  const feed = JSON.parse(readFileSync(path.join(out, 'feed.json'), 'utf8')) as WireFeed;
  rmSync(out, { recursive: true, force: true });
  items = feed.items;
  sources = parseFeed(feed, `${BASE}feed.json`).items.map(searchSource);
}, 60_000);

/** The prebuilt files in memory, served by URL; `broken` maps a file to what is served instead. */
function site(shardSize: number, broken: Record<'head' | 'shard', unknown> | object = {}) {
  const search = new SearchIndexAssembler(shardSize);
  for (const item of items) search.add(item);
  const { head, shards } = search.finish();
  const files = new Map([head, ...shards].map((file) => [`${BASE}${file.path}`, JSON.parse(file.data) as unknown]));
  const headUrl = `${BASE}${head.path}`;
  const shardUrls = shards.map((shard) => `${BASE}${shard.path}`);
  return {
    headUrl, shardUrls, files,
    load: (url: string): Promise<unknown> => {
      const value = (broken as Record<string, unknown>)[url] ?? files.get(url);
      if (value instanceof Error) return Promise.reject(value);
      return value === undefined ? Promise.reject(new Error(`${url} answered 404`)) : Promise.resolve(value);
    },
  };
}

/** A session over the prebuilt index whose shards have all loaded (or failed). */
async function loaded(served: ReturnType<typeof site>, known: SearchSource[] = []): Promise<SearchSession> {
  let steps = 0;
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (done = resolve));
  const session = new SearchSession(known, served.headUrl, served.load, () => {
    if (++steps === served.shardUrls.length) done();
  });
  await session.search('');
  await all;
  return session;
}

const slugs = (results: SearchResults) => results.hits.map((hit) => hit.slug);
const QUERIES = ['视频号激励', '视频号 激励', 'springb', 'SpringBoot 扫码', 'alpin', 'dns', '公开课', 'zzyzx'];

describe('a prebuilt index', () => {
  it('finds, in the same order, what an index of the items finds (one shard)', async () => {
    const direct = createSearchEngine(sources.map(searchDoc));
    const session = await loaded(site(1000));
    for (const query of QUERIES) expect([query, slugs(await session.search(query))]).toEqual([query, slugs(direct.search(query))]);
    expect(slugs(await session.search('视频号激励'))[0]).toBe('weixin-gongkaike-2022');
    expect(slugs(await session.search('springb'))).toContain('springboot扫码登录');
  });

  it('finds the same articles when the text is split in many shards', async () => {
    const direct = createSearchEngine(sources.map(searchDoc));
    const served = site(2);
    expect(served.shardUrls.length).toBeGreaterThan(3);
    const session = await loaded(served);
    for (const query of QUERIES) expect([query, slugs(await session.search(query)).sort()]).toEqual([query, slugs(direct.search(query)).sort()]);
    expect((await session.search('视频号激励')).coverage).toEqual({ loaded: served.shardUrls.length, failed: 0, total: served.shardUrls.length });
  });

  it('answers from titles and categories first; a word of the body only is found once its shard has loaded', async () => {
    const served = site(1000);
    let progressed = () => undefined as void;
    const shardLoaded = new Promise<void>((resolve) => (progressed = resolve));
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const load = async (url: string) => {
      if (url !== served.headUrl) await held;
      return served.load(url);
    };
    const session = new SearchSession([], served.headUrl, load, () => progressed());
    const first = await session.search('视频号激励');
    expect(first.coverage).toEqual({ loaded: 0, failed: 0, total: 1 });
    expect(first.total).toBe(0);
    expect(slugs(await session.search('微信 改版'))[0]).toBe('weixin-gongkaike-2022'); // in its title
    release();
    await shardLoaded;
    const after = await session.search('视频号激励');
    expect(after.coverage).toEqual({ loaded: 1, failed: 0, total: 1 });
    expect(slugs(after)[0]).toBe('weixin-gongkaike-2022');
  });

  it('asks for the two shards after the one it waits for, and adds them in order whatever answers first', async () => {
    const served = site(2);
    const asked: string[] = [];
    const answers = new Map<string, () => void>();
    const load = async (url: string) => {
      asked.push(url);
      if (url !== served.headUrl) await new Promise<void>((resolve) => answers.set(url, resolve));
      return served.load(url);
    };
    let progressed = 0;
    const session = new SearchSession([], served.headUrl, load, () => progressed++);
    await session.search('');
    await vi.waitFor(() => expect(asked).toEqual([served.headUrl, ...served.shardUrls.slice(0, 3)]));
    answers.get(served.shardUrls[1]!)!(); // the second answers first: nothing counts until the first has
    await new Promise((resolve) => setImmediate(resolve)); // every promise the answer settles has run
    expect(progressed).toBe(0);
    answers.get(served.shardUrls[0]!)!();
    await vi.waitFor(() => expect(progressed).toBe(2));
    expect((await session.search('')).coverage).toMatchObject({ loaded: 2, failed: 0 });
    expect(asked).toEqual([served.headUrl, ...served.shardUrls.slice(0, 5)]);
  });

  it('shows a result\'s title, category and date, and the text around the match when the app has the article', async () => {
    const served = site(1000);
    const session = await loaded(served, sources);
    const [hit] = (await session.search('视频号激励')).hits;
    const direct = createSearchEngine(sources.map(searchDoc)).search('视频号激励').hits[0];
    expect(hit).toEqual(direct);
  });
});

describe('passages', () => {
  it('quote the matched words from the article’s own file, fetched for the first results', async () => {
    const served = site(1000);
    const files = new Map(items.map((item) => [`${BASE}feed/items/${encodeURIComponent(item.id)}.json`, { items: [item] }]));
    const asked: string[] = [];
    const load = (url: string) => (asked.push(url), files.has(url) ? Promise.resolve(files.get(url)) : served.load(url));
    let wake = () => undefined as void;
    const progressed = () => new Promise<void>((resolve) => (wake = resolve));
    let next = progressed();
    const session = new SearchSession([], served.headUrl, load, () => wake(), `${BASE}feed/items/{slug}.json`);
    await session.search('');
    await next; // the shard
    next = progressed();
    const marked = async () => (await session.search('视频号激励')).hits[0]!.snippet.filter((segment) => segment.mark).map((segment) => segment.text);
    expect(await marked()).toEqual([]); // the summary's start, before the article is fetched
    await next; // the article files of the first results
    expect(await marked()).toEqual(expect.arrayContaining(['视频号', '激励']));
    expect(asked).toContain(`${BASE}feed/items/weixin-gongkaike-2022.json`);
    const count = asked.length;
    await session.search('视频号激励');
    expect(asked).toHaveLength(count); // fetched once
  });
});

describe('a prebuilt index that cannot be loaded', () => {
  it('a corrupt first part: says so, and searches the items the app has', async () => {
    const served = site(1000);
    const broken = site(1000, { [served.headUrl]: { ruwei_search: 1, shards: [], index: { nonsense: true } } });
    const session = new SearchSession(sources.slice(0, 3), broken.headUrl, broken.load);
    const results = await session.search('the');
    expect(results.coverage?.problem).toEqual({ kind: 'index', message: 'the search index holds no MiniSearch index' });
    const direct = createSearchEngine(sources.slice(0, 3).map(searchDoc));
    expect(slugs(results)).toEqual(slugs(direct.search('the')));
  });

  it('a missing first part: says why', async () => {
    const served = site(1000);
    const session = new SearchSession([], served.headUrl, (url) => Promise.reject(new Error(`${url} answered 404 Not Found`)));
    expect((await session.search('dns')).coverage?.problem).toEqual({ kind: 'index', message: `${served.headUrl} answered 404 Not Found` });
  });

  it('a missing shard: says so, and the other shards still load', async () => {
    const served = site(2);
    const broken = site(2, { [served.shardUrls[1]!]: new Error('shard answered 404') });
    const session = await loaded(broken);
    const results = await session.search('视频号激励');
    expect(results.coverage).toEqual({ loaded: served.shardUrls.length - 1, failed: 1, total: served.shardUrls.length, problem: { kind: 'shard', message: 'shard answered 404' } });
  });

  it('a shard that is not one: says which', async () => {
    const served = site(1000);
    const broken = site(1000, { [served.shardUrls[0]!]: { ruwei_search_shard: 2 } });
    const session = await loaded(broken);
    const name = served.shardUrls[0]!.slice(`${BASE}${SEARCH_DIR}/`.length);
    expect((await session.search('dns')).coverage?.problem).toEqual({ kind: 'shard', message: `${name} is not a ruwei search shard version 1` });
  });
});
