// What the search worker is sent of a feed item (searchDoc, src/lib/search-index-format.ts, reads it).
import type { FeedItem } from '../feed/model';

/** What the worker needs of an item (FeedItem minus what search never reads). */
export type SearchSource = Pick<FeedItem, 'slug' | 'title' | 'summary' | 'contentHtml' | 'contentText' | 'tags' | 'published'>;

export function searchSource(item: FeedItem): SearchSource {
  const { slug, title, summary, contentHtml, contentText, tags, published } = item;
  return { slug, title, summary, contentHtml, contentText, tags, published };
}
