// HTML -> plain text without a DOM.
// htmlToText (summaries) reads only as far as it has to. Steps: copy the text
// between tags (entities decoded, whitespace collapsed) -> a block-level tag
// separates words with a space -> a skipped element (script, style, headings,
// captions, code blocks, tables: none of them reads well as a summary
// sentence) is jumped over to its matching end tag -> stop once `limit`
// characters are collected; the caller learns whether it saw the whole input.
// htmlWordText (reading time) strips the whole body with one regex.
import { decodeHTML } from 'entities';

export type TextMode = {
  /** Stop after this many UTF-16 code units of text. */
  limit: number;
  /** Element names whose whole content is left out. */
  skip: ReadonlySet<string>;
  /** Also leave out elements with one of these classes. */
  skipClasses?: readonly string[];
};

export type ExtractedText = { text: string; complete: boolean };

const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title']);
export const SUMMARY_TEXT: TextMode = {
  limit: Infinity,
  skip: new Set(['script', 'style', 'template', 'noscript', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'pre', 'table']),
  skipClasses: ['img-desc'],
};
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const endTagCache = new Map<string, RegExp>();

// For counting words the exact spacing does not matter, so the body is
// stripped of what this regular expression matches, each match replaced by a
// space (the definition; html-text.test.ts checks the scanner below against it).
// Run as a regex it is quadratic on markup left open: every `<script>` without
// `</script>`, `<!--` without `-->` or `<` without a later `>` scans to the end
// of the body again (160 KB of such raw HTML took 18 s). The scanner remembers
// searches that came up empty, since starting later cannot find anything either.
export const STRIP_FOR_COUNTING = /<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
const RAW_OPEN = /<(script|style|template|noscript)\b/iy;
const rawCloseCache = new Map<string, RegExp>();

/** All text of `html` with tags (and script/style content) replaced by spaces. */
export function htmlWordText(html: string): string {
  const markup = new MarkupEnds(html);
  let text = '';
  let copied = 0;
  for (let lt = html.indexOf('<'); lt !== -1; ) {
    const end = markup.endAt(lt);
    if (end === undefined) {
      lt = html.indexOf('<', lt + 1); // a `<` that starts no markup is text
      continue;
    }
    text += `${html.slice(copied, lt)} `;
    copied = end;
    lt = html.indexOf('<', end);
  }
  text += html.slice(copied);
  return text.includes('&') ? decodeHTML(text) : text;
}

/** Where the STRIP_FOR_COUNTING match starting at a `<` ends, if there is one. */
class MarkupEnds {
  private readonly html: string;
  private readonly lastGt: number;
  private readonly unclosed = new Set<string>();
  private commentsUnclosed = false;

  constructor(html: string) {
    this.html = html;
    this.lastGt = html.lastIndexOf('>');
  }

  endAt(lt: number): number | undefined {
    const html = this.html;
    if (lt > this.lastGt) return undefined; // every alternative ends with `>`
    const next = html.charCodeAt(lt + 1) | 0x20; // ASCII lower case
    if (next === 0x73 /* s */ || next === 0x74 /* t */ || next === 0x6e /* n */) {
      RAW_OPEN.lastIndex = lt;
      const name = RAW_OPEN.exec(html)?.[1]?.toLowerCase();
      if (name !== undefined && !this.unclosed.has(name)) {
        const close = rawClose(name);
        close.lastIndex = RAW_OPEN.lastIndex;
        if (close.exec(html)) return close.lastIndex;
        this.unclosed.add(name);
      }
    } else if (next === 0x21 /* ! */ && !this.commentsUnclosed && html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end !== -1) return end + 3;
      this.commentsUnclosed = true;
    }
    return html.indexOf('>', lt + 1) + 1; // found: lt <= lastGt
  }
}

function rawClose(name: string): RegExp {
  let pattern = rawCloseCache.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}\\s*>`, 'gi');
    rawCloseCache.set(name, pattern);
  }
  return pattern;
}

export function htmlToText(html: string, mode: TextMode): ExtractedText {
  const out = new TextSink(mode.limit);
  let i = 0;
  while (i < html.length && !out.full) {
    const lt = html.indexOf('<', i);
    out.add(html.slice(i, lt === -1 ? html.length : lt));
    if (lt === -1) break;
    i = readMarkup(html, lt, mode, out);
  }
  return { text: out.text(), complete: !out.full || i >= html.length };
}

/** Handles the markup at `lt` and returns where the text continues. */
function readMarkup(html: string, lt: number, mode: TextMode, out: TextSink): number {
  const next = html.charCodeAt(lt + 1);
  if (next === 0x21 /* ! */ || next === 0x3f /* ? */) return skipDeclaration(html, lt);
  TAG.lastIndex = lt;
  const tag = TAG.exec(html);
  if (!tag) {
    out.add('<'); // a lone `<` is text
    return lt + 1;
  }
  const name = (tag[2] ?? '').toLowerCase();
  if (BLOCK.has(name)) out.space();
  const opening = tag[1] === '';
  const selfClosing = (tag[3] ?? '').endsWith('/');
  if (opening && !selfClosing && isSkipped(name, tag[3] ?? '', mode)) return endOfElement(html, TAG.lastIndex, name);
  return TAG.lastIndex;
}

function skipDeclaration(html: string, lt: number): number {
  const isComment = html.startsWith('<!--', lt);
  const end = isComment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
  if (end === -1) return html.length;
  return end + (isComment ? 3 : 1);
}

function isSkipped(name: string, attributes: string, mode: TextMode): boolean {
  if (mode.skip.has(name)) return true;
  if (!mode.skipClasses || !attributes.includes('class')) return false;
  const classes = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  const list = (classes?.[1] ?? classes?.[2] ?? classes?.[3] ?? '').split(/\s+/);
  return mode.skipClasses.some((c) => list.includes(c));
}

/** The index just after the end tag matching an element opened before `from`. */
function endOfElement(html: string, from: number, name: string): number {
  let pattern = endTagCache.get(name);
  if (!pattern) {
    pattern = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
    endTagCache.set(name, pattern);
  }
  pattern.lastIndex = from;
  // Raw-text elements cannot nest; others count same-name descendants.
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    if (m[1] === '/') depth--;
    else if (!RAW_TEXT.has(name) && !m[0].endsWith('/>')) depth++;
    if (depth === 0) return pattern.lastIndex;
  }
  return html.length;
}

/** Collects text with whitespace collapsed to single spaces. */
class TextSink {
  private parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get full(): boolean {
    return this.length >= this.limit;
  }

  add(raw: string): void {
    if (raw === '') return;
    const decoded = raw.includes('&') ? decodeHTML(raw) : raw;
    const pieces = decoded.split(/\s+/);
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) this.pendingSpace = true;
      const piece = pieces[k] ?? '';
      if (piece !== '') this.push(piece);
    }
  }

  space(): void {
    this.pendingSpace = true;
  }

  text(): string {
    return this.parts.join('');
  }

  private push(piece: string): void {
    if (this.pendingSpace && this.length > 0) {
      this.parts.push(' ');
      this.length++;
    }
    this.pendingSpace = false;
    this.parts.push(piece);
    this.length += piece.length;
  }
}
