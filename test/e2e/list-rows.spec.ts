// List rows are as tall as their content: a row with a short summary, or
// none, leaves no blank band, and Back from an article still shows the same
// rows at the same pixel, as does a reload. On a phone, a tap outside closes the category menu
// and the table-of-contents sheet.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, historyStep, test } from './fixtures';
import { writeGenerated } from '../support/generate';
import { GENERATED } from '../support/server';

const SUMMARIES = ['', 'One short line.', `${'一段很长的摘要，会占满两行以上。'.repeat(12)} A long summary.`];

/** 300 items whose summaries cycle through none, one short line and a long one; each body has sections (a table of contents). */
function mixedFeed(): string {
  const items = Array.from({ length: 300 }, (_, n) => ({
    id: `mixed-${n}`,
    title: `Row ${n}`,
    ...(SUMMARIES[n % 3] ? { summary: SUMMARIES[n % 3] } : {}),
    content_html: `<p>Body ${n}.</p><h2>First part</h2><p>${'Text. '.repeat(80)}</p><h2>Second part</h2><p>${'Text. '.repeat(80)}</p>`,
    date_published: new Date(Date.UTC(2026, 0, 1) - n * 3_600_000).toISOString(),
    tags: [['资讯', '快讯', '科技', '生活'][n % 4]!],
  }));
  writeGenerated(join(GENERATED, 'list-rows', 'mixed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Mixed rows', items }));
  return `/?feed=${encodeURIComponent('/__gen/list-rows/mixed.json')}`;
}

/**
 * The vertical gaps between the text boxes of the rows on screen, in reading
 * order: inside a row (title to summary, summary or title to the meta line)
 * and between rows (the meta line to the next row's title).
 */
function textGaps(page: Page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.article-row:not(.is-loading)')]
      .map((row) => ({
        title: row.querySelector('.row-title a')!.getBoundingClientRect(),
        summary: row.querySelector('.row-summary')?.getBoundingClientRect(),
        meta: row.querySelector('.row-meta')!.getBoundingClientRect(),
        name: row.querySelector('.row-title a')!.textContent!,
      }))
      .filter((row) => row.title.top >= 0 && row.meta.bottom <= innerHeight)
      .sort((a, b) => a.title.top - b.title.top);
    const inside: { row: string; gap: number }[] = [];
    const between: { row: string; gap: number }[] = [];
    rows.forEach((row, i) => {
      if (row.summary) inside.push({ row: row.name, gap: row.summary.top - row.title.bottom });
      inside.push({ row: row.name, gap: row.meta.top - (row.summary ?? row.title).bottom });
      const next = rows[i + 1];
      if (next) between.push({ row: row.name, gap: next.title.top - row.meta.bottom });
    });
    return { rows: rows.map((row) => row.name), inside, between };
  });
}

/** Every row's lines follow one another with the same small gap, and rows follow one another with the same spacing. */
async function expectNoBlankBand(page: Page) {
  const { rows, inside, between } = await textGaps(page);
  // At least one row of each kind (no summary, a short one, a long one) on screen.
  expect(rows.length).toBeGreaterThanOrEqual(3);
  // The normal spacing is the smallest; a blank band would make a gap larger.
  const smallest = (gaps: { gap: number }[]) => Math.min(...gaps.map(({ gap }) => gap));
  const [innerGap, rowGap] = [smallest(inside), smallest(between)];
  // Within a pixel and a half: measured sizes are whole pixels, text boxes are not.
  for (const { row, gap } of inside) expect(Math.abs(gap - innerGap), `inside ${row}: ${gap} px, not ${innerGap}`).toBeLessThanOrEqual(1.5);
  for (const { row, gap } of between) expect(Math.abs(gap - rowGap), `after ${row}: ${gap} px, not ${rowGap}`).toBeLessThanOrEqual(1.5);
  // The spacing between rows is the rows' padding and rule, not a band of empty space.
  expect(rowGap).toBeLessThan(40);
}

/** The first row whose text starts below the header, and where it is. */
function topRow(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    const row = [...document.querySelectorAll<HTMLElement>('.article-row')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .find((li) => li.getBoundingClientRect().top >= header);
    return { name: row?.querySelector('.row-title a')?.textContent, top: row?.getBoundingClientRect().top, y: scrollY };
  });
}

test('rows are as tall as their content; Back from an article, and a reload, show the same rows at the same place', async ({ page }) => {
  await page.goto(mixedFeed());
  await expect(page.getByRole('link', { name: 'Row 0', exact: true })).toBeVisible();
  await expectNoBlankBand(page);

  // Read down the list as a reader does, so the rows passed are measured.
  await page.evaluate(async () => {
    for (let step = 0; step < 20; step++) {
      window.scrollBy(0, 300);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
  });
  await expect.poll(async () => (await topRow(page)).name).toMatch(/^Row \d+$/);
  // Settled: the same place twice in a row.
  let before = await topRow(page);
  await expect.poll(async () => {
    const now = await topRow(page);
    const same = JSON.stringify(now) === JSON.stringify(before);
    before = now;
    return same;
  }).toBe(true);
  expect(before.y).toBeGreaterThan(4000);
  await expectNoBlankBand(page);

  // A real click would first scroll the row out from under the sticky header.
  await page.getByRole('link', { name: before.name!, exact: true }).evaluate((link: HTMLElement) => link.click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(before.name!);
  await historyStep(page, -1);
  await expect(page.getByRole('link', { name: before.name!, exact: true })).toBeVisible();
  await expect.poll(() => topRow(page)).toEqual(before);
  // And after a reload of the tab.
  await page.reload();
  await expect(page.getByRole('link', { name: before.name!, exact: true })).toBeVisible();
  await expect.poll(() => topRow(page)).toEqual(before);
});

test('a jump to the end of rows never measured ends on the last row', async ({ page }) => {
  // Rows without a summary are shorter than the estimate: as the rows at the
  // end are measured, the list shrinks under the reader.
  const items = Array.from({ length: 300 }, (_, n) => ({
    id: `short-${n}`,
    title: `Short ${n}`,
    content_html: `<p>Body ${n}.</p>`,
    date_published: new Date(Date.UTC(2026, 0, 1) - n * 3_600_000).toISOString(),
  }));
  writeGenerated(join(GENERATED, 'list-rows', 'short.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Short rows', items }));
  await page.goto(`/?feed=${encodeURIComponent('/__gen/list-rows/short.json')}`);
  await page.getByRole('link', { name: 'Short 0', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Short 0');
  await historyStep(page, -1);
  await expect(page.getByRole('link', { name: 'Short 0', exact: true })).toBeFocused();

  // With focus in the page (the row returned to): html:focus-within would make this a glide, but the list page
  // turns smooth scrolling off (list.css), so it is a jump; keepRowsStill guards a glide from elsewhere too.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = page.getByRole('link', { name: 'Short 299', exact: true });
  await expect(last).toBeInViewport();
  // Settled at the end: two frames later the page is still at its end.
  await expect.poll(() => page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return Math.round(document.documentElement.scrollHeight - innerHeight - scrollY);
  })).toBe(0);
  await expect(last).toBeInViewport();
});

test('on a phone, a tap outside closes the category menu and the table of contents', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(mixedFeed());
  await expect(page.getByRole('link', { name: 'Row 0', exact: true })).toBeVisible();
  await expectNoBlankBand(page);

  const nav = page.getByRole('navigation', { name: 'Categories' });
  const menu = nav.getByRole('button', { name: 'All' });
  await menu.click();
  await expect(nav.getByRole('link', { name: '资讯 75' })).toBeVisible();
  // Outside the menu, on nothing that acts on a tap: the page's margin just above the menu's button.
  const button = (await menu.boundingBox())!;
  await page.mouse.click(button.x + button.width / 2, button.y - 8);
  await expect(nav.getByRole('link', { name: '资讯 75' })).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/\?feed=/);

  await page.getByRole('link', { name: 'Row 0', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Row 0');
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  const sheet = page.getByRole('button', { name: 'Table of contents' });
  await sheet.click();
  await expect(toc).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click({ position: { x: 2, y: 2 } });
  await expect(toc).toBeHidden();
  await expect(sheet).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/article\/mixed-0\?feed=/);
});
