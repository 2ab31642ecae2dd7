// Shared by the article specs: the seed article on the test server.
import type { Page } from '@playwright/test';
import { fixtureFeed } from './fixtures';

export const SEED_PATH = '/article/wechat-2022';
export const SEED_TITLE = '微信将迎来一大波改版，有哪些新机会？';

/** The seed article's URL, with its feed optionally behind faults (see server.ts) and a hash. */
export function seedUrl({ faults, hash, slowImages }: { faults?: string; hash?: string; slowImages?: boolean } = {}): string {
  const feed = fixtureFeed(slowImages ? 'article/seed-feed-slow-images.json' : 'article/seed-feed.json', faults);
  return `${SEED_PATH}${feed}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/** Top of the element with this id, relative to the viewport, in CSS pixels. */
export function topOf(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
}
