// File names a publisher's folder may hold, through the real build(): each is
// converted with a sane slug (URL-safe, unique, the same on every run and in
// any folder) or named with a reason.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputProblems, readFeedOutput } from '../../test/feed-output';
import { tempDirsForEachTest } from '../../test/temp-dirs';
import { build } from './posts-to-feed';
import type { BuildReport } from './posts-to-feed';

const tempDir = tempDirsForEachTest();

type Outcome = { slug: string | RegExp } | { note: RegExp } | { problem: RegExp };

const HASH = /^post-[0-9a-f]{8}$/;
const LATIN1_NAME = 'caf\uFFFD.md'; // written as the bytes "caf\xE9.md"

const FILE_NAME_CASES: [name: string, outcome: Outcome][] = [
  ['hello world.md', { slug: 'hello-world' }],
  [' leading space.md', { slug: '-leading-space' }],
  ['新媒体 文章.md', { slug: '新媒体-文章' }],
  ['😀 emoji.md', { slug: '-emoji' }],
  ['👨‍👩‍👧 family.md', { slug: '-family' }], // ZWJ sequence
  ['👨‍👩‍👧.md', { slug: HASH }],
  ['🏳️‍🌈.md', { slug: HASH }], // ZWJ with a variation selector the slugger keeps
  ['🇨🇳 flag.md', { slug: '-flag' }],
  ['e\u0301te\u0301.md', { slug: '\u00e9t\u00e9' }], // combining marks (NFD) -> NFC
  ['\u0301.md', { slug: HASH }], // a lone combining mark
  ['ÅNGSTRÖM.md', { slug: 'ångström' }],
  ['Ⅻ roman.md', { slug: 'ⅻ-roman' }],
  ['100% ?#&.md', { slug: '100-' }],
  ['tab\there.md', { slug: 'tabhere' }],
  ['new\nline.md', { slug: 'newline' }],
  [`${'x'.repeat(250)}.md`, { slug: /^x{191}-[0-9a-f]{8}$/ }], // 253 bytes: the longest name ext4 takes is 255
  [`${'字'.repeat(84)}.md`, { slug: /^字{63}-[0-9a-f]{8}$/ }], // 255 bytes
  ['Case.md', { slug: 'case' }], // names differing only by case
  ['case.md', { slug: 'case-2' }],
  ['a.markdown', { slug: 'a' }], // the same name with both extensions
  ['a.md', { slug: 'a-2' }],
  ['UPPER.MARKDOWN', { slug: 'upper' }],
  ['x.md/inner.md', { slug: 'inner' }], // a folder named like a post is a folder
  ['.md', { note: /^skipped: a name starting with '\.' or '_' is not a post/ }],
  ['_about.md', { note: /^skipped: a name starting with '\.' or '_' is not a post/ }],
  [LATIN1_NAME, { problem: /^the name is not valid UTF-8; rename it to read it$/ }],
];

async function writeCases(input: string): Promise<void> {
  for (const [i, [name]] of FILE_NAME_CASES.entries()) {
    const text = `---\ntitle: case ${i}\ndate: 2024-01-01 00:00:${String(i % 60).padStart(2, '0')}\n---\nbody ${i}\n`;
    if (name === LATIN1_NAME) {
      await writeFile(Buffer.concat([Buffer.from(`${input}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), text);
      continue;
    }
    await mkdir(path.dirname(path.join(input, name)), { recursive: true });
    await writeFile(path.join(input, name), text);
  }
}

async function slugsByCase(out: string): Promise<Map<number, string>> {
  const { items } = await readFeedOutput(out);
  return new Map(items.map((item) => [Number(item.title?.replace('case ', '')), item.id]));
}

function articlePath(slug: string): string {
  const url = new URL(`/article/${encodeURIComponent(slug)}`, 'https://reader.example/');
  return decodeURIComponent(url.pathname.slice('/article/'.length));
}

describe(`build() over ${FILE_NAME_CASES.length} awkward file names`, () => {
  let report: BuildReport;
  let problems: string[];
  let slugs: Map<number, string>;

  beforeAll(async () => {
    const [input, out] = [await tempDir(), await tempDir()];
    await writeCases(input);
    report = await build({ input, out, cwd: input });
    problems = await outputProblems(out);
    slugs = await slugsByCase(out);
  });

  it('writes a valid feed whose slugs are URL-safe and unique', () => {
    expect(problems).toEqual([]);
    expect(report).toMatchObject({ posts: FILE_NAME_CASES.filter(([, o]) => 'slug' in o).length, rejected: [{ file: LATIN1_NAME }] });
  });

  it.each(FILE_NAME_CASES.map(([name, outcome], i) => [JSON.stringify(name).slice(0, 40), i, name, outcome] as const))('handles %s', (_shown, i, name, outcome) => {
    const slug = slugs.get(i);
    const named = [...report.notes.map((d) => ({ ...d, kind: 'note' })), ...report.rejected.map((d) => ({ ...d, kind: 'problem' }))];
    const diagnostic = named.find((d) => d.file === name.split('/').join(path.sep));
    if ('slug' in outcome) {
      expect(diagnostic).toBeUndefined();
      if (typeof outcome.slug === 'string') expect(slug).toBe(outcome.slug);
      else expect(slug).toMatch(outcome.slug);
    } else {
      expect(slug).toBeUndefined();
      expect(diagnostic?.kind).toBe('note' in outcome ? 'note' : 'problem');
      expect(diagnostic?.message).toMatch('note' in outcome ? outcome.note : outcome.problem);
    }
  });

  it('warns about each slug it had to number', () => {
    expect(report.warnings.filter((w) => w.message.startsWith('slug ')).map((w) => w.file)).toEqual(['a.md', 'case.md']);
  });

  it('gives every slug an /article/ URL that decodes back to it', () => {
    expect(slugs.size).toBeGreaterThan(20);
    for (const slug of slugs.values()) expect(articlePath(slug)).toBe(slug);
  });

  it('hands out the same slugs on another run, from another folder', async () => {
    const [parent, out] = [await tempDir(), await tempDir()];
    const input = path.join(parent, 'elsewhere', 'posts');
    await mkdir(input, { recursive: true });
    await writeCases(input);
    await build({ input, out, cwd: out });
    expect(await slugsByCase(out)).toEqual(slugs);
  });
});
