import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleNotFoundError } from './errors';
import { articleQueryOptions, feedQueryOptions, indexPageQueryOptions } from './feed-query';

const FEED = 'https://blog.example/feed.json';
const item = (slug: string, extra: object = {}) => ({ id: slug, title: slug.toUpperCase(), _ruwei: { slug }, ...extra });
const feed = (items: object[], ruwei?: object) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Blog', items, ...(ruwei && { _ruwei: ruwei }) });

/** Serves these documents by URL; anything else is a 404. Returns the URLs asked for. */
function serve(documents: Record<string, unknown>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = documents[url];
    return body === undefined
      ? new Response('missing', { status: 404, statusText: 'Not Found' })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/feed+json' } });
  });
  return asked;
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

afterEach(() => vi.unstubAllGlobals());

describe('feedQueryOptions', () => {
  it('fetches and parses the feed under a key of its URL', async () => {
    serve({ [FEED]: feed([item('one', { content_html: '<p>1</p>' })]) });
    const options = feedQueryOptions(FEED);
    expect(options.queryKey).toEqual(['feed', FEED]);
    const model = await client().fetchQuery(options);
    expect(model.title).toBe('Blog');
    expect(model.items.map((x) => x.slug)).toEqual(['one']);
  });
});

describe('articleQueryOptions', () => {
  it('takes an article with content from the feed itself, with its neighbours', async () => {
    const asked = serve({ [FEED]: feed(['a', 'b', 'c'].map((slug) => item(slug, { content_html: `<p>${slug}</p>` }))) });
    const article = await client().fetchQuery(articleQueryOptions(FEED, 'b'));
    expect(article.item.contentHtml).toBe('<p>b</p>');
    expect(article.feedTitle).toBe('Blog');
    expect([article.newer?.slug, article.older?.slug]).toEqual(['a', 'c']);
    expect(asked).toEqual([FEED]);
  });

  it('fetches the one-item file of an article the feed lists without content', async () => {
    serve({
      [FEED]: feed([item('big', { _ruwei: { slug: 'big', content_url: 'feed/items/big.json' } })]),
      'https://blog.example/feed/items/big.json': feed([item('big', { content_html: '<p>body</p>' })], { older: { slug: 'old', title: 'Old' } }),
    });
    const article = await client().fetchQuery(articleQueryOptions(FEED, 'big'));
    expect(article.item.contentHtml).toBe('<p>body</p>');
    expect(article.older?.slug).toBe('old');
  });

  it('finds an article the feed does not list through the item URL template', async () => {
    serve({
      [FEED]: feed([], { item_url: 'feed/items/{slug}.json' }),
      'https://blog.example/feed/items/%E5%BE%AE.json': feed([item('微', { content_text: 'text' })]),
    });
    const article = await client().fetchQuery(articleQueryOptions(FEED, '微'));
    expect(article.item.contentText).toBe('text');
  });

  it('says "not found" for an unknown slug, with or without a template', async () => {
    serve({ [FEED]: feed([item('one', { content_html: '<p>1</p>' })]) });
    await expect(client().fetchQuery(articleQueryOptions(FEED, 'none'))).rejects.toBeInstanceOf(ArticleNotFoundError);
    serve({ [FEED]: feed([], { item_url: 'feed/items/{slug}.json' }) });
    await expect(client().fetchQuery(articleQueryOptions(FEED, 'none'))).rejects.toBeInstanceOf(ArticleNotFoundError);
  });

  it('reports a missing file of a listed article as an error of the site, not as not found', async () => {
    serve({ [FEED]: feed([item('gone', { _ruwei: { slug: 'gone', content_url: 'feed/items/gone.json' } })]) });
    const error = await client().fetchQuery(articleQueryOptions(FEED, 'gone')).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ArticleNotFoundError);
    expect(String(error)).toContain('404');
  });

  it('uses an article listed by a loaded index page', async () => {
    const page = 'https://blog.example/feed/pages/p1.json';
    serve({
      [FEED]: feed([], { item_url: 'feed/items/{slug}.json' }),
      [page]: { items: [item('paged', { _ruwei: { slug: 'paged', content_url: '../items/elsewhere.json' } })] },
      'https://blog.example/feed/items/elsewhere.json': feed([item('paged', { content_html: '<p>p</p>' })]),
    });
    const queries = client();
    await queries.fetchQuery(indexPageQueryOptions(page));
    const article = await queries.fetchQuery(articleQueryOptions(FEED, 'paged'));
    expect(article.item.contentHtml).toBe('<p>p</p>');
  });
});
