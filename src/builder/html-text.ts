// HTML -> plain text without a DOM.
// htmlToText (summaries) reads only as far as it has to. Steps: copy the text
// between tags (entities decoded, whitespace collapsed) -> a block-level tag
// separates words with a space -> a skipped element (script, style, headings,
// captions, code blocks, tables: none of them reads well as a summary
// sentence) is jumped over to its matching end tag -> stop once `limit`
// characters are collected; the caller learns whether it saw the whole input.
// (The reading time's text, htmlWordText, is in src/lib/html-text.ts.)
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
