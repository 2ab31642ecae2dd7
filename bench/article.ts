// Article view benchmarks in Chromium against the built app (issue 5):
//   article.pipeline_ms            the content pipeline on the seed article, median ms
//                                  (baseline: its sanitizing step alone, the same
//                                  DOMPurify configuration and hooks, same HTML)
//   article.cls                    layout shift of the seed's page while scrolling
//                                  through it, its images 1 s late (no baseline)
//   bundle.article_chunk_gz_kb     JavaScript and CSS that only the article route
//                                  loads, gzip -9 (budget: 30 KB)
//   article.toc_10k_headings_ms    pipeline start → article painted, for a synthetic
//                                  article of 10,000 flat sections, median (no baseline)
// The pipeline runs on a page of the test server's origin without the app's
// CSP, built by Vite from its sources like the app: both sides run the same
// sanitizer, so only the pipeline's own steps make the difference.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { build, type Rollup } from 'vite';
import { layoutShiftWhileScrolling, seedUrl } from '../test/support/article';
import { fixtureFeed } from '../test/support/server';
import { openBrowserBench, type BrowserBench } from './browser';
import type { PipelineTimes } from './article-page';
import { benchResult, budgetResult, median, type BenchResult } from './result';
import { SYNTHETIC_SLUG, writeSyntheticFeed } from './synthetic-article';

const SEED_HTML = 'test/fixtures/article/36kr-seed.html';
const PIPELINE_SAMPLES = 60;
const RENDER_RUNS = 3;
const CHUNK_BUDGET_KB = 30;


async function pageScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', minify: true, lib: { entry: 'bench/article-page.ts', formats: ['iife'], name: 'ruweiBenchPage' } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  return (Array.isArray(output) ? output[0]! : output).output[0].code;
}

async function pipelineTimes(bench: BrowserBench): Promise<PipelineTimes> {
  const page = await bench.browser.newPage();
  // A page of the app's origin (not about:blank), so links are judged against it as in the app;
  // an image document: no CSP of its own, no script.
  await page.goto(`${bench.server.url}/__img/1x1.png`);
  await page.evaluate(await pageScript());
  const html = readFileSync(SEED_HTML, 'utf8');
  const times = await page.evaluate(([source, samples]) => window.ruweiBench.timePipeline(source, samples), [html, PIPELINE_SAMPLES] as const);
  await page.close();
  return times;
}

async function articleChunkKb(bench: BrowserBench): Promise<number> {
  const assets = async (path: string) => {
    const page = await bench.browser.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (['script', 'stylesheet'].includes(response.request().resourceType())) bodies.set(response.url(), response.body());
    });
    await page.goto(`${bench.server.url}${path}`);
    await page.waitForLoadState('networkidle');
    const loaded = new Map(await Promise.all([...bodies].map(async ([url, body]) => [url, await body] as const)));
    await page.close();
    return loaded;
  };
  const list = await assets(`/${fixtureFeed('article/seed-feed.json')}`);
  const article = await assets(seedUrl());
  const own = [...article].filter(([url]) => !list.has(url)).map(([, body]) => body);
  return own.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024;
}

async function layoutShift(bench: BrowserBench): Promise<number> {
  const page = await bench.browser.newPage({ baseURL: bench.server.url, viewport: { width: 1280, height: 720 } });
  const shift = await layoutShiftWhileScrolling(page);
  await page.close();
  return shift;
}

async function renderMs(page: Page, feedPath: string): Promise<number> {
  await page.goto(`/article/${SYNTHETIC_SLUG}?feed=${encodeURIComponent(`/__t/delay=1000${feedPath}`)}`);
  await page.waitForFunction(() => performance.getEntriesByName('ruwei:article-painted').length > 0, null, { timeout: 120_000 });
  return page.evaluate(
    () => performance.getEntriesByName('ruwei:article-painted')[0]!.startTime - performance.getEntriesByName('ruwei:article-pipeline-start')[0]!.startTime,
  );
}

async function tenThousandHeadingsMs(bench: BrowserBench): Promise<number> {
  const feed = writeSyntheticFeed('flat');
  const times: number[] = [];
  for (let run = 0; run < RENDER_RUNS; run++) {
    const page = await bench.browser.newPage({ baseURL: bench.server.url, viewport: { width: 1280, height: 720 } });
    times.push(await renderMs(page, feed));
    await page.close();
  }
  return median(times);
}

export async function benchArticle(): Promise<BenchResult[]> {
  const bench = await openBrowserBench();
  try {
    const { pipelineMs, sanitizeMs } = await pipelineTimes(bench);
    return [
      benchResult('article.pipeline_ms', pipelineMs, 'ms', sanitizeMs, 3),
      benchResult('article.cls', await layoutShift(bench), 'score', null, 4),
      budgetResult('bundle.article_chunk_gz_kb', await articleChunkKb(bench), 'KB', CHUNK_BUDGET_KB, 1),
      benchResult('article.toc_10k_headings_ms', await tenThousandHeadingsMs(bench), 'ms', null, 0),
    ];
  } finally {
    await bench.close();
  }
}
