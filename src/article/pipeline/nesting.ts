// Article HTML is kept at most MAX_NESTING elements deep before any parser
// sees it. The HTML parser looks through its whole stack of open elements
// for most start tags ("a <p> in button scope?"), so markup that never
// closes what it opens (`<h2>text<div>` repeated) costs the square of its
// length to parse: 256 KB of it took Chromium's DOMParser 3.5 s, 1 MB many
// times that, once in the pipeline and again when the page takes the HTML
// (issue 13). Chromium already hangs elements deeper than 512 beside their
// parent; this does the same earlier and for every parser: once MAX_NESTING
// elements are open, the innermost one is closed before the next opens, so
// the content and its headings stay, side by side instead of inside each other.
//
// Headings are kept out of headings the same way: a heading that starts
// while another is open closes that one first (and what is open inside it),
// as the parser itself does when the open heading is the current element.
// A heading holds a line of text, not sections: `<h2>a<div><h2>b<div>…`
// repeated (issue 13) otherwise becomes one heading around the whole
// article, which nothing after the parser can lay out or insert a piece at
// a time; this way it is a list of headings side by side.
//
// A linear scan of tags, not a parser: elements whose end tag is optional
// (p, li, td, …) and void ones are not counted, an end tag closes up to the
// element it names, and what it gets wrong only changes where the elements
// nest. No safety rests on it; DOMPurify comes after.

/** Far deeper than articles go (Markdown lists and quotes nest a few levels); deep trees also cost style and layout. */
export const MAX_NESTING = 64;

const NOT_COUNTED = new Set([
  // void
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  // end tag optional, closed by the parser when the next one starts
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'rb', 'rp', 'rt', 'rtc', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  // merged into the document's own
  'html', 'head', 'body',
]);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'plaintext']);
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const HEADING = /^h[1-6]$/;
const rawEnds = new Map<string, RegExp>();

function rawEnd(name: string): RegExp {
  let end = rawEnds.get(name);
  if (!end) {
    end = new RegExp(`</${name}[\\s/>]`, 'gi');
    rawEnds.set(name, end);
  }
  return end;
}

/** The index just past the `>` that ends the tag whose attributes start at `from`, or -1 if it never ends. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (c === '>') return i + 1;
    if (c !== '=') continue;
    i++;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    const quote = html[i];
    if (quote === '"' || quote === "'") {
      i = html.indexOf(quote, i + 1);
      if (i === -1) return -1;
    } else {
      i--;
    }
  }
  return -1;
}

/** `html` with no more than `max` counted elements open at once and no heading in a heading (see above); unchanged when it has neither. */
export function limitNesting(html: string, max = MAX_NESTING): string {
  const open: string[] = [];
  let changed = false;
  let out = '';
  let copied = 0;
  let lt = html.indexOf('<');
  while (lt !== -1) {
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end === -1) break;
      lt = html.indexOf('<', end + 1);
      continue;
    }
    const closing = next === '/';
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = TAG_NAME.exec(html)?.[0].toLowerCase();
    if (name === undefined) {
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    const end = tagEnd(html, TAG_NAME.lastIndex);
    if (end === -1) break;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    } else if (RAW_TEXT.has(name)) {
      if (name === 'plaintext') break;
      const close = rawEnd(name);
      close.lastIndex = end;
      const found = close.exec(html);
      if (!found) break;
      lt = found.index;
      continue;
    } else if (!NOT_COUNTED.has(name)) {
      const heading = HEADING.test(name) ? open.findIndex((tag) => HEADING.test(tag)) : -1;
      const keep = heading !== -1 ? heading : open.length >= max ? open.length - 1 : open.length;
      if (keep < open.length) {
        out += html.slice(copied, lt) + open.splice(keep).reverse().map((tag) => `</${tag}>`).join('');
        copied = lt;
        changed = true;
      }
      open.push(name);
    }
    lt = html.indexOf('<', end);
  }
  return changed ? out + html.slice(copied) : html;
}
