// A folder of 10,000 small posts through the real command: it converts all,
// exits 0, and writes the large-site layout (feed.json with `_ruwei.index`,
// one item file per post). The time it took is printed for TESTING.md, not
// asserted (speed is the benchmark's business); the child's 170 s timeout
// only stops a build gone quadratic from hanging the suite.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireFeed, WireIndex } from '../feed/wire';
import { outputProblems, readFeedOutput } from '../../test/feed-output';
import { CLI, runNode } from '../../test/node-child';
import { tempDirsForEachTest } from '../../test/temp-dirs';

const tempDir = tempDirsForEachTest();
const POSTS = 10_000;

async function writePosts(dir: string): Promise<void> {
  await mkdir(dir);
  for (let start = 0; start < POSTS; start += 500) {
    await Promise.all(Array.from({ length: Math.min(500, POSTS - start) }, (_, k) => {
      const i = start + k;
      const date = new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString();
      const text = `---\ntitle: Post ${i}\ndate: ${date}\ncategories: [Topic ${i % 7}]\ntags: [t${i % 50}, every]\n---\nShort body of post ${i}, with *some* Markdown.\n`;
      return writeFile(path.join(dir, `post-${String(i).padStart(5, '0')}.md`), text);
    }));
  }
}

describe(`npm run feed over ${POSTS.toLocaleString('en')} posts in one folder`, () => {
  it('converts them all, exits 0 and writes the large-site layout', async () => {
    const dir = await tempDir();
    await writePosts(path.join(dir, 'posts'));
    const start = performance.now();
    const result = await runNode([CLI, '--input', 'posts', '--out', 'out'], { cwd: dir, timeout: 170_000 });
    const seconds = (performance.now() - start) / 1000;
    console.info(`${POSTS} posts built by the command in ${seconds.toFixed(1)} s (process start included)`);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/^ruwei feed: note: no base URL [^\n]*\n$/) });
    expect(result.stdout).toBe(`ruwei feed: ${POSTS} posts → ${path.join('out', 'feed.json')}\n`);

    const out = path.join(dir, 'out');
    const feed = JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as WireFeed;
    expect(feed.items).toHaveLength(10);
    const index = JSON.parse(await readFile(path.join(out, feed._ruwei?.index ?? 'missing'), 'utf8')) as WireIndex;
    expect(index.all.count).toBe(POSTS);
    expect((await readdir(path.join(out, 'feed', 'items'))).length).toBe(POSTS);
    const output = await readFeedOutput(out);
    expect(new Set(output.items.map((item) => item.id)).size).toBe(POSTS);
    expect(await outputProblems(out)).toEqual([]); // every page and item file parses and validates, ids unique
  }, 180_000);
});
