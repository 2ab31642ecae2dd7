import { waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp, stubFetch } from '../../test/render-app';

// A flat Hexo list `categories: [c0, c1, …]` is one path as deep as the list
// is long; nesting it all made React's commit exhaust the call stack.
// (Plain DOM queries: role queries over 5,000 links take minutes in jsdom.)
it('shows a flat Hexo list of 5,000 categories, down to the last one', async () => {
  const names = Array.from({ length: 5000 }, (_x, i) => `c${i}`);
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'x', items: [{ id: 'a', title: 'A', content_text: 'x', tags: names, _ruwei: { slug: 'a', categories: [names] } }] };
  stubFetch({ '/feed.json': { body: feed } });
  renderApp('/category/c4999');
  const last = await waitFor(() => {
    const link = document.querySelector<HTMLAnchorElement>('nav[aria-label="Categories"] a[href="/category/c4999"]');
    if (!link) throw new Error('no link to c4999 yet');
    return link;
  }, { timeout: 60_000 });
  expect(last).toHaveAttribute('aria-current', 'page');
  expect(last).toHaveTextContent('c4999 1');
  expect(document.querySelectorAll('nav[aria-label="Categories"] ul ul ul ul ul ul ul ul ul ul')).toHaveLength(0);
}, 120_000);
