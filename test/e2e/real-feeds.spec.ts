// Every real JSON Feed in test/fixtures/feeds/real/ (see SOURCES.md there),
// served by the test server and opened with ?feed=: the app lists all of its
// items and opens the first and the last article. Images in these feeds point
// to the internet, which tests cannot reach: nothing here waits for them.
// Written for any engine: roles, text and scrolling only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixtureFeed, test } from './fixtures';
import { ROOT } from '../support/server';

const DIR = join(ROOT, 'test/fixtures/feeds/real');
const FEEDS = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort();

function itemCount(name: string): number {
  return (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { items: unknown[] }).items.length;
}

/** The list row at a 1-based position; the list is virtualized, so scroll until it is drawn. */
async function rowLink(page: Page, position: number) {
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) }).and(page.locator(`[aria-posinset="${position}"]`));
  await expect(async () => {
    if (position > 1) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return row.getByRole('heading', { level: 2 }).getByRole('link');
}

async function opensFromTheList(page: Page, position: number): Promise<void> {
  const link = await rowLink(page, position);
  const title = (await link.textContent())?.trim() ?? '';
  expect(title).not.toBe('');
  // A real click could land on the sticky header when the row sits under it.
  await link.evaluate((element: HTMLElement) => element.click());
  await expect(page).toHaveURL(/\/article\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('article')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
}

// Reading a feed is the same script in every engine, so Firefox opens a few of the feeds, of the shapes whose
// lists and articles it has drawn differently: the largest feed, the largest bodies, a podcast's attachments,
// and the two feeds whose last row it once failed to reach. Chromium opens them all.
const IN_FIREFOX = new Set(['netnewswire-rose.json', 'jsonfeednet-HyperCriticalBlog.json', 'jsonfeed-to-rss-podcast-feed.json', 'jsonfeednet-DaringFireballBlog.json', 'jsonfeednet-json_v1.1.json']);

for (const name of FEEDS) test.describe(() => {
  // Decided before the test's page is made: a skipped test costs Firefox no new context.
  if (!IN_FIREFOX.has(name)) test.skip(({ browserName }) => browserName === 'firefox', 'opened in Chromium: the same script reads it in every engine');
  test(`${name}: lists every item and opens the first and the last`, async ({ page }) => {
    test.slow(); // three views of a large feed, on a shared machine
    const count = itemCount(name);
    const list = `/${fixtureFeed(`feeds/real/${name}`)}`;
    await page.goto(list, { waitUntil: 'domcontentloaded' });
    await expect(page.getByText(new RegExp(`^${count} articles?$`))).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);

    await opensFromTheList(page, 1);
    await page.goBack();
    await expect(page.getByText(new RegExp(`^${count} articles?$`))).toBeVisible();
    await opensFromTheList(page, count);
  });
});
