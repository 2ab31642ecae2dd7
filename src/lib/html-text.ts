// Text of an HTML fragment without a DOM: one scanner for the builder and the
// app. Counting words (reading time) keeps all text and lets every tag
// separate words; a summary leaves out headings, captions, code and tables,
// lets only block elements separate words, and stops once it has enough.
// Steps: copy the text between markup (entities decoded, whitespace
// collapsed) -> a separating tag adds a space -> a skipped element is jumped
// over to its matching end tag -> stop at `limit` characters.

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
};

/**
 * Numeric entities and the named ones that matter for counting words and
 * that real feeds put in titles; others stay as written. One pass, so
 * `&amp;amp;` becomes `&amp;`. (The full HTML table would cost the app 15 KB.)
 */
export function decodeCommonEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? match;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
  });
}

export type TextMode = {
  /** Stop after this many UTF-16 code units of text. */
  limit: number;
  /** Elements whose whole content is left out (a closed script, style, template or noscript always is). */
  skip: ReadonlySet<string>;
  /** Also leave out elements with one of these classes. */
  skipClasses?: readonly string[];
  /** Elements whose tags separate words; null: every tag, comment and declaration. */
  separators: ReadonlySet<string> | null;
  /** Decodes the entities of a run of text (the builder passes the full HTML table). */
  decode: (text: string) => string;
};

export type ExtractedText = { text: string; complete: boolean };

/** For counting words: all text, tags and script/style content as spaces. */
export const WORD_TEXT: TextMode = { limit: Infinity, skip: new Set(), separators: null, decode: decodeCommonEntities };

/** Elements that start a new line of text: between them, words stay apart. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** For summaries: running text only (none of these reads well as a summary sentence). */
export const SUMMARY_TEXT: TextMode = {
  limit: Infinity,
  skip: new Set(['script', 'style', 'template', 'noscript', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'pre', 'table']),
  skipClasses: ['img-desc'],
  separators: BLOCK_ELEMENTS,
  decode: decodeCommonEntities,
};

// What is markup, as a regular expression (the definition; html-text.test.ts
// checks the scanner against it): a closed script, style, template or
// noscript element, a comment, or a `<` that starts a tag, an end tag or a
// declaration (as in HTML: a letter, `/`, `!` or `?` next) up to the next `>`.
// Any other `<` is text ("a < b").
// Run as a regex it is quadratic on markup left open: every `<script>` without
// `</script>`, `<!--` without `-->` or `<` without a later `>` scans to the end
// of the body again (160 KB of such raw HTML took 18 s). The scanner remembers
// searches that came up empty, since starting later cannot find anything either.
export const MARKUP = /<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[a-z/!?][^>]*>/gi;
const RAW_OPEN = /<(script|style|template|noscript)\b/iy;
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/;
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title']);
const rawCloseCache = new Map<string, RegExp>();
const endTagCache = new Map<string, RegExp>();

export function htmlText(html: string, mode: TextMode): ExtractedText {
  const markup = new MarkupEnds(html);
  const out = new TextSink(mode);
  let copied = 0;
  for (let lt = html.indexOf('<'); lt !== -1 && !out.full; ) {
    const end = markup.endAt(lt);
    if (end === undefined) {
      lt = html.indexOf('<', lt + 1); // a `<` that starts no markup is text
      continue;
    }
    out.add(html.slice(copied, lt));
    copied = markup.wholeElement ? end : afterMarkup(html, lt, end, mode, out);
    if (markup.wholeElement && mode.separators === null) out.space();
    lt = html.indexOf('<', copied);
  }
  if (!out.full) {
    out.add(html.slice(copied));
    copied = html.length;
  }
  return { text: out.text(), complete: !out.full || copied >= html.length };
}

/** Text for counting words (reading time). */
export function htmlWordText(html: string, decode: (text: string) => string = decodeCommonEntities): string {
  return htmlText(html, decode === decodeCommonEntities ? WORD_TEXT : { ...WORD_TEXT, decode }).text;
}

/** Handles the markup from `lt` to `end` and returns where the text continues. */
function afterMarkup(html: string, lt: number, end: number, mode: TextMode, out: TextSink): number {
  const tag = TAG_NAME.exec(html.slice(lt, Math.min(end, lt + 64)));
  const name = tag?.[2]?.toLowerCase();
  if (mode.separators === null || (name !== undefined && mode.separators.has(name))) out.space();
  if (name === undefined || tag?.[1] === '/' || html.charCodeAt(end - 2) === 0x2f /* / */) return end;
  return isSkipped(name, html.slice(lt, end), mode) ? endOfElement(html, end, name) : end;
}

function isSkipped(name: string, tag: string, mode: TextMode): boolean {
  if (mode.skip.has(name)) return true;
  if (!mode.skipClasses || !tag.includes('class')) return false;
  const classes = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
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

/** Where the MARKUP match starting at a `<` ends, if there is one. */
class MarkupEnds {
  private readonly html: string;
  private readonly lastGt: number;
  private readonly unclosed = new Set<string>();
  private commentsUnclosed = false;
  /** The last match was a whole script, style, template or noscript element. */
  wholeElement = false;

  constructor(html: string) {
    this.html = html;
    this.lastGt = html.lastIndexOf('>');
  }

  endAt(lt: number): number | undefined {
    const html = this.html;
    this.wholeElement = false;
    if (lt > this.lastGt) return undefined; // every alternative ends with `>`
    const raw = html.charCodeAt(lt + 1);
    const next = raw | 0x20; // ASCII lower case
    if (!((next >= 0x61 && next <= 0x7a) || raw === 0x2f /* / */ || raw === 0x21 /* ! */ || raw === 0x3f /* ? */)) return undefined;
    if (next === 0x73 /* s */ || next === 0x74 /* t */ || next === 0x6e /* n */) {
      RAW_OPEN.lastIndex = lt;
      const name = RAW_OPEN.exec(html)?.[1]?.toLowerCase();
      if (name !== undefined && !this.unclosed.has(name)) {
        const close = rawClose(name);
        close.lastIndex = RAW_OPEN.lastIndex;
        if (close.exec(html)) {
          this.wholeElement = true;
          return close.lastIndex;
        }
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

/** Collects text with whitespace collapsed to single spaces. */
class TextSink {
  private parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  private readonly mode: TextMode;

  constructor(mode: TextMode) {
    this.mode = mode;
  }

  get full(): boolean {
    return this.length >= this.mode.limit;
  }

  add(raw: string): void {
    if (raw === '') return;
    const decoded = raw.includes('&') ? this.mode.decode(raw) : raw;
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
