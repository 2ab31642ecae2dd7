// Article content → what the article view renders, once per article:
//  1. sanitize into DOMPurify's inert document (sanitize.ts), one parse;
//  2. resolve link and media URLs, mark external links (urls.ts);
//  3. image sizes, lazy loading, captions (images.ts); scrolling blocks;
//  4. sections: empty headings out, ids, pseudo-headings (headings.ts),
//     reading time from the text (unless the feed states it), then the
//     copy-link buttons, and each code block's language and copy button;
//  5. serialize once, and build the table of contents (toc.ts).
// Measured in Chromium on the seed article this costs about 1.6× a bare
// `DOMPurify.sanitize` of the same HTML (bench/article.ts); sanitizing to a
// string and parsing it again would cost more.
//
// A large article (STEPPED_FROM) is made in steps instead (pipelineSteps),
// so that the caller can let the browser paint and answer between them: one
// parse, then runs of top-level nodes, each starting at a heading, go
// through steps 1–5 one run at a time. The HTML comes out the same, byte for
// byte, in pieces the page can insert one at a time (issue 13: one task for
// a 1 MB article froze the tab for seconds).
import type { FeedItem } from '../../feed/model';
import { readingMinutes } from '../../lib/reading-time';
import { addSectionButtons, headingFinder, type Heading } from './headings';
import { prepareBlocks } from './blocks';
import { fragmentBeside, nodeGetter } from './dom';
import { addCodeBars } from './code-blocks';
import { imagePreparer } from './images';
import { leadingImage } from './lead-image';
import { beforeParsing, parseBody, sanitizeNodes, sanitizeToFragment, serialize } from './sanitize';
import { textToHtml } from './text';
import { buildToc, type TocNode } from './toc';
import { prepareLinks, resolveMediaUrls, type UrlContext } from './resolve-urls';

/** An item of the feed, or its content alone: HTML, or `{ html }` / `{ text }`. */
export type ArticleSource = string | { html?: string; text?: string } | Pick<FeedItem, 'contentHtml' | 'contentText' | 'url' | 'readingMinutes'>;

export type PipelineOptions = UrlContext & {
  /** The accessible name of each section's copy-link button, in the interface language. */
  copyLinkLabel: string;
  /** The text of each code block's copy button (code-blocks.ts); without it, code blocks get no bar. */
  copyCodeLabel?: string;
  /** The reading time the feed states (ruwei's builder writes `_ruwei.reading_minutes`): not counted again. */
  readingMinutes?: number;
};

export type ArticleContent = {
  html: string;
  /** `html` in pieces to insert one at a time, each starting at a heading: only from pipelineSteps. */
  pieces?: string[];
  toc: TocNode[];
  headings: Heading[];
  readingMinutes: number;
  /** The address of the image the body starts with, before any text (lead-image.ts). */
  leadImage?: string;
};

type Item = Pick<FeedItem, 'contentHtml' | 'contentText' | 'url' | 'readingMinutes'>;

/**
 * The HTML and the settings for it. An item's own `url` is the base of its
 * relative URLs and its stated reading time is kept. The page's origin and
 * the labels come from the caller, so the pipeline runs the same in Node.
 */
function input(source: ArticleSource, options: PipelineOptions): { html: string; options: PipelineOptions } {
  if (typeof source === 'string') return { html: source, options };
  if ('contentHtml' in source || 'contentText' in source) {
    const item: Item = source;
    return {
      html: item.contentHtml ?? textToHtml(item.contentText ?? ''),
      options: { ...options, baseUrl: item.url ?? options.baseUrl, readingMinutes: item.readingMinutes ?? options.readingMinutes },
    };
  }
  const { html, text } = source as { html?: string; text?: string };
  return { html: html ?? textToHtml(text ?? ''), options };
}

/** Content at least this long (UTF-16 units of its HTML, or of its text) is worth making in steps. */
export const STEPPED_FROM = 150_000;
/** About how many elements a piece holds: the work of one step, and of one insertion into the page. */
export const PIECE_ELEMENTS = 2_000;

type Piece = { html: string; headings: Heading[]; text: string; lead: ReturnType<typeof leadingImage> };

/** Steps 2–5 for sanitized nodes, one run after another: ids stay unique and only the first image is eager. */
function pieceMaker(options: PipelineOptions): (fragment: DocumentFragment) => Piece {
  const findHeadings = headingFinder();
  const prepareImages = imagePreparer();
  return (fragment) => {
    prepareLinks(fragment, options);
    resolveMediaUrls(fragment, options.baseUrl);
    prepareImages(fragment);
    const lead = leadingImage(fragment);
    prepareBlocks(fragment);
    const { headings, elements } = findHeadings(fragment);
    const text = options.readingMinutes === undefined ? (fragment.textContent ?? '') : '';
    addSectionButtons(elements, options.copyLinkLabel);
    if (options.copyCodeLabel) addCodeBars(fragment, options.copyCodeLabel);
    return { html: serialize(fragment), headings, text, lead };
  };
}

function assemble(pieces: readonly Piece[], options: PipelineOptions): ArticleContent {
  const headings = pieces.flatMap((piece) => piece.headings);
  // The first piece that holds text or an image says what the article starts with.
  const lead = pieces.find((piece) => piece.lead !== undefined)?.lead;
  const leadImage = typeof lead === 'object' ? lead.src : undefined;
  return {
    html: pieces.map((piece) => piece.html).join(''),
    toc: buildToc(headings),
    headings,
    readingMinutes: options.readingMinutes ?? readingMinutes(pieces.map((piece) => piece.text).join('')),
    ...(leadImage !== undefined && { leadImage }),
  };
}

export function runPipeline(source: ArticleSource, given: PipelineOptions): ArticleContent {
  const { html, options } = input(source, given);
  return assemble([pieceMaker(options)(sanitizeToFragment(html))], options);
}

/** Whether this content is large enough to be made with pipelineSteps (text by its own length: its HTML is made once, by the run). */
export function needsSteps(source: ArticleSource): boolean {
  if (typeof source === 'string') return source.length >= STEPPED_FROM;
  if ('contentHtml' in source || 'contentText' in source) return (source.contentHtml ?? source.contentText ?? '').length >= STEPPED_FROM;
  const { html, text } = source as { html?: string; text?: string };
  return (html ?? text ?? '').length >= STEPPED_FROM;
}

const HEADING = /^H[1-6]$/;

/**
 * The body's children in runs of about `size` elements, in fragments of the
 * same inert document. A run starts only at a heading: nothing the pipeline
 * does to a node looks at an earlier sibling across one (a caption looks at
 * the image before it, and a heading is never removed), so each run comes
 * out as it would in one pass.
 */
function runsOf(body: Element, size: number): DocumentFragment[] {
  const [nodeNameOf, nodeTypeOf] = [nodeGetter('nodeName'), nodeGetter('nodeType')];
  const runs: DocumentFragment[] = [];
  let run: Node[] = [];
  let count = 0;
  for (const node of [...body.childNodes]) {
    const element = nodeTypeOf.call(node) === 1;
    if (element && run.length > 0 && count >= size && HEADING.test(nodeNameOf.call(node) as string)) {
      runs.push(fragmentBeside(body, run));
      run = [];
      count = 0;
    }
    run.push(node);
    if (element) count += 1 + Element.prototype.getElementsByTagName.call(node, '*').length;
  }
  if (run.length > 0) runs.push(fragmentBeside(body, run));
  return runs;
}

/**
 * runPipeline for a large article, as a generator: each `yield` is a point
 * where the caller may give the browser its turn, and between two of them
 * the work is one scan of the HTML, one parse or one run of about `size` elements. The result is
 * runPipeline's, with `pieces`.
 */
export function* pipelineSteps(source: ArticleSource, given: PipelineOptions, size = PIECE_ELEMENTS): Generator<void, ArticleContent> {
  const { html, options } = input(source, given);
  const prepared = beforeParsing(html);
  yield;
  const body = parseBody(prepared);
  const runs = body ? runsOf(body, size) : [];
  const makePiece = pieceMaker(options);
  const pieces: Piece[] = [];
  for (const run of runs) {
    yield;
    pieces.push(makePiece(sanitizeNodes(run)));
  }
  yield;
  return { ...assemble(pieces, options), pieces: pieces.map((piece) => piece.html) };
}
