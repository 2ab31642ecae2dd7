// The pipeline runs once per article: its result is kept with the item
// object, which TanStack Query keeps identical while the article's data is
// unchanged (structural sharing), so a re-render, coming back to an article
// or StrictMode's second render costs a lookup. A WeakMap lets it go with
// the item. A large article is made in steps outside rendering, the browser
// getting its turn between them (issue 13: the tab never has a task over 1 s;
// use-article-content.ts decides which way).
import type { FeedItem } from '../feed/model';
import { t } from '../lib/i18n';
import { perfMark } from '../lib/perf-mark';
import { needsSteps, pipelineSteps, runPipeline, type ArticleContent, type PipelineOptions } from './pipeline/pipeline';

const processed = new WeakMap<FeedItem, ArticleContent>();

function options(feedUrl: string): PipelineOptions {
  // The item's own URL is the base of its relative URLs; the feed's, failing that.
  return { baseUrl: feedUrl, pageOrigin: location.origin, copyLinkLabel: t('copyLink'), copyCodeLabel: t('copyCode') };
}

/** The article's content, made at once (the prerenderer's way, and a small article's). */
export function articleContent(item: FeedItem, feedUrl: string): ArticleContent {
  let content = processed.get(item);
  if (!content) {
    perfMark('article-pipeline-start');
    content = runPipeline(item, options(feedUrl));
    processed.set(item, content);
    perfMark('article-pipeline-end');
  }
  return content;
}

/** A turn for the browser: a task of its own for what comes next. */
function browserTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether the item's content is large enough to be made in steps, and not made yet. */
export function needsMaking(item: FeedItem): boolean {
  return !processed.has(item) && needsSteps(item);
}

/** The article's content made in steps, a task each; undefined if `stopped` says so first. */
export async function contentInSteps(item: FeedItem, feedUrl: string, stopped: () => boolean): Promise<ArticleContent | undefined> {
  perfMark('article-pipeline-start');
  const steps = pipelineSteps(item, options(feedUrl));
  for (let step = steps.next(); !stopped(); step = steps.next()) {
    if (step.done) {
      processed.set(item, step.value);
      perfMark('article-pipeline-end');
      return step.value;
    }
    await browserTurn();
  }
  return undefined;
}
