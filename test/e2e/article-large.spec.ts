// A large article (over the pipeline's STEPPED_FROM) is made in steps and
// put into the page a piece at a time (src/article/pipeline/pipeline.ts,
// article-body.tsx). A deep link into its last piece still ends with that
// section under the header, and the table of contents lists it; Back to it
// returns to the reader's place, which only the later pieces make room for.
import { join } from 'node:path';
import { writeGenerated } from '../support/generate';
import { GENERATED } from '../support/server';
import { topOf } from '../support/article';
import { expect, historyStep, test } from './fixtures';

const SECTIONS = 80;
const LAST = `Section ${SECTIONS - 1} the last`;
const LAST_ID = `section-${SECTIONS - 1}-the-last`;

/** About 240 KB of HTML in 80 sections of 30 paragraphs: three pieces or more. */
function largeArticleFeed(): string {
  const paragraph = (i: number, j: number) => `<p>第 ${i} 节第 ${j} 段：${'细节决定成败，'.repeat(6)}<strong>${j}</strong> and some words.</p>`;
  const sections = Array.from({ length: SECTIONS }, (_, i) => {
    const title = i === SECTIONS - 1 ? LAST : `Section ${i}`;
    return `<h2>${title}</h2>${Array.from({ length: 30 }, (_, j) => paragraph(i, j)).join('')}`;
  });
  const name = 'article-large/feed.json';
  writeGenerated(join(GENERATED, name), JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Large article',
    items: [{ id: 'large', title: 'A large article', content_html: sections.join(''), date_published: '2024-01-01T00:00:00Z' }],
  }));
  return `/__gen/${name}`;
}

test('a deep link into the last piece of a large article ends with that section under the header, listed in the contents', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`/article/large?feed=${encodeURIComponent(largeArticleFeed())}#${LAST_ID}`);
  const heading = page.getByRole('heading', { level: 2, name: LAST });
  await expect(heading).toBeFocused({ timeout: 20_000 });
  const top = await topOf(page, LAST_ID);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThanOrEqual(120);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(10_000);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link', { name: LAST })).toHaveAttribute('aria-current', 'location');
  // Every section and paragraph is in the page once, in order.
  await expect(page.locator('.article-body h2')).toHaveCount(SECTIONS);
  await expect(page.locator('.article-body p')).toHaveCount(SECTIONS * 30);
  expect(await page.locator('.article-body h2').evaluateAll((all) => all.map((h) => h.textContent))).toEqual(
    Array.from({ length: SECTIONS }, (_, i) => (i === SECTIONS - 1 ? LAST : `Section ${i}`)),
  );
  expect(errors).toEqual([]);
});

test('Back to a large article returns to the place the reader left, deep in its later pieces', async ({ page }) => {
  await page.goto(`/article/large?feed=${encodeURIComponent(largeArticleFeed())}#${LAST_ID}`);
  await expect(page.getByRole('heading', { level: 2, name: LAST })).toBeFocused({ timeout: 20_000 });
  // The reader scrolls up from the section, to a place that is no section's start.
  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, -1234);
  await expect.poll(() => topOf(page, LAST_ID)).toBeGreaterThan(1000);
  // Where the wheel's glide comes to rest: ten frames without a move.
  const place = await page.evaluate(() => new Promise<number>((done) => {
    let last = window.scrollY;
    let still = 0;
    const frame = () => {
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
      if (still === 10) done(last);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }));
  expect(place).toBeGreaterThan(10_000);

  // A click in the page, not Playwright's (which scrolls the header's link "into view" first, moving the place).
  await page.locator('header').getByRole('link', { name: 'Large article' }).evaluate((link: HTMLElement) => link.click());
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('A large article');
  await page.evaluate(() => {
    const seen: number[] = [];
    Object.assign(window, { seen });
    addEventListener('scroll', () => seen.push(window.scrollY), { passive: true });
  });
  await historyStep(page, -1);
  await expect(page.getByRole('heading', { level: 1, name: 'A large article' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 20_000 }).toBe(place);
  // Straight there, as a browser restores a page: no glide from the top through the article.
  expect(await page.evaluate(() => (window as unknown as { seen: number[] }).seen.filter((y) => y !== 0))).toEqual([place]);
});
