// The static pages of a Chinese site (`language: zh-CN`): its content is
// marked Chinese, and the interface is the English one, whose accessible
// names a browser set to English gets (README, "Static pages"; a page cannot
// know its reader's browser). A Chinese browser's app renders the page anew
// in Chinese from the page's data (prerender.spec.ts).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_ORIGIN } from './job';
import { installNavigator } from './node-dom';
import { readSeed } from './page-seed';

// As render-worker.ts does, before any module of the app reads the interface language.
installNavigator();
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
  }, {
    // As 36kr's feeds: the item's image again as the first thing in its body.
    id: 'tu-pian',
    title: '图片在前',
    image: 'https://img.example/lead.png',
    content_html: '<p><img src="http://IMG.example/lead.png"></p><p>正文。</p>',
  }, {
    id: 'feng-mian',
    title: '封面不同',
    image: 'https://img.example/cover.png',
    content_html: '<p><img src="https://img.example/lead.png"></p><p>正文。</p>',
  }],
};

let out = '';
// DOMParser is jsdom's, which writePages installs (node-dom.ts) before it renders.
const page = async (file: string) => new DOMParser().parseFromString(await readFile(path.join(out, file), 'utf8'), 'text/html');

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'ruwei-pages-'));
  await writeFile(path.join(out, 'feed.json'), JSON.stringify(FEED));
  const result = await writePages({
    outDir: out, base: '/', appBase: `${PLACEHOLDER_ORIGIN}/`, shell: SHELL, articleAssets: '',
    cacheDir: path.join(out, '.cache'), version: 'test', shard: 0, shards: 1,
  });
  expect(result.skipped).toEqual([]);
});

afterAll(() => rm(out, { recursive: true, force: true }));

describe('the static pages of a site whose feed says `language: zh-CN`', () => {
  it('show an article marked as Chinese, with the English interface, and say so to the app', async () => {
    const doc = await page('article/wei-xin.html');
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.querySelector('.article-body')?.getAttribute('lang')).toBe('zh-CN');
    const toc = doc.querySelector('nav.toc-panel');
    expect(doc.getElementById(toc?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Table of contents');
    expect(toc?.textContent).toBe('Table of contents一、支付');
    expect(doc.querySelector('.copy-link')?.getAttribute('aria-label')).toBe('Copy link to section');
    expect(doc.querySelector('.code-block')?.textContent).toBe('Copy codelet a = 1;');
    expect(doc.querySelector('.article-meta')?.textContent).toMatch(/\d+ min read$/);
    expect(readSeed(doc)?.locale).toBe('en');
  });

  it('list the articles, and say “not found”, with the English interface', async () => {
    expect((await page('index.html')).body.textContent).toContain('All articles');
    expect((await page('category/资讯.html')).body.textContent).toContain('微信改版');
    expect((await page('404.html')).querySelector('h1')?.textContent).toBe('Page not found');
  });
});

describe('the hero image', () => {
  const pictures = async (slug: string) => {
    const doc = await page(`article/${slug}.html`);
    return { hero: doc.querySelector('.article-hero img')?.getAttribute('src'), body: doc.querySelectorAll('.article-body img').length };
  };

  it('is left out of a page whose body starts with the same picture, as the app leaves it out (nothing to take away on hydration)', async () => {
    expect(await pictures('tu-pian')).toEqual({ hero: undefined, body: 1 });
  });

  it('stays when the body starts with another picture', async () => {
    expect(await pictures('feng-mian')).toEqual({ hero: 'https://img.example/cover.png', body: 1 });
  });
});
