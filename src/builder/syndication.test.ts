import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { WireItem } from '../feed/wire';
import { atomXml, robotsTxt, rssXml, sitemapEntries, sitemapXml } from './syndication';

const item = (n: number): WireItem => ({
  id: `post-${n}`,
  title: `Post ${n} & <more>`,
  content_html: `<p>Body ${n} ]]> end</p>`,
  date_published: `2024-01-${String((n % 28) + 1).padStart(2, '0')}T08:00:00+08:00`,
  tags: ['新媒体'],
  _ruwei: { slug: `post-${n}` },
});
const items = Array.from({ length: 60 }, (_value, n) => item(n));

describe('rss.xml and atom.xml', () => {
  it('carry the 50 newest items with their full content, title and link', () => {
    const rss = parseRssFeed(rssXml({ title: 'Blog', baseUrl: 'https://example.org/blog/' }, items));
    expect(rss.items).toHaveLength(50);
    expect(rss.items?.[0]).toMatchObject({ title: 'Post 0 & <more>', link: 'https://example.org/blog/article/post-0', content: { encoded: '<p>Body 0 ]]> end</p>' }, categories: [{ name: '新媒体' }] });
    const atom = parseAtomFeed(atomXml({ title: 'Blog', baseUrl: 'https://example.org/blog/' }, items, '2024-02-01T00:00:00Z'));
    expect(atom.entries).toHaveLength(50);
    expect(atom.entries?.[1]).toMatchObject({ id: 'https://example.org/blog/article/post-1', links: [{ href: 'https://example.org/blog/article/post-1' }], content: { value: '<p>Body 1 ]]> end</p>' } });
  });

  it('link relative to their own address when the base URL is unknown', () => {
    const rss = parseRssFeed(rssXml({ title: 'Blog' }, items.slice(0, 1)));
    expect([rss.link, rss.items?.[0]?.link]).toEqual(['./', 'article/post-0']);
    const atom = parseAtomFeed(atomXml({ title: 'Blog' }, items.slice(0, 1), undefined));
    expect(atom.entries?.[0]?.links?.[0]?.href).toBe('article/post-0');
  });
});

describe('sitemap.xml and robots.txt', () => {
  const entries = sitemapEntries([
    { slug: 'b', tags: ['News'], published: '2024-01-02T00:00:00Z' },
    { slug: 'a', tags: ['News', '新媒体'], published: '2024-01-01T00:00:00Z', modified: '2024-03-01T00:00:00Z' },
  ]);

  it('list every article and category, a category dated by its latest change', () => {
    expect(entries).toEqual([
      { path: 'article/b', lastmod: '2024-01-02T00:00:00Z' },
      { path: 'article/a', lastmod: '2024-03-01T00:00:00Z' },
      { path: 'category/News', lastmod: '2024-03-01T00:00:00Z' },
      { path: `category/${encodeURIComponent('新媒体')}`, lastmod: '2024-03-01T00:00:00Z' },
    ]);
    expect(sitemapXml('https://example.org/', entries)).toContain('<url><loc>https://example.org/category/News</loc><lastmod>2024-03-01T00:00:00Z</lastmod></url>');
    expect(robotsTxt('https://example.org/')).toMatch(/^Sitemap: https:\/\/example\.org\/sitemap\.xml$/m);
  });

  it('are not written without a base URL (sitemaps take absolute URLs only)', () => {
    expect([sitemapXml(undefined, entries), robotsTxt(undefined)]).toEqual([undefined, undefined]);
  });
});
