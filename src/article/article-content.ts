// The pipeline runs once per article: its result is kept with the item
// object, which TanStack Query keeps identical while the article's data is
// unchanged (structural sharing), so a re-render, coming back to an article
// or StrictMode's second render costs a lookup. A WeakMap lets it go with
// the item.
import type { FeedItem } from '../feed/model';
import { t } from '../lib/i18n';
import { perfMark } from '../lib/perf-mark';
import { runPipeline, type ArticleContent } from './pipeline/pipeline';

const processed = new WeakMap<FeedItem, ArticleContent>();

export function articleContent(item: FeedItem, feedUrl: string): ArticleContent {
  let content = processed.get(item);
  if (!content) {
    perfMark('article-pipeline-start');
    // The item's own URL is the base of its relative URLs; the feed's, failing that.
    content = runPipeline(item, { baseUrl: feedUrl, pageOrigin: location.origin, copyLinkLabel: t('copyLink'), copyCodeLabel: t('copyCode') });
    processed.set(item, content);
    perfMark('article-pipeline-end');
  }
  return content;
}
