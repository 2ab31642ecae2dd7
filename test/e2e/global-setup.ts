import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './find-chromium';
import { DIST } from './server';

export default function globalSetup(): void {
  process.env.CHROME_PATH = ensureChromium();
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (`npm test` does it for you).');
  }
}
