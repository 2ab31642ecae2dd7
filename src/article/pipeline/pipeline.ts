// Article content → what the article view renders, once per article:
//  1. sanitize into DOMPurify's inert document (sanitize.ts), one parse;
//  2. resolve link and media URLs, mark external links (urls.ts);
//  3. image sizes, lazy loading, captions (images.ts); scrolling blocks;
//  4. sections: empty headings out, ids, pseudo-headings (headings.ts),
//     reading time from the text (unless the feed states it), then the
//     copy-link buttons, and each code block's language and copy button;
//  5. serialize once, and build the table of contents (toc.ts).
// Measured in Chromium on the seed article this costs about 1.4× a bare
// `DOMPurify.sanitize` of the same HTML (bench/article.ts); sanitizing to a
// string and parsing it again would cost more.
import type { FeedItem } from '../../feed/model';
import { readingMinutes } from '../../lib/reading-time';
import { addSectionButtons, findHeadings, type Heading } from './headings';
import { prepareBlocks } from './blocks';
import { addCodeBars } from './code-blocks';
import { prepareImages } from './images';
import { sanitizeToFragment, serialize } from './sanitize';
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
  toc: TocNode[];
  headings: Heading[];
  readingMinutes: number;
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

export function runPipeline(source: ArticleSource, given: PipelineOptions): ArticleContent {
  const { html, options } = input(source, given);
  const fragment = sanitizeToFragment(html);
  prepareLinks(fragment, options);
  resolveMediaUrls(fragment, options.baseUrl);
  prepareImages(fragment);
  prepareBlocks(fragment);
  const { headings, elements } = findHeadings(fragment);
  const minutes = options.readingMinutes ?? readingMinutes(fragment.textContent ?? '');
  addSectionButtons(elements, options.copyLinkLabel);
  if (options.copyCodeLabel) addCodeBars(fragment, options.copyCodeLabel);
  return { html: serialize(fragment), toc: buildToc(headings), headings, readingMinutes: minutes };
}
