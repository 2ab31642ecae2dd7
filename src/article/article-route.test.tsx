import { readFileSync } from 'node:fs';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORIGIN, renderApp, stubFetch } from '../../test/render-app';

const feed = JSON.parse(readFileSync('test/fixtures/article/seed-feed.json', 'utf8')) as { items: Record<string, unknown>[] };
const SLUG = 'wechat-2022';
const SECTION = '01 2022 微信公开课五大亮点';

async function openSeed(url = `/article/${SLUG}`, state?: unknown) {
  stubFetch({ '/feed.json': { body: feed } });
  const view = renderApp(url, state);
  await screen.findByRole('heading', { level: 1, name: '微信将迎来一大波改版，有哪些新机会？' });
  return view;
}

describe('the article view', () => {
  it('shows the date, the author, the reading time and links to its categories', async () => {
    await openSeed();
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).getByText('Jan 7, 2022')).toHaveAttribute('datetime', '2022-01-07T10:08:21.000Z');
    expect(header).toHaveTextContent('By 36kr');
    expect(header).toHaveTextContent('9 min read');
    expect(within(header).getByRole('link', { name: '资讯' })).toHaveAttribute('href', '/category/%E8%B5%84%E8%AE%AF');
  });

  it('shows the hero image first, at high priority, in a box of its own', async () => {
    await openSeed();
    const hero = document.querySelector('.article-hero img')!;
    expect(hero).toHaveAttribute('src', `${ORIGIN}/__img/832x450.png?n=hero`);
    expect(hero).toHaveAttribute('fetchpriority', 'high');
  });

  it('renders the sanitized body in the feed language, without the empty headings', async () => {
    await openSeed();
    const body = document.querySelector('.article-body')!;
    expect(body).toHaveAttribute('lang', 'zh-CN');
    expect(body.querySelectorAll('h2')).toHaveLength(3);
    expect(body.querySelector('[data-foldable-wrapper], script, [style]')).toBeNull();
  });

  it('keeps each heading named by its own text, with a "Copy link to section" button beside it', async () => {
    await openSeed();
    const heading = screen.getByRole('heading', { level: 2, name: SECTION });
    expect(heading).toHaveAttribute('id', '01-2022-微信公开课五大亮点');
    const button = within(heading.parentElement!).getByRole('button', { name: 'Copy link to section' });
    expect(button).toHaveAccessibleDescription(SECTION);
    expect(screen.getAllByRole('button', { name: 'Copy link to section' })).toHaveLength(14);
  });

  it('copies the absolute link to a section and says so in a live region', async () => {
    const user = userEvent.setup();
    await openSeed(`/article/${SLUG}?feed=%2Ffeed.json`);
    const heading = screen.getByRole('heading', { level: 2, name: SECTION });
    await user.click(within(heading.parentElement!).getByRole('button', { name: 'Copy link to section' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
    expect(await navigator.clipboard.readText()).toBe(
      `${ORIGIN}/article/${SLUG}?feed=%2Ffeed.json#01-2022-%E5%BE%AE%E4%BF%A1%E5%85%AC%E5%BC%80%E8%AF%BE%E4%BA%94%E5%A4%A7%E4%BA%AE%E7%82%B9`,
    );
  });

  describe('when the link cannot simply be copied', () => {
    const clickCopy = async (user: ReturnType<typeof userEvent.setup>) => {
      const heading = screen.getByRole('heading', { level: 2, name: SECTION });
      await user.click(within(heading.parentElement!).getByRole('button', { name: 'Copy link to section' }));
    };
    const phone = (share: (data: ShareData) => Promise<void>) => {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)', media: query, addEventListener() {}, removeEventListener() {} }));
      Object.defineProperty(navigator, 'share', { value: vi.fn(share), configurable: true });
    };
    afterEach(() => {
      vi.restoreAllMocks();
      Reflect.deleteProperty(navigator, 'share');
      Reflect.deleteProperty(document, 'execCommand');
    });

    it('says the link could not be copied when neither the clipboard nor the copy command works', async () => {
      const user = userEvent.setup();
      await openSeed();
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
      Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
      await clickCopy(user);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The link could not be copied'));
    });

    it('falls back to the copy command where the Clipboard API refuses', async () => {
      const user = userEvent.setup();
      await openSeed();
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
      const execCommand = vi.fn(() => true);
      Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
      await clickCopy(user);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
      expect(execCommand).toHaveBeenCalledWith('copy');
    });

    it('opens the share sheet on a touch device, with the section link, and copies nothing', async () => {
      const user = userEvent.setup();
      phone(() => Promise.resolve());
      await openSeed();
      const write = vi.spyOn(navigator.clipboard, 'writeText');
      await clickCopy(user);
      await act(async () => {}); // let the share promise settle
      expect(navigator.share).toHaveBeenCalledWith({ url: expect.stringMatching(/\/article\/wechat-2022#01-2022-/), title: document.title });
      expect(screen.getByRole('status')).toHaveTextContent('');
      expect(write).not.toHaveBeenCalled();
    });

    it('does nothing more when the reader closes the share sheet', async () => {
      const user = userEvent.setup();
      phone(() => Promise.reject(new DOMException('closed', 'AbortError')));
      await openSeed();
      await clickCopy(user);
      await act(async () => {}); // let the share promise settle
      expect(navigator.share).toHaveBeenCalled();
      expect(screen.getByRole('status')).toHaveTextContent('');
    });

    it('copies the link when the share sheet fails', async () => {
      const user = userEvent.setup();
      phone(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
      await openSeed();
      await clickCopy(user);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
      expect(await navigator.clipboard.readText()).toMatch(/#01-2022-/);
    });
  });

  it('moves to a section from the table of contents: focus on the heading, entry current', async () => {
    await openSeed();
    const nav = screen.getByRole('navigation', { name: 'Table of contents' });
    await userEvent.click(within(nav).getByRole('link', { name: '03 结语' }));
    // The source separates "03" and "结语" with a no-break space.
    const heading = screen.getByRole('heading', { level: 2, name: /^03\s结语$/ });
    await waitFor(() => expect(heading).toHaveFocus());
    // The mock is shared by every element: check which one scrolled, and how.
    const scrolled = vi.mocked(Element.prototype.scrollIntoView).mock;
    expect(scrolled.contexts.at(-1)).toBe(heading);
    expect(scrolled.calls.at(-1)).toEqual([{ block: 'start', behavior: 'smooth' }]);
    expect(within(nav).getByRole('link', { name: '03 结语' })).toHaveAttribute('aria-current', 'location');
  });

  it('opens a deep link with a percent-encoded Chinese hash at its section', async () => {
    await openSeed(`/article/${SLUG}#${encodeURIComponent('-推出创作者激励计划')}`);
    const target = document.getElementById('-推出创作者激励计划')!;
    await waitFor(() => expect(target).toHaveFocus());
    expect(screen.getByRole('link', { name: '③ 推出“创作者激励计划”' })).toHaveAttribute('aria-current', 'location');
  });

  it('stays at the top, without an error, for an unknown hash', async () => {
    await openSeed(`/article/${SLUG}#no-such-section`);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('shows the picture\'s alt text in its box when an image fails', async () => {
    await openSeed();
    const img = document.querySelectorAll('.article-body img')[1]!;
    fireEvent.error(img);
    const fallback = document.querySelector('.image-fallback') as HTMLElement;
    expect(fallback).toHaveTextContent('Image unavailable');
    expect(fallback.style.aspectRatio).toBe('1080 / 500');
    expect(img.isConnected).toBe(false);
  });

  it('links the newer and older article of All when the reader came from no list', async () => {
    await openSeed();
    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/article/arm');
    expect(within(more).getByRole('link', { name: /Older/ })).toHaveAttribute('href', '/article/movies-october');
  });

  it('links the newer and older article within the category the reader came from', async () => {
    await openSeed(`/article/${SLUG}`, { list: '资讯' });
    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Newer/ })).toHaveAttribute('href', '/article/arm');
    expect(within(more).getByRole('link', { name: /Older/ })).toHaveAttribute('href', '/article/revil');
  });

  it('renders an article with only content_text as paragraphs, without a table of contents', async () => {
    stubFetch({ '/feed.json': { body: { ...feed, items: [{ id: 'plain', title: 'Plain', content_text: 'one <b>\n\ntwo' }] } } });
    renderApp('/article/plain');
    expect(await screen.findByText('one <b>')).toBeInTheDocument();
    expect(screen.getByText('two').tagName).toBe('P');
    expect(screen.queryByRole('navigation', { name: 'Table of contents' })).toBeNull();
  });

  it('links the attachments of a podcast episode, with type, size and length, resolved against the feed', async () => {
    const episode = {
      id: 'ep1',
      title: 'Episode 1',
      content_html: '<p>Show notes</p>',
      attachments: [
        { url: 'audio/ep1.m4a', mime_type: 'audio/x-m4a', size_in_bytes: 24_500_000, duration_in_seconds: 3_540 },
        { url: 'javascript:alert(1)', mime_type: 'audio/mpeg', title: 'Bad' },
      ],
    };
    stubFetch({ '/feed.json': { body: { ...feed, items: [episode] } } });
    renderApp('/article/ep1');
    const list = await screen.findByRole('list', { name: 'Attachments' });
    const link = within(list).getByRole('link', { name: 'ep1.m4a' });
    expect(link).toHaveAttribute('href', `${ORIGIN}/audio/ep1.m4a`);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(list).toHaveTextContent('ep1.m4a (audio/x-m4a · 24.5 MB · 59 min)');
    expect(within(list).queryByRole('link', { name: 'Bad' })).toBeNull();
  });

  it('shows the not-found view for an unknown slug', async () => {
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/article/no-such-article');
    expect(await screen.findByRole('heading', { name: 'Article not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/');
  });

  it('shows an alert with Retry when the feed fails, and the article once Retry succeeds', async () => {
    let status = 503;
    stubFetch({ '/feed.json': () => Promise.resolve(new Response(status === 200 ? JSON.stringify(feed) : 'down', { status })) });
    renderApp(`/article/${SLUG}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server answered 503');
    status = 200;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: '微信将迎来一大波改版，有哪些新机会？' })).toBeInTheDocument();
  });

  it('stays readable when a background refetch fails', async () => {
    let status = 200;
    stubFetch({ '/feed.json': () => Promise.resolve(new Response(status === 200 ? JSON.stringify(feed) : 'down', { status })) });
    const { queryClient } = renderApp(`/article/${SLUG}`);
    await screen.findByRole('heading', { level: 1, name: '微信将迎来一大波改版，有哪些新机会？' });
    status = 500;
    await queryClient.refetchQueries();
    expect(queryClient.getQueryState(['feed', `${ORIGIN}/feed.json`])?.status).toBe('error');
    expect(screen.getByRole('heading', { level: 1, name: '微信将迎来一大波改版，有哪些新机会？' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: SECTION })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the article view of a large site', () => {
  const big = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Big',
    items: [],
    _ruwei: { index: 'feed/index.1.json', item_url: 'feed/items/{slug}.json' },
  };
  const index = { ruwei_index: 1, page_size: 50, all: { count: 1, pages: ['pages/a.json'] }, tags: [], categories: [] };
  const page = { items: [{ id: 'listed', title: 'Listed', _ruwei: { slug: 'listed', content_url: '../items/listed.json' } }] };
  const one = { version: 'https://jsonfeed.org/version/1.1', title: 'Big', items: [{ id: 'listed', title: 'Listed', content_html: '<p>Listed body</p>', _ruwei: { slug: 'listed' } }] };

  it('names a missing file of a listed article in an alert, and Retry loads it once it is back', async () => {
    let itemStatus = 404;
    stubFetch({
      '/feed.json': { body: big },
      '/feed/index.1.json': { body: index },
      '/feed/pages/a.json': { body: page },
      '/feed/items/listed.json': () => Promise.resolve(new Response(itemStatus === 200 ? JSON.stringify(one) : 'gone', { status: itemStatus })),
    });
    renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: 'Listed' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Nothing was found at http:\/\/localhost:\d+\/feed\/items\/listed\.json \(404\)/);
    expect(screen.getByRole('banner')).toHaveTextContent('Big');
    itemStatus = 200;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Listed body')).toBeInTheDocument();
  });

  it('shows the not-found view when a slug the site does not list has no file', async () => {
    stubFetch({ '/feed.json': { body: big } });
    renderApp('/article/unknown');
    expect(await screen.findByRole('heading', { name: 'Article not found' })).toBeInTheDocument();
  });
});
