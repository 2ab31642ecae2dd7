// The sections of an article, found in its sanitized nodes:
//  1. headings h1–h4, in document order; one with no text and no image is
//     removed (36kr pads sections with `<h2 data-foldable-wrapper></h2>`);
//  2. pseudo-headings: a paragraph whose only content is one short bold run,
//     `<p><strong>① …</strong></p>`, the way WeChat-style posts mark
//     sub-sections. It stays a paragraph on the page and ranks one level
//     below the real heading before it;
//  3. ids as docs/urls.md says: github-slugger on the heading's own text
//     (nested spans included, headings nested inside it left out), at most
//     MAX_ID_LENGTH characters, unique within the article (`-1`, `-2`, …);
//  4. each section start becomes a focus target with a "Copy link to
//     section" button beside it (see addSectionButtons).
// One walk over the nodes does it all: each text node counts for its nearest
// heading only, so headings nested in headings (`<h2>a<div><h2>b<div>…`)
// cost what their text weighs, not that times their depth (issue 13: a 1 MB
// article of them froze the tab for 16 s when each id slugged its subtree).
import { slug } from 'github-slugger';
import { createElementBeside, named, someAbove } from './dom';
import { isMedia } from './images';

export type Heading = {
  id: string;
  text: string;
  /** 1–4 for h1–h4; a pseudo-heading is one below the heading before it. */
  level: number;
  pseudo: boolean;
};

/** Longest bold run, in characters, still read as a pseudo-heading rather than an emphasised sentence. */
export const PSEUDO_HEADING_MAX_CHARS = 60;
/** Longest heading id before a `-1`, `-2` suffix: a link to a section stays a link, not a paragraph. */
export const MAX_ID_LENGTH = 100;
/** A pseudo-heading before any real heading ranks below every real one, so it never adopts them. */
const BELOW_ALL = 7;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4']);
const IN_HEADING = named('H1', 'H2', 'H3', 'H4', 'H5', 'H6');
const NOT_PSEUDO_INSIDE = new Set(['LI', 'TD', 'TH', 'BLOCKQUOTE', 'FIGURE', 'DETAILS', 'PRE']);

/**
 * The text a slug is made from: line breaks and runs of spaces as one space
 * (as Markdown would have them), ends trimmed. Other characters stay, so
 * github-slugger drops a no-break space, as GitHub does.
 */
function slugText(source: string): string {
  return source.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The title as the table of contents shows it: every kind of space as one space. */
function displayText(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}

/** The bold element of a paragraph shaped like a pseudo-heading (its text is checked later), or undefined. */
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
  return bold;
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
    const base = capped(slug(text)) || 'section';
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

/** The first MAX_ID_LENGTH characters of a slug, never half a surrogate pair, no hyphen at the end. */
function capped(id: string): string {
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, /[\uD800-\uDBFF]/.test(id[MAX_ID_LENGTH - 1]!) ? MAX_ID_LENGTH - 1 : MAX_ID_LENGTH);
  return cut.replace(/-+$/, '') || cut;
}

/** A heading or pseudo-heading met in the walk, with the text that belongs to it alone. */
type Candidate = {
  element: Element;
  /** 1–4, or undefined for a pseudo-heading. */
  level: number | undefined;
  text: string[];
  /** Text or media anywhere inside, nested headings included. */
  filled: boolean;
  /** A pseudo-heading's run holds a link, media or a heading: it is not one short bold title. */
  spoiled: boolean;
};

/** Visits every node below `root` in document order, with a call on the way in and on the way out. */
function walk(root: Node, enter: (node: Node) => void, leave: (node: Node) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    enter(node);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      leave(node);
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode === root ? null : node.parentNode;
    }
  }
}

/** Headings and pseudo-headings in document order, each with its own text, in one walk. */
function candidates(root: ParentNode): Candidate[] {
  const found: Candidate[] = [];
  const headings: Candidate[] = [];
  const runs: Candidate[] = [];
  const runOf = new Map<Element, Candidate>();
  let excluded = 0;
  const enter = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const heading = headings.at(-1);
      if (heading) {
        heading.text.push(data);
        if (!heading.filled && /\S/.test(data)) heading.filled = true;
      }
      runs.at(-1)?.text.push(data);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.nodeName;
    // Media show something even without text.
    const media = isMedia(element);
    if (media) {
      const heading = headings.at(-1);
      if (heading) heading.filled = true;
    }
    const run = runs.at(-1);
    if (run && (name === 'A' || media || HEADINGS.has(name))) run.spoiled = true;
    if (HEADINGS.has(name)) {
      const heading: Candidate = { element, level: Number(name[1]), text: [], filled: false, spoiled: false };
      found.push(heading);
      headings.push(heading);
    } else if (name === 'P' && excluded === 0) {
      const bold = pseudoHeadingRun(element);
      if (bold) {
        const pseudo: Candidate = { element, level: undefined, text: [], filled: false, spoiled: false };
        found.push(pseudo);
        runOf.set(bold, pseudo);
      }
    } else if (runOf.has(element)) {
      if (run) run.spoiled = true;
      runs.push(runOf.get(element)!);
    }
    if (NOT_PSEUDO_INSIDE.has(name)) excluded++;
  };
  const leave = (node: Node) => {
    if (node.nodeType !== 1) return;
    const name = node.nodeName;
    if (NOT_PSEUDO_INSIDE.has(name)) excluded--;
    if (runs.length > 0 && runOf.get(node as Element) === runs.at(-1)) {
      const run = runs.pop()!;
      const outer = runs.at(-1);
      if (outer && run.spoiled) outer.spoiled = true;
    } else if (headings.at(-1)?.element === node) {
      const heading = headings.pop()!;
      const outer = headings.at(-1);
      if (outer && heading.filled) outer.filled = true;
    }
  };
  walk(root as Node, enter, leave);
  return found;
}

/**
 * Finds the sections, removes empty headings and sets ids on what it finds,
 * in one root after another: ids stay unique and pseudo-headings rank below
 * the heading before them across the roots (the pipeline's pieces, pipeline.ts).
 */
export function headingFinder(): (root: ParentNode) => FoundHeadings {
  const slugFor = uniqueSlugs();
  let lastLevel: number | undefined;
  return (root) => {
    const headings: Heading[] = [];
    const elements: Element[] = [];
    const empty: Element[] = [];
    for (const candidate of candidates(root)) {
      const own = candidate.text.join('');
      const text = displayText(own);
      let level: number;
      if (candidate.level === undefined) {
        if (candidate.spoiled || text.length === 0 || text.length > PSEUDO_HEADING_MAX_CHARS) continue;
        level = lastLevel === undefined ? BELOW_ALL : lastLevel + 1;
      } else {
        // A heading whose only text is in the headings nested in it keeps its place but is no section of its own.
        if (!text) {
          if (!candidate.filled) empty.push(candidate.element);
          continue;
        }
        level = candidate.level;
        lastLevel = level;
      }
      const id = slugFor(slugText(own));
      candidate.element.setAttribute('id', id);
      headings.push({ id, text, level, pseudo: candidate.level === undefined });
      elements.push(candidate.element);
    }
    for (const element of empty) element.remove();
    return { headings, elements };
  };
}

/** Finds the sections of one root, removes empty headings and sets ids on what it finds. */
export function findHeadings(root: ParentNode): FoundHeadings {
  return headingFinder()(root);
}

/**
 * Wraps each section start with its "Copy link to section" button. The button
 * sits beside the heading, not inside it, so the heading's accessible name
 * stays its title (as GitHub does since 2023); `aria-describedby` tells which
 * section the button links to. Added after sanitizing: DOMPurify never sees it.
 * A section start inside another heading (`<h2>a<div><h2>b…`) keeps its id,
 * its focus target and its entry in the table of contents, but gets no
 * button: it would sit inside the outer heading and join its accessible
 * name, and each level would nest one more flex box (a 1 MB article of them
 * spent seconds in style and layout, issue 13).
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
    element.setAttribute('tabindex', '-1');
    // At most MAX_NESTING ancestors (nesting.ts), so this stays linear.
    if (someAbove(element, IN_HEADING)) continue;
    const wrapper = model.cloneNode(true) as Element;
    wrapper.firstElementChild!.setAttribute('aria-describedby', element.id);
    element.replaceWith(wrapper);
    wrapper.prepend(element);
  }
}
