import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WireFeed, WireIndex, WireIndexPage } from '../feed/wire';
import { jsonFeedProblems } from '../../test/json-feed';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { BuildIoError, UsageError, build } from './posts-to-feed';

const CORPUS = fileURLToPath(new URL('../../test/fixtures/hexo/corpus', import.meta.url));
const tempDir = tempDirsForEachTest();

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

async function posts(dir: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries.filter((entry) => entry.isFile())) {
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, full), await readFile(full, 'utf8'));
  }
  return files;
}

describe('build over the Hexo corpus and the seed post', () => {
  it('converts every post and writes a valid JSON Feed 1.1', async () => {
    const out = await tempDir();
    const report = await build({ input: CORPUS, out, timeZone: 'Asia/Shanghai', title: 'Corpus' });
    expect(report.rejected).toEqual([]);
    expect(report.posts).toBe(16);
    const feed = await readJson<WireFeed>(path.join(out, 'feed.json'));
    expect(jsonFeedProblems(feed)).toEqual([]);
    expect(feed.items).toHaveLength(16);
    expect(feed.items.every((item) => (item.summary ?? '').length > 0 && (item._ruwei?.reading_minutes ?? 0) > 0)).toBe(true);
  });

  it('maps the seed post as the README and docs/feed-format.md say', async () => {
    const out = await tempDir();
    await build({ input: CORPUS, out, timeZone: 'Asia/Shanghai' });
    const feed = await readJson<WireFeed>(path.join(out, 'feed.json'));
    const seed = feed.items.find((item) => item.id === 'seed__rsshub-page__weixin-gongkaike-2022');
    expect(seed).toMatchObject({
      title: '微信将迎来一大波改版，有哪些新机会？',
      date_published: '2022-01-07T10:08:21Z',
      tags: ['新媒体', '36kr', '资讯'],
      authors: [{ name: '36kr' }],
      image: 'https://img.36krcdn.com/20220107/v2_1ed27a4a930f44a1ba03cb484683d5b2_img_000',
      banner_image: 'https://img.36krcdn.com/20220107/v2_1ed27a4a930f44a1ba03cb484683d5b2_img_000',
      _ruwei: { categories: [['新媒体', '36kr', '资讯']] },
    });
    expect(seed?.summary?.startsWith('1 月 6 日，微信公开课PRO 在广州举行')).toBe(true);
    expect(seed?.summary?.endsWith('…')).toBe(true);
    expect(seed?.content_html).toContain('<h2 data-foldable-wrapper></h2>');
    expect(seed?.content_html).toContain('<p label="图片描述" classname="img-desc" class="img-desc">「十点读书」的视频号成绩</p>');
  });

  it('reads quoted dates in the configured zone and null tags as none', async () => {
    const out = await tempDir();
    await build({ input: CORPUS, out, timeZone: 'Asia/Shanghai' });
    const feed = await readJson<WireFeed>(path.join(out, 'feed.json'));
    const byId = new Map(feed.items.map((item) => [item.id, item]));
    expect(byId.get('zhangyuhannerv__hexo-blog__springboot扫码登录')?.date_published).toBe('2023-07-19T17:30:54+08:00');
    expect(byId.get('suyu0925__hexo-blog__python-wheels-for-alpine')).toMatchObject({ tags: [], summary: '最近在写一个docker映像，基于python:alpine，在安装依赖时出错。' });
  });

  it('writes identical bytes on every run', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await build({ input: CORPUS, out: a });
    await build({ input: CORPUS, out: b });
    expect(await filesUnder(a)).toEqual(await filesUnder(b));
  });
});

describe('build of a large site', () => {
  async function largeSite(count: number): Promise<string> {
    const input = await tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const tags = i % 4 === 0 ? '[rare, common]' : '[common]';
      files[`y${2000 + (i % 3)}/post-${i}.md`] = `---\ntitle: Post ${i}\ndate: 2023-01-01 00:00:00\nupdated: ${1_700_000_000 + i}\ncategories: [[Top, Sub${i % 2}]]\ntags: ${tags}\n---\nBody of post ${i}.\n`;
    }
    await posts(input, files);
    return input;
  }

  it('keeps feed.json small and every page and item file resolves', async () => {
    const out = await tempDir();
    const report = await build({ input: await largeSite(60), out });
    expect(report).toMatchObject({ posts: 60, layout: 'paged', rejected: [] });
    const feed = await readJson<WireFeed>(path.join(out, 'feed.json'));
    expect(feed.items).toHaveLength(10);
    expect(feed.items.every((item) => typeof item.content_html === 'string')).toBe(true);
    const index = await readJson<WireIndex>(path.join(out, feed._ruwei?.index ?? 'missing'));
    expect(index.all.count).toBe(60);
    expect(index.tags.map((t) => [t.name, t.count])).toEqual([['Top', 60], ['common', 60], ['Sub0', 30], ['Sub1', 30], ['rare', 15]]);
    expect(index.categories).toEqual([{ name: 'Top', count: 60, children: [{ name: 'Sub0', count: 30, children: [] }, { name: 'Sub1', count: 30, children: [] }] }]);
    const seen = new Set<string>();
    for (const list of [index.all, ...index.tags]) {
      let count = 0;
      for (const pageUrl of list.pages) {
        const page = await readJson<WireIndexPage>(path.join(out, 'feed', pageUrl));
        count += page.items.length;
        for (const item of page.items) {
          const itemFeed = await readJson<WireFeed>(path.join(out, 'feed', 'pages', decodeURIComponent(item._ruwei.content_url)));
          expect(jsonFeedProblems(itemFeed)).toEqual([]);
          expect(itemFeed.items[0]?.id).toBe(item.id);
          seen.add(item.id);
        }
      }
      expect(count).toBe(list.count);
    }
    expect(seen.size).toBe(60);
  });

  it('rewrites nothing when run again on unchanged input', async () => {
    const [input, out] = [await largeSite(60), await tempDir()];
    const first = await build({ input, out });
    const again = await build({ input, out });
    expect(again.files).toEqual({ written: 0, unchanged: first.files.written, removed: 0 });
  });
});

describe('build diagnostics', () => {
  it('rejects bad posts by name and line and still writes the rest', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await posts(input, {
      'good.md': '---\ntitle: Good\ndate: 2024-01-01\n---\nok',
      'bad-yaml.md': '---\ntitle: [unclosed\n---\n',
      'bad-date.md': '\n---\ntitle: t\ndate: not a date\n---\n',
      'draft.md': '---\ntitle: d\npublished: false\n---\n',
    });
    await writeFile(path.join(input, 'latin1.md'), Buffer.from([0x74, 0xe9, 0x0a]));
    const report = await build({ input, out, cwd: path.dirname(input) });
    const name = path.basename(input);
    expect(report.rejected.map((r) => [r.file, r.line])).toEqual([
      [path.join(name, 'bad-date.md'), 4],
      [path.join(name, 'bad-yaml.md'), 2],
      [path.join(name, 'latin1.md'), undefined],
    ]);
    expect(report).toMatchObject({ posts: 1, drafts: 1 });
    expect((await readJson<WireFeed>(path.join(out, 'feed.json'))).items.map((i) => i.title)).toEqual(['Good']);
  });

  it('numbers duplicate slugs from two folders and warns, the post published first keeping the bare slug', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await posts(input, { 'a/hello.md': '---\ntitle: A\ndate: 2024-01-02\n---\n', 'b/Hello.md': '---\ntitle: B\ndate: 2024-01-01\n---\n' });
    const report = await build({ input, out, cwd: input });
    expect(report.warnings.map((w) => [w.file, w.message])).toEqual([[path.join('a', 'hello.md'), `slug "hello" is already used by ${path.join('b', 'Hello.md')}; this post gets "hello-2"`]]);
    expect((await readJson<WireFeed>(path.join(out, 'feed.json'))).items.map((i) => [i.id, i.title])).toEqual([['hello-2', 'A'], ['hello', 'B']]);
  });

  it('writes an empty valid feed when there are no posts, with a note', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    const report = await build({ input, out });
    expect(report.posts).toBe(0);
    expect(report.notes[0]?.message).toMatch(/no posts found/);
    const feed = await readJson<WireFeed>(path.join(out, 'feed.json'));
    expect(feed.items).toEqual([]);
    expect(jsonFeedProblems(feed)).toEqual([]);
  });

  it('adds item and feed URLs from the base URL', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await cp(path.join(CORPUS, 'suyu0925__hexo-blog__clothing-fabric.md'), path.join(input, '常用 面料.md'));
    await build({ input, out, baseUrl: 'https://example.com/blog' });
    const feed = await readJson<WireFeed>(path.join(out, 'feed.json'));
    expect(feed).toMatchObject({ home_page_url: 'https://example.com/blog/', feed_url: 'https://example.com/blog/feed.json' });
    expect(feed.items[0]?.url).toBe(`https://example.com/blog/article/${encodeURIComponent('常用-面料')}`);
  });

  it('refuses an unknown time zone, a bad base URL and a missing input folder', async () => {
    const out = await tempDir();
    await expect(build({ input: CORPUS, out, timeZone: 'Moon/Base' })).rejects.toThrow(UsageError);
    await expect(build({ input: CORPUS, out, baseUrl: 'ftp://example.com' })).rejects.toThrow(UsageError);
    await expect(build({ input: path.join(out, 'nope'), out })).rejects.toThrow(BuildIoError);
  });
});

describe('the switch to the split index', () => {
  const site = async (count: number): Promise<string> => {
    const dir = await tempDir();
    const files: Record<string, string> = {};
    for (let n = 0; n < count; n++) files[`p-${n}.md`] = `---\ntitle: Post ${n}\ndate: 2024-01-01 ${String(n % 24).padStart(2, '0')}:${String(n).padStart(2, '0').slice(-2)}:00\n---\nbody ${n}\n`;
    await posts(path.join(dir, 'posts'), files);
    return dir;
  };

  it('writes 50 posts into feed.json alone, with their content', async () => {
    const dir = await site(50);
    const report = await build({ input: path.join(dir, 'posts'), out: path.join(dir, 'out') });
    const feed = await readJson<WireFeed>(path.join(dir, 'out', 'feed.json'));
    expect([report.layout, feed.items.length, feed._ruwei?.index]).toEqual(['single', 50, undefined]);
    expect(feed.items.every((item) => typeof item.content_html === 'string')).toBe(true);
    expect([...(await filesUnder(path.join(dir, 'out'))).keys()]).toEqual(['atom.xml', 'feed.json', 'rss.xml']);
  });

  it('splits 51 posts: feed.json with the newest and the index, one file per article', async () => {
    const dir = await site(51);
    const report = await build({ input: path.join(dir, 'posts'), out: path.join(dir, 'out') });
    const out = path.join(dir, 'out');
    const feed = await readJson<WireFeed>(path.join(out, 'feed.json'));
    expect(report.layout).toBe('paged');
    expect(feed.items.length).toBeLessThan(51);
    const index = await readJson<WireIndex>(path.join(out, feed._ruwei!.index!));
    expect(index.all.count).toBe(51);
    const items = [...(await filesUnder(out)).keys()].filter((file) => file.startsWith(path.join('feed', 'items')));
    expect(items).toHaveLength(51);
  });
});
