// List view benchmarks in Chromium against the built app (issue 4):
//   list.first_render_10k_ms   feed parsed → first rows painted, 10,000 items
//                              (baseline: the same for 100 items)
//   list.fetch_to_render_10k_ms
//                              feed request sent → first rows painted (download,
//                              JSON parse and checks included), 10,000 items
//                              (baseline: the same for 100 items)
//   list.dom_elements_10k      elements in the page, at the top and at the end
//                              (baseline: 100 items)
//   list.filter_10k_ms         category click → filtered rows painted
//                              (baseline: 100 items)
//   bundle.list_js_gz_kb       all JavaScript `/` loads, gzip -9
//   bundle.list_css_gz_kb      all CSS `/` loads, gzip -9
//   list.first_paint_feed_gz_kb_10k
//                              feed data downloaded until the first rows of a
//                              10,000-post site (seed-sized posts) are painted
// The last three have no same-run baseline: they carry a `budget` instead.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { builtSite, plainFeed } from '../test/support/generate';
import { openBrowserBench, type BrowserBench } from './browser';
import { benchResult, budgetResult, median, type BenchResult } from './result';
import { SEED_FILE } from './seed-posts';

const RUNS = 5;


function gzipKb(bodies: Buffer[]): number {
  return bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024;
}

async function waitForMark(page: Page, name: string, count = 1): Promise<void> {
  await page.waitForFunction(([mark, n]) => performance.getEntriesByName(`ruwei:${mark}`).length >= Number(n), [name, count] as const);
}

async function firstRender(bench: BrowserBench, feed: string): Promise<{ ms: number; withFetchMs: number; dom: number }> {
  const page = await bench.newPage();
  await page.goto(`${bench.server.url}/?feed=${encodeURIComponent(feed)}`);
  await waitForMark(page, 'list-painted');
  const { ms, withFetchMs } = await page.evaluate((path) => {
    const at = (name: string) => performance.getEntriesByName(`ruwei:${name}`)[0]!.startTime;
    const request = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === path)!;
    return { ms: at('list-painted') - at('feed-parsed'), withFetchMs: at('list-painted') - request.startTime };
  }, feed);
  const domTop = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(200);
  const domEnd = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.close();
  return { ms, withFetchMs, dom: Math.max(domTop, domEnd) };
}

async function filterTimes(bench: BrowserBench, feed: string): Promise<number> {
  const page = await bench.newPage();
  await page.goto(`${bench.server.url}/?feed=${encodeURIComponent(feed)}`);
  await waitForMark(page, 'list-painted');
  const times: number[] = [];
  for (let run = 0; run < RUNS * 2; run++) {
    const name = run % 2 ? '资讯' : '快讯';
    times.push(await page.evaluate(async (category) => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.querySelector('.category-name')?.textContent === category)!;
      const before = performance.getEntriesByName('ruwei:list-painted').length;
      const start = performance.now();
      link.click();
      await new Promise<void>((resolve) => {
        const poll = () => (performance.getEntriesByName('ruwei:list-painted').length > before ? resolve() : requestAnimationFrame(poll));
        poll();
      });
      return performance.getEntriesByName('ruwei:list-painted').at(-1)!.startTime - start;
    }, name));
  }
  await page.close();
  return median(times);
}

async function bundleKb(bench: BrowserBench): Promise<{ js: number; css: number }> {
  const page = await bench.newPage();
  const js: Promise<Buffer>[] = [];
  const css: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script') js.push(response.body());
    if (type === 'stylesheet') css.push(response.body());
  });
  await page.goto(`${bench.server.url}/`);
  await waitForMark(page, 'list-painted');
  await page.waitForLoadState('networkidle');
  const sizes = { js: gzipKb(await Promise.all(js)), css: gzipKb(await Promise.all(css)) };
  await page.close();
  return sizes;
}

async function firstPaintFeedKb(bench: BrowserBench, feed: string): Promise<number> {
  const page = await bench.newPage();
  const bodies: Promise<Buffer>[] = [];
  let painted = false;
  page.on('response', (response) => {
    if (!painted && response.url().includes('/__gen/')) bodies.push(response.body());
  });
  await page.goto(`${bench.server.url}/?feed=${encodeURIComponent(feed)}`);
  await waitForMark(page, 'list-painted');
  painted = true;
  const kb = gzipKb(await Promise.all(bodies));
  await page.close();
  return kb;
}

const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;

/**
 * The seed with its Chinese characters moved by a per-post offset: every post
 * keeps the seed's size and markup but has text of its own, so gzip cannot
 * reuse one post's text for the next (identical bodies would compress to
 * almost nothing and flatter the figure).
 */
function distinctSeedBody(body: string, n: number): string {
  const shift = (n * 7919) % HAN_COUNT;
  return body.replace(/[\u4e00-\u9fff]/g, (ch) => String.fromCharCode(HAN_FIRST + ((ch.charCodeAt(0) - HAN_FIRST + shift) % HAN_COUNT)));
}

export async function benchList(): Promise<BenchResult[]> {
  const seed = readFileSync(SEED_FILE, 'utf8');
  const seedBody = seed.slice(seed.indexOf('\n---\n', seed.indexOf('---') + 3) + 5);
  const bigSite = await builtSite(10_000, 'site-10k-distinct', (n) => distinctSeedBody(seedBody, n));
  const [small, big] = [plainFeed(100), plainFeed(10_000)];
  const bench = await openBrowserBench();
  try {
    const runs = async (feed: string) => {
      const all = [];
      for (let run = 0; run < RUNS; run++) all.push(await firstRender(bench, feed));
      return { ms: median(all.map((r) => r.ms)), withFetchMs: median(all.map((r) => r.withFetchMs)), dom: Math.max(...all.map((r) => r.dom)) };
    };
    const [render100, render10k] = [await runs(small), await runs(big)];
    const [filter100, filter10k] = [await filterTimes(bench, small), await filterTimes(bench, big)];
    const bundle = await bundleKb(bench);
    return [
      benchResult('list.first_render_10k_ms', render10k.ms, 'ms', render100.ms),
      benchResult('list.fetch_to_render_10k_ms', render10k.withFetchMs, 'ms', render100.withFetchMs),
      benchResult('list.dom_elements_10k', render10k.dom, 'elements', render100.dom),
      benchResult('list.filter_10k_ms', filter10k, 'ms', filter100),
      budgetResult('bundle.list_js_gz_kb', bundle.js, 'KB', 125),
      budgetResult('bundle.list_css_gz_kb', bundle.css, 'KB', 10),
      budgetResult('list.first_paint_feed_gz_kb_10k', await firstPaintFeedKb(bench, bigSite), 'KB', 150),
    ];
  } finally {
    await bench.close();
  }
}
