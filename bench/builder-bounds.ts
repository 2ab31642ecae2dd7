// Costs a hostile post could once make quadratic, measured as growth: each
// entry builds a site with one such post at 1× and at 4× its size, in this
// run. `value` is the build's median time at 4×, `baseline` at 1×, so
// `ratio` is about 4 when the cost is linear, 16 when it is quadratic.
// Before src/builder/limits.ts and the shared index pages: 10k -> 40k tags
// took 4 s -> 55 s, 16k -> 64k keys 6 s -> 62 s in the YAML composer alone.
//   builder.tags_10k_ratio   a paged site of 60 posts, one with 10,000 (40,000) tags
//   builder.keys_16k_ratio   a site of 10 posts, one with 16,000 (64,000) front matter keys
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../src/builder/posts-to-feed';
import { benchResult, median, type BenchResult } from './result';

const RUNS = 3;

type Case = { name: string; others: number; hostile: (size: number) => string; size: number };

const CASES: Case[] = [
  {
    name: 'builder.tags_10k_ratio',
    others: 60,
    size: 10_000,
    hostile: (tags) => `---\ntitle: tags\ndate: 2024-01-01\ntags: [${Array.from({ length: tags }, (_v, i) => `tag-${i}`).join(', ')}]\n---\nbody\n`,
  },
  {
    name: 'builder.keys_16k_ratio',
    others: 10,
    size: 16_000,
    hostile: (keys) => `---\ntitle: keys\n${Array.from({ length: keys }, (_v, i) => `key-${i}: v`).join('\n')}\n---\nbody\n`,
  },
];

export async function benchBuilderBounds(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruwei-bench-bounds-'));
  try {
    const results: BenchResult[] = [];
    for (const entry of CASES) {
      const small = await site(path.join(dir, `${entry.name}-1x`), entry, entry.size);
      const large = await site(path.join(dir, `${entry.name}-4x`), entry, entry.size * 4);
      await timedBuild(small, path.join(dir, 'warm-up')); // JIT warm-up, not counted
      const [once, fourTimes] = [await medianBuild(small, dir), await medianBuild(large, dir)];
      results.push(benchResult(entry.name, fourTimes, 'ms', once));
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function site(input: string, entry: Case, size: number): Promise<string> {
  await mkdir(input, { recursive: true });
  await writeFile(path.join(input, 'hostile.md'), entry.hostile(size));
  for (let i = 0; i < entry.others; i++) await writeFile(path.join(input, `post-${i}.md`), `---\ntitle: Post ${i}\ndate: 2023-01-01\ntags: [a, b]\n---\nbody ${i}\n`);
  return input;
}

async function medianBuild(input: string, dir: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await timedBuild(input, path.join(dir, `out-${path.basename(input)}-${run}`)));
  return median(times);
}

async function timedBuild(input: string, out: string): Promise<number> {
  const start = performance.now();
  await build({ input, out });
  return performance.now() - start;
}
