// The sections of an article, found in its sanitized nodes:
//  1. headings h1–h4, in document order; one with no text and no image is
//     removed (36kr pads sections with `<h2 data-foldable-wrapper></h2>`);
//  2. pseudo-headings: a paragraph whose only content is one short bold run,
//     `<p><strong>① …</strong></p>`, the way WeChat-style posts mark
//     sub-sections. It stays a paragraph on the page and ranks one level
//     below the real heading before it;
//  3. ids by contract §2: github-slugger on the text content (nested spans
//     included), unique within the article (`-1`, `-2`, …);
//  4. each section start becomes a focus target with a "Copy link to
//     section" button beside it (see addSectionButtons).
import { slug } from 'github-slugger';
import { createElementBeside } from './dom';
import { MEDIA } from './images';

export type Heading = {
  id: string;
  text: string;
  /** 1–4 for h1–h4; a pseudo-heading is one below the heading before it. */
  level: number;
  pseudo: boolean;
};

/** Longest bold run, in characters, still read as a pseudo-heading rather than an emphasised sentence. */
export const PSEUDO_HEADING_MAX_CHARS = 60;
/** A pseudo-heading before any real heading ranks below every real one, so it never adopts them. */
const BELOW_ALL = 7;
const NOT_PSEUDO_INSIDE = 'li, td, th, blockquote, figure, details, pre';

/**
 * The text a slug is made from: the text content with line breaks and runs of
 * spaces as one space (as Markdown would have them), ends trimmed. Other
 * characters stay, so github-slugger drops a no-break space, as GitHub does.
 */
function slugText(element: Element): string {
  return (element.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The title as the table of contents shows it: every kind of space as one space. */
function displayText(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}

/** The bold element of a pseudo-heading paragraph, or undefined. */
function pseudoHeadingRun(p: Element): Element | undefined {
  // Most paragraphs fail here, before their child nodes are walked.
  const first = p.firstElementChild;
  if (first === null || (first.nodeName !== 'STRONG' && first.nodeName !== 'B')) return undefined;
  let bold: Element | undefined;
  for (const child of p.childNodes) {
    if (child.nodeType === 3) {
      if ((child as Text).data.trim()) return undefined;
    } else if (child.nodeType === 1) {
      if (child.nodeName === 'BR') continue;
      if (bold || (child.nodeName !== 'STRONG' && child.nodeName !== 'B')) return undefined;
      bold = child as Element;
    }
  }
  if (!bold || bold.querySelector(`a, ${MEDIA}`) || p.parentElement?.closest(NOT_PSEUDO_INSIDE)) return undefined;
  const length = displayText(bold.textContent ?? '').length;
  return length > 0 && length <= PSEUDO_HEADING_MAX_CHARS ? bold : undefined;
}

export type FoundHeadings = { headings: Heading[]; elements: Element[] };

/**
 * Unique slugs, as GithubSlugger makes them (`x`, `x-1`, `x-2`, and a title
 * that is itself "x-1" moves on to "x-1-1"), computing each base slug once.
 * GitHub keeps nothing of an all-emoji or all-punctuation title; an empty id
 * cannot be linked to, so such a section is named "section".
 */
function uniqueSlugs(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text) => {
    const base = slug(text) || 'section';
    let result = base;
    while (occurrences.has(result)) {
      const n = occurrences.get(base)! + 1;
      occurrences.set(base, n);
      result = `${base}-${n}`;
    }
    occurrences.set(result, 0);
    return result;
  };
}

/** Finds the sections, removes empty headings and sets ids on what it finds. */
export function findHeadings(root: ParentNode): FoundHeadings {
  const slugFor = uniqueSlugs();
  const headings: Heading[] = [];
  const elements: Element[] = [];
  let lastLevel: number | undefined;
  for (const element of root.querySelectorAll('h1, h2, h3, h4, p')) {
    let text: string;
    let level: number;
    if (element.nodeName === 'P') {
      const run = pseudoHeadingRun(element);
      if (!run) continue;
      text = slugText(run);
      level = lastLevel === undefined ? BELOW_ALL : lastLevel + 1;
    } else {
      text = slugText(element);
      if (!displayText(text)) {
        if (!element.querySelector(MEDIA)) element.remove();
        continue;
      }
      level = Number(element.nodeName[1]);
      lastLevel = level;
    }
    const id = slugFor(text);
    element.setAttribute('id', id);
    headings.push({ id, text: displayText(text), level, pseudo: element.nodeName === 'P' });
    elements.push(element);
  }
  return { headings, elements };
}

/**
 * Wraps each section start with its "Copy link to section" button. The button
 * sits beside the heading, not inside it, so the heading's accessible name
 * stays its title (as GitHub does since 2023); `aria-describedby` tells which
 * section the button links to. Added after sanitizing: DOMPurify never sees it.
 */
export function addSectionButtons(elements: readonly Element[], label: string): void {
  const first = elements[0];
  if (!first) return;
  // One wrapper and button made, then cloned: cheaper than building each (10,000 headings).
  const model = createElementBeside(first, 'div');
  model.className = 'section-heading';
  const button = model.appendChild(createElementBeside(first, 'button'));
  button.type = 'button';
  button.className = 'copy-link';
  button.setAttribute('aria-label', label);
  for (const element of elements) {
    const wrapper = model.cloneNode(true) as Element;
    wrapper.firstElementChild!.setAttribute('aria-describedby', element.id);
    element.setAttribute('tabindex', '-1');
    element.replaceWith(wrapper);
    wrapper.prepend(element);
  }
}
