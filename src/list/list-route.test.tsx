import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, stubFetch } from '../../test/render-app';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '示例',
  items: [
    { id: 'a', title: '微信改版', content_html: `<p>${'字'.repeat(1200)}</p>`, date_published: '2022-01-07T10:08:21Z', tags: ['新媒体', '36kr', '资讯'], _ruwei: { slug: 'a', categories: [['新媒体', '36kr', '资讯']] } },
    { id: 'b', title: 'English post', content_text: 'word '.repeat(690), date_published: '2021-06-01T00:00:00Z', tags: ['新媒体', '36kr', '快讯'], _ruwei: { slug: 'b', categories: [['新媒体', '36kr', '快讯']] } },
    { id: 'c', title: 'Tagged only', content_text: 'x', date_published: '2020-01-01T00:00:00Z', tags: ['资讯', 'notes'] },
  ],
};

const nav = () => screen.getByRole('navigation', { name: 'Categories' });
const rowTitles = () => within(screen.getByRole('list', { name: /./ })).queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);

async function open(url: string, body: unknown = feed) {
  stubFetch({ '/feed.json': { body } });
  renderApp(url);
  await screen.findByRole('navigation', { name: 'Categories' });
}

describe('the list view', () => {
  it('lists every tag with its count, All first', async () => {
    await open('/');
    const links = within(nav()).getAllByRole('link').map((link) => link.textContent);
    expect(links[0]).toBe('All 3');
    expect(links).toEqual(expect.arrayContaining(['新媒体 2', '36kr 2', '资讯 2', '快讯 1', 'notes 1']));
    expect(links).toHaveLength(6);
  });

  it('shows the category hierarchy as a foldable tree', async () => {
    await open('/');
    const toggle = within(nav()).getByRole('button', { name: 'Subcategories of 新媒体' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(nav()).queryByRole('link', { name: '36kr 2' })).not.toBeInTheDocument();
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).not.toBeVisible();
  });

  it('lists all articles newest first at /', async () => {
    await open('/');
    expect(rowTitles()).toEqual(['微信改版', 'English post', 'Tagged only']);
    expect(within(nav()).getByRole('link', { name: 'All 3' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('All articles — 示例');
  });

  it('filters by the category in the URL, also a Chinese one', async () => {
    await open('/category/%E8%B5%84%E8%AE%AF');
    expect(rowTitles()).toEqual(['微信改版', 'Tagged only']);
    expect(within(nav()).getByRole('link', { name: '资讯 2' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('资讯');
    expect(document.title).toBe('资讯 — 示例');
  });

  it('follows a category link: the URL changes and the list with it', async () => {
    await open('/');
    await userEvent.click(within(nav()).getByRole('link', { name: '快讯 1' }));
    await waitFor(() => expect(rowTitles()).toEqual(['English post']));
    expect(within(nav()).getByRole('link', { name: '快讯 1' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav()).getByRole('link', { name: 'All 3' })).not.toHaveAttribute('aria-current');
  });

  it('says an unknown category does not exist and links home', async () => {
    await open('/category/%E4%B8%8D%E5%AD%98%E5%9C%A8');
    expect(screen.getByText('There is no category “不存在”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/');
  });

  it('shows the reading time right for Chinese and for English', async () => {
    await open('/');
    const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('article-row'));
    expect(rows[0]).toHaveTextContent('3 min read');
    expect(rows[1]).toHaveTextContent('3 min read');
  });

  it('links each row to its article and its categories', async () => {
    await open('/');
    expect(screen.getByRole('link', { name: '微信改版' })).toHaveAttribute('href', '/article/a');
    const row = screen.getByRole('link', { name: '微信改版' }).closest('li')!;
    expect(within(row).getByRole('link', { name: '资讯' })).toHaveAttribute('href', '/category/%E8%B5%84%E8%AE%AF');
    expect(within(row).getByText(/2022/).closest('time')).toHaveAttribute('datetime', '2022-01-07T10:08:21.000Z');
  });

  it('says so when the feed has no articles', async () => {
    await open('/', { ...feed, items: [] });
    expect(screen.getByText('This feed has no articles yet.')).toBeInTheDocument();
  });

  it('shows a loading state until the feed arrives', async () => {
    let answer: (response: Response) => void = () => {};
    stubFetch({ '/feed.json': () => new Promise<Response>((resolve) => (answer = resolve)) });
    renderApp('/');
    expect(await screen.findByText('Loading articles…')).toBeInTheDocument();
    answer(new Response(JSON.stringify(feed)));
    expect(await screen.findByRole('link', { name: '微信改版' })).toBeInTheDocument();
    expect(screen.queryByText('Loading articles…')).not.toBeInTheDocument();
  });

  it('shows an alert with a working Retry when the feed fails', async () => {
    let fail = true;
    stubFetch({ '/feed.json': () => Promise.resolve(fail ? new Response('oops', { status: 500, statusText: 'Internal Server Error' }) : new Response(JSON.stringify(feed))) });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/The server answered 500 for http:\/\/localhost:\d+\/feed.json/);
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: '微信改版' })).toBeInTheDocument();
  });

  it('counts and names items the feed could not read, and shows the rest', async () => {
    await open('/', { ...feed, items: [...feed.items, { id: 7, title: ['not', 'text'] }] });
    expect(screen.getByRole('status')).toHaveTextContent('1 items could not be read and are not shown: "items[3].title" must be string');
    expect(rowTitles()).toHaveLength(3);
  });
});

describe('the list view of a large site (paged index)', () => {
  const slim = (n: number) => ({ id: `p${n}`, title: `Post ${n}`, summary: `Summary ${n}`, date_published: new Date(Date.UTC(2024, 0, 1) - n * 86_400_000).toISOString(), tags: n % 2 ? ['odd'] : ['even'], _ruwei: { slug: `p${n}`, content_url: `../items/p${n}.json` } });
  const routes = {
    '/feed.json': { body: { version: 'https://jsonfeed.org/version/1.1', title: 'Big', items: [], _ruwei: { index: 'feed/index.1.json', item_url: 'feed/items/{slug}.json' } } },
    '/feed/index.1.json': { body: {
      ruwei_index: 1, page_size: 2,
      all: { count: 4, pages: ['pages/a0.json', 'pages/a1.json'] },
      tags: [{ name: 'even', count: 2, pages: ['pages/e0.json'] }, { name: 'odd', count: 2, pages: ['pages/o0.json'] }],
      categories: [],
    } },
    '/feed/pages/a0.json': { body: { items: [slim(0), slim(1)] } },
    '/feed/pages/a1.json': { body: { items: [slim(2), slim(3)] } },
    '/feed/pages/e0.json': { body: { items: [slim(0), slim(2)] } },
    '/feed/pages/o0.json': { body: { items: [slim(1), slim(3)] } },
  };

  it('shows the counts of the index and the rows of its pages, without fetching article bodies', async () => {
    const fetchMock = stubFetch(routes);
    renderApp('/');
    await waitFor(() => expect(rowTitles()).toEqual(['Post 0', 'Post 1', 'Post 2', 'Post 3']));
    expect(within(nav()).getByRole('link', { name: 'odd 2' })).toBeInTheDocument();
    const requested = fetchMock.mock.calls.map(([url]) => new URL(String(url)).pathname);
    expect(requested.filter((path) => path.includes('/items/'))).toEqual([]);
  });

  it('reads a category from its own pages', async () => {
    const fetchMock = stubFetch(routes);
    renderApp('/category/odd');
    await waitFor(() => expect(rowTitles()).toEqual(['Post 1', 'Post 3']));
    const requested = fetchMock.mock.calls.map(([url]) => new URL(String(url)).pathname);
    expect(requested).not.toContain('/feed/pages/a0.json');
  });
});

describe('hostile feed fields in the list', () => {
  it('shows titles, summaries and tags with markup as text, never as live markup or links', async () => {
    const hostile = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('test/fixtures/feeds/hostile-fields.json', 'utf8'))) as unknown;
    await open('/', hostile);
    expect(screen.getByRole('link', { name: '<img src=x onerror="window.__xss=1">Title' })).toHaveAttribute('href', '/article/h1');
    expect(screen.getByText('<script>window.__xss=1</script><b>bold?</b>')).toBeInTheDocument();
    const row = screen.getByRole('link', { name: /Title$/ }).closest('li')!;
    expect(row.querySelectorAll('script, b, img:not(.row-thumb)')).toHaveLength(0);
    expect(within(row).getByRole('link', { name: 'javascript:window.__xss=1' })).toHaveAttribute('href', '/category/javascript%3Awindow.__xss%3D1');
    for (const link of document.querySelectorAll('a')) expect(link.getAttribute('href')).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    expect(row.querySelector('img')).toBeNull();
  });
});
