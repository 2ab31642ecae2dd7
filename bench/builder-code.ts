// What build-time highlighting costs the builder (README, "Tests and benchmarks").
// Input: the sample Markdown posts that carry fenced code (content/notes: Java,
// JavaScript, HTML, XML and unlabelled blocks among prose and tables), each
// copied 100 times into a temp folder: 300 posts.
//   builder.code_posts_per_s   build() of those posts, median of runs
// The baseline is the same posts with their fences' language names taken
// out, which the builder leaves unhighlighted: the ratio is the speed with
// highlighting over the speed without (1 = free; the aim is at least 0.8).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../src/builder/posts-to-feed';
import { benchResult, median, type BenchResult } from './result';

const NOTES = path.resolve(import.meta.dirname, '../content/notes');
const WITH_CODE = ['Markdown-extended-syntax.md', 'SpringBoot扫码登录.md', 'quan-mian-li-jie-DNS-ji-HTTPDNS.md'];
const COPIES = 100;
const POSTS = WITH_CODE.length * COPIES;
const RUNS = 5;

async function writePosts(dir: string, labelled: boolean): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of WITH_CODE) {
    const text = await readFile(path.join(NOTES, name), 'utf8');
    const post = labelled ? text : text.replace(/^(\s*)```\S+/gm, '$1```');
    await Promise.all(Array.from({ length: COPIES }, (_, i) => writeFile(path.join(dir, `${i}-${name}`), post)));
  }
}

async function buildMs(input: string, out: string): Promise<number> {
  const start = performance.now();
  await build({ input, out });
  return performance.now() - start;
}

export async function benchBuilderCode(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruwei-bench-code-'));
  try {
    const plain = path.join(dir, 'plain');
    const highlighted = path.join(dir, 'highlighted');
    await writePosts(plain, false);
    await writePosts(highlighted, true);
    await buildMs(plain, path.join(dir, 'warm-plain'));
    await buildMs(highlighted, path.join(dir, 'warm-highlighted'));
    const without: number[] = [];
    const withHighlighting: number[] = [];
    // Interleaved, so a change in the machine's load falls on both sides.
    for (let run = 0; run < RUNS; run++) {
      without.push(await buildMs(plain, path.join(dir, `plain-${run}`)));
      withHighlighting.push(await buildMs(highlighted, path.join(dir, `highlighted-${run}`)));
    }
    const rate = (ms: number) => (POSTS * 1000) / ms;
    return [benchResult('builder.code_posts_per_s', rate(median(withHighlighting)), 'posts/s', rate(median(without)))];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
