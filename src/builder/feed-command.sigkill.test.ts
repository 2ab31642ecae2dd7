// A run killed with SIGKILL while it writes must leave a complete, valid feed:
// the previous one, or the new one once feed.json is renamed (README, "Publishing your own Hexo posts").
// Edition 1 of a 400-post site (seed-sized posts, so the write phase lasts
// long enough to be hit) is built; then the real command builds edition 2
// over it in a child process and is killed at each KILL_POINTS entry, found
// by watching the output folder. After each kill: feed.json and every file it
// references parse and validate; then a normal run completes, leaves no temp
// files and writes exactly what a clean build of edition 2 writes.
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedPosts } from '../../bench/seed-posts';
import { CASES } from '../../test/builder-counts';
import { listFiles, outputProblems, snapshot, snapshotDifferences } from '../../test/feed-output';
import { CLI, spawnNode } from '../../test/node-child';
import { build } from './posts-to-feed';

type Watched = 'feed/items' | 'feed/pages' | 'feed' | '.';
type KillPoint = { name: string; dir: Watched; match: (file: string) => boolean; count: number; delayMs: number };

const POSTS = CASES.killSitePosts;
const isTemp = (file: string): boolean => file.endsWith('.ruwei-tmp');
const itemFile = (file: string): boolean => !isTemp(file) && file.endsWith('.json');
const at = (count: number, delayMs = 0): Omit<KillPoint, 'name'> => ({ dir: 'feed/items', match: itemFile, count, delayMs });

const KILL_POINTS: KillPoint[] = [
  { name: 'as the first new item file is renamed into place', ...at(1) },
  { name: 'after 50 item files', ...at(50) },
  { name: 'after 200 item files', ...at(200) },
  { name: 'after 380 item files', ...at(380) },
  { name: 'as the first index page is written', dir: 'feed/pages', match: () => true, count: 1, delayMs: 0 },
  { name: 'as the manifest is written', dir: 'feed', match: (file) => file.startsWith('.index.'), count: 1, delayMs: 0 },
  { name: "as feed.json's temp file appears", dir: '.', match: (file) => file.startsWith('.feed.json.'), count: 1, delayMs: 0 },
  ...[10, 40, 100, 200, 400].map((ms) => ({ name: `${ms} ms after the first item file`, ...at(1, ms) })),
];

let tmp: string;
let edition2: string;
let previous: string; // the output of edition 1, copied before each kill
let expected: Map<string, Buffer>; // a clean build of edition 2
const outcomes: string[] = [];

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
  console.info(`SIGKILL outcomes:\n  ${outcomes.join('\n  ')}`);
  await rm(tmp, { recursive: true, force: true });
});

async function countAsync<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<number> {
  let count = 0;
  for (const item of items) if (await test(item)) count++;
  return count;
}

/** Starts the command over `out` and kills it at `point`; resolves when it has exited. */
function runAndKill(out: string, point: KillPoint): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawnNode([CLI, '--input', edition2, '--out', out], { stdio: 'ignore' });
    let seen = 0;
    let killed = false;
    const watcher: FSWatcher = watch(path.join(out, point.dir), (_event, file) => {
      if (file === null || !point.match(file) || ++seen !== point.count) return;
      setTimeout(() => {
        killed = child.kill('SIGKILL');
      }, point.delayMs);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`the command failed on its own: code ${String(code)} signal ${String(signal)}`));
      else resolve({ killed: signal === 'SIGKILL' && killed });
    });
  });
}

describe(`npm run feed killed with SIGKILL while writing a ${POSTS}-post site`, () => {
  it.each(KILL_POINTS)('leaves a complete, valid feed when killed $name', async (point) => {
    const out = path.join(tmp, 'out');
    await rm(out, { recursive: true, force: true });
    await cp(previous, out, { recursive: true });
    const { killed } = await runAndKill(out, point);

    expect(await outputProblems(out, { tempFiles: 'allowed' })).toEqual([]);
    const feed = await readFile(path.join(out, 'feed.json'));
    const edition = feed.equals(await readFile(path.join(previous, 'feed.json'))) ? 'previous' : feed.equals(expected.get('feed.json') ?? Buffer.alloc(0)) ? 'new' : 'neither';
    expect(edition).not.toBe('neither');
    const files = await listFiles(out);
    const rewritten = await countAsync(files.filter((f) => f.startsWith('feed/items/') && itemFile(f)), async (f) => (await readFile(path.join(out, f), 'utf8')).includes(' (2)"'));
    outcomes.push(`${point.name}: ${killed ? 'killed' : 'finished before the kill'}, feed.json ${edition}, ${rewritten} item files of edition 2, ${files.filter(isTemp).length} temp files`);

    const report = await build({ input: edition2, out });
    expect(report.rejected).toEqual([]);
    expect(await outputProblems(out)).toEqual([]); // no temp files left
    expect(snapshotDifferences(await snapshot(out), expected)).toEqual([]);
  }, 60_000);

  it(`kills at the ${CASES.killPoints} points TESTING.md states`, () => {
    expect(KILL_POINTS).toHaveLength(CASES.killPoints);
  });

  // Not timing-proof for every point, but the item-count points cannot miss:
  // hundreds of item files are still to come when they fire.
  it('hit the write phase before the commit point in most runs', () => {
    expect(outcomes.filter((o) => o.includes('killed, feed.json previous')).length).toBeGreaterThanOrEqual(4);
  });
});
