// What the static article page buys a reader (issue 10), in Chromium against
// the built sample (dist/): a cold load of the seed article as `npm run build`
// writes it (dist/article/<slug>.html), against the same address answered with
// the app alone (dist/index.html, as every address was before static pages).
// Both documents are handed over the same way (request interception), images
// from other hosts are refused on both, and the loads alternate, RUNS each.
//   article.prerendered_lcp_ms  Largest Contentful Paint of the static page, median;
//                               baseline: the app-only page's, median
// `npx tsx bench/prerender-lcp.ts` runs this benchmark alone (after `npm run build`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from '../test/support/server';
import { openBrowserBench, type BrowserBench } from './browser';
import { benchResult, median, type BenchResult } from './result';

const SLUG = 'weixin-gongkaike-2022';
const TITLE = '微信将迎来一大波改版，有哪些新机会？';
const RUNS = 5;

async function coldLcp(bench: BrowserBench, document: string): Promise<number> {
  const page = await bench.newPage();
  const origin = new URL(bench.server.url).origin;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) return route.abort();
    if (url.pathname === `/article/${SLUG}`) return route.fulfill({ body: document, contentType: 'text/html; charset=utf-8' });
    return route.fallback();
  });
  await page.goto(`${bench.server.url}/article/${SLUG}`);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.waitForLoadState('networkidle');
  const lcp = await page.evaluate(() => new Promise<number>((done) => {
    new PerformanceObserver((list) => done(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
  }));
  await page.context().close();
  return lcp;
}

export async function benchPrerenderLcp(): Promise<BenchResult[]> {
  const prerendered = readFileSync(path.join(DIST, 'article', `${SLUG}.html`), 'utf8');
  const appOnly = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const bench = await openBrowserBench();
  try {
    // Warm-up (the server's file cache, the browser's start), not counted.
    await coldLcp(bench, appOnly);
    const withPage: number[] = [];
    const withoutPage: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      withPage.push(await coldLcp(bench, prerendered));
      withoutPage.push(await coldLcp(bench, appOnly));
    }
    return [benchResult('article.prerendered_lcp_ms', median(withPage), 'ms', median(withoutPage))];
  } finally {
    await bench.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const result of await benchPrerenderLcp()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
