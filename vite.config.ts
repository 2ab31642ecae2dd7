/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { prerender } from './src/prerender/vite-plugin.ts';
import { pwa } from './src/pwa/vite-plugin.ts';

// The Content-Security-Policy in index.html forbids inline scripts, which the
// dev server's React Refresh preamble needs; the production build keeps it.
function devWithoutCsp(): Plugin {
  return {
    name: 'ruwei:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

function siteFeedTitle(): string {
  try {
    const { title } = JSON.parse(readFileSync('public/feed.json', 'utf8')) as { title?: unknown };
    return typeof title === 'string' ? title : '';
  } catch {
    return '';
  }
}

export default defineConfig({
  // Deploying under a sub-path: RUWEI_BASE=/blog/ npm run build
  base: process.env.RUWEI_BASE ?? '/',
  plugins: [react(), devWithoutCsp(), prerender(), pwa()],
  // RUWEI_ALLOW_FEED_PARAM=false npm run build: `?feed=` is ignored (src/ui/use-feed-url.ts).
  define: {
    'import.meta.env.RUWEI_ALLOW_FEED_PARAM': JSON.stringify(process.env.RUWEI_ALLOW_FEED_PARAM ?? 'true'),
    // The site's own feed title (public/feed.json, written by `npm run feed:site` just before): the header shows it at once.
    'import.meta.env.RUWEI_SITE_TITLE': JSON.stringify(siteFeedTitle()),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    // One test file per core: Vitest's default leaves one core free in a run (one worker on two
    // cores), and on these two-core machines the suite then took 372 s instead of 235 s.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/builder/**/*.test.ts', 'src/settings/**/*.test.ts', 'src/feed/**/*.test.ts', 'src/lib/**/*.test.ts', 'src/prerender/**/*.test.ts', 'src/search/**/*.test.ts', 'src/pwa/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}', 'src/ui/**/*.test.{ts,tsx}', 'src/list/**/*.test.{ts,tsx}', 'src/article/**/*.test.{ts,tsx}', 'src/reading/**/*.test.{ts,tsx}', 'src/offline/**/*.test.{ts,tsx}', 'src/**/*.test.tsx'],
          exclude: ['src/builder/**', 'src/feed/**/*.test.ts', 'src/lib/**/*.test.ts'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
    ],
  },
});
