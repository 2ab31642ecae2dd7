// Shared by the article specs: the seed article on the test server.
import type { Page } from '@playwright/test';
import { fixtureFeed } from './server';

export const SEED_PATH = '/article/wechat-2022';
export const SEED_TITLE = '微信将迎来一大波改版，有哪些新机会？';

/** The seed article's URL, with its feed optionally behind faults (see server.ts) and a hash. */
export function seedUrl({ faults, hash, slowImages }: { faults?: string; hash?: string; slowImages?: boolean } = {}): string {
  const feed = fixtureFeed(slowImages ? 'article/seed-feed-slow-images.json' : 'article/seed-feed.json', faults);
  return `${SEED_PATH}${feed}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/**
 * Cumulative layout shift of the seed's page, its images served 1 s late,
 * while the reader scrolls through it: a layout-shift observer from before
 * the first paint (shifts right after input do not count, as in CLS).
 */
export async function layoutShiftWhileScrolling(page: Page): Promise<number> {
  await page.addInitScript(() => {
    Object.assign(window, { ruweiLayoutShift: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) Object.assign(window, { ruweiLayoutShift: (window as unknown as { ruweiLayoutShift: number }).ruweiLayoutShift + entry.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(seedUrl({ slowImages: true }));
  await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
  await page.waitForTimeout(1500);
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (window as unknown as { ruweiLayoutShift: number }).ruweiLayoutShift);
}

/** Top of the element with this id, relative to the viewport, in CSS pixels. */
export function topOf(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
}
