// Property-based test of the command itself: folders of hostile posts
// (test/hostile-posts.ts) through `npm run feed` in a child process. Each run
// starts a Node process (~0.5 s), so there are few runs; posts-to-feed.property.test.ts
// covers build() itself many times over. Seed and run count come from
// test/builder-counts.ts, which TESTING.md states.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ } from '../../test/builder-counts';
import { outputProblems } from '../../test/feed-output';
import { postFolder } from '../../test/hostile-posts';
import { CLI, runNode } from '../../test/node-child';
import { build } from './posts-to-feed';
import { formatDiagnostic } from './diagnostics';

const GCC_LINE = /^[^\n]+?(?::\d+:\d+)?: (?:error|warning|note): [^\n]+$/;

describe('npm run feed over folders of hostile posts', () => {
  it(`names every rejected post once, GCC-style, and exits 1 exactly when some are rejected (${FUZZ.command.numRuns} folders)`, async () => {
    await fc.assert(
      fc.asyncProperty(postFolder(1, 6), async (specs) => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'ruwei-cli-prop-'));
        try {
          await mkdir(path.join(dir, 'posts'));
          for (const spec of specs) await writeFile(path.join(dir, 'posts', spec.name), spec.bytes);
          const result = await runNode([CLI, '--input', 'posts', '--out', 'out', '--timezone', 'Asia/Shanghai'], { cwd: dir, timeout: 30_000 });
          // The same folder in process, for what the command should have said.
          const report = await build({ input: 'posts', out: 'check', cwd: dir, timeZone: 'Asia/Shanghai' });
          const lines = result.stderr.split('\n').filter(Boolean);
          expect(lines.filter((line) => !GCC_LINE.test(line))).toEqual([]);
          expect(lines.filter((line) => line.includes(': error: '))).toEqual(report.rejected.map((d) => formatDiagnostic(d, 'error')));
          expect(result.code).toBe(report.rejected.length > 0 ? 1 : 0);
          expect(await outputProblems(path.join(dir, 'out'))).toEqual([]);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      FUZZ.command,
    );
  }, 90_000);
});
