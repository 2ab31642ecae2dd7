import { SEED_TITLE, seedUrl, topOf } from '../support/article';
import { expect, historyStep, test } from './fixtures';

const SECTION = '2微信支付成为微信用户的生活习惯';

test('a cold deep link ends with its section at the top, though the feed arrives 1.5 s late', async ({ page }) => {
  await page.goto(seedUrl({ faults: 'delay=1500', hash: SECTION }));
  const heading = page.getByRole('heading', { name: '2）微信支付：成为微信用户的生活习惯' });
  await expect(heading).toBeFocused({ timeout: 10_000 });
  // Once images above it have arrived too, the section has not moved.
  await page.waitForLoadState('networkidle');
  const top = await topOf(page, SECTION);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThanOrEqual(120);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
});

test('a percent-encoded Chinese hash opens its section, a pseudo-heading too', async ({ page }) => {
  await page.goto(seedUrl({ hash: '-推出创作者激励计划' }));
  await expect(page.locator('[id="-推出创作者激励计划"]')).toBeFocused();
  const top = await topOf(page, '-推出创作者激励计划');
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThanOrEqual(120);
  await expect(page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: '③ 推出“创作者激励计划”' })).toHaveAttribute('aria-current', 'location');
});

test('an unknown hash leaves the reader at the top, without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(seedUrl({ hash: 'no-such-section' }));
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('back and forward move between the sections the reader visited', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(seedUrl());
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await toc.getByRole('link', { name: '3）小程序日活破 4.5 亿，加速融入各行各业' }).click();
  await toc.getByRole('link', { name: '1）内容创作者：视频号入场新时机' }).click();
  // The page's own location: Firefox does not report history moves within the app to Playwright.
  const hash = () => page.evaluate(() => decodeURIComponent(location.hash));
  expect(await hash()).toBe('#1内容创作者视频号入场新时机');

  await historyStep(page, -1);
  expect(await hash()).toBe('#3小程序日活破-45-亿加速融入各行各业');
  await expect.poll(() => topOf(page, '3小程序日活破-45-亿加速融入各行各业')).toBeLessThanOrEqual(120);
  expect(await topOf(page, '3小程序日活破-45-亿加速融入各行各业')).toBeGreaterThanOrEqual(0);

  await historyStep(page, -1);
  expect(await hash()).toBe('');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  await historyStep(page, 1);
  await historyStep(page, 1);
  expect(await hash()).toBe('#1内容创作者视频号入场新时机');
  await expect.poll(() => topOf(page, '1内容创作者视频号入场新时机')).toBeLessThanOrEqual(120);
});

test('a reload during the glide to a section reopens that section; a reload after reading on keeps the place', async ({ page, browserName }) => {
  // A slow device makes the glide long enough to reload in the middle of it
  // (Chromium can slow its CPU; elsewhere the reload may come after the glide).
  if (browserName === 'chromium') {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(seedUrl());
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: /结语/ }).click();
  await expect(page).toHaveURL(/#03/);
  await page.reload();
  await expect(page.getByRole('heading', { name: /结语/ })).toBeInViewport();

  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => topOf(page, '03结语')).toBeGreaterThan(300);
  const place = await page.evaluate(() => window.scrollY);
  await page.reload();
  await page.getByRole('heading', { name: /结语/ }).waitFor();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(place);
});
