// The command-line face of build(): flags in, diagnostics and one summary
// line out, and the exit code the README names (0 all converted, 1 some posts
// rejected, 2 bad usage or unreadable input). Shared by feed-command.ts and
// site-command.ts so both print exactly the same diagnostics.
import { parseArgs } from 'node:util';
import { BuildIoError, UsageError, build } from './posts-to-feed';
import type { BuildOptions, BuildReport } from './posts-to-feed';
import { formatDiagnostic } from './diagnostics';

export type Io = { stdout: (line: string) => void; stderr: (line: string) => void; cwd: string };

export const USAGE = 'usage: npm run feed -- --input <dir> --out <dir> [--base-url <url>] [--title <t>] [--timezone <IANA zone>] [--language <tag>] [--follow-external-links]';
const HELP = `${USAGE}

Converts Hexo posts (*.md, *.markdown with YAML or JSON front matter) under
--input into a JSON Feed 1.1 in --out (feed.json; large sites also feed/),
with rss.xml, atom.xml, sitemap.xml and robots.txt beside it, and a redirect
page (and a _redirects line) for each article's old Hexo URL.

  --input <dir>      folder of posts, searched recursively, or a whole Hexo
                     site (a folder with _config.yml and source/_posts/),
                     whose _config.yml gives title, url + root, timezone,
                     language and permalink; the flags below override them
  --out <dir>        output folder, created if missing
  --base-url <url>   absolute URL the site is served from (adds item urls;
                     needed for sitemap.xml and robots.txt)
  --title <t>        feed title (default "ruwei")
  --timezone <zone>  IANA zone for dates written without an offset (default:
                     the site's timezone, else this machine's, as in Hexo)
  --language <tag>   the feed's language, a BCP 47 tag such as zh-CN
  --follow-external-links
                     also publish posts that symbolic links bring in from
                     outside --input (never from /proc, /sys or /dev)
  -h, --help         this help

Exit codes: 0 all posts converted, 1 some posts rejected (named on stderr),
2 bad usage or unreadable input folder.`;

const FLAGS = {
  input: { type: 'string' },
  out: { type: 'string' },
  'base-url': { type: 'string' },
  title: { type: 'string' },
  timezone: { type: 'string' },
  language: { type: 'string' },
  'follow-external-links': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let values: ReturnType<typeof parseFlags>;
  try {
    values = parseFlags(argv);
  } catch (error) {
    return usageFailure(io, error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error));
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const missing = (['input', 'out'] as const).filter((flag) => !values[flag]);
  if (missing.length > 0) return usageFailure(io, `missing ${missing.map((flag) => `--${flag}`).join(' and ')}`);
  return runBuild({ input: values.input ?? '', out: values.out ?? '', baseUrl: values['base-url'], title: values.title, timeZone: values.timezone, language: values.language, followExternalLinks: values['follow-external-links'] }, io);
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false }).values;
}

export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  let report: BuildReport;
  try {
    report = await build({ cwd: io.cwd, ...options });
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error.message);
    if (error instanceof BuildIoError) {
      if (error.showUsage) return usageFailure(io, error.message);
      io.stderr(`ruwei feed: ${error.message}`);
      return 2;
    }
    // A bug, not the user's doing: still one clear line and a failing exit code.
    io.stderr(`ruwei feed: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
  printReport(report, io);
  return report.rejected.length > 0 ? 1 : 0;
}

function printReport(report: BuildReport, io: Io): void {
  for (const note of report.notes) io.stderr(formatDiagnostic(note, 'note'));
  for (const warning of report.warnings) io.stderr(formatDiagnostic(warning, 'warning'));
  for (const rejection of report.rejected) io.stderr(formatDiagnostic(rejection, 'error'));
  if (report.skipped.length > 0) io.stderr(`ruwei feed: note: no base URL (--base-url, or \`url\` in a Hexo _config.yml): ${report.skipped.join(' and ')} not written, as they need absolute URLs`);
  io.stdout(summaryLine(report));
}

export function summaryLine(report: BuildReport): string {
  const extras = [
    report.drafts > 0 ? `${plural(report.drafts, 'draft')} skipped` : '',
    report.rejected.length > 0 ? `${report.rejected.length} rejected` : '',
    report.warnings.length > 0 ? plural(report.warnings.length, 'warning') : '',
  ].filter(Boolean);
  const tail = extras.length > 0 ? ` (${extras.join(', ')})` : '';
  return `ruwei feed: ${plural(report.posts, 'post')} → ${report.feedPath}${tail}`;
}

function usageFailure(io: Io, message: string): number {
  io.stderr(`ruwei feed: ${message}`);
  io.stderr(`${USAGE} (--help for more)`);
  return 2;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
