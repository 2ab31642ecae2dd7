// Property-based test of the command itself: folders of hostile posts
// (test/hostile-posts.ts) through `npm run feed` in a child process. Each run
// starts a Node process (~0.5 s), so there are few runs; posts-to-feed.property.test.ts
// covers build() itself many times over. The output is checked against the
// input files (as posts-to-feed.property.test.ts does), never against build(). Seed and run count come from
// test/builder-counts.ts.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ } from '../../test/builder-counts';
import { outputProblems, readFeedOutput } from '../../test/feed-output';
import { postFolder, slugOfSpec } from '../../test/hostile-posts';
import { CLI, runNode } from '../../test/node-child';

const GCC_LINE = /^[^\n]+?(?::\d+:\d+)?: (?:error|warning|note): [^\n]+$/;
const ERROR_LINE = /^posts\/(p-\d+\.\w+)(?::\d+:\d+)?: error: /;

/** The summary line the command must print for what the files turned into. */
function summary(posts: number, drafts: number, rejected: number, lines: readonly string[]): string {
  const warnings = lines.filter((line) => line.includes(': warning: ')).length;
  const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const extras = [drafts > 0 && `${plural(drafts, 'draft')} skipped`, rejected > 0 && `${rejected} rejected`, warnings > 0 && plural(warnings, 'warning')].filter(Boolean);
  return `${plural(posts, 'post')} → ${path.join('out', 'feed.json')}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

describe('npm run feed over folders of hostile posts', () => {
  it(`names every rejected post once, GCC-style, and exits 1 exactly when some are rejected (${FUZZ.command.numRuns} folders)`, async () => {
    await fc.assert(
      fc.asyncProperty(postFolder(1, 6), async (specs) => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'ruwei-cli-prop-'));
        try {
          await mkdir(path.join(dir, 'posts'));
          for (const spec of specs) await writeFile(path.join(dir, 'posts', spec.name), spec.bytes);
          const result = await runNode([CLI, '--input', 'posts', '--out', 'out', '--timezone', 'Asia/Shanghai'], { cwd: dir, timeout: 30_000 });
          expect([result.code, result.signal]).toEqual([expect.any(Number), null]);
          const lines = result.stderr.split('\n').filter(Boolean);
          expect(lines.filter((line) => !GCC_LINE.test(line))).toEqual([]);
          expect(await outputProblems(path.join(dir, 'out'))).toEqual([]);
          // Checked against the input files themselves, not against build(): each is an
          // item (its name gives its slug), rejected on exactly one line that names it, or a draft.
          const ids = new Set((await readFeedOutput(path.join(dir, 'out'))).items.map((item) => item.id));
          const rejected = lines.flatMap((line) => ERROR_LINE.exec(line)?.[1] ?? []);
          expect(rejected.filter((name) => !specs.some((spec) => spec.name === name))).toEqual([]);
          const drafts = specs.filter((spec) => !ids.has(slugOfSpec(spec)) && !rejected.includes(spec.name));
          for (const spec of specs) expect(rejected.filter((name) => name === spec.name)).toHaveLength(ids.has(slugOfSpec(spec)) || drafts.includes(spec) ? 0 : 1);
          for (const spec of drafts) expect(spec.bytes.includes('published'), `${spec.name} vanished without a draft flag`).toBe(true);
          expect(result.stdout).toBe(`ruwei feed: ${summary(ids.size, drafts.length, rejected.length, lines)}\n`);
          expect(result.code).toBe(rejected.length > 0 ? 1 : 0);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      FUZZ.command,
    );
  }, 90_000);
});
