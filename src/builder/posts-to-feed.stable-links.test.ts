// An article's URL (its slug) and its output file do not move when posts are
// added, and no two output names meet on a file system that folds case or
// Unicode, or that reserves names (Windows). Through the real build().
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputProblems, readFeedOutput } from '../../test/feed-output';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { build } from './posts-to-feed';

const tempDir = tempDirsForEachTest();

async function write(input: string, name: string, title: string, date: string): Promise<void> {
  await mkdir(path.dirname(path.join(input, name)), { recursive: true });
  await writeFile(path.join(input, name), `---\ntitle: ${title}\ndate: ${date}\n---\nThe ${title} post.\n`);
}

async function fill(input: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await write(input, `filler/f-${i}.md`, `Filler ${i}`, `2023-01-${String((i % 28) + 1).padStart(2, '0')}`);
}

async function slugsOf(out: string): Promise<Map<string, string>> {
  expect(await outputProblems(out)).toEqual([]);
  const { items } = await readFeedOutput(out);
  return new Map(items.map((item) => [item.title ?? '', item.id]));
}

describe('stable links', () => {
  for (const [layout, fillers] of [['one-file', 0], ['paged', 60]] as const) {
    it(`keeps an existing article's URL and output file when an older post with its name is added (${layout} site)`, async () => {
      const [input, out] = [await tempDir(), await tempDir()];
      await fill(input, fillers);
      await write(input, '2024/hello.md', 'Hello 2024', '2024-05-01');
      await build({ input, out, cwd: input });
      expect((await slugsOf(out)).get('Hello 2024')).toBe('hello');
      const itemFile = path.join(out, 'feed', 'items', 'hello.json');
      const before = layout === 'paged' ? await readFile(itemFile, 'utf8') : '';

      await write(input, '2019/hello.md', 'Hello 2019', '2019-05-01');
      const report = await build({ input, out, cwd: input });
      const slugs = await slugsOf(out);
      expect([slugs.get('Hello 2024'), slugs.get('Hello 2019')]).toEqual(['hello', 'hello-2']);
      expect(report.warnings.map((w) => [w.file, w.message])).toEqual([[path.join('2019', 'hello.md'), `slug "hello" is already used by ${path.join('2024', 'hello.md')}; this post gets "hello-2"`]]);
      if (layout === 'paged') expect(await readFile(itemFile, 'utf8')).toBe(before);
    });
  }

  it('gives the bare slug to the post published first on a first build, ties by path', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await write(input, '2024/hello.md', 'Hello 2024', '2024-05-01');
    await write(input, '2019/hello.md', 'Hello 2019', '2019-05-01');
    await write(input, 'b/same.md', 'Same B', '2020-01-01');
    await write(input, 'a/same.md', 'Same A', '2020-01-01');
    await build({ input, out, cwd: input });
    const slugs = await slugsOf(out);
    expect([slugs.get('Hello 2019'), slugs.get('Hello 2024'), slugs.get('Same A'), slugs.get('Same B')]).toEqual(['hello', 'hello-2', 'same', 'same-2']);
  });

  it('gives posts whose names fold to one file name (case, ς/σ, ﬀ/ff) distinct names, with a warning', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await write(input, 'λόγος.md', 'Final sigma', '2020-01-01');
    await write(input, 'λόγοσ.md', 'Plain sigma', '2020-01-02');
    await write(input, 'ﬀ.md', 'Ligature', '2020-01-03');
    await write(input, 'ff.md', 'Letters', '2020-01-04');
    const report = await build({ input, out, cwd: input });
    const slugs = await slugsOf(out);
    expect([...slugs.values()].sort()).toEqual(['ff-2', 'λόγοσ-2', 'λόγος', 'ﬀ'].sort());
    expect(report.warnings.map((w) => w.file).sort()).toEqual(['ff.md', 'λόγοσ.md']);
  });

  it('renames posts named like Windows devices, with a warning', async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    for (const [i, name] of ['con', 'NUL', 'aux', 'com1', 'lpt9', 'prn', 'con.txt'].entries()) await write(input, `${name}.md`, `Device ${i}`, '2020-01-01');
    const report = await build({ input, out, cwd: input });
    const slugs = [...(await slugsOf(out)).values()].sort();
    expect(slugs).toEqual(['aux-post', 'com1-post', 'con-post', 'contxt', 'lpt9-post', 'nul-post', 'prn-post']);
    expect(report.warnings.find((w) => w.file === 'con.md')?.message).toBe('"con" is a reserved file name on Windows; this post gets "con-post"');
  });
});
