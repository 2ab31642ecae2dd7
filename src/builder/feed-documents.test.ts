import { describe, expect, it } from 'vitest';
import type { WireFeed, WireIndex, WireIndexPage } from '../feed/wire';
import { jsonFeedProblems } from '../../test/json-feed';
import { FEED_ITEMS, FEED_MAX_BYTES, INDEX_TREE_MAX_DEPTH, PAGE_SIZE, sortPosts } from './feed-documents';
import type { FeedFiles, SluggedPost } from './feed-documents';
import { assembleFeed, makePost, renderedFor } from '../../test/builder-posts';

function assemble(posts: SluggedPost[], baseUrl?: string): FeedFiles {
  const sorted = sortPosts(posts);
  return assembleFeed(sorted, sorted.map((post) => renderedFor(post)), { title: 'T', baseUrl });
}

const parse = <T>(data: string): T => JSON.parse(data) as T;

describe('sortPosts', () => {
  it('puts newest first, undated last, ties by slug', () => {
    const undated = makePost(9, { slug: 'a-undated', published: undefined });
    const sameTime = makePost(1, { slug: 'b-same' });
    const sorted = sortPosts([undated, makePost(2), makePost(1), sameTime, makePost(0)]);
    expect(sorted.map((p) => p.slug)).toEqual(['post-000', 'b-same', 'post-001', 'post-002', 'a-undated']);
  });
});

describe('assembleFeed for a small site', () => {
  it('writes every item with content into one JSON Feed 1.1', () => {
    const files = assemble([makePost(1), makePost(0)], 'https://example.com/blog/');
    expect(files).toMatchObject({ layout: 'single', items: [], pages: [], manifest: undefined });
    const feed = parse<WireFeed>(files.feed.data);
    expect(jsonFeedProblems(feed)).toEqual([]);
    expect(feed).toMatchObject({ title: 'T', home_page_url: 'https://example.com/blog/', feed_url: 'https://example.com/blog/feed.json' });
    expect(feed.items.map((i) => i.id)).toEqual(['post-000', 'post-001']);
    expect(feed.items[0]).toMatchObject({ url: 'https://example.com/blog/article/post-000', content_html: '<p>Post 0</p>', _ruwei: { slug: 'post-000', categories: [['News', 'Even']], reading_minutes: 1 } });
    expect(files.feed.data.endsWith('}\n')).toBe(true);
  });

  it('writes keys in a fixed order', () => {
    const feed = parse<WireFeed>(assemble([makePost(0, { modified: { iso: '2024-02-01T00:00:00Z', ms: 0 }, authors: ['me'], image: 'i.png' })]).feed.data);
    expect(Object.keys(feed)).toEqual(['version', 'title', 'items']);
    expect(Object.keys(feed.items[0] ?? {})).toEqual(['id', 'title', 'summary', 'content_html', 'image', 'date_published', 'date_modified', 'authors', 'tags', '_ruwei']);
  });
});

describe('assembleFeed for a large site', () => {
  const posts = Array.from({ length: 120 }, (_, i) => makePost(i));
  const files = assemble(posts);
  const byPath = new Map([...files.items, ...files.pages, files.manifest, files.feed].map((f) => [f?.path, f?.data]));
  const read = <T>(relPath: string): T => parse<T>(byPath.get(relPath) ?? 'null');
  const feed = read<WireFeed>('feed.json');
  const index = read<WireIndex>(feed._ruwei?.index ?? '');

  it('keeps feed.json to the newest items, each pointing to its item file', () => {
    expect(feed.items.map((i) => i.id)).toEqual(posts.slice(0, FEED_ITEMS).map((p) => p.slug));
    expect(feed.items[0]?._ruwei?.content_url).toBe('feed/items/post-000.json');
    expect(feed._ruwei).toEqual({ index: expect.stringMatching(/^feed\/index\.[0-9a-f]{16}\.json$/), item_url: 'feed/items/{slug}.json' });
    expect(jsonFeedProblems(feed)).toEqual([]);
  });

  it('writes one item file per post with its neighbours', () => {
    expect(files.items).toHaveLength(120);
    const middle = read<WireFeed>('feed/items/post-005.json');
    expect(jsonFeedProblems(middle)).toEqual([]);
    expect(middle.items).toHaveLength(1);
    expect(middle.items[0]?.content_html).toBe('<p>Post 5</p>');
    expect(middle._ruwei).toEqual({ newer: { slug: 'post-004', title: 'Post 4' }, older: { slug: 'post-006', title: 'Post 6' } });
    expect(read<WireFeed>('feed/items/post-000.json')._ruwei?.newer).toBeNull();
    expect(read<WireFeed>('feed/items/post-119.json')._ruwei?.older).toBeNull();
  });

  it('indexes every item in pages of 50 without content', () => {
    expect(index).toMatchObject({ ruwei_index: 1, page_size: PAGE_SIZE, all: { count: 120 } });
    expect(index.all.pages).toHaveLength(3);
    const pages = index.all.pages.map((p) => read<WireIndexPage>(`feed/${p}`));
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    const first = pages[0]?.items[0];
    expect(first).not.toHaveProperty('content_html');
    expect(first?._ruwei).toEqual({ slug: 'post-000', categories: [['News', 'Even']], reading_minutes: 1, content_url: '../items/post-000.json' });
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(posts.map((p) => p.slug));
  });

  it('lists every tag with its count and its own pages', () => {
    expect(index.tags.map((t) => [t.name, t.count, t.pages.length])).toEqual([['News', 120, 3], ['Even', 60, 2], ['Odd', 60, 2], ['Three', 40, 1]]);
    const three = index.tags[3]?.pages.map((p) => read<WireIndexPage>(`feed/${p}`)).flatMap((p) => p.items) ?? [];
    expect(three.every((item) => item.tags?.includes('Three'))).toBe(true);
    expect(three).toHaveLength(40);
  });

  it('stores identical pages once (News and "all" are the same list)', () => {
    expect(index.tags[0]?.pages).toEqual(index.all.pages);
    expect(new Set(files.pages.map((p) => p.path)).size).toBe(files.pages.length);
  });

  it('builds the category tree', () => {
    expect(index.categories).toEqual([{ name: 'News', count: 120, children: [{ name: 'Even', count: 60, children: [] }, { name: 'Odd', count: 60, children: [] }] }]);
  });

  it('encodes slugs in URLs but not in file names', () => {
    const cjk = assemble(Array.from({ length: 60 }, (_, i) => makePost(i, { slug: i === 0 ? '新媒体-文章' : `p-${i}` })));
    expect(cjk.items[0]?.path).toBe('feed/items/新媒体-文章.json');
    expect(parse<WireFeed>(cjk.feed.data).items[0]?._ruwei?.content_url).toBe(`feed/items/${encodeURIComponent('新媒体-文章')}.json`);
  });

  it('gives identical bytes for identical input', () => {
    const again = assemble([...posts].reverse());
    expect(again).toEqual(files);
  });

  it('writes each page as JSON.stringify would, and one page for the many one-item lists of a post with many tags', () => {
    const tags = Array.from({ length: 100 }, (_, i) => `only-${i}`);
    const many = assemble(Array.from({ length: 60 }, (_, i) => makePost(i, i === 7 ? { tags } : {})));
    for (const page of many.pages) expect(page.data).toBe(`${JSON.stringify(JSON.parse(page.data))}\n`);
    const manifest = parse<WireIndex>(many.manifest?.data ?? '');
    const urls = new Set(manifest.tags.filter((tag) => tag.name.startsWith('only-')).flatMap((tag) => tag.pages));
    expect(urls.size).toBe(1);
  });
});

describe('assembleFeed() by bytes', () => {
  const heavy = (i: number) => makePost(i);
  const weigh = (post: SluggedPost) => ({ ...renderedFor(post), contentHtml: `<p>${'x'.repeat(1024 * 1024)}</p>` });

  it('pages a site of few posts whose content would make feed.json too large, and keeps its newest items under the limit', () => {
    const sorted = sortPosts(Array.from({ length: 30 }, (_, i) => heavy(i)));
    const files = assembleFeed(sorted, sorted.map(weigh), { title: 'T' });
    expect(files.layout).toBe('paged');
    expect(files.items).toHaveLength(30);
    expect(Buffer.byteLength(files.feed.data)).toBeLessThan(FEED_MAX_BYTES);
    expect(parse<WireFeed>(files.feed.data).items.map((item) => item.id)).toEqual(sorted.slice(0, 3).map((post) => post.slug));
  });

  it('leaves feed.json without items when even the newest does not fit, the index still listing all', () => {
    const sorted = sortPosts(Array.from({ length: 2 }, (_, i) => heavy(i)));
    const huge = sorted.map((post) => ({ ...renderedFor(post), contentHtml: 'x'.repeat(FEED_MAX_BYTES) }));
    const files = assembleFeed(sorted, huge, { title: 'T' });
    expect(parse<WireFeed>(files.feed.data).items).toEqual([]);
    expect(parse<WireIndex>(files.manifest?.data ?? '').all.count).toBe(2);
  });
});

describe('the index of a site with a post filed 5,000 categories deep', () => {
  it('is written, with the tree nested at most INDEX_TREE_MAX_DEPTH levels and every category in it', () => {
    const names = Array.from({ length: 5000 }, (_x, i) => `c${i}`);
    const posts = Array.from({ length: 60 }, (_, i) => makePost(i, i === 0 ? { categories: [names] } : {}));
    const files = assemble(posts);
    const index = parse<WireIndex>(files.manifest?.data ?? 'null');
    let depth = 1;
    let node = index.categories.find((category) => category.name === 'c0');
    while (node && node.children.length === 1) {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBe(INDEX_TREE_MAX_DEPTH);
    expect(node?.children.map((child) => child.name)).toEqual(names.slice(INDEX_TREE_MAX_DEPTH));
  });
});
