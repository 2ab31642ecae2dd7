// Prerendering benchmark (README, "Tests and benchmarks"): 1,000 posts the
// size of the seed, built into a feed, then `vite build` of the app with and
// without the static pages (RUWEI_PRERENDER=false), one run each.
//   build.prerender_1000_s  seconds prerendering adds; baseline: `vite build` alone; budget 5 s
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { build as buildFeed } from '../src/builder/posts-to-feed';
import { benchResult, type BenchResult } from './result';
import { writeSeedPosts } from './seed-posts';

const POSTS = 1000;
const BUDGET_S = 5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function timedBuild(publicDir: string, outDir: string, prerender: boolean): Promise<number> {
  const before = process.env.RUWEI_PRERENDER;
  process.env.RUWEI_PRERENDER = prerender ? 'true' : 'false';
  const started = performance.now();
  try {
    await viteBuild({ root: ROOT, publicDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.RUWEI_PRERENDER;
    else process.env.RUWEI_PRERENDER = before;
  }
  return (performance.now() - started) / 1000;
}

export async function benchPrerender(): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruwei-bench-prerender-'));
  try {
    const posts = path.join(dir, 'posts');
    const publicDir = path.join(dir, 'public');
    await writeSeedPosts(posts, POSTS);
    await buildFeed({ input: posts, out: publicDir });
    // Warm-up (file cache, Vite's own start), not counted.
    await timedBuild(publicDir, path.join(dir, 'warm-up'), false);
    const alone = await timedBuild(publicDir, path.join(dir, 'alone'), false);
    const withPages = await timedBuild(publicDir, path.join(dir, 'pages'), true);
    return [{ ...benchResult('build.prerender_1000_s', withPages - alone, 's', alone, 2), budget: BUDGET_S }];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const result of await benchPrerender()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
