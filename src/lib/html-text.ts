// Text of an HTML fragment without a DOM, for counting words (reading time),
// not for display: tags, scripts, styles and comments become spaces. Shared by
// the builder and the app (plain feeds carry no reading time of their own).

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

/**
 * All text of `html` with tags (and script/style content) replaced by spaces,
 * entities decoded by `decode` (the builder passes the full HTML table).
 */
export function htmlWordText(html: string, decode: (text: string) => string = decodeCommonEntities): string {
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
  return text.includes('&') ? decode(text) : text;
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
