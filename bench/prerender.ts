// Prerendering benchmark (README, "Tests and benchmarks"): 1,000 posts the
// size of the seed, built into a feed, then `vite build` of the app with and
// without the static pages (RUWEI_PRERENDER=false), alternately, RUNS times
// each; the medians are reported.
//   build.prerender_1000_s      seconds prerendering adds; baseline: `vite build` alone; budget 5 s
//   build.prerender_1000_cpu_s  CPU seconds it adds (every thread of the process: the workers too);
//                               baseline: the CPU seconds of `vite build` alone. On a machine that others
//                               load, the wall time stretches and this does not.
// `npx tsx bench/prerender.ts` runs this benchmark alone.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { build as buildFeed } from '../src/builder/posts-to-feed';
import { benchResult, median, type BenchResult } from './result';
import { writeSeedPosts } from './seed-posts';

const POSTS = 1000;
const RUNS = 3;
const BUDGET_S = 5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Cost = { wall: number; cpu: number };

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function timedBuild(publicDir: string, outDir: string, prerender: boolean): Promise<Cost> {
  const before = process.env.RUWEI_PRERENDER;
  process.env.RUWEI_PRERENDER = prerender ? 'true' : 'false';
  const started = performance.now();
  const cpu = cpuSeconds();
  try {
    await viteBuild({ root: ROOT, publicDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.RUWEI_PRERENDER;
    else process.env.RUWEI_PRERENDER = before;
  }
  return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpu };
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
    const alone: Cost[] = [];
    const withPages: Cost[] = [];
    for (let run = 0; run < RUNS; run++) {
      alone.push(await timedBuild(publicDir, path.join(dir, 'alone'), false));
      withPages.push(await timedBuild(publicDir, path.join(dir, 'pages'), true));
      const [a, w] = [alone.at(-1)!, withPages.at(-1)!];
      process.stderr.write(`prerender run ${run + 1}: alone ${a.wall.toFixed(1)} s (${a.cpu.toFixed(1)} s CPU), with pages ${w.wall.toFixed(1)} s (${w.cpu.toFixed(1)} s CPU)\n`);
    }
    const medianOf = (costs: Cost[], key: keyof Cost) => median(costs.map((cost) => cost[key]));
    const [wallAlone, cpuAlone] = [medianOf(alone, 'wall'), medianOf(alone, 'cpu')];
    return [
      { ...benchResult('build.prerender_1000_s', medianOf(withPages, 'wall') - wallAlone, 's', wallAlone, 2), budget: BUDGET_S },
      benchResult('build.prerender_1000_cpu_s', medianOf(withPages, 'cpu') - cpuAlone, 's', cpuAlone, 2),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const result of await benchPrerender()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
