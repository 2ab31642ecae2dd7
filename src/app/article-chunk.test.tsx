// The article view is a chunk of its own, loaded when the reader opens an
// article. A chunk that fails to load (a deploy replaced it, the network
// dropped) must give the route's error view with a Retry, never a blank page,
// and Retry must load it once it is back.
import { readFileSync } from 'node:fs';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

const feed = JSON.parse(readFileSync('test/fixtures/article/seed-feed.json', 'utf8')) as unknown;
const chunk = vi.hoisted(() => ({ fails: true }));

vi.mock('../article/article-route', async (importOriginal) => {
  if (chunk.fails) throw new TypeError('Failed to fetch dynamically imported module: /assets/article-route.js');
  return importOriginal();
});

afterEach(() => {
  chunk.fails = true;
});

describe('a failed article chunk', () => {
  it('shows the error view in the page, and Retry opens the article once the chunk loads', async () => {
    const { renderApp, stubFetch } = await import('../../test/render-app');
    stubFetch({ '/feed.json': { body: feed } });
    renderApp('/article/wechat-2022');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('An unexpected error occurred.');
    expect(screen.getByRole('banner')).toBeVisible(); // the header stays: the failure is the route's only
    chunk.fails = false;
    vi.resetModules();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: '微信将迎来一大波改版，有哪些新机会？' })).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  }, 30_000);
});
