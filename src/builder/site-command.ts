// `npm run feed:site`, run by `npm start`, `npm run dev` and `npm run build`:
// builds the site's own feed from content/ into public/. Settings come from
// the environment: RUWEI_POSTS (posts folder or Hexo site, default content),
// RUWEI_TITLE (default: the Hexo site's title, else "ruwei 入微"),
// RUWEI_BASE_URL, RUWEI_TIMEZONE, RUWEI_LANGUAGE, RUWEI_FOLLOW_EXTERNAL_LINKS
// (=1: the --follow-external-links flag), and RUWEI_BASE (the app's sub-path,
// for redirect pages when there is no base URL).
// Rejected posts are reported but do not stop the site (exit 0); bad settings
// or an unreadable folder do (exit 2).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from './command-line';
import { CONFIG_FILE } from './hexo-site';

function isHexoSite(input: string): boolean {
  return existsSync(path.join(input, CONFIG_FILE));
}

const env = (name: string): string | undefined => process.env[name] || undefined;

const input = env('RUWEI_POSTS') ?? 'content';
const code = await runBuild(
  {
    input,
    out: 'public',
    // A Hexo site names itself in _config.yml; a posts folder does not.
    title: env('RUWEI_TITLE') ?? (isHexoSite(input) ? undefined : 'ruwei 入微'),
    baseUrl: env('RUWEI_BASE_URL'),
    // The app's sub-path (vite.config.ts): redirect pages point under it.
    basePath: env('RUWEI_BASE'),
    timeZone: env('RUWEI_TIMEZONE'),
    language: env('RUWEI_LANGUAGE'),
    followExternalLinks: env('RUWEI_FOLLOW_EXTERNAL_LINKS') === '1',
  },
  {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  },
);
process.exitCode = code === 2 ? 2 : 0;
