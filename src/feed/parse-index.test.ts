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
