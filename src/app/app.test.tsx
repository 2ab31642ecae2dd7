import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, stubFetch } from '../../test/render-app';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '入微 示例',
  items: [
    { id: 'a', title: '微信将迎来一大波改版', content_text: '正文', date_published: '2022-01-07T10:08:21Z', tags: ['资讯'] },
    { id: 'b', title: 'Second', content_text: 'two', date_published: '2021-01-01T00:00:00Z' },
  ],
};

describe('the app shell', () => {
  it('shows the feed title in the header and the articles', async () => {
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/');
    expect(await screen.findByRole('link', { name: '微信将迎来一大波改版' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: '入微 示例' })).toBeInTheDocument();
  });

  it('shows a not-found view with a way home for an unknown path', async () => {
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('Nothing lives at /no/such/page.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/');
  });

  it('shows an alert naming the bad field of an invalid feed, and Retry loads it once fixed', async () => {
    let body: unknown = { ...feed, version: 'https://jsonfeed.org/version/9' };
    stubFetch({ '/feed.json': () => Promise.resolve(new Response(JSON.stringify(body))) });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The feed is not a valid JSON Feed.');
    expect(alert).toHaveTextContent('"version" must be "https://jsonfeed.org/version/1.1"');
    body = feed;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Second' })).toBeInTheDocument();
  });

  it('names the URL and status when the feed is missing', async () => {
    stubFetch({});
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing was found at http:\/\/localhost:\d+\/feed.json \(404\)/);
  });

  it('refuses a javascript: feed URL with a message and no request', async () => {
    const fetchMock = stubFetch({});
    renderApp('/?feed=javascript:alert(1)');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This feed address cannot be used.');
    expect(alert).toHaveTextContent('"javascript:alert(1)" is not a feed address');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps ?feed= on internal links so a shared link opens the same feed', async () => {
    stubFetch({ '/other.json': { body: feed } });
    renderApp('/?feed=%2Fother.json');
    expect(await screen.findByRole('link', { name: 'Second' })).toHaveAttribute('href', '/article/b?feed=%2Fother.json');
  });

  it('shows the not-found view for an unknown article', async () => {
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/article/nope');
    expect(await screen.findByRole('heading', { name: 'Article not found' })).toBeInTheDocument();
  });

  it('opens an article from the list', async () => {
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: 'Second' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Second' })).toBeInTheDocument();
  });
});
