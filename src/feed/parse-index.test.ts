import { describe, expect, it } from 'vitest';
import { parseIndex, parseIndexPage } from './parse-index';

const URL = 'https://site.example/feed/index.0123.json';

describe('parseIndex', () => {
  const manifest = {
    ruwei_index: 1,
    page_size: 50,
    all: { count: 2, pages: ['pages/aaa.json'] },
    tags: [{ name: '资讯', count: 1, pages: ['pages/bbb.json'] }],
    categories: [{ name: '新媒体', count: 1, children: [] }],
  };

  it('resolves page URLs against the manifest', () => {
    const index = parseIndex(manifest, URL);
    expect(index.all.pages).toEqual(['https://site.example/feed/pages/aaa.json']);
    expect(index.tags[0]).toEqual({ name: '资讯', count: 1, pages: ['https://site.example/feed/pages/bbb.json'] });
  });

  it('names an unknown index version', () => {
    expect(() => parseIndex({ ...manifest, ruwei_index: 2 }, URL)).toThrow(/"ruwei_index" must be 1/);
  });

  it('refuses a count its pages cannot hold, before any row is laid out', () => {
    expect(() => parseIndex({ ...manifest, all: { count: 1e9, pages: ['pages/aaa.json'] } }, URL))
      .toThrow('"all.count" is 1000000000, more than its 1 pages of 50 items can hold');
    expect(() => parseIndex({ ...manifest, tags: [{ name: 'x', count: 51, pages: ['pages/b.json'] }] }, URL)).toThrow(/"tags\[0\].count" is 51/);
    expect(() => parseIndex({ ...manifest, all: { count: 1.5, pages: ['pages/aaa.json'] } }, URL)).toThrow(/"all.count" must be a whole number/);
    expect(() => parseIndex({ ...manifest, all: { count: -1, pages: [] } }, URL)).toThrow(/"all.count" must be a whole number/);
    expect(parseIndex({ ...manifest, all: { count: 100, pages: ['pages/a.json', 'pages/b.json'] } }, URL).all.count).toBe(100);
  });

  it.each([1e-9, 0, 1.5, 1001, -50])('refuses page_size %s', (pageSize) => {
    expect(() => parseIndex({ ...manifest, page_size: pageSize }, URL)).toThrow(`"page_size" must be a whole number from 1 to 1000, not ${pageSize}`);
  });

  it('refuses pages on another origin unless page_origins names it', () => {
    const elsewhere = { ...manifest, all: { count: 2, pages: ['https://cdn.example/aaa.json'] } };
    expect(() => parseIndex(elsewhere, URL)).toThrow('"all.pages[0]" is on https://cdn.example, not on the index\'s own origin');
    expect(parseIndex({ ...elsewhere, page_origins: ['https://cdn.example/'] }, URL).all.pages).toEqual(['https://cdn.example/aaa.json']);
    expect(() => parseIndex({ ...elsewhere, page_origins: 'https://cdn.example' }, URL)).toThrow(/"page_origins" must be a list/);
  });

  it('refuses a javascript: page URL', () => {
    expect(() => parseIndex({ ...manifest, all: { count: 1, pages: ['javascript:alert(1)'] } }, URL))
      .toThrow(/"all.pages\[0\]" must be an http\(s\) or relative URL/);
  });
});

describe('parseIndexPage', () => {
  it('reads slim items with their content URL and counts bad ones', () => {
    const page = parseIndexPage({
      items: [
        { id: 'a', title: 'A', _ruwei: { slug: 'a', content_url: '../items/a.json' } },
        { id: 5 },
        { title: 'no id' },
      ],
    }, 'https://site.example/feed/pages/aaa.json');
    expect(page.items.map((item) => [item.slug, item.contentUrl])).toEqual([
      ['a', 'https://site.example/feed/items/a.json'],
      ['5', undefined],
    ]);
    expect(page.skipped).toBe(1);
  });
});
