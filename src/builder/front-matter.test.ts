import { describe, expect, it } from 'vitest';
import { aliasBomb, inlineAliasBomb } from '../../test/hostile-posts';
import { PostError } from './diagnostics';
import { parseFrontMatter, splitFrontMatter } from './front-matter';

function errorOf(source: string): PostError {
  try {
    parseFrontMatter(source);
  } catch (error) {
    if (error instanceof PostError) return error;
    throw error;
  }
  throw new Error('expected a PostError');
}

describe('parseFrontMatter', () => {
  it('reads YAML between --- lines and keeps the rest as the body', () => {
    const fm = parseFrontMatter('---\ntitle: Hello\n---\nBody *text*\n');
    expect(fm.kind).toBe('yaml');
    expect(fm.data.title).toBe('Hello');
    expect(fm.body).toBe('Body *text*\n');
  });

  it('accepts a UTF-8 byte order mark before the opening line', () => {
    const fm = parseFrontMatter('\uFEFF---\ntitle: BOM\n---\nbody');
    expect(fm.data.title).toBe('BOM');
    expect(fm.body).toBe('body');
  });

  it('accepts CRLF line endings', () => {
    const fm = parseFrontMatter('---\r\ntitle: Windows\r\ntags:\r\n  - a\r\n---\r\nline one\r\nline two\r\n');
    expect(fm.data.title).toBe('Windows');
    expect(fm.data.tags).toEqual(['a']);
    expect(fm.body).toBe('line one\nline two\n');
  });

  it('skips blank lines before the opening --- (as the 36kr posts have)', () => {
    const fm = parseFrontMatter('\n  \n---\ntitle: late start\n---\nbody');
    expect(fm.data.title).toBe('late start');
    expect(fm.keyLines.get('title')).toBe(4);
  });

  it('reads ;;; front matter as JSON, with or without the outer braces', () => {
    expect(parseFrontMatter(';;;\n"title": "Bare",\n"tags": ["x"]\n;;;\nbody').data).toMatchObject({ title: 'Bare', tags: ['x'] });
    const braced = parseFrontMatter(';;;\n{"title": "Braced"}\n;;;\nbody');
    expect(braced.kind).toBe('json');
    expect(braced.data.title).toBe('Braced');
    expect(braced.body).toBe('body');
  });

  it('reads a file without front matter as all body', () => {
    const fm = parseFrontMatter('# Just Markdown\n\ntext');
    expect(fm.kind).toBe('none');
    expect(fm.body).toBe('# Just Markdown\n\ntext');
    expect(fm.note).toBeUndefined();
  });

  it('reads an unclosed front matter as body and says so', () => {
    const fm = parseFrontMatter('---\ntitle: never closed\nbody');
    expect(fm.kind).toBe('none');
    expect(fm.note).toMatch(/never closed/);
  });

  it('treats an empty front matter as no keys', () => {
    const fm = parseFrontMatter('---\n---\nbody');
    expect(fm.kind).toBe('yaml');
    expect(Object.keys(fm.data)).toEqual([]);
    expect(fm.body).toBe('body');
  });

  it('keeps dates as strings (core schema) for dates.ts to read', () => {
    const fm = parseFrontMatter('---\ndate: 2023-07-28 14:29:14\nupdated: 2023-07-28\n---\n');
    expect(fm.data.date).toBe('2023-07-28 14:29:14');
    expect(fm.data.updated).toBe('2023-07-28');
  });

  it('keeps tag and category scalars as written', () => {
    const fm = parseFrontMatter('---\ntags: [1.10, 2022, true, ~]\ncategories: 0x1F\n---\n');
    expect(fm.data.tags).toEqual(['1.10', '2022', 'true', null]);
    expect(fm.data.categories).toBe('0x1F');
  });

  it('turns leading tabs into spaces as Hexo does', () => {
    expect(parseFrontMatter('---\ntags:\n\t- a\n\t- b\n---\n').data.tags).toEqual(['a', 'b']);
  });

  it('treats a __proto__ key as an ordinary key', () => {
    const fm = parseFrontMatter('---\n__proto__: x\ntitle: t\n---\n');
    expect(Object.getPrototypeOf(fm.data)).toBeNull();
    expect(fm.data.__proto__).toBe('x');
  });

  it('reads a non-mapping block as body text, as Hexo does', () => {
    const fm = parseFrontMatter('---\njust a sentence\n---\nmore');
    expect(fm.kind).toBe('none');
    expect(fm.body).toContain('just a sentence');
    expect(fm.note).toMatch(/not a mapping/);
  });
});

describe('front matter errors', () => {
  it('names the file line of a YAML error, counting lines before the front matter', () => {
    const error = errorOf('\n\n---\ntitle: ok\ntags: [a, b\ndate: 2020-01-01\n---\nbody');
    expect(error.message).toMatch(/invalid YAML front matter/);
    expect(error.line).toBeGreaterThanOrEqual(6);
    expect(error.line).toBeLessThanOrEqual(7);
  });

  it('names the line and column of a bad mapping', () => {
    const error = errorOf('---\ntitle: ok\nbad: a: b\n---\n');
    expect([error.line, error.col]).toEqual([3, 6]);
  });

  it('rejects duplicate keys with the line of the second one', () => {
    const error = errorOf('---\ntitle: a\ntitle: b\n---\n');
    expect(error.message).toMatch(/unique|duplicate/i);
    expect(error.line).toBe(3);
  });

  it('names the file line of a JSON error', () => {
    const error = errorOf(';;;\n"title": "x",\n"tags": [1,,2]\n;;;\n');
    expect(error.message).toMatch(/invalid JSON front matter/);
    expect(error.line).toBe(3);
  });

  it('names the file line of a JSON error V8 gives an offset for', () => {
    const error = errorOf('\n;;;\n"title": "x"\n"tags": 2\n;;;\n');
    expect(error.line).toBe(4);
  });
});

describe('hostile YAML', () => {
  // Before the limit, six levels of nine aliases in `categories` expanded to
  // 597,870 names (1.4 s, 200 MB); nine levels never finished.
  it('rejects an alias bomb inside tags at the line of the key', () => {
    const error = errorOf(`---\ntitle: t\n${inlineAliasBomb('tags', 6)}\n---\n`);
    expect(error.message).toBe('`tags` expands more than 100 YAML aliases (an alias bomb?)');
    expect(error.line).toBe(3);
  });

  it('rejects an alias bomb spread over keys at the first key that explodes', () => {
    // l2 holds 9 × 9 = 81 aliases (within the limit), l3 9 × 81: l3 is the first to explode, on line 5.
    const error = errorOf(`---\n${aliasBomb('categories', 9)}\n---\n`);
    expect([error.message, error.line]).toEqual(['`l3` expands more than 100 YAML aliases (an alias bomb?)', 5]);
  });

  it.each(['title', 'tags', '<<'])('rejects an alias in %s whose anchor is not set before it, at its line', (key) => {
    const error = errorOf(`---\ndate: 2024-01-01\n${key}: [*later]\nx: &later 1\n---\n`);
    expect([error.message, error.line]).toEqual([`\`${key}\` uses the alias *later, but no anchor &later is set before it`, 3]);
  });

  it('still reads ordinary anchors and aliases', () => {
    const fm = parseFrontMatter('---\ncommon: &c [news, 36kr]\ntags: *c\ncategories: [*c, [other]]\n---\n');
    expect(fm.data.tags).toEqual(['news', '36kr']);
    expect(fm.data.categories).toEqual([['news', '36kr'], ['other']]);
  });

  it('turns escaped halves of surrogate pairs into U+FFFD and keeps whole pairs', () => {
    const yaml = parseFrontMatter('---\ntitle: "\\uD800 x"\ntags: ["a\\uDFFFb", "\\U0001F600", "\\uD83D\\uDE00"]\nauthor: {name: "\\U0000DC00"}\n---\n');
    expect(yaml.data).toMatchObject({ title: '\uFFFD x', tags: ['a\uFFFDb', '😀', '😀'], author: { name: '\uFFFD' } });
    const json = parseFrontMatter(';;;\n"title": "\\ud83d!", "tags": ["\\ud83d\\ude00"]\n;;;\n');
    expect(json.data).toMatchObject({ title: '\uFFFD!', tags: ['😀'] });
  });

  // Past ~800 levels the composer ran out of stack at a point that moved
  // with the JIT state: another column, or no error at all, on the next run.
  // The front matter mapping is level 1, so the 100th `[` (column 112) opens level 101.
  it.each([100, 700, 900, 5000])('rejects a list nested %i levels deep at the line and column where level 101 opens', (depth) => {
    const error = errorOf(`---\ntitle: t\ncategories: ${'['.repeat(depth)}x${']'.repeat(depth)}\n---\n`);
    expect([error.message, error.line, error.col]).toEqual(['invalid YAML front matter: nested more than 100 levels deep', 3, 112]);
  });

  it('rejects block nesting too, and reads 100 levels', () => {
    const nested = (depth: number): string => `---\ntags:${Array.from({ length: depth }, (_, i) => `\n${' '.repeat(i + 1)}-`).join('')} x\n---\n`;
    expect(errorOf(nested(101)).message).toBe('invalid YAML front matter: nested more than 100 levels deep');
    expect(parseFrontMatter(nested(99)).data.tags).toHaveLength(1);
  });

  it('rejects JSON nested too deeply, and locates a JSON error inside deep nesting the same way every time', () => {
    expect(errorOf(`;;;\n"tags": ${'['.repeat(200)}1${']'.repeat(200)}\n;;;\n`).message).toBe('invalid JSON front matter: nested more than 100 levels deep');
    const unclosed = `;;;\n"tags": ${'['.repeat(3000)}\n;;;\n`;
    const positions = [1, 2, 3].map(() => errorOf(unclosed)).map((e) => [e.line, e.col]);
    expect(new Set(positions.map(String)).size).toBe(1);
  });
});

describe('splitFrontMatter', () => {
  it('reports where the raw front matter starts in the file', () => {
    const split = splitFrontMatter('\n---\na: 1\n---\nbody');
    expect(split).toMatchObject({ kind: 'yaml', raw: 'a: 1', rawLine: 3, body: 'body' });
  });

  it('needs the closing delimiter on a line of its own', () => {
    expect(splitFrontMatter('---\na: 1\n--- not closing\nb: 2\n---\nbody').raw).toBe('a: 1\n--- not closing\nb: 2');
  });
});

describe('front matter without an opening delimiter, as Hexo reads it', () => {
  it('reads the lines above the first --- as front matter when they are a mapping', () => {
    const parsed = parseFrontMatter('title: x\ntags: [a]\n---\nbody');
    expect(parsed).toMatchObject({ kind: 'yaml', data: { title: 'x', tags: ['a'] }, body: 'body' });
    expect(parsed.keyLines.get('tags')).toBe(2);
  });

  it('reads JSON members above a ;;; line', () => {
    expect(parseFrontMatter('"title": "x"\n;;;\nbody')).toMatchObject({ kind: 'json', data: { title: 'x' }, body: 'body' });
  });

  it('keeps prose, a Markdown heading or a setext underline as body text, without a note', () => {
    for (const text of ['Intro\n---\nmore', '# Title\n---\nmore', 'Hello, world.\n\n---\n', 'not json\n;;;\nmore']) {
      expect(parseFrontMatter(text)).toEqual({ kind: 'none', data: {}, body: text, keyLines: new Map() });
    }
  });

  it('rejects broken YAML above the --- with its line, as Hexo fails on it', () => {
    expect(() => parseFrontMatter('title: x\n  bad: [\n---\nbody')).toThrow(PostError);
  });
});
