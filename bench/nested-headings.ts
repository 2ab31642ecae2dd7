// Headings nested in headings (`<h2>text<div>` repeated, never closed), the
// shape that once made every heading id the slug of its whole subtree (issue 13):
//   article.nested_headings_1mb_ms              pipeline start → article painted for
//                                               1 MB of it, median (baseline: the same at
//                                               256 KB in the same run, so a linear
//                                               pipeline gives a ratio near 4)
//   article.nested_headings_1mb_longest_task_ms the longest main-thread task while
//                                               the 1 MB article opens (baseline: the
//                                               1 s budget of issue 13)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { writeGenerated } from '../test/support/generate';
import { GENERATED } from '../test/support/server';
import { openBrowserBench, type BrowserBench } from './browser';
import { benchResult, median, type BenchResult } from './result';

const SLUG = 'nested-headings';
const RUNS = 3;
const TASK_BUDGET_MS = 1000;

/** A one-item feed whose body is `bytes` of nested headings; its path under /__gen/. */
export function writeNestedHeadingsFeed(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = `<h2>第 ${i} 节 Section ${i}<div>`;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  const name = `bench/nested-headings-${bytes}.json`;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Nested headings',
    items: [{ id: SLUG, title: `${bytes} bytes of nested headings`, content_html: parts.join(''), date_published: '2024-01-01T00:00:00Z' }],
  };
  writeGenerated(join(GENERATED, name), JSON.stringify(feed));
  return `/__gen/${name}`;
}

// Registered before the app's first script, so that every long task is seen.
const WATCH_LONG_TASKS = `
  window.__longestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, entry.duration);
  }).observe({ type: 'longtask' });
`;

async function open(page: Page, feedPath: string): Promise<{ ms: number; longestTask: number }> {
  await page.addInitScript(WATCH_LONG_TASKS);
  await page.goto(`/article/${SLUG}?feed=${encodeURIComponent(feedPath)}`);
  await page.waitForFunction(() => performance.getEntriesByName('ruwei:article-painted').length > 0, null, { timeout: 300_000 });
  return page.evaluate(() => ({
    ms: performance.getEntriesByName('ruwei:article-painted')[0]!.startTime - performance.getEntriesByName('ruwei:article-pipeline-start')[0]!.startTime,
    longestTask: (window as unknown as { __longestTask: number }).__longestTask,
  }));
}

async function measure(bench: BrowserBench, bytes: number): Promise<{ ms: number; longestTask: number }> {
  const feed = writeNestedHeadingsFeed(bytes);
  const times: number[] = [];
  let longestTask = 0;
  for (let run = 0; run < RUNS; run++) {
    const page = await bench.browser.newPage({ baseURL: bench.server.url, viewport: { width: 1280, height: 720 } });
    const result = await open(page, feed);
    await page.close();
    times.push(result.ms);
    longestTask = Math.max(longestTask, result.longestTask);
  }
  return { ms: median(times), longestTask };
}

export async function benchNestedHeadings(): Promise<BenchResult[]> {
  const bench = await openBrowserBench();
  try {
    const quarter = await measure(bench, 256 * 1024);
    const full = await measure(bench, 1024 * 1024);
    process.stderr.write(`nested headings: 256 KB ${quarter.ms.toFixed(0)} ms (longest task ${quarter.longestTask.toFixed(0)} ms), 1 MB ${full.ms.toFixed(0)} ms (longest task ${full.longestTask.toFixed(0)} ms)\n`);
    return [
      benchResult('article.nested_headings_1mb_ms', full.ms, 'ms', quarter.ms, 0),
      benchResult('article.nested_headings_1mb_longest_task_ms', full.longestTask, 'ms', TASK_BUDGET_MS, 0),
    ];
  } finally {
    await bench.close();
  }
}

// Alone: `npx tsx bench/nested-headings.ts` (after `npm run build`).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const result of await benchNestedHeadings()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
