// A feed item as the search index reads it: its text, no markup.
import type { FeedItem } from '../feed/model';
import { searchBody, type SearchDoc } from '../lib/search-index-format';

/** What the worker needs of an item (FeedItem minus what search never reads). */
export type SearchSource = Pick<FeedItem, 'slug' | 'title' | 'summary' | 'contentHtml' | 'contentText' | 'tags' | 'published'>;

export function searchSource(item: FeedItem): SearchSource {
  const { slug, title, summary, contentHtml, contentText, tags, published } = item;
  return { slug, title, summary, contentHtml, contentText, tags, published };
}

export function searchDoc(item: SearchSource): SearchDoc {
  return {
    id: item.slug,
    title: item.title,
    summary: item.summary ?? '',
    body: searchBody(item.contentText, item.contentHtml),
    tags: item.tags,
    published: item.published,
  };
}
