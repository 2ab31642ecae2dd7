import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ensureChromium } from '../support/find-chromium';
import { ensureFirefox, ensureWebKit } from '../support/find-browsers';
import { DIST, DIST_SUB_PATH, ROOT, SUB_PATH } from '../support/server';

export default async function globalSetup(): Promise<void> {
  process.env.CHROME_PATH = ensureChromium();
  process.env.FIREFOX_PATH = ensureFirefox();
  const webkit = ensureWebKit();
  process.env.WEBKIT_DRIVER_PATH = webkit.driver;
  process.env.WEBKIT_BROWSER_PATH = webkit.browser;
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (`npm test` does it for you).');
  }
  // The same sources built for a sub-path, as a publisher deploying under /blog/ would.
  await build({ root: ROOT, base: SUB_PATH, logLevel: 'warn', build: { outDir: DIST_SUB_PATH, emptyOutDir: true } });
}
