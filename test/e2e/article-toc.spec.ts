import { seedUrl, topOf } from '../support/article';
import { expect, test } from './fixtures';

test('clicking an entry updates the hash, marks it current and brings its heading under the header', async ({ page }) => {
  await page.goto(seedUrl());
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  const entry = toc.getByRole('link', { name: '4）搜一搜月活用户超 7 亿：“用微信，搜所有”' });
  await entry.click();
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#4搜一搜月活用户超-7-亿用微信搜所有');
  await expect(entry).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: '4）搜一搜月活用户超 7 亿：“用微信，搜所有”' })).toBeFocused();
  // Smooth scrolling ends with the heading just below the sticky header.
  await expect.poll(() => topOf(page, '4搜一搜月活用户超-7-亿用微信搜所有')).toBeLessThanOrEqual(120);
  expect(await topOf(page, '4搜一搜月活用户超-7-亿用微信搜所有')).toBeGreaterThanOrEqual(0);
});

test('scrolling marks the section in view and unfolds its branch', async ({ page }) => {
  await page.goto(seedUrl());
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await toc.getByRole('button', { name: 'Collapse all' }).click();
  await page.evaluate(() => {
    const heading = document.getElementById('-视频号内容生态百万点赞爆款频出')!;
    window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 100, behavior: 'instant' });
  });
  const entry = toc.getByRole('link', { name: '① 视频号内容生态：百万点赞爆款频出' });
  await expect(entry).toHaveAttribute('aria-current', 'location');
  await expect(toc.getByRole('button', { name: '1）视频号首开场成 C 位：内容生态与创作激励' })).toHaveAttribute('aria-expanded', 'true');
});

test('on a narrow screen the table of contents opens from its toggle and closes after a choice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(seedUrl());
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Table of contents' });
  await toggle.click();
  await expect(toc).toBeVisible();
  await toc.getByRole('link', { name: '2）品牌商家：私域能力升级' }).click();
  await expect(toc).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => topOf(page, '2品牌商家私域能力升级')).toBeLessThanOrEqual(120);
});

test('"Copy link to section" copies the absolute URL of the section and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(seedUrl());
  const heading = page.getByRole('heading', { name: '03 结语' });
  const button = page.locator('.section-heading', { has: heading }).getByRole('button', { name: 'Copy link to section' });
  await heading.hover();
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.pathname).toBe('/article/wechat-2022');
  expect(url.searchParams.get('feed')).toBe('/__fixtures/article/seed-feed.json');
  expect(url.hash).toBe('#03%E7%BB%93%E8%AF%AD');
});

test('every copy-link button can be reached with the keyboard', async ({ page }) => {
  await page.goto(seedUrl());
  const heading = page.getByRole('heading', { name: '01 2022 微信公开课五大亮点' });
  await heading.focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName('Copy link to section');
  await expect(focused).toHaveCSS('opacity', '1');
});
