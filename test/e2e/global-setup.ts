import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ensureChromium } from '../support/find-chromium';
import { DIST, DIST_SUB_PATH, ROOT, SUB_PATH } from '../support/server';

export default async function globalSetup(): Promise<void> {
  process.env.CHROME_PATH = ensureChromium();
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (`npm test` does it for you).');
  }
  // The same sources built for a sub-path, as a publisher deploying under /blog/ would.
  await build({ root: ROOT, base: SUB_PATH, logLevel: 'warn', build: { outDir: DIST_SUB_PATH, emptyOutDir: true } });
}
