// Builder benchmarks (README, "Tests and benchmarks"). Input: 1,000 posts the size of the seed
// (19 KB of 36kr HTML each), written to a temp folder.
//   builder.posts_per_s        build() into a fresh folder, median of runs
//   builder.rerun_posts_per_s  build() again over unchanged output
//   builder.peak_rss_mb        one build in a fresh child process
// The baseline of the two rates is reading the same files and parsing their
// front matter with the builder's own function: the least any build must do.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../src/builder/posts-to-feed';
import { parseFrontMatter } from '../src/builder/front-matter';
import { benchResult, median, type BenchResult } from './result';
import { writeSeedPosts } from './seed-posts';

export const POSTS = 1000;
const RUNS = 7;

export async function benchBuilder(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruwei-bench-'));
  try {
    const input = path.join(dir, 'posts');
    await writeSeedPosts(input, POSTS);
    // JIT and file-cache warm-up for both sides, not counted, before anything is measured.
    readAndParse(input);
    await build({ input, out: path.join(dir, 'warm-up') });
    const baseline = rate(median(repeat(RUNS, () => time(() => readAndParse(input)))));
    const fresh: number[] = [];
    for (let run = 0; run < RUNS; run++) fresh.push(await timeAsync(() => build({ input, out: path.join(dir, `out-${run}`) })));
    const rerun: number[] = [];
    for (let run = 0; run < RUNS; run++) rerun.push(await timeAsync(() => build({ input, out: path.join(dir, 'out-0') })));
    return [
      benchResult('builder.posts_per_s', rate(median(fresh)), 'posts/s', baseline),
      benchResult('builder.rerun_posts_per_s', rate(median(rerun)), 'posts/s', baseline),
      benchResult('builder.peak_rss_mb', await childPeakRssMb(input, path.join(dir, 'child-out')), 'MB', null),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function readAndParse(input: string): void {
  for (const name of readdirSync(input)) parseFrontMatter(readFileSync(path.join(input, name), 'utf8'));
}

function childPeakRssMb(input: string, out: string): Promise<number> {
  const child = fileURLToPath(new URL('./builder-child.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', child, input, out], (error, stdout) => {
      if (error) reject(error);
      else resolve(Math.round((JSON.parse(stdout) as { maxRssKb: number }).maxRssKb / 1024));
    });
  });
}


function rate(ms: number): number {
  return (POSTS * 1000) / ms;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function repeat(times: number, fn: () => number): number[] {
  return Array.from({ length: times }, fn);
}


