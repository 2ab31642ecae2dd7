// Front matter the way Hexo reads it, split by hand and parsed by real parsers.
// Steps: drop a UTF-8 BOM and normalise CRLF -> skip blank lines before the
// opening `---` (YAML) or `;;;` (JSON) line -> find the closing line of the same
// kind -> parse YAML (core schema, so dates stay strings that dates.ts reads)
// or JSON -> remember the file line of every top-level key for diagnostics.
// Anything that is not front matter is the body, as in Hexo.
// Like Hexo, a file that does not open with a delimiter but has one on a later
// line (`title: x`, `---`, body) has the lines above it as front matter, when
// they are a mapping; else (prose, a Markdown heading, a setext underline) the
// whole file is the body, without a note.
// Hostile YAML is rejected with a line, never followed: aliases expand at most
// MAX_ALIASES times per key (a "billion laughs" file would otherwise take
// minutes and gigabytes), nesting is checked before anything recurses
// into it (nesting.ts), and a mapping with more than MAX_MAP_KEYS keys is
// rejected before the composer's duplicate-key check, which compares every
// key with every other (16,000 keys took 6 s, 64,000 a minute).
import { Composer, LineCounter, Parser, isAlias, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { CST, Document, YAMLError } from 'yaml';
import { PostError } from './diagnostics';
import { MAX_MAP_KEYS } from './limits';
import { MAX_NESTING, tooDeepJson, tooDeepYaml } from './nesting';

export type FrontMatterKind = 'yaml' | 'json' | 'none';

export type FrontMatter = {
  kind: FrontMatterKind;
  /** Top-level keys (null prototype: a `__proto__` key is just a key). */
  data: Record<string, unknown>;
  body: string;
  /** 1-based file line of each top-level key, for error positions. */
  keyLines: Map<string, number>;
  /** Set when something looked like front matter but was read as body. */
  note?: string;
};

export type SplitFrontMatter = {
  kind: FrontMatterKind;
  raw: string;
  /** File line of the first line of `raw`. */
  rawLine: number;
  body: string;
  note?: string;
  /** Front matter with no opening delimiter: only a mapping counts as front matter. */
  bare?: boolean;
};

type Parsed = { data: Record<string, unknown>; keyLines: Map<string, number> };

const OPENING = /^(-{3,}|;{3,})[ \t]*$/;
// Lists whose scalars must keep their source text: `tags: [1.10, 2022]`
// names tags "1.10" and "2022", not the numbers 1.1 and 2022.
const SOURCE_TEXT_KEYS = new Set(['tags', 'categories', 'category']);
// The yaml package's own default for toJS(); sourceText() keeps the same budget.
const MAX_ALIASES = 100;
// A YAML or JSON escape can name half a surrogate pair ("\uD800"). No UTF-8
// file, percent-encoded URL (/category/<tag>) or strict JSON reader can carry
// one, so such halves become U+FFFD. Only escapes make them: a file's bytes
// are valid UTF-8 by now.
const SURROGATE_ESCAPE = /\\[uU]0{0,4}[dD][89a-fA-F]/;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu; // with u, a proper pair is one code point and does not match

export function parseFrontMatter(source: string): FrontMatter {
  const split = splitFrontMatter(source);
  if (split.kind === 'none') return { kind: 'none', data: emptyData(), body: split.body, keyLines: new Map(), ...note(split.note) };
  const parsed = split.kind === 'json' ? parseJson(split.raw, split.rawLine, split.bare) : parseYaml(split.raw, split.rawLine, split.bare);
  if (split.bare && !parsed) return { kind: 'none', data: emptyData(), body: normalizeText(source), keyLines: new Map() };
  if (parsed) {
    if (SURROGATE_ESCAPE.test(split.raw)) replaceLoneSurrogates(parsed.data, new Set());
    return { kind: split.kind, data: parsed.data, body: split.body, keyLines: parsed.keyLines };
  }
  // Hexo reads a front matter that is not a mapping as part of the body.
  const whole = normalizeText(source);
  return { kind: 'none', data: emptyData(), body: whole, keyLines: new Map(), note: 'the block between the front matter delimiters is not a mapping of keys; reading it as body text' };
}

export function splitFrontMatter(source: string): SplitFrontMatter {
  const text = normalizeText(source);
  const open = findOpening(text);
  if (!open) return splitBare(text);
  const close = findClosing(text, open.delimiter, open.end);
  if (!close) {
    return { kind: 'none', raw: '', rawLine: 1, body: text, note: `front matter opened on line ${open.line} is never closed; reading the whole file as the body` };
  }
  return {
    kind: open.delimiter.startsWith(';') ? 'json' : 'yaml',
    raw: text.slice(open.end + 1, close.start),
    rawLine: open.line + 1,
    body: text.slice(close.end),
  };
}

/** Hexo's second form: the lines above the first delimiter line, when the file does not start with one. */
function splitBare(text: string): SplitFrontMatter {
  const close = /\n(-{3,}|;{3,})[ \t]*(?:\n|$)/.exec(text);
  const raw = close ? text.slice(0, close.index) : '';
  if (!close || raw.trim() === '') return { kind: 'none', raw: '', rawLine: 1, body: text };
  return { kind: close[1]!.startsWith(';') ? 'json' : 'yaml', raw, rawLine: 1, body: text.slice(close.index + close[0].length), bare: true };
}

function normalizeText(source: string): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The first non-blank line, when it is a delimiter followed by more lines. */
function findOpening(text: string): { delimiter: string; line: number; end: number } | undefined {
  let start = 0;
  for (let line = 1; ; line++) {
    const nl = text.indexOf('\n', start);
    const lineText = text.slice(start, nl === -1 ? text.length : nl);
    if (lineText.trim() !== '') {
      const match = OPENING.exec(lineText);
      return match?.[1] !== undefined && nl !== -1 ? { delimiter: match[1], line, end: nl } : undefined;
    }
    if (nl === -1) return undefined;
    start = nl + 1;
  }
}

function findClosing(text: string, delimiter: string, from: number): { start: number; end: number } | undefined {
  const closing = delimiter.startsWith(';') ? /\n;{3,}[ \t]*(?:\n|$)/g : /\n-{3,}[ \t]*(?:\n|$)/g;
  closing.lastIndex = from;
  const match = closing.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function parseYaml(raw: string, firstLine: number, bare = false): Parsed | undefined {
  const lineCounter = new LineCounter();
  const doc = composeYaml(expandLeadingTabs(raw), 'core', lineCounter, firstLine);
  const error = doc.errors[0];
  if (error) throw yamlError(error, lineCounter, firstLine);
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return bare ? undefined : { data: emptyData(), keyLines: new Map() };
  if (!isMap(contents)) return undefined;
  const data = emptyData();
  const keyLines = new Map<string, number>();
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const offset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
    const line = offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
    if (offset !== undefined) keyLines.set(key, line);
    try {
      data[key] = SOURCE_TEXT_KEYS.has(key) ? sourceText(pair.value, doc, 0, { aliases: 0 }) : toJs(pair.value, doc);
    } catch (error) {
      if (error instanceof ReferenceError) throw new PostError(aliasProblem(key, error), line, 1);
      throw error;
    }
  }
  return { data, keyLines };
}

/**
 * parseDocument() in two steps, so that the nesting of each document is
 * checked between parsing (which keeps its own stack) and composing (which
 * recurses, and would overflow first).
 */
function composeYaml(source: string, schema: 'core' | 'json', lineCounter: LineCounter, firstLine: number): Document.Parsed {
  const composer = new Composer({ schema });
  const docs = [...composer.compose(nestingChecked(new Parser(lineCounter.addNewLine).parse(source), lineCounter, firstLine), true, source.length)];
  const [doc, extra] = docs;
  if (!doc) throw new PostError('invalid YAML front matter', firstLine, 1); // compose(…, true) always gives one
  if (extra) throw positioned('invalid YAML front matter: more than one YAML document', extra.range[0], lineCounter, firstLine);
  return doc;
}

function* nestingChecked(tokens: Iterable<CST.Token>, lineCounter: LineCounter, firstLine: number): Generator<CST.Token> {
  for (const token of tokens) {
    const deep = tooDeepYaml(token);
    if (deep !== undefined) throw positioned(`invalid YAML front matter: nested more than ${MAX_NESTING} levels deep`, deep, lineCounter, firstLine);
    const crowded = tooManyKeysYaml(token);
    if (crowded !== undefined) throw positioned(tooManyKeys(crowded.keys), crowded.offset, lineCounter, firstLine);
    yield token;
  }
}

function tooManyKeys(keys: number): string {
  return `front matter has a mapping of ${keys} keys; at most ${MAX_MAP_KEYS} are read`;
}

/** The first mapping (in a walk without recursion) with more than MAX_MAP_KEYS keys: its size and where its first extra key is. */
function tooManyKeysYaml(token: CST.Token): { keys: number; offset: number } | undefined {
  const stack: CST.Token[] = [token];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'document') {
      if (node.value) stack.push(node.value);
    } else if (node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection') {
      const isMapping = node.type === 'block-map' || (node.type === 'flow-collection' && node.start.source === '{');
      if (isMapping && node.items.length > MAX_MAP_KEYS) {
        const extra = node.items[MAX_MAP_KEYS];
        return { keys: node.items.length, offset: extra?.key?.offset ?? extra?.start[0]?.offset ?? node.offset };
      }
      for (const item of node.items) {
        if (item.value) stack.push(item.value);
        if (item.key) stack.push(item.key);
      }
    }
  }
  return undefined;
}

/** The size of the first object in `value` (parsed JSON) with more than MAX_MAP_KEYS keys. */
function tooManyKeysJson(value: unknown): number | undefined {
  const stack: unknown[] = [value];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null || typeof node !== 'object') continue;
    const children = Object.values(node);
    if (!Array.isArray(node) && children.length > MAX_MAP_KEYS) return children.length;
    stack.push(...children.filter((child) => child !== null && typeof child === 'object'));
  }
  return undefined;
}

function yamlError(error: YAMLError, lineCounter: LineCounter, firstLine: number): PostError {
  return positioned(`invalid YAML front matter: ${error.message.split('\n')[0] ?? ''}`, error.pos[0], lineCounter, firstLine);
}

function positioned(message: string, offset: number, lineCounter: LineCounter, firstLine: number): PostError {
  if (offset < 0) return new PostError(message, firstLine, 1);
  const { line, col } = lineCounter.linePos(offset);
  return new PostError(message, line + firstLine - 1, col);
}

// YAML forbids tabs for indentation; Hexo turns leading tabs into spaces first.
function expandLeadingTabs(raw: string): string {
  return raw.includes('\t') ? raw.replace(/(^|\n)(\t+)/g, (_m, nl: string, tabs: string) => nl + '  '.repeat(tabs.length)) : raw;
}

// toJS() throws a ReferenceError for an alias past MAX_ALIASES and for one
// whose anchor is not set before it (Hexo's js-yaml rejects that too);
// sourceText() throws the same two.
function aliasProblem(key: string, error: ReferenceError): string {
  const unresolved = /^Unresolved alias.*: (\S+)$/.exec(error.message);
  if (unresolved) return `\`${key}\` uses the alias *${unresolved[1] ?? ''}, but no anchor &${unresolved[1] ?? ''} is set before it`;
  return `\`${key}\` expands more than ${MAX_ALIASES} YAML aliases (an alias bomb?)`;
}

function toJs(node: unknown, doc: Document): unknown {
  return isNode(node) ? (node.toJS(doc, { maxAliasCount: MAX_ALIASES }) as unknown) : (node ?? null);
}

function sourceText(node: unknown, doc: Document, depth: number, budget: { aliases: number }): unknown {
  if (depth > 16) return null; // a self-referencing alias; nothing sensible to read
  if (isAlias(node)) {
    if (++budget.aliases > MAX_ALIASES) throw new ReferenceError('too many aliases');
    const target = node.resolve(doc);
    if (!target) throw new ReferenceError(`Unresolved alias: ${node.source}`);
    return sourceText(target, doc, depth + 1, budget);
  }
  if (isScalar(node)) return typeof node.value === 'string' || node.value === null ? node.value : (node.source ?? String(node.value));
  if (isSeq(node)) return node.items.map((item) => sourceText(item, doc, depth + 1, budget));
  return toJs(node, doc);
}

/** Replaces lone surrogates in every string value, in place (aliases may share or loop). */
function replaceLoneSurrogates(node: Record<string, unknown> | unknown[], seen: Set<object>): void {
  if (seen.has(node)) return;
  seen.add(node);
  const keys: (string | number)[] = Array.isArray(node) ? node.map((_v, i) => i) : Object.keys(node);
  for (const key of keys) {
    const value: unknown = (node as Record<string | number, unknown>)[key];
    if (typeof value === 'string') (node as Record<string | number, unknown>)[key] = value.replace(LONE_SURROGATE, '\uFFFD');
    else if (value !== null && typeof value === 'object') replaceLoneSurrogates(value as Record<string, unknown>, seen);
  }
}

function parseJson(raw: string, firstLine: number, bare = false): Parsed | undefined {
  // Hexo's JSON front matter lists members without the outer braces.
  const wrapped = !raw.trimStart().startsWith('{');
  let value: unknown;
  try {
    value = JSON.parse(wrapped ? `{${raw}}` : raw);
  } catch (error) {
    // Hexo reads text above a bare `;;;` that is not JSON as body.
    if (bare) return undefined;
    throw jsonError(error, raw, wrapped, firstLine);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (tooDeepJson(value)) throw new PostError(`invalid JSON front matter: nested more than ${MAX_NESTING} levels deep`, firstLine, 1);
  const crowded = tooManyKeysJson(value);
  if (crowded !== undefined) throw new PostError(tooManyKeys(crowded), firstLine, 1);
  const data = Object.assign(emptyData(), value) as Record<string, unknown>;
  const keyLines = new Map<string, number>();
  // Keys come in source order (integer-like keys aside), so one forward scan
  // finds them all; searching from the start for each would be quadratic.
  let from = 0;
  let line = 1;
  for (const key of Object.keys(data)) {
    const quoted = JSON.stringify(key);
    const at = raw.indexOf(quoted, from);
    if (at === -1) {
      const anywhere = raw.indexOf(quoted);
      if (anywhere !== -1) keyLines.set(key, lineColAt(raw, anywhere).line + firstLine - 1);
      continue;
    }
    for (let nl = raw.indexOf('\n', from); nl !== -1 && nl < at; nl = raw.indexOf('\n', nl + 1)) line++;
    from = at;
    keyLines.set(key, line + firstLine - 1);
  }
  return { data, keyLines };
}

function jsonError(error: unknown, raw: string, wrapped: boolean, firstLine: number): PostError {
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
  const source = wrapped ? `{${raw}}` : raw;
  const { line, col } = jsonErrorPosition(message, source);
  // The added `{` sits on the first line, before the first member.
  const column = wrapped && line === 1 ? Math.max(1, col - 1) : col;
  return new PostError(`invalid JSON front matter: ${message}`, line + firstLine - 1, column);
}

/** V8 names an offset for some JSON errors only; the YAML parser (JSON is YAML) locates the rest. */
function jsonErrorPosition(message: string, source: string): { line: number; col: number } {
  const position = /position (\d+)/.exec(message);
  if (position) return lineColAt(source, Number(position[1]));
  try {
    const lineCounter = new LineCounter();
    const offset = composeYaml(source, 'json', lineCounter, 1).errors[0]?.pos[0] ?? -1;
    return offset < 0 ? { line: 1, col: 1 } : lineCounter.linePos(offset);
  } catch (error) {
    if (error instanceof PostError) return { line: error.line ?? 1, col: error.col ?? 1 }; // nested too deeply
    throw error;
  }
}

function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

function emptyData(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

function note(text: string | undefined): { note?: string } {
  return text === undefined ? {} : { note: text };
}
