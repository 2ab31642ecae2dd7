// The one DOMPurify instance and its configuration (what it must remove: TESTING.md). Article
// HTML is parsed once, into DOMPurify's inert document (nothing loads, no
// script runs), sanitized there and handed back as a fragment, so the next
// pipeline steps work on the same nodes instead of parsing a string again.
//
// The configuration is an allowlist of reading markup. Everything else goes:
// scripts, event handlers, forms and their controls, frames, embeds, <base>,
// <meta>, <link>, <style> and style attributes (no CSS url()/@import), and
// SVG/MathML entirely: the simplest answer to namespace confusion is not to
// accept foreign content at all. Source `id`/`name` go too (no clobbering;
// the app sets its own heading ids), as do `role`, `aria-*` and `tabindex`,
// with which a feed could pose as the app's own landmarks and controls.
import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';
import { createElementBeside } from './dom';
import { limitNesting } from './nesting';

const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center',
  'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strike',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'track', 'tt',
  'u', 'ul', 'var', 'video', 'wbr',
  // The root DOMPurify walks from: the parsed document's one body (the parser
  // makes no other; a `<body>` tag in content only adds attributes to it), of
  // which only the children are returned. Not allowed, it counted as removed,
  // and KEEP_CONTENT made a deep copy of the whole article beside it, unused.
  'body',
];

const ALLOWED_ATTR = [
  'abbr', 'align', 'alt', 'cite', 'class', 'colspan', 'controls', 'data-img-size-val', 'datetime', 'dir', 'headers',
  'height', 'href', 'hreflang', 'kind', 'label', 'lang', 'loop', 'media', 'muted', 'open', 'playsinline', 'poster',
  'reversed', 'rowspan', 'scope', 'sizes', 'span', 'src', 'srclang', 'srcset', 'start', 'title', 'type', 'valign',
  'width',
];

// Also named here, although the allowlists above already leave them out, so
// that widening an allowlist later cannot let one of them back in.
const FORBID_TAGS = [
  'script', 'style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript', 'portal', 'dialog',
];
const FORBID_ATTR = [
  'style', 'id', 'name', 'role', 'tabindex', 'target', 'srcdoc', 'action', 'formaction', 'xmlns', 'xlink:href',
  'ping', 'autofocus', 'contenteditable', 'popover', 'accesskey', 'is', 'slot',
];

// http(s), mailto, and relative URLs (which includes `#fragment`). The second
// half is DOMPurify's own rule for "no scheme": a leading non-letter, or
// letters not followed by a colon.
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

// DOMPurify lets `data:` through in img/video src; only raster images may stay.
const RASTER_DATA_URI = /^data:image\/(?:png|gif|jpe?g|webp|avif);/i;
// Classes the pipeline reads (36kr captions, code languages) and the
// builder's highlighting (`hljs-keyword`, …: colours only, from article.css).
const KEPT_CLASS = /^(?:img-desc|language-[\w-]+|hljs-[\w-]+)$/;

function checkAttribute(_node: Element, event: UponSanitizeAttributeHookEvent): void {
  const { attrName, attrValue } = event;
  if (attrName === 'class') {
    const kept = attrValue.split(/\s+/).filter((token) => KEPT_CLASS.test(token)).join(' ');
    if (kept) event.attrValue = kept;
    else event.keepAttr = false;
  } else if (attrName === 'src' || attrName === 'poster') {
    if (/^\s*data:/i.test(attrValue) && !RASTER_DATA_URI.test(attrValue.trim())) event.keepAttr = false;
  } else if (attrName === 'srcset') {
    if (!srcsetIsSafe(attrValue)) event.keepAttr = false;
  }
}

// DOMPurify's ATTR_WHITESPACE: what browsers skip inside a URL's scheme.
// eslint-disable-next-line no-control-regex -- control characters are the point
const URL_WHITESPACE = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/** Each candidate's URL passes the same rule as `src`; data: URLs are refused (their commas defeat splitting). */
export function srcsetIsSafe(value: string): boolean {
  if (/data:/i.test(value)) return false;
  return value.split(',').every((candidate) => {
    const url = candidate.trim().split(/\s+/)[0] ?? '';
    return url === '' || ALLOWED_URI.test(url.replace(URL_WHITESPACE, ''));
  });
}

type HtmlPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
type PolicyFactory = { createPolicy: (name: string, rules: { createHTML: (html: string) => string; createScriptURL: (url: string) => string }) => HtmlPolicy };

let instance: DOMPurify | undefined;
let parsePolicy: HtmlPolicy | undefined;

function purifier(): DOMPurify {
  if (instance) return instance;
  const purify = createDOMPurify(window);
  // DOMPurify's own Trusted Types policy, made here (the same name and
  // rules) so that parseBody can parse into an inert document the same way.
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  parsePolicy = factory?.createPolicy('dompurify', { createHTML: (html) => html, createScriptURL: (url) => url });
  purify.setConfig(parsePolicy ? { ...CONFIG, TRUSTED_TYPES_POLICY: parsePolicy } : CONFIG);
  purify.addHook('uponSanitizeAttribute', checkAttribute);
  instance = purify;
  return purify;
}

const START_TAG = /<[a-z][^<>]*>/gi;
// Attributes the sanitizer would remove anyway: style, target (the pipeline
// sets its own), data-* but 36kr's image size, and classes none of whose
// names the pipeline keeps.
const DROPPED_ATTRIBUTE = /\s(style|target|class|data-(?!img-size-val\b)[\w.:-]*)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi;
const KEPT_CLASS_NAMES = /img-desc|language-|hljs-/;

/**
 * Attributes DOMPurify would drop, taken out of start tags before parsing.
 * Style attributes must go first: under the page's CSP (`style-src 'self'`)
 * Chromium reports a violation, with a console error, for every style
 * attribute it parses, in any document of the page, inert ones included, and
 * 36kr posts carry dozens. Target and data-* (36kr puts five on each link)
 * and most classes go in the same pass because removing them from parsed
 * nodes costs more.
 * No safety rests on this step: whatever it misses, DOMPurify removes.
 * Markdown renderers align table columns with `style="text-align:…"`; the
 * old `align` attribute keeps that meaning without CSS.
 */
export function withoutDroppedAttributes(html: string): string {
  return html.replace(START_TAG, (tag) =>
    tag.replace(DROPPED_ATTRIBUTE, (attribute, name: string) => {
      const lower = name.toLowerCase();
      if (lower === 'class') return KEPT_CLASS_NAMES.test(attribute) ? attribute : '';
      const align = lower === 'style' && /^<t[dh]\s/i.test(tag) && /text-align\s*:\s*(left|center|right)/i.exec(attribute)?.[1];
      return align ? ` align="${align.toLowerCase()}"` : '';
    }),
  );
}

/**
 * Sanitized nodes in an inert document: images in it do not load until the
 * HTML reaches the page. Nesting is limited first, so parsing stays linear.
 */
export function sanitizeToFragment(html: string): DocumentFragment {
  const fragment = purifier().sanitize(beforeParsing(html)) as unknown as DocumentFragment | null;
  // HTML that parses into a frameset document has no body: DOMPurify returns null, there is nothing to show.
  return fragment ?? document.createDocumentFragment();
}

const LEADING_WHITESPACE = /^[\r\n\t ]+/;

/** What sanitizeToFragment does to the HTML before it is parsed. */
export function beforeParsing(html: string): string {
  return withoutDroppedAttributes(limitNesting(html));
}

/**
 * HTML (from beforeParsing) parsed into an inert document as DOMPurify
 * parses it (the whitespace the parser drops before the body put back). Its
 * children, handed to sanitizeNodes a run at a time, come out as
 * sanitizeToFragment makes them. Null when the HTML has no body (a frameset).
 */
export function parseBody(prepared: string): Element | null {
  purifier();
  const payload = (parsePolicy ? parsePolicy.createHTML(prepared) : prepared) as unknown as string;
  const doc = new DOMParser().parseFromString(payload, 'text/html');
  // Methods from the prototypes: feed content can clobber the document's own (dom.ts).
  const body = Document.prototype.getElementsByTagName.call(doc, 'body')[0] ?? null;
  const leading = LEADING_WHITESPACE.exec(prepared)?.[0];
  if (body && leading) body.insertBefore(Document.prototype.createTextNode.call(doc, leading), body.firstChild);
  return body;
}

/** Parsed nodes (parseBody's), sanitized into a new fragment of an inert document. */
export function sanitizeNodes(nodes: DocumentFragment): DocumentFragment {
  return purifier().sanitize(nodes) as unknown as DocumentFragment;
}

/** A fragment as HTML (it is emptied). */
export function serialize(fragment: DocumentFragment): string {
  const box = createElementBeside(fragment, 'div');
  box.append(fragment);
  return box.innerHTML;
}

/** Sanitized HTML, for checks of the configuration alone (the pipeline serializes once, at its end). */
export function sanitize(html: string): string {
  return serialize(sanitizeToFragment(html));
}
