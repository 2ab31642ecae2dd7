// The static pages of a site whose feed names its language are in that
// language, as the app speaks to a reader whose browser asks for it: a link
// preview, a search engine and a reader without JavaScript see the site's
// language, and that site's readers get the page hydrated. (The sample site
// names none: its pages are English, prerender.spec.ts.)
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_ORIGIN } from './job';
import { installNavigator } from './node-dom';
import { readSeed } from './page-seed';

// As render-worker.ts does, before any module of the app reads the interface language.
installNavigator('zh-CN');
const { writePages } = await import('./write-pages');

const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <script src="/settings-boot.js"></script>
    <title>ruwei 入微</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" crossorigin src="/assets/index-test.js"></script>
  </body>
</html>`;

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '入微小站',
  language: 'zh-CN',
  items: [{
    id: 'wei-xin',
    title: '微信改版',
    date_published: '2024-10-31T22:02:01+08:00',
    tags: ['资讯'],
    content_html: '<p>导语。</p><h2>一、支付</h2><p>正文。</p><pre><code>let a = 1;</code></pre>',
  }],
};

let out = '';
let page: (file: string) => Promise<Document>;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'ruwei-pages-'));
  await writeFile(path.join(out, 'feed.json'), JSON.stringify(FEED));
  const result = await writePages({
    outDir: out, base: '/', appBase: `${PLACEHOLDER_ORIGIN}/`, language: FEED.language, shell: SHELL, articleAssets: '',
    cacheDir: path.join(out, '.cache'), version: 'test', shard: 0, shards: 1,
  });
  expect(result.skipped).toEqual([]);
  page = async (file) => new DOMParser().parseFromString(await readFile(path.join(out, file), 'utf8'), 'text/html');
});

afterAll(() => rm(out, { recursive: true, force: true }));

describe('the static pages of a site whose feed says `language: zh-CN`', () => {
  it('show an article with the interface in Chinese, and say so to the app', async () => {
    const doc = await page('article/wei-xin.html');
    expect(doc.documentElement.lang).toBe('zh-CN');
    const toc = doc.querySelector('nav.toc-panel');
    expect(doc.getElementById(toc?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('目录');
    expect(toc?.textContent).toBe('目录一、支付');
    expect(doc.querySelector('.copy-link')?.getAttribute('aria-label')).toBe('复制本节链接');
    expect(doc.querySelector('.code-block')?.textContent).toBe('复制代码let a = 1;');
    expect(doc.querySelector('.article-meta')?.textContent).toMatch(/阅读约 \d+ 分钟/);
    expect(readSeed(doc)?.locale).toBe('zh');
  });

  it('list the articles and say “not found” in Chinese', async () => {
    expect((await page('index.html')).body.textContent).toContain('全部文章');
    expect((await page('category/资讯.html')).body.textContent).toContain('微信改版');
    expect((await page('404.html')).querySelector('h1')?.textContent).toBe('页面不存在');
  });
});
