// The command as users run it: a real process, real exit codes and output.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasBomb, inlineAliasBomb } from '../../test/hostile-posts';
import { ROOT, runNode } from '../../test/node-child';
import type { Run } from '../../test/node-child';
import { tempDirsForEachTest } from '../../test/temp-dirs';

const tempDir = tempDirsForEachTest();
const NO_SITEMAP = 'ruwei feed: note: no base URL (--base-url, or `url` in a Hexo _config.yml): sitemap.xml and robots.txt not written, as they need absolute URLs\n';

// A real Node process (tsx's loader inside it: the `tsx` command would stand
// between the test and the builder and turn a crash into exit 1). A child
// killed by a signal or the timeout has no exit code: `code` is null and
// `signal` names it, so "exits 1" never passes for a crash.
function run(script: string, args: string[], cwd: string, env: Record<string, string> = {}, timeout = 0): Promise<Run> {
  return runNode([path.join(ROOT, 'src/builder', script), ...args], { cwd, env: { ...process.env, ...env }, timeout });
}

function exit({ code, signal }: Run): Pick<Run, 'code' | 'signal'> {
  return { code, signal };
}

async function site(): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'posts'));
  await writeFile(path.join(dir, 'posts', 'good.md'), '---\ntitle: Good\ndate: 2024-01-01\n---\nok');
  return dir;
}

// Each test starts Node with TypeScript loading: seconds on a loaded machine.
describe('npm run feed', { timeout: 30_000 }, () => {
  it('exits 0 and prints one summary line when every post converts', async () => {
    const dir = await site();
    const result = await run('feed-command.ts', ['--input', 'posts', '--out', 'out'], dir);
    expect(result).toEqual({ code: 0, signal: null, stdout: `ruwei feed: 1 post → ${path.join('out', 'feed.json')}\n`, stderr: NO_SITEMAP });
    expect(JSON.parse(await readFile(path.join(dir, 'out', 'feed.json'), 'utf8'))).toMatchObject({ title: 'ruwei', items: [{ id: 'good' }] });
  });

  it('exits 1 and names each rejected post GCC-style, still writing the rest', async () => {
    const dir = await site();
    await writeFile(path.join(dir, 'posts', 'bad.md'), '\n---\ntitle: t\ndate: tomorrow-ish\n---\n');
    await writeFile(path.join(dir, 'posts', 'draft.md'), '---\npublished: false\n---\n');
    const result = await run('feed-command.ts', ['--input', 'posts', '--out', 'out', '--title', 'Mine', '--timezone', 'Asia/Shanghai'], dir);
    expect(exit(result)).toEqual({ code: 1, signal: null });
    expect(result.stderr).toBe(`${path.join('posts', 'bad.md')}:4:1: error: \`date\` is not a date Hexo accepts: "tomorrow-ish"\n${NO_SITEMAP}`);
    expect(result.stdout).toBe(`ruwei feed: 1 post → ${path.join('out', 'feed.json')} (1 draft skipped, 1 rejected)\n`);
    expect(JSON.parse(await readFile(path.join(dir, 'out', 'feed.json'), 'utf8'))).toMatchObject({ title: 'Mine', items: [{ date_published: '2024-01-01T00:00:00+08:00' }] });
  });

  it('rejects billion-laughs posts without hanging or running out of a small heap', async () => {
    const dir = await site();
    await writeFile(path.join(dir, 'posts', 'bomb.md'), `---\ntitle: boom\n${inlineAliasBomb('tags', 9)}\n---\n`);
    await writeFile(path.join(dir, 'posts', 'spread.md'), `---\n${aliasBomb('author', 9)}\n---\n`);
    // 9 levels of 9 aliases are 387 million names; a 96 MB heap holds none of that.
    const result = await run('feed-command.ts', ['--input', 'posts', '--out', 'out'], dir, { NODE_OPTIONS: '--max-old-space-size=96' }, 30_000);
    expect(result.stderr).toMatch(/^posts\/bomb\.md:3:1: error: `tags` expands more than 100 YAML aliases/m);
    expect(result.stderr).toMatch(/^posts\/spread\.md:\d+:1: error: `l\d` expands more than 100 YAML aliases/m);
    expect(exit(result)).toEqual({ code: 1, signal: null });
  }, 40_000);

  it.each([
    ['an unknown flag', ['--input', 'posts', '--out', 'out', '--colour'], /Unknown option '--colour'/],
    ['a missing --input', ['--out', 'out'], /missing --input/],
    ['a bad --timezone', ['--input', 'posts', '--out', 'out', '--timezone', 'Mars/Base'], /unknown time zone "Mars\/Base"/],
    ['a bad --base-url', ['--input', 'posts', '--out', 'out', '--base-url', 'example.com'], /--base-url must be an absolute http\(s\) URL/],
    ['a bad --language', ['--input', 'posts', '--out', 'out', '--language', 'not a tag'], /"not a tag" is not a language tag/],
  ])('exits 2 with a usage hint for %s', async (_name, args, message) => {
    const result = await run('feed-command.ts', args, await site());
    expect(exit(result)).toEqual({ code: 2, signal: null });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^usage: npm run feed -- --input <dir> --out <dir>/m);
  });

  it('exits 2 when the input folder cannot be read', async () => {
    const result = await run('feed-command.ts', ['--input', 'nowhere', '--out', 'out'], await site());
    expect(exit(result)).toEqual({ code: 2, signal: null });
    expect(result.stderr).toMatch(/cannot read the input folder nowhere \(ENOENT\)/);
    expect(result.stderr).toMatch(/^usage: /m);
  });

  it('exits 2, not 1, when posts are rejected and the output cannot be written', async () => {
    const dir = await site();
    await writeFile(path.join(dir, 'posts', 'bad.md'), '---\ntitle: [\n---\n');
    const result = await run('feed-command.ts', ['--input', 'posts', '--out', 'posts/good.md/out'], dir);
    expect(exit(result)).toEqual({ code: 2, signal: null });
    expect(result.stderr).toMatch(/posts\/good\.md\/out/);
    expect(result.stdout).toBe('');
  });

  it('prints usage for --help and exits 0', async () => {
    const result = await run('feed-command.ts', ['--help'], await site());
    expect(exit(result)).toEqual({ code: 0, signal: null });
    expect(result.stdout).toMatch(/^usage: npm run feed/);
    expect(result.stdout).toMatch(/Exit codes: 0 all posts converted, 1 some posts rejected/);
  });
});

describe('npm run feed:site', { timeout: 30_000 }, () => {
  it('builds RUWEI_POSTS into public/ and does not fail on rejected posts', async () => {
    const dir = await site();
    await writeFile(path.join(dir, 'posts', 'bad.md'), '---\ntitle: [\n---\n');
    const result = await run('site-command.ts', [], dir, { RUWEI_POSTS: 'posts', RUWEI_TITLE: '', RUWEI_TIMEZONE: 'Asia/Shanghai' });
    expect(exit(result)).toEqual({ code: 0, signal: null });
    expect(result.stderr).toMatch(/^posts\/bad\.md:2:\d+: error: invalid YAML front matter/m);
    expect(JSON.parse(await readFile(path.join(dir, 'public', 'feed.json'), 'utf8'))).toMatchObject({ title: 'ruwei 入微', items: [{ id: 'good' }] });
  });

  it('fails on bad settings', async () => {
    const result = await run('site-command.ts', [], await site(), { RUWEI_POSTS: 'posts', RUWEI_TIMEZONE: 'Nowhere/Land' });
    expect(exit(result)).toEqual({ code: 2, signal: null });
    expect(result.stderr).toMatch(/unknown time zone/);
  });
});
