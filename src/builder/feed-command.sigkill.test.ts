// A run killed with SIGKILL while it writes must leave a complete, valid feed:
// the previous one until feed.json is renamed, the new one after.
// Edition 1 of a 120-post site is built; then the builder builds edition 2
// over it in a child process (test/kill-at.ts) that kills itself at one
// chosen step of writing, seen through the output file system it is given,
// so each case kills at the same place on every run, alone or in the suite.
// After each kill: the child died of SIGKILL at that step; feed.json and every
// file it references parse and validate, and feed.json is the edition the
// step implies; then a normal run completes, leaves no temp files and writes
// exactly what a clean build of edition 2 writes.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedPosts } from '../../bench/seed-posts';
import type { KillStep } from '../../test/kill-at';
import { listFiles, outputProblems, snapshot, snapshotDifferences } from '../../test/feed-output';
import { ROOT, runNode } from '../../test/node-child';
import { build } from './posts-to-feed';

type KillPoint = { step: KillStep; nth: number; feed: 'previous' | 'new' };

const POSTS = 120; // over 50: the paged layout, with item files, pages and a manifest
const KILL_AT = path.join(ROOT, 'test', 'kill-at.ts');
const isTemp = (file: string): boolean => file.endsWith('.ruwei-tmp');
const itemFile = (file: string): boolean => file.startsWith('feed/items/') && !isTemp(file) && file.endsWith('.json');

const KILL_POINTS: KillPoint[] = [
  { step: 'item-renamed', nth: 1, feed: 'previous' },
  { step: 'item-renamed', nth: 50, feed: 'previous' },
  { step: 'item-renamed', nth: POSTS - 1, feed: 'previous' },
  { step: 'page-renamed', nth: 1, feed: 'previous' },
  { step: 'manifest-renamed', nth: 1, feed: 'previous' },
  { step: 'feed-temp-written', nth: 1, feed: 'previous' },
  { step: 'feed-renamed', nth: 1, feed: 'new' },
  { step: 'pruned', nth: 1, feed: 'new' },
];

let tmp: string;
let edition2: string;
let previous: string; // the output of edition 1, copied before each kill
let expected: Map<string, Buffer>; // a clean build of edition 2

/** Edition 2: ten posts gone, ten new, every title and body changed (so every item, page and the manifest are rewritten). */
async function writeEdition2(edition1: string, target: string): Promise<void> {
  await mkdir(target);
  const names = (await readdir(edition1)).sort();
  for (const [i, name] of names.entries()) {
    const text = await readFile(path.join(edition1, name), 'utf8');
    const changed = `${text.replace(/^title: '(.*)'$/m, "title: '$1 (2)'")}\n\n第二版。\n`;
    if (i >= 10) await writeFile(path.join(target, name), changed);
    if (i < 10) await writeFile(path.join(target, `new-${name}`), changed.replace(/^date: .*$/m, `date: 2030-01-${10 + i} 10:00:00`));
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'ruwei-kill-'));
  const edition1 = path.join(tmp, 'edition-1');
  edition2 = path.join(tmp, 'edition-2');
  previous = path.join(tmp, 'previous');
  await writeSeedPosts(edition1, POSTS);
  await writeEdition2(edition1, edition2);
  await build({ input: edition1, out: previous });
  await build({ input: edition2, out: path.join(tmp, 'expected') });
  expected = await snapshot(path.join(tmp, 'expected'));
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function countAsync<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<number> {
  let count = 0;
  for (const item of items) if (await test(item)) count++;
  return count;
}

describe(`the builder killed with SIGKILL while writing a ${POSTS}-post site`, () => {
  it.each(KILL_POINTS)('leaves a complete, valid feed ($feed feed.json) when killed at $step $nth', async (point) => {
    const out = path.join(tmp, 'out');
    await rm(out, { recursive: true, force: true });
    await cp(previous, out, { recursive: true });
    const run = await runNode([KILL_AT, point.step, String(point.nth), edition2, out]);
    expect([run.signal, run.stderr]).toEqual(['SIGKILL', `killed at ${point.step} ${point.nth}\n`]);

    expect(await outputProblems(out, { tempFiles: 'allowed' })).toEqual([]);
    const feed = await readFile(path.join(out, 'feed.json'));
    const edition = feed.equals(await readFile(path.join(previous, 'feed.json'))) ? 'previous' : feed.equals(expected.get('feed.json') ?? Buffer.alloc(0)) ? 'new' : 'neither';
    expect(edition).toBe(point.feed);
    // Item files are renamed into place before the index: a kill leaves those already written, of edition 2.
    const files = await listFiles(out);
    const rewritten = await countAsync(files.filter(itemFile), async (f) => (await readFile(path.join(out, f), 'utf8')).includes(' (2)"'));
    if (point.step === 'item-renamed') expect(rewritten).toBeGreaterThanOrEqual(point.nth);
    else expect(rewritten).toBe(POSTS);

    const report = await build({ input: edition2, out });
    expect(report.rejected).toEqual([]);
    expect(await outputProblems(out)).toEqual([]); // no temp files left
    expect(snapshotDifferences(await snapshot(out), expected)).toEqual([]);
  }, 60_000);
});
