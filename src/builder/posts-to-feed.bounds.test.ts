// The per-post limits of limits.ts through the real build(): each hostile
// post is rejected or trimmed with a message naming the file, the rest of the
// site is written, nothing escapes as an uncaught error and no temp file is
// left. The costs behind these limits are measured in bench/builder-bounds.ts;
// here a hang or a crash fails (the runner's timeout), never a time.
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputProblems, readFeedOutput } from '../../test/feed-output';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { build } from './posts-to-feed';
import { FEED_MAX_BYTES } from './feed-documents';
import { createTimeZone } from './dates';
import { MAX_CATEGORY_DEPTH, MAX_MAP_KEYS, MAX_POST_BYTES, MAX_TAGS } from './limits';
import { readPost } from './read-post';

const tempDir = tempDirsForEachTest();
// A guard against a hang or a quadratic blow-up on a loaded machine, not a time assertion.
const GUARD_MS = 60_000;

async function site(files: Record<string, string>): Promise<string> {
  const input = await tempDir();
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(input, name)), { recursive: true });
    await writeFile(path.join(input, name), text);
  }
  return input;
}

const plain = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-01\n---\nbody\n`;
const list = (count: number, name: (i: number) => string) => `[${Array.from({ length: count }, (_v, i) => name(i)).join(', ')}]`;

async function buildSite(input: string) {
  const out = await tempDir();
  const report = await build({ input, out, cwd: input });
  expect(await outputProblems(out)).toEqual([]);
  return { report, ...(await readFeedOutput(out)) };
}

describe('build() within the per-post limits', () => {
  it('rejects a 1 GB sparse post by its size without reading it, and writes the rest', async () => {
    const input = await site({ 'ok.md': plain('Ok') });
    const huge = await open(path.join(input, 'huge.md'), 'w');
    await huge.write('---\ntitle: huge\n---\n');
    await huge.truncate(1024 * 1024 * 1024); // sparse: no disk used
    await huge.close();
    const { report, items } = await buildSite(input);
    expect(items.map((item) => item.id)).toEqual(['ok']);
    expect(report.rejected).toEqual([
      { file: 'huge.md', message: 'the file is 1024 MB; posts over 10 MB are not read (split it, or move large media out of the text)' },
    ]);
  }, GUARD_MS);

  it('reads a post of exactly the limit and rejects one byte more', async () => {
    const head = '---\ntitle: big\n---\n';
    const input = await site({ 'at-limit.md': head.padEnd(MAX_POST_BYTES, 'x'), 'over-limit.md': head.padEnd(MAX_POST_BYTES + 1, 'x') });
    const read = (name: string) => readPost({ absPath: path.join(input, name), relPath: name, displayPath: name }, { zone: createTimeZone('UTC') });
    expect(read('at-limit.md')).toMatchObject({ kind: 'post', post: { title: 'big' } });
    expect(read('over-limit.md')).toMatchObject({ kind: 'rejected', error: { message: expect.stringMatching(/^the file is 10 MB; posts over 10 MB are not read/) } });
  }, GUARD_MS);

  it(`keeps the first ${MAX_TAGS} of 10,000 tags with a warning on the tags line`, async () => {
    const input = await site({ 'many.md': `---\ntitle: many\ndate: 2024-01-01\ntags: ${list(10_000, (i) => `t${i}`)}\n---\nbody\n`, 'ok.md': plain('Ok') });
    const { report, items } = await buildSite(input);
    expect(items.find((item) => item.id === 'many')?.tags).toEqual(Array.from({ length: MAX_TAGS }, (_v, i) => `t${i}`));
    expect(report.warnings).toEqual([{ file: 'many.md', line: 4, message: `\`tags\` lists 10000 names; only the first ${MAX_TAGS} are kept` }]);
  }, GUARD_MS);

  it('builds a paged site whose posts carry a flat list of 5,000 categories, with a warning each and no temp file left', async () => {
    const deep = `---\ntitle: deep\ndate: 2024-01-01\ncategories: ${list(5000, (i) => `c${i}`)}\n---\nbody\n`;
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`p-${i}.md`] = i < 3 ? deep : plain(`P ${i}`);
    const { report, items } = await buildSite(await site(files));
    expect(items).toHaveLength(60);
    expect(report.rejected).toEqual([]);
    expect(report.warnings.map((d) => d.message)).toEqual(Array(3).fill(`\`categories\` nests 5000 levels (a flat list is one path, outermost first, as in Hexo); only the first ${MAX_CATEGORY_DEPTH} levels are kept`));
    expect(items.find((item) => item.id === 'p-0')?._ruwei?.categories).toEqual([Array.from({ length: MAX_CATEGORY_DEPTH }, (_v, i) => `c${i}`)]);
  }, GUARD_MS);

  it(`rejects front matter with a mapping of more than ${MAX_MAP_KEYS} keys, YAML and JSON, at once`, async () => {
    const keys = 64_000;
    const yaml = `---\ntitle: keys\n${Array.from({ length: keys }, (_v, i) => `k${i}: v`).join('\n')}\n---\nbody\n`;
    const nested = `---\ntitle: nested\nextra:\n${Array.from({ length: MAX_MAP_KEYS + 1 }, (_v, i) => `  k${i}: v`).join('\n')}\n---\nbody\n`;
    const json = `;;;\n"title": "json",\n${Array.from({ length: keys }, (_v, i) => `"k${i}": 1`).join(',\n')}\n;;;\nbody\n`;
    const fine = `---\ntitle: fine\n${Array.from({ length: MAX_MAP_KEYS - 1 }, (_v, i) => `k${i}: v`).join('\n')}\n---\nbody\n`;
    const { report, items } = await buildSite(await site({ 'yaml.md': yaml, 'nested.md': nested, 'json.md': json, 'fine.md': fine }));
    expect(items.map((item) => item.id)).toEqual(['fine']);
    expect(report.rejected).toEqual([
      { file: 'json.md', line: 2, col: 1, message: `front matter has a mapping of ${keys + 1} keys; at most ${MAX_MAP_KEYS} are read` },
      { file: 'nested.md', line: 4 + MAX_MAP_KEYS, col: 3, message: `front matter has a mapping of ${MAX_MAP_KEYS + 1} keys; at most ${MAX_MAP_KEYS} are read` },
      { file: 'yaml.md', line: 2 + MAX_MAP_KEYS, col: 1, message: `front matter has a mapping of ${keys + 1} keys; at most ${MAX_MAP_KEYS} are read` },
    ]);
  }, GUARD_MS);
});

describe('build() splits by bytes', () => {
  it('gives a 36 MB site of 30 posts an index-form feed.json under the limit that references item files', async () => {
    // One HTML block per post: Markdown passes it through, so the test spends its time on bytes, not parsing.
    const body = (i: number) => `<div>${`<p>Post ${i}: ${'weigh '.repeat(80)}</p>\n`.repeat(2_500)}</div>\n`;
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`p-${String(i).padStart(2, '0')}.md`] = `---\ntitle: Post ${i}\ndate: 2024-01-${String(i + 1).padStart(2, '0')}\n---\n${body(i)}`;
    expect(Buffer.byteLength(Object.values(files).join(''))).toBeGreaterThan(36 * 1000 * 1000);
    const input = await site(files);
    const out = await tempDir();
    const report = await build({ input, out, cwd: input });
    expect(await outputProblems(out)).toEqual([]);
    expect(report.layout).toBe('paged');
    expect((await stat(path.join(out, 'feed.json'))).size).toBeLessThan(FEED_MAX_BYTES);
    const { feed, items } = await readFeedOutput(out);
    expect(feed._ruwei?.index).toMatch(/^feed\/index\.[0-9a-f]{16}\.json$/);
    expect(feed.items.length).toBeLessThan(30);
    expect(feed.items.every((item) => item._ruwei?.content_url === `feed/items/${item.id}.json`)).toBe(true);
    expect(items.map((item) => item.id)).toEqual(Array.from({ length: 30 }, (_v, i) => `p-${String(29 - i).padStart(2, '0')}`));
  }, 2 * GUARD_MS); // 36 MB rendered and read back twice

  it('keeps a small light site in one feed.json', async () => {
    const { report, feed } = await buildSite(await site({ 'a.md': plain('A'), 'b.md': plain('B') }));
    expect(report.layout).toBe('single');
    expect([feed._ruwei?.index, feed.items.length]).toEqual([undefined, 2]);
  }, GUARD_MS);
});
