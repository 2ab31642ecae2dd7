// `vite build` then prerenders the site's own feed (write-pages.ts): the app's
// modules are built once more for Node (Vite's SSR build, so their CSS
// imports and import.meta.env read as in the app), and worker threads, one
// per core up to 4, render the pages into the output folder. Every build
// gets it, the sub-path one too; RUWEI_PRERENDER=false turns it off (the
// bench's baseline). Vite's dev server is untouched.
import { availableParallelism } from 'node:os';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig, type UserConfig } from 'vite';
import { PLACEHOLDER_ORIGIN, type PrerenderJob, type PrerenderResult } from './job.ts';
import { folderHash, pageKey, pruneCache } from './page-cache.ts';

const ARTICLE_ROUTE = '/src/article/article-route.tsx';
const YOUNG_GENERATION_MB = 192;

function runWorker(file: string, job: PrerenderJob): Promise<PrerenderResult> {
  return new Promise((done, fail) => {
    // Not the parent's flags: a build started through a loader (tsx, as the bench is) would load every module of the worker through it too.
    // A young generation of 192 MB (semi-spaces of 64 MB, V8's default is 16): each article's jsdom
    // documents are garbage a few milliseconds later, and in the default size they outlive a scavenge,
    // are copied to the old generation and collected there: a quarter of a worker's time went into that.
    const worker = new Worker(file, { workerData: job, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let result: PrerenderResult | undefined;
    worker.once('message', (message: PrerenderResult) => (result = message));
    worker.once('error', fail);
    worker.once('exit', (code) => (result ? done(result) : fail(new Error(`prerendering stopped (worker exit code ${code})`))));
  });
}

/**
 * Vite empties the output folder before a build, unless told not to (or it
 * lies outside the project): then an article or category gone from the feed
 * would keep its page from an earlier build.
 */
async function pruneStalePages(outDir: string, written: ReadonlySet<string>): Promise<void> {
  for (const folder of ['article', 'category']) {
    const names = await readdir(join(outDir, folder)).catch(() => [] as string[]);
    const stale = names.filter((name) => name.endsWith('.html') && !written.has(`${folder}/${name}`));
    await Promise.all(stale.map((name) => rm(join(outDir, folder, name), { force: true })));
  }
}

/** The site's public address with a trailing slash, or undefined. */
function siteAddress(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const url = new URL(value.trim());
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  let define: UserConfig['define'];
  let articleAssets = '';
  return {
    name: 'ruwei:prerender',
    apply: (user, env) => {
      define = user.define;
      return env.command === 'build' && !env.isSsrBuild && process.env.RUWEI_PRERENDER !== 'false';
    },
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(ARTICLE_ROUTE));
      if (chunk?.type !== 'chunk') throw new Error(`prerendering: the build has no chunk for ${ARTICLE_ROUTE}`);
      const css = [...(chunk.viteMetadata?.importedCss ?? [])].map((file) => `<link rel="stylesheet" crossorigin href="${config.base}${file}">`);
      const js = [chunk.fileName, ...chunk.imports].map((file) => `<link rel="modulepreload" crossorigin href="${config.base}${file}">`);
      articleAssets = [...css, ...js].join('\n    ');
    },
    async closeBundle() {
      const started = performance.now();
      const outDir = resolve(config.root, config.build.outDir);
      const ssrDir = join(config.root, '.cache', `prerender-${process.pid}`);
      try {
        await build({
          configFile: false,
          root: config.root,
          base: config.base,
          mode: config.mode,
          define,
          logLevel: 'warn',
          plugins: [react()],
          build: {
            ssr: join(config.root, 'src/prerender/render-worker.ts'),
            outDir: ssrDir,
            emptyOutDir: true,
            copyPublicDir: false,
            minify: false,
            target: 'node20',
          },
        });
        const siteUrl = siteAddress(process.env.RUWEI_BASE_URL);
        const appBase = new URL(config.base, siteUrl ?? PLACEHOLDER_ORIGIN).href;
        const shell = await readFile(join(outDir, 'index.html'), 'utf8');
        const shards = Math.max(1, Math.min(4, Number(process.env.RUWEI_PRERENDER_WORKERS) || availableParallelism()));
        const cacheDir = join(config.cacheDir, 'ruwei-pages');
        // Dates are written in the build machine's time zone.
        const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        const version = pageKey(await folderHash(ssrDir), shell, articleAssets, config.base, appBase, siteUrl ?? '', zone);
        const job = { outDir, base: config.base, appBase, siteUrl, shell, articleAssets, cacheDir, version };
        const results = await Promise.all(Array.from({ length: shards }, (_, shard) => runWorker(join(ssrDir, 'render-worker.js'), { ...job, shard, shards })));
        const sum = (key: 'articles' | 'reused') => results.reduce((total, result) => total + result[key], 0);
        for (const note of results.flatMap((result) => result.skipped)) config.logger.warn(`prerendering skipped ${note}`);
        await pruneCache(cacheDir, new Set(results.flatMap((result) => result.keys)));
        await pruneStalePages(outDir, new Set(results.flatMap((result) => result.pages)));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(`prerendered ${sum('articles')} articles (${sum('reused')} unchanged, from ${relative(config.root, cacheDir)}), ${results[0]!.categories} categories, index.html and 404.html in ${seconds} s`);
      } finally {
        await rm(ssrDir, { recursive: true, force: true });
      }
    },
  };
}
