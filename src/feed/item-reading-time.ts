import { htmlWordText } from '../lib/html-text';
import { readingMinutes } from '../lib/reading-time';
import type { FeedItem } from './model';

const minutes = new WeakMap<FeedItem, number>();

/** The builder's figure when the feed has one, else counted from the content once. */
export function itemReadingMinutes(item: FeedItem): number {
  if (item.readingMinutes !== undefined) return item.readingMinutes;
  let value = minutes.get(item);
  if (value === undefined) {
    value = readingMinutes(item.contentText ?? htmlWordText(item.contentHtml ?? ''));
    minutes.set(item, value);
  }
  return value;
}
