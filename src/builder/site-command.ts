// `npm run feed:site`, run by `npm start`, `npm run dev` and `npm run build`:
// builds the site's own feed from content/ into public/. Settings come from
// the environment: RUWEI_POSTS (input folder, default content), RUWEI_TITLE
// (default "ruwei 入微"), RUWEI_BASE_URL, RUWEI_TIMEZONE, RUWEI_FOLLOW_EXTERNAL_LINKS
// (=1: the --follow-external-links flag).
// Rejected posts are reported but do not stop the site (exit 0); bad settings
// or an unreadable folder do (exit 2).
import { runBuild } from './command-line';

const env = (name: string): string | undefined => process.env[name] || undefined;

const code = await runBuild(
  {
    input: env('RUWEI_POSTS') ?? 'content',
    out: 'public',
    title: env('RUWEI_TITLE') ?? 'ruwei 入微',
    baseUrl: env('RUWEI_BASE_URL'),
    timeZone: env('RUWEI_TIMEZONE'),
    followExternalLinks: env('RUWEI_FOLLOW_EXTERNAL_LINKS') === '1',
  },
  {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  },
);
process.exitCode = code === 2 ? 2 : 0;
