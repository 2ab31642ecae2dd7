// Property-based tests of a whole build: folders of hostile posts
// (test/hostile-posts.ts) go through the real build() into temp folders.
// Seeds are fixed so a failure reproduces on every machine; seeds and run
// counts come from test/builder-counts.ts.
import { isUtf8 } from 'node:buffer';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ } from '../../test/builder-counts';
import { outputProblems, readFeedOutput, snapshot, snapshotDifferences } from '../../test/feed-output';
import { postFolder, slugOfSpec } from '../../test/hostile-posts';
import type { PostSpec } from '../../test/hostile-posts';
import { BuildIoError, UsageError, build } from './posts-to-feed';
import type { BuildOptions, BuildReport } from './posts-to-feed';


const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'];
const settings = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  baseUrl: fc.constantFrom(undefined, 'https://example.com/blog/', 'http://localhost:4173'),
});

async function withFolders<T>(specs: readonly PostSpec[], run: (input: string, tmp: string) => Promise<T>): Promise<T> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'ruwei-prop-'));
  try {
    const input = path.join(tmp, 'posts');
    await mkdir(input);
    for (const spec of specs) await writeFile(path.join(input, spec.name), spec.bytes);
    return await run(input, tmp);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** build(), with anything but its documented errors turned into a test failure that names it. */
async function buildOrExplain(options: BuildOptions): Promise<BuildReport> {
  try {
    return await build(options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof BuildIoError) throw new Error(`documented error on valid settings: ${error.message}`, { cause: error });
    throw new Error(`build() threw an undocumented ${error instanceof Error ? `${error.name}: ${error.stack ?? ''}` : String(error)}`, { cause: error });
  }
}

function lineCount(bytes: Buffer): number {
  return bytes.toString('utf8').replace(/\r\n?/g, '\n').split('\n').length;
}

/**
 * Every file is converted (its slug is an item id), a draft (counted) or
 * rejected (named once, with a reason, and a line when it is text).
 */
function accountingProblems(specs: readonly PostSpec[], report: BuildReport, itemIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const rejected = new Map<string, number>();
  for (const r of report.rejected) rejected.set(r.file, (rejected.get(r.file) ?? 0) + 1);
  let unclaimed = 0;
  for (const spec of specs) {
    const converted = itemIds.has(slugOfSpec(spec));
    const times = rejected.get(spec.name) ?? 0;
    if (converted && times > 0) problems.push(`${spec.name} is both converted and rejected`);
    if (times > 1) problems.push(`${spec.name} is rejected ${times} times`);
    if (!converted && times === 0) {
      unclaimed++;
      if (!spec.bytes.includes('published')) problems.push(`${spec.name} is neither converted nor rejected, and has no \`published\` key to make it a draft`);
    }
  }
  if (unclaimed !== report.drafts) problems.push(`${unclaimed} files unaccounted for, but ${report.drafts} drafts counted`);
  if (report.posts !== itemIds.size) problems.push(`report says ${report.posts} posts, the feed has ${itemIds.size}`);
  for (const r of report.rejected) {
    const spec = specs.find((s) => s.name === r.file);
    if (!spec) problems.push(`rejection names a file that is not an input: ${r.file}`);
    else if (!isUtf8(spec.bytes)) {
      if (r.message !== 'not valid UTF-8 text') problems.push(`${r.file}: unexpected reason for a non-UTF-8 file: ${r.message}`);
    } else {
      if (/internal error/i.test(r.message) || r.message.trim() === '') problems.push(`${r.file}: no real reason: ${r.message}`);
      if (r.line === undefined || r.line < 1 || r.line > lineCount(spec.bytes)) problems.push(`${r.file}: line ${String(r.line)} is not in the file (${r.message})`);
    }
  }
  return problems;
}

async function buildAndCheck(specs: readonly PostSpec[], options: { timeZone: string; baseUrl: string | undefined }): Promise<void> {
  await withFolders(specs, async (input, tmp) => {
    const out = path.join(tmp, 'out');
    const report = await buildOrExplain({ input, out, cwd: input, ...options });
    expect(await outputProblems(out)).toEqual([]);
    const { items } = await readFeedOutput(out);
    expect(accountingProblems(specs, report, new Set(items.map((item) => item.id)))).toEqual([]);
  });
}

describe('build() with any settings', () => {
  const VALID_ZONES: readonly string[] = [...ZONES, 'Etc/GMT+5'];
  const VALID_BASES: readonly (string | undefined)[] = [undefined, 'https://example.com/blog/', 'http://[::1]/'];
  const zone = fc.oneof(fc.constantFrom(...VALID_ZONES, 'Moon/Base', 'utc', '+08:00', 'CST', ''), fc.string({ maxLength: 12 }));
  const baseUrl = fc.oneof(fc.constantFrom(...VALID_BASES), fc.webUrl(), fc.constantFrom('ftp://x', 'example.com', 'https://', 'javascript:alert(1)', ''), fc.string({ maxLength: 20 }));
  const BAD_BASES: readonly (string | undefined)[] = ['ftp://x', 'example.com', 'javascript:alert(1)'];
  const BAD_INPUTS = ['missing', 'posts/good.md'];
  const BAD_OUTPUTS = ['posts/good.md', 'posts/good.md/sub'];
  const input = fc.constantFrom('posts', 'missing', 'posts/good.md', '');
  const out = fc.constantFrom('out', 'out', 'posts/good.md', 'posts/good.md/sub', 'out/feed.json/x');

  it(`reports or throws UsageError / BuildIoError, nothing else (${FUZZ.settings.numRuns} combinations of zone, base URL, input and output)`, async () => {
    await withFolders([{ name: 'good.md', bytes: Buffer.from('---\ntitle: Good\ndate: 2024-01-01\n---\nok\n') }], async (_posts, tmp) => {
      let validRuns = 0;
      await fc.assert(
        fc.asyncProperty(zone, baseUrl, input, out, async (timeZone, base, from, to) => {
          const outcome = await build({ input: path.join(tmp, from), out: path.join(tmp, to), timeZone, baseUrl: base, cwd: tmp }).then(
            (report) => (report.posts === 1 ? 'report' : `a report of ${report.posts} posts`),
            (error: unknown) => (error instanceof UsageError || error instanceof BuildIoError ? 'documented error' : error),
          );
          // Known-valid settings must give a full report and known-bad ones a documented error (a build()
          // that always threw, or never checked, would pass otherwise); the rest may go either way.
          const valid = VALID_ZONES.includes(timeZone) && VALID_BASES.includes(base) && from === 'posts' && to === 'out';
          const bad = timeZone === 'Moon/Base' || BAD_BASES.includes(base) || BAD_INPUTS.includes(from) || BAD_OUTPUTS.includes(to);
          expect(valid ? ['report'] : bad ? ['documented error'] : ['report', 'documented error']).toContain(outcome);
          if (valid) validRuns++;
        }),
        { ...FUZZ.settings, examples: VALID_ZONES.map((z, i) => [z, VALID_BASES[i % VALID_BASES.length], 'posts', 'out']) },
      );
      expect(validRuns).toBeGreaterThanOrEqual(VALID_ZONES.length);
    });
  }, 120_000);
});

describe('build() over folders of hostile posts', () => {
  it(`never fails unexplained, accounts for every file and writes a valid feed (${FUZZ.smallSites.numRuns} folders of 1-8 posts)`, async () => {
    await fc.assert(
      fc.asyncProperty(postFolder(1, 8), settings, (specs, options) => buildAndCheck(specs, options)),
      FUZZ.smallSites,
    );
  }, 120_000);

  it(`does the same for large sites written as pages and item files (${FUZZ.pagedSites.numRuns} folders of 51-70 posts)`, async () => {
    await fc.assert(
      fc.asyncProperty(postFolder(51, 70), settings, (specs, options) => buildAndCheck(specs, options)),
      FUZZ.pagedSites,
    );
  }, 120_000);

  it(`writes byte-identical output for the same input (${FUZZ.rebuilds.numRuns} folders, built twice)`, async () => {
    await fc.assert(
      fc.asyncProperty(postFolder(1, 8), settings, (specs, options) =>
        withFolders(specs, async (input, tmp) => {
          const [a, b] = [path.join(tmp, 'a'), path.join(tmp, 'b')];
          const first = await buildOrExplain({ input, out: a, cwd: input, ...options });
          const second = await buildOrExplain({ input, out: b, cwd: input, ...options });
          const [filesA, filesB] = [await snapshot(a), await snapshot(b)];
          expect(filesB.size).toBeGreaterThan(0);
          expect(snapshotDifferences(filesA, filesB)).toEqual([]);
          expect({ ...second, feedPath: '', timings: {} }).toEqual({ ...first, feedPath: '', timings: {} });
        }),
      ),
      FUZZ.rebuilds,
    );
  }, 120_000);
});
