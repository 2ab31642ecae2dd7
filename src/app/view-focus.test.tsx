import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubFetch } from '../../test/render-app';
import { resetFocusMemory } from '../ui/focus-memory';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '入微 示例',
  language: 'zh-CN',
  items: [
    { id: 'a', title: '微信将迎来一大波改版', content_html: '<p>正文</p>', date_published: '2022-01-07T10:08:21Z', tags: ['资讯'] },
    { id: 'b', title: 'Second', content_text: 'two', date_published: '2021-01-01T00:00:00Z', language: 'en' },
  ],
};

afterEach(resetFocusMemory);

describe('focus that follows the reader', () => {
  it('leaves focus alone on the first page, then puts it on the new view’s heading', async () => {
    const user = userEvent.setup();
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/');
    const categories = await screen.findByRole('navigation', { name: 'Categories' });
    expect(document.body).toHaveFocus();

    await user.click(within(categories).getByRole('link', { name: /资讯/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: /资讯/ })).toHaveFocus());
    expect(document.title).toBe('资讯 — 入微 示例');

    await user.click(screen.getByRole('link', { name: '微信将迎来一大波改版' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: '微信将迎来一大波改版' })).toHaveFocus());
    expect(document.title).toBe('微信将迎来一大波改版 — 入微 示例');
  });

  it('skips to the view’s heading, past the category navigation', async () => {
    const user = userEvent.setup();
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: /All articles/ });
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('heading', { level: 1, name: /All articles/ })).toHaveFocus();
  });

  it('ends every page title with the site’s title, the not-found view’s too', async () => {
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/no/such/page');
    await screen.findByRole('heading', { name: 'Page not found' });
    await waitFor(() => expect(document.title).toBe('Page not found — 入微 示例'));
  });

  it('gives the article’s content the item’s language, else the feed’s', async () => {
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/article/b');
    await screen.findByRole('heading', { level: 1, name: 'Second' });
    expect(document.querySelector('.article-body')).toHaveAttribute('lang', 'en');
  });
});

describe('the header before the feed arrives', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('shows the site feed’s title from the build, not the app’s name', () => {
    vi.stubEnv('RUWEI_SITE_TITLE', 'Built title');
    stubFetch({ '/feed.json': () => new Promise<Response>(() => {}) });
    renderApp('/');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Built title' })).toBeInTheDocument();
  });

  it('shows the app’s name for another site’s feed until it arrives', () => {
    vi.stubEnv('RUWEI_SITE_TITLE', 'Built title');
    stubFetch({ 'https://other.test/feed.json': () => new Promise<Response>(() => {}) });
    renderApp('/?feed=https%3A%2F%2Fother.test%2Ffeed.json');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'ruwei' })).toBeInTheDocument();
  });
});
