import { describe, expect, it } from 'vitest';
import { itemReadingMinutes } from './item-reading-time';
import type { FeedItem } from './model';

const item = (extra: Partial<FeedItem>): FeedItem => ({ id: 'x', slug: 'x', title: 'x', authors: [], tags: [], categories: [], ...extra });

describe('itemReadingMinutes', () => {
  it('counts Chinese by characters in HTML content, ignoring the markup', () => {
    const html = `<p class="long-attribute-${'x'.repeat(5000)}">${'字'.repeat(1200)}</p>`;
    expect(itemReadingMinutes(item({ contentHtml: html }))).toBe(3);
  });

  it('counts English by words in text content', () => {
    expect(itemReadingMinutes(item({ contentText: 'word '.repeat(690) }))).toBe(3);
  });

  it("prefers the builder's figure", () => {
    expect(itemReadingMinutes(item({ readingMinutes: 12, contentText: 'short' }))).toBe(12);
  });
});
