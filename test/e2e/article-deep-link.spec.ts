import { SEED_TITLE, seedUrl, topOf } from '../support/article';
import { expect, historyStep, test } from './fixtures';

const SECTION = '2微信支付成为微信用户的生活习惯';
const HEADING = '2）微信支付：成为微信用户的生活习惯';

test('a cold deep link ends with its section at the top, though the feed arrives 1.5 s late', async ({ page }) => {
  await page.goto(seedUrl({ faults: 'delay=1500', hash: SECTION }));
  const heading = page.getByRole('heading', { name: HEADING });
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

test('a reload during the glide to a section reopens that section; a reload after reading on keeps the place', async ({ page }) => {
  // A main thread kept busy for the whole glide (a loaded machine) sees only
  // its end: no reload comes, and the glide is tried again on a fresh load.
  for (let attempt = 1; ; attempt++) {
    await page.goto(seedUrl());
    await page.getByRole('heading', { name: HEADING }).waitFor();
    // The page reloads itself from the first scroll event of the glide that
    // finds it strictly between its start and the section, and notes where.
    await page.evaluate((id) => {
      const onScroll = () => {
        const top = document.getElementById(id)!.getBoundingClientRect().top;
        if (window.scrollY <= 0 || top <= 120) return;
        removeEventListener('scroll', onScroll);
        sessionStorage.setItem('test:glide', JSON.stringify({ y: window.scrollY, top }));
        location.reload();
      };
      addEventListener('scroll', onScroll);
    }, SECTION);
    const reloaded = page.waitForEvent('domcontentloaded', { timeout: 5_000 }).then(() => true, () => false);
    await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: HEADING }).click();
    if (await reloaded) break;
    expect(attempt, 'three glides ended before a scroll event saw them midway').toBeLessThan(3);
  }
  await page.getByRole('heading', { name: HEADING }).waitFor();
  await expect.poll(() => topOf(page, SECTION)).toBeLessThanOrEqual(120);
  const rest = await topOf(page, SECTION);
  expect(rest).toBeGreaterThanOrEqual(0);
  const mid = JSON.parse((await page.evaluate(() => sessionStorage.getItem('test:glide')))!) as { y: number; top: number };
  // Where the glide was heading: the section at its resting place.
  const target = mid.y + mid.top - rest;
  expect(mid.y).toBeGreaterThan(0);
  expect(mid.y).toBeLessThan(target);
  expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(SECTION)}`);

  await page.mouse.move(400, 400);
  await page.mouse.wheel(0, -600);
  await expect.poll(() => topOf(page, SECTION)).toBeGreaterThan(300);
  const place = await page.evaluate(() => window.scrollY);
  await page.reload();
  await page.getByRole('heading', { name: HEADING }).waitFor();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(place);
});
