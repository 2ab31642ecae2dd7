// Prerendering benchmark (README, "Tests and benchmarks"): 1,000 posts the
// size of the seed, built into a feed, then `vite build` of the app with and
// without the static pages (RUWEI_PRERENDER=false), alternately, RUNS times
// each; the medians are reported. Each build with pages starts from an empty
// page cache (its own Vite cacheDir), then builds again with nothing changed,
// and again with one article changed.
//   build.prerender_1000_s      seconds prerendering adds, cold; baseline: `vite build` alone; budget 5 s
//   build.prerender_1000_cpu_s  CPU seconds it adds, cold (every thread of the process: the workers too);
//                               baseline: the CPU seconds of `vite build` alone. On a machine that others
//                               load, the wall time stretches and this does not.
//   build.prerender_1000_warm_s seconds it adds to a second build, nothing changed (every page from the cache)
//   build.prerender_1000_one_changed_s  the same, one article's content changed
// `npx tsx bench/prerender.ts` runs this benchmark alone.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

async function timedBuild(publicDir: string, outDir: string, prerender: boolean, cacheDir?: string): Promise<Cost> {
  const before = process.env.RUWEI_PRERENDER;
  process.env.RUWEI_PRERENDER = prerender ? 'true' : 'false';
  const started = performance.now();
  const cpu = cpuSeconds();
  try {
    await viteBuild({ root: ROOT, publicDir, cacheDir, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
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
    const { file: changed, original } = await oneItemFile(publicDir);
    const alone: Cost[] = [];
    const withPages: Cost[] = [];
    const warm: Cost[] = [];
    const oneChanged: Cost[] = [];
    const text = (cost: Cost) => `${cost.wall.toFixed(1)} s (${cost.cpu.toFixed(1)} s CPU)`;
    for (let run = 0; run < RUNS; run++) {
      const cacheDir = path.join(dir, `cache-${run}`);
      alone.push(await timedBuild(publicDir, path.join(dir, 'alone'), false));
      withPages.push(await timedBuild(publicDir, path.join(dir, 'pages'), true, cacheDir));
      warm.push(await timedBuild(publicDir, path.join(dir, 'pages'), true, cacheDir));
      await writeFile(changed, original.replace('</p>', () => ` (changed in run ${run + 1})</p>`));
      oneChanged.push(await timedBuild(publicDir, path.join(dir, 'pages'), true, cacheDir));
      await writeFile(changed, original);
      process.stderr.write(`prerender run ${run + 1}: alone ${text(alone.at(-1)!)}, with pages ${text(withPages.at(-1)!)}, again ${text(warm.at(-1)!)}, one changed ${text(oneChanged.at(-1)!)}\n`);
    }
    const medianOf = (costs: Cost[], key: keyof Cost) => median(costs.map((cost) => cost[key]));
    const [wallAlone, cpuAlone] = [medianOf(alone, 'wall'), medianOf(alone, 'cpu')];
    return [
      { ...benchResult('build.prerender_1000_s', medianOf(withPages, 'wall') - wallAlone, 's', wallAlone, 2), budget: BUDGET_S },
      benchResult('build.prerender_1000_cpu_s', medianOf(withPages, 'cpu') - cpuAlone, 's', cpuAlone, 2),
      { ...benchResult('build.prerender_1000_warm_s', medianOf(warm, 'wall') - wallAlone, 's', wallAlone, 2), budget: BUDGET_S },
      benchResult('build.prerender_1000_one_changed_s', medianOf(oneChanged, 'wall') - wallAlone, 's', wallAlone, 2),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One article's own file (a large feed keeps most articles in feed/items/), and what it holds. */
async function oneItemFile(publicDir: string): Promise<{ file: string; original: string }> {
  const file = path.join(publicDir, 'feed', 'items', 'post-0500.json');
  const original = await readFile(file, 'utf8');
  if (!original.includes('</p>')) throw new Error(`${file} has no paragraph to change`);
  return { file, original };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const result of await benchPrerender()) process.stdout.write(`${JSON.stringify(result)}\n`);
}
