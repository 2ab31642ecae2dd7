// What the build (vite-plugin.ts) asks of each prerendering worker (write-pages.ts);
// no import here, so that vite.config.ts does not pull the app in.

export type PrerenderJob = {
  /** dist/ */
  outDir: string;
  /** Vite `base`, e.g. `/` or `/blog/`. */
  base: string;
  /** The absolute URL the pages are rendered at: the site's address when known, else a stand-in (see PLACEHOLDER_ORIGIN). */
  appBase: string;
  /** The site's public address (RUWEI_BASE_URL), for absolute canonical and Open Graph URLs. */
  siteUrl?: string;
  /** dist/index.html as Vite wrote it. */
  shell: string;
  /** Tags an article page adds to its head: the article chunk's styles and a preload of its code. */
  articleAssets: string;
  /** Where article pages are kept between builds (page-cache.ts). */
  cacheDir: string;
  /** A hash of everything a page is made from besides its own data: the app's code, the shell, the job's addresses. */
  version: string;
  /** This worker renders the articles whose position modulo `shards` is `shard`; shard 0 also the other pages. */
  shard: number;
  shards: number;
};

export type PrerenderResult = {
  articles: number;
  /** Of those, how many came from the cache. */
  reused: number;
  categories: number;
  skipped: string[];
  /** Every page file written, relative to outDir (`article/a.html`). */
  pages: string[];
  /** The cache keys of this build's article pages. */
  keys: string[];
};

/**
 * Without a known address the pages are rendered at this origin, and its
 * URLs (relative links and images the pipeline made absolute) are written
 * back as paths from the site's root.
 */
export const PLACEHOLDER_ORIGIN = 'https://ruwei.invalid';
