// The plain text an item shows in lists and headings. JSON Feed titles and
// summaries are plain text, but many publishers escape them as HTML
// (`AT&amp;T`, `Don&#8217;t`): entities are decoded, once. An item without a
// title (micro-blog posts, status updates) is named by the start of its text.
import { stripBidiControls } from '../lib/bidi';
import { decodeCommonEntities, htmlWordText } from '../lib/html-text';
import { hasCjk, truncate } from '../lib/truncate-text';

/** Characters of a title made from text; CJK characters carry about a word each. */
export const FALLBACK_TITLE_MAX = 80;
export const FALLBACK_TITLE_MAX_CJK = 40;

// Tags become spaces in htmlWordText: `<b>photo</b>.` reads "photo ." until the gap goes.
const TAG_GAP = / ([.,;:!?…)\]」』，。；：！？])/g;

export function plainText(value: string | undefined): string | undefined {
  const text = value === undefined ? '' : collapse(decodeCommonEntities(value));
  return text || undefined;
}

/** The start of the summary, the text or the HTML body's text, cut with `…`; '' when there is none. */
export function fallbackTitle(summary: string | undefined, contentText: string | undefined, contentHtml: string | undefined): string {
  const text = summary || collapse(contentText ?? '') || collapse(htmlWordText(contentHtml ?? '')).replace(TAG_GAP, '$1');
  if (!text) return '';
  return truncate(text, hasCjk(text.slice(0, FALLBACK_TITLE_MAX)) ? FALLBACK_TITLE_MAX_CJK : FALLBACK_TITLE_MAX);
}

// Decoded entities can bring back the direction overrides fetchJson stripped (`&#8238;`).
function collapse(text: string): string {
  return stripBidiControls(text.replace(/\s+/g, ' ')).trim();
}
