// Playwright fixtures: one test server per worker (on a free port), the
// built app at its root, and helpers for pages and requests.
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';

type WorkerFixtures = { server: TestServer };
type TestFixtures = { requests: string[]; freshServer: void };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright reads a fixture's dependencies from this destructuring pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // Each test starts with a fresh fail= count and request log.
  freshServer: [
    async ({ server }, use) => {
      server.resetFaults();
      server.requests.length = 0;
      await use();
    },
    { auto: true },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  /** Every URL the page requested, in order. */
  requests: async ({ page }, use) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await use(urls);
  },
});

export { expect };
// Specs take the URL helper from here with the fixtures; bench imports it from test/support.
export { fixtureFeed } from '../support/server';

/**
 * Back (-1) or forward (+1) between the app's own history entries (one
 * document), as the browser's buttons do. Playwright's goBack/goForward wait
 * for a navigation event that Firefox over WebDriver BiDi does not send for
 * entries made by pushState, so this waits for the page's popstate instead.
 */
export function historyStep(page: Page, delta: number): Promise<void> {
  return page.evaluate((delta) => new Promise<void>((done) => {
    window.addEventListener('popstate', () => done(), { once: true });
    history.go(delta);
  }), delta);
}
