// A feed item as the search index reads it: its text, no markup.
import type { FeedItem } from '../feed/model';
import { htmlWordText } from '../lib/html-text';
import type { SearchDoc } from './search-engine';

/** What the worker needs of an item (FeedItem minus what search never reads). */
export type SearchSource = Pick<FeedItem, 'slug' | 'title' | 'summary' | 'contentHtml' | 'contentText' | 'tags' | 'published'>;

export function searchSource(item: FeedItem): SearchSource {
  const { slug, title, summary, contentHtml, contentText, tags, published } = item;
  return { slug, title, summary, contentHtml, contentText, tags, published };
}

export function searchDoc(item: SearchSource): SearchDoc {
  const body = item.contentText ?? (item.contentHtml ? htmlWordText(item.contentHtml) : '');
  return {
    id: item.slug,
    title: item.title,
    summary: item.summary ?? '',
    body: body.replace(/\s+/g, ' ').trim(),
    tags: item.tags,
    published: item.published,
  };
}
