// Playwright fixtures: one test server per worker (on a free port), the
// built app at its root, and helpers for pages and requests.
import { test as base, expect } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';

type WorkerFixtures = { server: TestServer };
type TestFixtures = { requests: string[] };

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
