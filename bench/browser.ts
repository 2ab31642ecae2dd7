// Benchmarks that need a real browser: the built app (dist/) on the test
// server, driven in Debian's Chromium with the same flags as the tests.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from '../test/support/find-chromium';
import { DIST, startServer, type TestServer } from '../test/support/server';

export type BrowserBench = { browser: Browser; server: TestServer; newPage: () => Promise<Page>; close: () => Promise<void> };

// tsx compiles functions passed to page.evaluate with esbuild's keepNames,
// which calls a `__name` helper that only exists in Node: give the page one.
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

export async function openBrowserBench(): Promise<BrowserBench> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('bench: dist/ has no build; run `npm run build` first');
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    newPage: async () => {
      const page = await browser.newPage();
      await page.addInitScript(NAME_SHIM);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
