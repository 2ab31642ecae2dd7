// @vitest-environment jsdom
// The builder's output for a Hexo site (test/fixtures/hexo-site), served over
// HTTP the way GitHub Pages serves a folder (`/a/` -> a/index.html,
// `/a` -> a.html, else 404), read with plain fetch: old Hexo URLs answer a
// page that sends the reader to the right article, and sitemap.xml, rss.xml
// and atom.xml parse and list what they should.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/builder/posts-to-feed';

const BASE = 'https://blog.example.org/';
const ARTICLES = ['quan-mian-li-jie-dns-ji-httpdns', 'python-wheels-for-alpine', 'springboot扫码登录', '10月电影大盘票房破50亿'];
let dir = '';
let out = '';
let server: Server;
let origin = '';

function serveFolder(folder: string): Server {
  return createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = pathname.endsWith('/') ? `${pathname}index.html` : /\.[a-z]+$/.test(pathname) ? pathname : `${pathname}.html`;
    const target = path.join(folder, path.normalize(file));
    readFile(target).then(
      (body) => res.writeHead(200, { 'content-type': file.endsWith('.xml') ? 'application/xml' : file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruwei-test-'));
  out = path.join(dir, 'out');
  await build({ input: path.resolve(import.meta.dirname, '../fixtures/hexo-site'), out });
  server = serveFolder(out);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

const article = (slug: string): string => `${BASE}article/${encodeURIComponent(slug)}`;

async function refreshTarget(oldPath: string): Promise<string | undefined> {
  const response = await fetch(origin + oldPath);
  expect(response.status, oldPath).toBe(200);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
  expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(refresh.replace(/^0; url=/, ''));
  return /^0; url=(.+)$/.exec(refresh)?.[1];
}

describe('a Hexo site built and served', () => {
  it('sends each old Hexo URL to its article', async () => {
    expect(await refreshTarget('/2023/11/16/python-wheels-for-alpine/')).toBe(article('python-wheels-for-alpine'));
    expect(await refreshTarget('/2023/07/19/Dev/SpringBoot%E6%89%AB%E7%A0%81%E7%99%BB%E5%BD%95/')).toBe(article('springboot扫码登录'));
    expect(await refreshTarget('/posts/18184/')).toBe(article('springboot扫码登录'));
    expect(await refreshTarget('/archives/quan-mian-li-jie-DNS-ji-HTTPDNS/')).toBe(article('quan-mian-li-jie-dns-ji-httpdns'));
    expect(await refreshTarget('/2021/10/10/%E6%96%B0%E5%AA%92%E4%BD%93/10%E6%9C%88%E7%94%B5%E5%BD%B1%E5%A4%A7%E7%9B%98%E7%A5%A8%E6%88%BF%E7%A0%B450%E4%BA%BF/')).toBe(article('10月电影大盘票房破50亿'));
    expect((await fetch(`${origin}/2024/10/31/quan-mian-li-jie-DNS-ji-HTTPDNS/`)).status).toBe(404); // its permalink replaced the pattern
  });

  it('lists every article and category in sitemap.xml, with lastmod', async () => {
    const doc = new DOMParser().parseFromString(await (await fetch(`${origin}/sitemap.xml`)).text(), 'application/xml');
    const urls = [...doc.getElementsByTagName('url')].map((url) => [url.getElementsByTagName('loc')[0]?.textContent, url.getElementsByTagName('lastmod')[0]?.textContent]);
    expect(urls.slice(0, 4)).toEqual([
      [article(ARTICLES[0] ?? ''), '2024-10-31T22:02:01+08:00'],
      [article(ARTICLES[1] ?? ''), '2023-11-16T14:48:22+08:00'],
      [article(ARTICLES[2] ?? ''), '2023-07-19T17:30:54+08:00'],
      [article(ARTICLES[3] ?? ''), '2021-10-10T03:27:26Z'],
    ]);
    expect(urls.slice(4).map(([loc]) => loc)).toEqual(['dns', 'Dev', 'SpringBoot', 'SpringBoot扫码登录', '新媒体', '36kr', '快讯'].map((name) => `${BASE}category/${encodeURIComponent(name)}`));
  });

  it('points robots.txt at the sitemap', async () => {
    expect(await (await fetch(`${origin}/robots.txt`)).text()).toMatch(/^Sitemap: https:\/\/blog\.example\.org\/sitemap\.xml$/m);
  });

  it('lists the articles newest first with full content in rss.xml and atom.xml', async () => {
    const rss = parseRssFeed(await (await fetch(`${origin}/rss.xml`)).text());
    expect([rss.title, rss.link, rss.language]).toEqual(['入微测试博客', BASE, 'zh-CN']);
    expect(rss.items?.map((item) => item.link)).toEqual(ARTICLES.map(article));
    expect(rss.items?.map((item) => item.pubDate && new Date(item.pubDate).toISOString())).toEqual(['2024-10-31T14:02:01.000Z', '2023-11-16T06:48:22.000Z', '2023-07-19T09:30:54.000Z', '2021-10-10T03:27:26.000Z']);
    expect(rss.items?.[0]?.content?.encoded).toContain('<h1>说明</h1>');
    const atom = parseAtomFeed(await (await fetch(`${origin}/atom.xml`)).text());
    expect(atom.title).toEqual({ value: '入微测试博客' });
    expect(atom.entries?.map((entry) => entry.links?.[0]?.href)).toEqual(ARTICLES.map(article));
    expect(atom.entries?.map((entry) => entry.published && new Date(entry.published).toISOString())).toEqual(['2024-10-31T14:02:01.000Z', '2023-11-16T06:48:22.000Z', '2023-07-19T09:30:54.000Z', '2021-10-10T03:27:26.000Z']);
    expect(atom.entries?.[3]?.content?.value).toContain('长津湖');
  });
});
