// fast-check arbitraries for Hexo posts that try to break the builder: front
// matter that mixes valid and hostile YAML (or JSON, or none), bodies of
// Markdown with raw HTML, and files in other encodings. Everything is written
// as text the way a person or a broken tool might write it, so the parser
// meets anchors, duplicate keys and unclosed blocks, not only clean values.
import fc from 'fast-check';
import { solidPng } from './support/png';

export type PostSpec = { name: string; bytes: Buffer };

export const MAPPED_KEYS = [
  'title', 'date', 'updated', 'categories', 'category', 'tags', 'author', 'published',
  'description', 'excerpt', 'headimg', 'cover', 'thumbnail', 'banner_img',
] as const;

// ---------------------------------------------------------------- text pieces

const WORDS = [
  'hello', '你好世界', '新媒体', 'Ünïcödé', 'e\u0301\u0301', '👨‍👩‍👧', '🏳️‍🌈', 'a b', 'x: y', '- dash', '#hash', '[open',
  '{brace', '*star', '&anchor', '!bang', '%pct', '@at', '`tick', '"dq', "'sq", '|pipe', '>gt', 'null', 'true', 'false',
  '~', 'NaN', '.inf', '1.10', '2022', '0x1F', '0o17', '1e15', '-0', '<b>bold</b>', '<script>alert(1)</script>', '\u200b',
  '\u3000', 'tab\there', '\u202eRTL', 'yes', 'no', 'on', 'off',
];

/** Any code point (controls, NUL, BOM, private use; no lone surrogates: a file cannot hold them). */
const anyText = (maxLength = 24) => fc.string({ unit: 'binary', maxLength });
const printable = (maxLength = 24) => fc.string({ unit: 'grapheme', maxLength });
const word = fc.constantFrom(...WORDS);

/** A text as a YAML scalar in one of its spellings, some of which break on hostile text. */
const scalar = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 3, arbitrary: word.map((w) => JSON.stringify(w)) },
  { weight: 2, arbitrary: anyText().map((t) => JSON.stringify(t)) },
  { weight: 2, arbitrary: printable().map((t) => `'${t.replace(/'/g, "''")}'`) },
  { weight: 2, arbitrary: anyText(12) }, // plain and unquoted: anything may happen
  // YAML escapes that decode to lone surrogates, NUL, NEL and BOM.
  { weight: 1, arbitrary: fc.constantFrom('"\\uD800"', '"a\\uDFFFb"', '"\\uD83D x"', '"\\0"', '"\\x85\\u2028"', '"\\uFEFF"', '"\\U0001F600"') },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)) }, // a huge string
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constantFrom('.nan', '-.inf', '0x1F', '1e400', '~', 'null', '')).map(String) },
);

// ---------------------------------------------------------------- dates

const DATE_OFFSETS = ['', '', 'Z', '+08:00', '+0800', '-05', '-05:00', '+05:45', '+13:45', 'UTC', 'GMT', ' +0800', '+24:00', '-99:99'];

const isoLikeDate = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1965, max: 2035 }), fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 61 }),
    second: fc.option(fc.integer({ min: 0, max: 61 })),
    fraction: fc.constantFrom('', '.5', '.123', ',25', '.123456789'),
    dateSep: fc.constantFrom('-', '/'),
    timeSep: fc.constantFrom('T', ' ', '  ', 't'),
    time: fc.boolean(),
    offset: fc.constantFrom(...DATE_OFFSETS),
  })
  .map((d) => {
    const two = (n: number) => String(n).padStart(2, '0');
    const date = `${String(d.year).padStart(4, '0')}${d.dateSep}${two(d.month)}${d.dateSep}${two(d.day)}`;
    if (!d.time) return date;
    const seconds = d.second === null ? '' : `:${two(d.second)}${d.fraction}`;
    return `${date}${d.timeSep}${two(d.hour)}:${two(d.minute)}${seconds}${d.offset}`;
  });

const rfc2822Date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toUTCString(), d.toUTCString().replace('GMT', '+0800'), d.toUTCString().replace('GMT', 'PDT'), d.toString()));

const epochDate = fc.oneof(
  fc.integer({ min: -2_000_000_000, max: 4_000_000_000 }).map(String),
  fc.integer({ min: -2_000_000_000, max: 4_000_000_000 }).map((s) => String(s * 1000)),
  fc.constantFrom('1e15', '-99999999999', '8640000000000000', '8640000000000001', '99999999999', '1700000000.5', '-1', '0', '253402300800'),
);

const garbageDate = fc.oneof(fc.constantFrom('tomorrow', '2024-02-30', '2023-13-01', '24:00', 'yesterday 10am', '2024-01-01T25:00', '[2024]', '{y: 2024}', 'now'), printable(16));

/** A `date:` / `updated:` value as written in YAML. */
export const dateValue = fc.oneof(
  { weight: 4, arbitrary: isoLikeDate },
  { weight: 2, arbitrary: isoLikeDate.map((t) => `"${t}"`) },
  { weight: 2, arbitrary: rfc2822Date.map((t) => `'${t}'`) },
  { weight: 2, arbitrary: epochDate },
  { weight: 2, arbitrary: garbageDate },
);

// ---------------------------------------------------------------- nested values

type Tree = { leaf: string } | { list: Tree[] } | { map: [string, Tree][] };

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: scalar.map((leaf) => ({ leaf })) },
    { weight: 2, arbitrary: fc.array(tie('tree'), { maxLength: 5 }).map((list) => ({ list })) },
    { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom('name', 'x', 'url', '1', 'title'), tie('tree')), { maxLength: 3 }).map((map) => ({ map })) },
  ),
}));

/** Flow style: `[a, [b, c], {name: x}]` (a plain scalar may break the flow, which is part of the test). */
function flow(node: Tree): string {
  if ('leaf' in node) return node.leaf.includes('\n') ? JSON.stringify(node.leaf) : node.leaf;
  if ('list' in node) return `[${node.list.map(flow).join(', ')}]`;
  return `{${node.map.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')}}`;
}

/** Block style, indented under a key. */
function block(node: Tree, indent: string): string {
  if ('leaf' in node) return ` ${flow(node)}`;
  if ('list' in node) return node.list.length === 0 ? ' []' : node.list.map((child) => `\n${indent}-${block(child, `${indent}  `)}`).join('');
  return node.map.length === 0 ? ' {}' : node.map.map(([k, v]) => `\n${indent}${k}:${block(v, `${indent}  `)}`).join('');
}

const treeValue = fc.tuple(tree, fc.boolean(), fc.constantFrom('  ', ' ', '\t', '    ')).map(([node, asFlow, indent]) => (asFlow ? ` ${flow(node)}` : block(node, indent)));

// ---------------------------------------------------------------- front matter entries

const imageValue = fc.oneof(
  fc.constantFrom(
    'https://img.example.com/a.png', '/images/cover.jpg', 'cover.jpg', '//cdn.example.com/x.png', 'javascript:alert(1)',
    'JaVaScRiPt:alert(1)', '"java\\nscript:alert(1)"', '"\\tjavascript:alert(1)"', 'data:image/png;base64,AAAA', 'vbscript:x',
    'http://', 'https://[::1', '//[', '"a b.png"', '../../etc/passwd', '"\\0"', '[a.png, b.png]', '{url: x.png}', '12',
  ),
  scalar,
);

const authorValue = fc.oneof(
  scalar.map((s) => ` ${s}`),
  fc.constantFrom(' {name: 张三}', ' {name: [a]}', ' [alice, {name: bob}, 3, null]', '\n  name: Carol\n  url: https://c.example', ' {}', ' [[nested]]'),
  treeValue,
);

const publishedValue = fc.constantFrom('false', 'true', '"false"', 'False', 'FALSE', 'no', '0', '', 'null', "'false'", ' false ');

/** Anchors, aliases and merge keys; the `x` entries may alias what `base` anchors. */
const anchorEntry = fc.constantFrom(
  'base: &base {title: Anchored, tags: [a, b]}',
  '<<: *base',
  '<<: [*base]',
  'tags: *base',
  'categories: &cats [one, [two, three]]',
  'tags: *cats',
  'title: *nothing',
  'x: &self [*self]',
  'categories: &loop [a, *loop]',
  'cover: &c [*c]',
  'date: &d {at: *d}',
  'updated: &u [*u]',
  'author: &a {name: *a}',
  '? [complex, key]\n: value',
  '? {a: 1}\n: value',
  '&k key: v',
  '!!binary bin: aGVsbG8=',
  'title: !custom tagged',
  'date: !!timestamp 2024-01-01',
  'tags: !!set {a, b}',
);

/** Billions of laughs: each level is `width` aliases of the one before. */
export function aliasBomb(key: string, levels: number, width = 9): string {
  const name = (i: number) => `l${i}`;
  const lines = [`${name(0)}: &${name(0)} [lol${', lol'.repeat(width - 1)}]`];
  for (let i = 1; i < levels; i++) lines.push(`${name(i)}: &${name(i)} [${Array(width).fill(`*${name(i - 1)}`).join(', ')}]`);
  lines.push(`${key}: *${name(levels - 1)}`);
  return lines.join('\n');
}

/** The same bomb with every anchor inside the one value (no other key touches it). */
export function inlineAliasBomb(key: string, levels: number, width = 9): string {
  const parts = [`&l0 [lol${', lol'.repeat(width - 1)}]`];
  for (let i = 1; i < levels; i++) parts.push(`&l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`);
  return `${key}: [${parts.join(', ')}, *l${levels - 1}]`;
}

const hostileEntry = fc.oneof(
  { weight: 3, arbitrary: anchorEntry },
  { weight: 1, arbitrary: fc.integer({ min: 2, max: 9 }).chain((levels) => fc.constantFrom(aliasBomb('tags', levels), inlineAliasBomb('categories', levels), aliasBomb('author', levels), inlineAliasBomb('tags', levels))) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 95, max: 3000 })).map((depth) => `categories: ${'['.repeat(depth)}deep${']'.repeat(depth)}`) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 95, max: 200 })).map((depth) => `tags:${Array.from({ length: depth }, (_, i) => `\n${'  '.repeat(i + 1)}-`).join('')} deep`) },
  { weight: 3, arbitrary: fc.constantFrom('title: first\ntitle: duplicate', 'tags: [a]\ncategories: x\ntags: [b]', 'title: [unclosed', 'title: "unterminated', 'title: a\n  b: c', '- just a list item', 'key without colon', ': no key', '\t\ttabbed: x', 'title: |\n  block\n  scalar', 'description: >\n  folded\n\n  text', '...', '%YAML 1.2', '--- # inner') },
  { weight: 1, arbitrary: anyText(40) },
);

type Entry = { key: string; line: string };
const entry = (key: string, separator: string, value: string): Entry => ({ key, line: `${key}:${separator}${value}` });

const mappedEntry: fc.Arbitrary<Entry> = fc.oneof(
  fc.tuple(fc.constantFrom('title', 'description', 'excerpt'), scalar).map(([k, v]) => entry(k, ' ', v)),
  fc.tuple(fc.constantFrom('title', 'description'), treeValue).map(([k, v]) => entry(k, '', v)),
  fc.tuple(fc.constantFrom('date', 'updated'), dateValue).map(([k, v]) => entry(k, ' ', v)),
  fc.tuple(fc.constantFrom('categories', 'category', 'tags'), treeValue).map(([k, v]) => entry(k, '', v)),
  authorValue.map((v) => entry('author', '', v)),
  publishedValue.map((v) => entry('published', ' ', v)),
  fc.tuple(fc.constantFrom('headimg', 'cover', 'thumbnail', 'banner_img'), imageValue).map(([k, v]) => entry(k, ' ', v)),
);

const otherEntry = fc.tuple(fc.oneof(word, fc.constantFrom('__proto__', 'constructor', 'toString', '"quoted key"', '1', 'null', '~', 'comments', 'layout')), scalar).map(([k, v]) => `${k}: ${v}`);

/**
 * Mapped keys at most once each (duplicate keys come from the hostile
 * entries, not from every other post), other keys and hostile entries, in
 * any order.
 */
const yamlEntries = fc
  .tuple(
    fc.uniqueArray(mappedEntry, { selector: (e) => e.key, maxLength: 8 }),
    fc.array(otherEntry, { maxLength: 2 }),
    fc.array(hostileEntry, { maxLength: 1 }),
  )
  .chain(([mapped, other, hostile]) => {
    const lines = [...mapped.map((e) => e.line), ...other, ...hostile];
    return fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length });
  });

/** `;;;` JSON front matter: mostly real JSON members, sometimes broken. */
const jsonFrontMatter = fc.oneof(
  fc
    .dictionary(fc.oneof(fc.constantFrom(...MAPPED_KEYS), fc.constantFrom('__proto__', 'x')), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 })
    .chain((members) => fc.boolean().map((braced) => (braced ? JSON.stringify(members, null, 1) : JSON.stringify(members, null, 1).slice(1, -1)))),
  fc.constantFrom('"title": "ok", "date": "2024-01-01"', '"title": "trailing",', '{"title": }', '"title": "\\ud800"', '"date": 1e400', '"tags": [1, [2, [3]]]'),
  anyText(60),
);

// ---------------------------------------------------------------- bodies

const bodyPiece = fc.oneof(
  { weight: 4, arbitrary: printable(80) },
  { weight: 2, arbitrary: anyText(40) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '# Heading', '## 二级标题 with `code`', 'Some *emphasis* and **strong** and ~~gone~~.', '<!-- more -->', '<!--more-->', '<!-- MORE -->',
      '[link](javascript:alert(1))', '![img](x.png "t")', '<img src=x onerror=alert(1)>', '<div><p>unclosed', '</div></div>', '<table><tr><td>',
      '<script>alert(1)', '<style>p{}', '<!-- unclosed comment', '<pre>\ncode', '```js\nunclosed fence', '```\nclosed\n```', '> quote\n>> nested',
      '- a\n  - b\n    - c', '1. one\n2. two', '| a | b |\n|---|---|\n| 1 | 2 |', 'https://example.com/bare', '&amp; &#0; &#xD800; &#x1F600; &bogus;',
      '<h2 data-foldable-wrapper></h2>', '<p class="img-desc">caption</p>', '---', '***', '<', '<<<<', '<a "', 'line\\\nbreak', '\u0000\u0001\u0002\u001b[31m',
      '<svg><foreignObject><iframe src="javascript:1">', '<details><summary>s</summary>d</details>', '\uFEFFbom inside',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 100_000 }).chain((n) => fc.constantFrom('word '.repeat(n / 5), '字'.repeat(n), 'x'.repeat(n))) }, // huge line
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 2_000 }).chain((n) => fc.constantFrom('<div>\n'.concat('<'.repeat(n)), '<script>'.repeat(n), '<!--'.repeat(n), '>'.repeat(n), '['.repeat(n), '*a '.repeat(n))) },
);

const body = fc.array(bodyPiece, { maxLength: 10 }).chain((pieces) => fc.constantFrom('\n', '\n\n', ' ').map((sep) => pieces.join(sep)));

// ---------------------------------------------------------------- whole files

type Layout = { kind: 'yaml' | 'json' | 'none' | 'unclosed' | 'not-a-map'; bom: boolean; crlf: boolean; blankLines: number; dashes: string };

const layout: fc.Arbitrary<Layout> = fc.record({
  kind: fc.constantFrom('yaml', 'yaml', 'yaml', 'yaml', 'json', 'none', 'unclosed', 'not-a-map'),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  blankLines: fc.constantFrom(0, 0, 0, 1, 3),
  dashes: fc.constantFrom('---', '---', '----', '--- ', ';;;'),
});

/** The text of one post file. */
export const postText = fc.tuple(layout, yamlEntries, jsonFrontMatter, body).map(([l, entries, json, text]) => {
  const yamlOpen = l.dashes.startsWith(';') ? '---' : l.dashes;
  let head: string;
  if (l.kind === 'yaml') head = `${yamlOpen}\n${entries.join('\n')}\n---\n`;
  else if (l.kind === 'json') head = `;;;\n${json}\n;;;\n`;
  else if (l.kind === 'unclosed') head = `${yamlOpen}\n${entries.join('\n')}\n`;
  else if (l.kind === 'not-a-map') head = `---\n- a list\n- not a map\n---\n`;
  else head = '';
  let all = '\n'.repeat(l.blankLines) + head + text;
  if (l.crlf) all = all.replace(/\n/g, '\r\n');
  return (l.bom ? '\uFEFF' : '') + all;
});

/** Bytes of a post: mostly UTF-8, sometimes another encoding or no text at all. */
export const postBytes = fc.oneof(
  { weight: 40, arbitrary: postText.map((text) => Buffer.from(text, 'utf8')) },
  { weight: 1, arbitrary: postText.map((text) => Buffer.from(`---\ntitle: café ${text.length}\n---\n${text}`, 'latin1')) },
  { weight: 1, arbitrary: postText.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])) },
  { weight: 1, arbitrary: fc.constant(solidPng(4, 4)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
);

/**
 * A folder of posts named `p-<n>.md` (or `.markdown`), so each file's slug is
 * known in advance: the item with id `p-<n>` came from that file.
 */
export const postFolder = (minPosts: number, maxPosts: number) =>
  fc.array(fc.tuple(postBytes, fc.constantFrom('md', 'md', 'markdown', 'MD')), { minLength: minPosts, maxLength: maxPosts }).map((files) =>
    files.map(([bytes, ext], i): PostSpec => ({ name: `p-${i}.${ext}`, bytes })),
  );

export const slugOfSpec = (spec: PostSpec): string => spec.name.replace(/\.[^.]*$/, '');
