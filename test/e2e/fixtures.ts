// Playwright fixtures: one test server per worker (on a free port), the
// built app at its root, and helpers for pages and requests. Two worker
// options stand in for what Playwright cannot emulate in Firefox over
// WebDriver BiDi (it ignores javaScriptEnabled and colorScheme there): a spec
// turns them on with `test.extend`, which gives its tests workers of their own.
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type TestServer } from '../support/server';

type WorkerFixtures = { server: TestServer; scriptsOff: boolean; darkSystem: boolean };
type TestFixtures = { requests: string[]; freshServer: void };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  /** The server forbids every script (server.ts). */
  scriptsOff: [false, { scope: 'worker', option: true }],
  /** The system's theme is dark: Firefox is started so, Chromium's pages emulate it. */
  darkSystem: [false, { scope: 'worker', option: true }],
  launchOptions: [
    async ({ launchOptions, darkSystem }, use) => {
      await use(darkSystem ? { ...launchOptions, firefoxUserPrefs: { ...launchOptions.firefoxUserPrefs, 'ui.systemUsesDarkTheme': 1 } } : launchOptions);
    },
    { scope: 'worker' },
  ],
  colorScheme: async ({ colorScheme, darkSystem }, use) => {
    await use(darkSystem ? 'dark' : colorScheme);
  },
  server: [
    async ({ scriptsOff }, use) => {
      const server = await startServer({ scriptsOff });
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

/** `test` on a dark system (the `darkSystem` option), in workers of its own. */
export const onDarkSystem = test.extend({ darkSystem: [true, { scope: 'worker' }] });

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
