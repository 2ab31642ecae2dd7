// A keyboard-only reader: every move lands focus somewhere visible, never on
// <body>; new views focus their heading, Back the element left from. Plus
// axe on the views this walk opens: the image dialog, the shortcuts sheet,
// the not-found view, on a phone-sized screen.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { SEED_TITLE, seedUrl } from '../support/article';
import { expect, fixtureFeed, historyStep, test } from './fixtures';

// A section with a picture after it.
const SECTION = '2微信支付成为微信用户的生活习惯';
const SECTION_TITLE = '2）微信支付：成为微信用户的生活习惯';

type Focus = { name: string; role: string; visible: boolean };

/** What has focus: its tag (or role) and text, and whether the browser shows it as focused. */
function focus(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    return {
      role: element.getAttribute('role') ?? element.localName,
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      visible: element.matches(':focus-visible'),
    };
  });
}

async function expectFocus(page: Page, role: string, name: string | RegExp) {
  await expect.poll(() => focus(page)).toMatchObject({ role, visible: true });
  expect((await focus(page))!.name).toMatch(name);
}

/** Tab until focus is on an element matching `selector`, checking each stop is visible and not <body>. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focus(page);
    expect(stop, 'focus left the page').not.toBeNull();
    expect(stop!.visible, `focus on ${stop!.role} "${stop!.name}" is not shown`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`no ${selector} within ${limit} Tab presses`);
}

test('a keyboard-only walk: category, article, contents, section, copy, image, next, and back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/${fixtureFeed('article/seed-feed.json')}`);
  await expect(page.getByRole('heading', { level: 1, name: /All articles/ })).toBeVisible();

  await tabTo(page, '.category-link[href*="%E8%B5%84%E8%AE%AF"]');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'h1', /^资讯/);
  await expect(page).toHaveTitle('资讯 — 入微 示例');

  await tabTo(page, `.row-title a[href*="wechat-2022"]`);
  await page.keyboard.press('Enter');
  await expectFocus(page, 'h1', SEED_TITLE);
  await expect(page).toHaveTitle(`${SEED_TITLE} — 入微 示例`);
  await expect(page.locator('.article-body')).toHaveAttribute('lang', 'zh-CN');

  await page.keyboard.press('t');
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link').first()).toBeFocused();
  await tabTo(page, `.toc-list a[href="#${SECTION}"]`);
  await page.keyboard.press('Enter');
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${SECTION}`);
  await expectFocus(page, 'h3', SECTION_TITLE);

  await tabTo(page, 'button.copy-link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');

  await tabTo(page, 'button.image-open');
  const opener = await focus(page);
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.image-dialog');
  await expect(dialog).toBeVisible();
  await expectFocus(page, 'button', 'Close');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectFocus(page, 'button', opener!.name);

  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/article\/revil/);
  await expectFocus(page, 'h1', /REvil/);

  // Back: the section's entry, focus on the image the reader left it from.
  await historyStep(page, -1);
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(`#${SECTION}`);
  await expectFocus(page, 'button', opener!.name);
  // Back: the article's first entry, focus on the contents entry the reader jumped from.
  await historyStep(page, -1);
  await expect(page).toHaveURL(/wechat-2022[^#]*$/);
  await expectFocus(page, 'a', SECTION_TITLE);
  // Back: the list, focus on the row the reader opened.
  await historyStep(page, -1);
  await expect(page).toHaveURL(/\/category\//);
  await expectFocus(page, 'a', SEED_TITLE);
});

test('? opens the shortcuts sheet; Escape closes it and focus returns', async ({ page }) => {
  await page.goto(seedUrl());
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await tabTo(page, '.skip-link');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const label of ['Search', 'Next article in the list', 'Go to the categories', 'Next article', 'Previous article', 'Open the table of contents']) {
    await expect(sheet.getByText(label, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expectFocus(page, 'a', 'Skip to content');
  // Skip to content: past the header, onto the article's heading.
  await page.keyboard.press('Enter');
  await expectFocus(page, 'h1', SEED_TITLE);
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page) {
  // Evaluated through the debugger protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE);
  const { violations } = await page.evaluate(() =>
    (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('no serious axe violations at 390 px with the image dialog, the shortcuts sheet, or the not-found view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(seedUrl());
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await page.locator('button.image-open').first().click();
  await expect(page.locator('dialog.image-dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto(`/no/such/page${fixtureFeed('article/seed-feed.json')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
