// The static pages `npm run build` writes for the site's own feed (README,
// "Static pages"): an article reads with JavaScript off, section links land
// before any script, the app takes the page over without a change, and the
// test server answers like GitHub Pages (a page per path, else 404.html with
// status 404).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { plainFeed } from '../support/generate';
import { solidPng } from '../support/png';
import { DIST } from '../support/server';
import { expect, test } from './fixtures';

const SLUG = 'weixin-gongkaike-2022';
const TITLE = '微信将迎来一大波改版，有哪些新机会？';
const SITE_TITLE = 'ruwei 入微';
const SECTION = '2微信支付成为微信用户的生活习惯';
const SECTION_HEADING = '2）微信支付：成为微信用户的生活习惯';
const CATEGORY = '资讯';
const siteFeed = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8')) as { items: { tags?: string[] }[] };

/**
 * Where the section's heading and the sticky header's bottom edge are (CSS
 * pixels), once the page has stopped scrolling (a section link may glide
 * there): unchanged over ten frames.
 */
function sectionOffset(page: Page): Promise<{ top: number; headerBottom: number }> {
  return page.evaluate((id) => new Promise((done) => {
    const read = () => ({
      top: document.getElementById(id)!.getBoundingClientRect().top,
      headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    });
    let last = read();
    let still = 0;
    const tick = () => {
      const now = read();
      still = now.top === last.top ? still + 1 : 0;
      last = now;
      if (still >= 10) done(now);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), SECTION);
}

/** The width and height each image of a page declares, by URL. */
function imageSizes(html: string): Map<string, [number, number]> {
  const sizes = new Map<string, [number, number]>();
  for (const [img] of html.matchAll(/<img\b[^>]*>/g)) {
    const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(img)?.[1];
    const [src, width, height] = [attribute('src'), Number(attribute('width')), Number(attribute('height'))];
    if (src && width && height) sizes.set(src.replace(/&amp;/g, '&'), [width, height]);
  }
  return sizes;
}

/** Serves the article's images `delay` ms late, at the size its page declares for them; counts them. */
async function serveImages(page: Page, delay = 0): Promise<{ asked: number; answered: number }> {
  const sizes = imageSizes(readFileSync(join(DIST, 'article', `${SLUG}.html`), 'utf8'));
  const images = { asked: 0, answered: 0 };
  await page.route('https://img.36krcdn.com/**', async (route) => {
    images.asked++;
    await new Promise((done) => setTimeout(done, delay));
    const [width, height] = sizes.get(route.request().url()) ?? [1200, 675];
    await route.fulfill({ contentType: 'image/png', body: solidPng(width, height) });
    images.answered++;
  });
  return images;
}

/** Console errors and warnings, and uncaught errors, of the page from now on. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Playwright's stand-in for service-worker registration (playwright.config.ts) warns; not the app.
    if ((message.type() === 'error' || message.type() === 'warning') && !message.text().includes('blocked by Playwright')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

function expectUnderHeader({ top, headerBottom }: { top: number; headerBottom: number }): void {
  expect(top).toBeGreaterThanOrEqual(headerBottom);
  expect(top).toBeLessThanOrEqual(headerBottom + 60);
}

// Playwright's javaScriptEnabled: false is silently ignored by Firefox over
// WebDriver BiDi (the app ran there); a server that forbids every script turns
// them off in every engine, in workers of its own.
const scriptless = test.extend({ scriptsOff: [true, { scope: 'worker' }] });

scriptless.describe('with JavaScript off', () => {
  scriptless.use({ javaScriptEnabled: false });

  scriptless('an article page shows its title, body, contents and images, and a section link lands on its section', async ({ page, requests }) => {
    const response = await page.goto(`/article/${SLUG}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${TITLE} — ${SITE_TITLE}`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText('9 min read')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Categories' }).getByRole('link', { name: '资讯' })).toHaveAttribute('href', '/category/%E8%B5%84%E8%AE%AF');
    await expect(page.getByText('张小龙首次缺席').first()).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    await expect(toc.getByRole('link', { name: SECTION_HEADING })).toHaveAttribute('href', `#${SECTION}`);
    // The first image may load at once; those further down wait (loading=lazy).
    const image = page.locator('.article-body img').first();
    await expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(image).toHaveAttribute('width', '832');
    await expect(image).toHaveAttribute('height', '450');
    await expect(page.locator('.article-body img[loading="lazy"]')).not.toHaveCount(0);

    await page.goto(`/article/${SLUG}#${encodeURIComponent(SECTION)}`);
    const heading = page.getByRole('heading', { name: SECTION_HEADING });
    // No script to ask: the boxes as the browser lays them out, once the browser's own glide is over.
    await expect(async () => {
      const top = (await heading.boundingBox())!.y;
      const header = (await page.locator('.site-header').boundingBox())!;
      expectUnderHeader({ top, headerBottom: header.y + header.height });
    }).toPass();
    // Scripts were off indeed: the browser did not even fetch the blocking one in the head.
    expect(requests.filter((url) => url.endsWith('/settings-boot.js'))).toEqual([]);
  });

  scriptless('on a narrow screen an article shows its contents and the list its categories in the flow, with no control that needs the app', async ({ page, browserName }) => {
    // CSS's `scripting: none` needs scripts off in the browser itself; in Firefox the server's policy blocks them instead.
    scriptless.skip(browserName === 'firefox', 'Playwright cannot turn scripts off in Firefox over WebDriver BiDi');
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`/article/${SLUG}`);
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    await expect(toc.getByRole('link', { name: SECTION_HEADING })).toBeVisible();
    await expect(toc.getByRole('button')).toHaveCount(0);
    for (const name of ['Table of contents', 'Copy link to section', 'Reader settings', 'Keyboard shortcuts']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    // The list: its categories in the flow, with no toggle, fold or read-state control.
    await page.goto('/');
    const categories = page.getByRole('navigation', { name: 'Categories' });
    await expect(categories.getByRole('link', { name: new RegExp(CATEGORY) })).toBeVisible();
    await expect(categories.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Mark all as read' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Unread only' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'All articles' }).getByRole('link', { name: TITLE })).toBeVisible();
  });

  scriptless('a category page lists its articles, each with its date and summary, and its link opens the article', async ({ page }) => {
    const response = await page.goto(`/category/${encodeURIComponent(CATEGORY)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CATEGORY);
    const list = page.getByRole('list', { name: CATEGORY });
    await expect(list.getByRole('listitem')).toHaveCount(siteFeed.items.filter((item) => item.tags?.includes(CATEGORY)).length);
    const row = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await expect(row.locator('time')).toHaveText('Jan 7, 2022');
    await expect(row.getByText('张小龙首次缺席')).toBeVisible();
    await row.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(`/article/${SLUG}`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  });

  scriptless('the list of all articles lists the newest, each with its date and summary, and its link opens the article', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`All articles — ${SITE_TITLE}`);
    const list = page.getByRole('list', { name: 'All articles' });
    await expect(list.getByRole('listitem')).toHaveCount(Math.min(siteFeed.items.length, 50));
    await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: new RegExp(CATEGORY) })).toHaveAttribute('href', `/category/${encodeURIComponent(CATEGORY)}`);
    const row = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await expect(row.locator('time')).toHaveText('Jan 7, 2022');
    await expect(row.getByText('张小龙首次缺席')).toBeVisible();
    await row.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(`/article/${SLUG}`);
  });

  scriptless('an unknown address answers 404 with the not-found view and a way home', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to all articles' })).toHaveAttribute('href', '/');
  });
});

test('a cold load with a section hash: the section is under the header before and after the app starts, which takes the page over as it is', async ({ page, requests, server }) => {
  const problems = problemsOf(page);
  // Images arrive 1 s late: sized boxes hold their place meanwhile.
  const images = await serveImages(page, 1000);
  // The app's script waits until the page has been measured without it.
  const releaseScript = server.hold(/^\/assets\/index-[\w-]+\.js$/);
  await page.addInitScript(() => {
    const shifts = { total: 0, supported: PerformanceObserver.supportedEntryTypes.includes('layout-shift') };
    Object.assign(window, { ruweiShifts: shifts });
    if (!shifts.supported) return;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

  await page.goto(`/article/${SLUG}#${encodeURIComponent(SECTION)}`, { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { name: SECTION_HEADING });
  await expect(heading).toBeInViewport();
  const before = await sectionOffset(page);
  expectUnderHeader(before);
  await page.evaluate(() => Object.assign(window, { ruweiHeading: document.querySelector('h1') }));

  releaseScript();
  // The app pins the section it was opened at: its entry in the contents is current.
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(toc.getByRole('link', { name: SECTION_HEADING })).toHaveAttribute('aria-current', 'location');
  await expect(heading).toBeFocused();
  // Hydrated, not rendered afresh: the page's own heading element is still the one shown.
  expect(await page.evaluate(() => document.querySelector('h1') === (window as unknown as { ruweiHeading: Element }).ruweiHeading)).toBe(true);
  expect(await sectionOffset(page)).toEqual(before);

  // Once every image the browser asked for has arrived (Chromium loads lazy ones above the section too,
  // Firefox only those near the viewport), nothing has moved.
  await expect.poll(() => images.asked > 0 && images.answered === images.asked).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(await sectionOffset(page)).toEqual(before);
  const shifts = await page.evaluate(() => (window as unknown as { ruweiShifts: { total: number; supported: boolean } }).ruweiShifts);
  // Firefox reports no layout-shift entries: there the unmoved section above is the measure.
  if (shifts.supported) expect(shifts.total).toBeLessThan(0.01);

  expect(problems).toEqual([]);
  const json = requests.filter((url) => new URL(url).pathname.endsWith('.json'));
  expect(json).toEqual([]);

  // Leaving the article for the list loads the whole feed, as any first visit does.
  await page.getByRole('banner').getByRole('link', { name: SITE_TITLE }).click();
  await expect(page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: /^All \d+$/ })).toHaveText(/9/);
});

test.describe('for a reader whose browser asks for another language than the page’s (static pages are English)', () => {
  test.use({ locale: 'zh-CN' });

  test('a cold load with a section hash: the app renders the page anew from its data, in the reader’s language, with no “Loading” and the section still under the header', async ({ page, requests, server }) => {
    const problems = problemsOf(page);
    await serveImages(page);
    const releaseScript = server.hold(/^\/assets\/index-[\w-]+\.js$/);
    await page.addInitScript(() => {
      const seen = { loading: false };
      Object.assign(window, { ruweiSeen: seen });
      new MutationObserver(() => {
        if (document.querySelector('#root .loading')) seen.loading = true;
      }).observe(document, { childList: true, subtree: true });
    });

    await page.goto(`/article/${SLUG}#${encodeURIComponent(SECTION)}`, { waitUntil: 'commit' });
    const heading = page.getByRole('heading', { name: SECTION_HEADING });
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeAttached();
    expectUnderHeader(await sectionOffset(page));

    releaseScript();
    const toc = page.getByRole('navigation', { name: '目录' });
    await expect(toc.getByRole('link', { name: SECTION_HEADING })).toHaveAttribute('aria-current', 'location');
    await expect(heading).toBeFocused();
    await expect(page.getByRole('button', { name: '复制本节链接' }).first()).toBeAttached();
    expectUnderHeader(await sectionOffset(page));
    expect(await page.evaluate(() => (window as unknown as { ruweiSeen: { loading: boolean } }).ruweiSeen.loading)).toBe(false);
    expect(requests.filter((url) => new URL(url).pathname.endsWith('.json'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

for (const [what, path, name] of [['a category page', `/category/${encodeURIComponent(CATEGORY)}`, CATEGORY], ['the list of all articles', '/', 'All articles']] as const) {
  test(`a cold load of ${what}: the app’s list takes the place of the page’s rows, with no “Loading” between and nothing moved`, async ({ page, server }) => {
    const problems = problemsOf(page);
    // Thumbnails load (one that fails is hidden by the app, and its row's text widens: not what is measured here).
    await page.route(/^https:\/\/(?:img\.36krcdn\.com|picsum\.photos|www\.loliapi\.com)\//, (route) => route.fulfill({ contentType: 'image/png', body: solidPng(400, 300) }));
    const releaseScript = server.hold(/^\/assets\/index-[\w-]+\.js$/);
    await page.addInitScript(() => {
      const seen = { loading: false, shifts: 0, supported: PerformanceObserver.supportedEntryTypes.includes('layout-shift') };
      Object.assign(window, { ruweiSeen: seen });
      const look = () => {
        requestAnimationFrame(look);
        // Browsers paint nothing before the stylesheets in <head> have loaded.
        if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((link) => !link.sheet)) return;
        if (document.querySelector('#root [aria-busy="true"], #root .is-loading, #root .loading')) seen.loading = true;
      };
      requestAnimationFrame(look);
      if (!seen.supported) return;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) seen.shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });

    await page.goto(path, { waitUntil: 'commit' });
    const link = page.getByRole('list', { name }).getByRole('link', { name: TITLE });
    await expect(link).toBeVisible();
    // Measured as painted: once the stylesheets are in.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((sheet) => sheet.sheet));
    const before = await link.boundingBox();
    releaseScript();
    // The app's rows are placed by its virtual list.
    await expect(page.locator('.article-list > .article-row[style*="translateY"]').first()).toBeAttached();
    await expect(link).toBeVisible();
    // Within a layout unit's rounding (rows in the page's flow against rows the list places), never a visible pixel.
    const after = (await link.boundingBox())!;
    for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(after[side] - before![side]), side).toBeLessThan(0.5);
    const seen = await page.evaluate(() => (window as unknown as { ruweiSeen: { loading: boolean; shifts: number; supported: boolean } }).ruweiSeen);
    expect(seen.loading).toBe(false);
    if (seen.supported) expect(seen.shifts).toBeLessThan(0.01);
    expect(problems).toEqual([]);
  });
}

/**
 * Records, at every frame the page can paint (its stylesheets loaded), each level-1 heading it holds:
 * `ruweiShown` the texts of those shown, `ruweiFirstHidden` those hidden the first time they were there.
 */
async function recordTitles(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: string[] = [];
    const firstHidden: string[] = [];
    const met = new Set<string>();
    Object.assign(window, { ruweiShown: shown, ruweiFirstHidden: firstHidden });
    const look = () => {
      requestAnimationFrame(look);
      // Browsers paint nothing before the stylesheets in <head> have loaded (Firefox still runs frames).
      if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((link) => !link.sheet)) return;
      for (const h1 of document.querySelectorAll('h1')) {
        const text = h1.textContent ?? '';
        const visible = h1.checkVisibility({ visibilityProperty: true });
        if (!met.has(text) && !visible) firstHidden.push(text);
        met.add(text);
        if (visible && !shown.includes(text)) shown.push(text);
      }
    };
    requestAnimationFrame(look);
  });
}
const titles = (page: Page, which: 'ruweiShown' | 'ruweiFirstHidden') => page.evaluate((which) => (window as unknown as Record<string, string[]>)[which]!, which);

test.describe('a static page that is not the view asked for (another feed, or 404.html for the search view)', () => {
  const feed = () => encodeURIComponent(plainFeed(12));

  test('is never shown: the app’s view replaces it', async ({ page }) => {
    await recordTitles(page);
    // No static page at this path: 404.html answers, and its not-found view is not what the app will show.
    const response = await page.goto(`/article/post-1?feed=${feed()}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: /Post 1$/ })).toBeVisible();
    expect(await titles(page, 'ruweiShown')).not.toContain('Page not found');

    // The own feed's article page, under another feed, which lacks that article.
    await page.goto(`/article/${SLUG}?feed=${feed()}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
    expect(await titles(page, 'ruweiShown')).not.toContain(TITLE);

    await page.goto('/search?q=%E5%BE%AE%E4%BF%A1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('微信');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('微信');
    expect(await titles(page, 'ruweiShown')).not.toContain('Page not found');
  });

  test('shows what it holds if the app never starts', async ({ page }) => {
    await recordTitles(page);
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`/article/${SLUG}?feed=${feed()}`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: 15_000 });
    // Hidden first, while the app could still have started.
    expect(await titles(page, 'ruweiFirstHidden')).toContain(TITLE);
  });
});

test.describe('over plain HTTP', () => {
  type Item = { title: string; summary?: string; image?: string; date_published?: string; tags?: string[]; _ruwei?: { slug?: string } };
  const feed = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8')) as { items: Item[] };

  function tag(html: string, pattern: RegExp): string | undefined {
    return pattern.exec(html)?.[1];
  }
  const meta = (html: string, key: string) => tag(html, new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`));
  const decode = (text: string | undefined) => text?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  test('every article page answers 200 with its head tags', async ({ server }) => {
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) {
      const path = `/article/${encodeURIComponent(item._ruwei?.slug ?? item.title)}`;
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(decode(tag(html, /<title>([^<]*)<\/title>/)), path).toBe(`${item.title} — ${SITE_TITLE}`);
      expect(decode(meta(html, 'og:title'))).toBe(item.title);
      expect(decode(meta(html, 'description'))?.slice(0, 20)).toBe(item.summary?.replace(/\s+/g, ' ').trim().slice(0, 20));
      expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
      expect(meta(html, 'og:type')).toBe('article');
      expect(tag(html, /<link rel="canonical" href="([^"]*)"/)).toBe(path);
      expect(meta(html, 'og:url')).toBe(path);
      if (item.image) expect(decode(meta(html, 'og:image'))).toBe(item.image);
      expect(meta(html, 'article:published_time')).toBe(new Date(item.date_published!).toISOString());
      expect(meta(html, 'twitter:card')).toMatch(/^summary/);
      expect(tag(html, /<html lang="([^"]*)"/)).toBeTruthy();
      for (const [type, href] of [['application/feed+json', '/feed.json'], ['application/rss+xml', '/rss.xml'], ['application/atom+xml', '/atom.xml']]) {
        expect(html).toContain(`<link rel="alternate" type="${type}"`);
        expect(html).toContain(`href="${href}"`);
      }
      // The page holds the article itself, and no inline script.
      expect(html).toContain(`<h1>${item.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</h1>`);
      expect(html.match(/<script\b[^>]*>/g)?.filter((script) => !/\bsrc="|type="application\/json"/.test(script))).toEqual([]);
    }
  });

  test('the list of all articles answers 200 with its head tags and a link to each of its first articles', async ({ server }) => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(decode(tag(html, /<title>([^<]*)<\/title>/))).toBe(`All articles — ${SITE_TITLE}`);
    expect(meta(html, 'og:type')).toBe('website');
    expect(tag(html, /<link rel="canonical" href="([^"]*)"/)).toBe('/');
    const links = [...html.matchAll(/<a [^>]*href="\/article\/([^"]+)"/g)].map(([, slug]) => decodeURIComponent(slug!));
    expect(new Set(links)).toEqual(new Set(feed.items.slice(0, 50).map((item) => item._ruwei?.slug ?? item.title)));
  });

  test('every category page answers 200 with its head tags; an unknown path 404 with the not-found page', async ({ server }) => {
    const tags = [...new Set(feed.items.flatMap((item) => item.tags ?? []))];
    expect(tags.length).toBeGreaterThan(0);
    for (const name of tags) {
      const path = `/category/${encodeURIComponent(name)}`;
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      const html = await response.text();
      expect(decode(tag(html, /<title>([^<]*)<\/title>/))).toBe(`${name} — ${SITE_TITLE}`);
      expect(decode(meta(html, 'og:title'))).toBe(name);
      expect(meta(html, 'og:type')).toBe('website');
      expect(tag(html, /<link rel="canonical" href="([^"]*)"/)).toBe(path);
      expect(meta(html, 'description')).toBeTruthy();
    }
    const missing = await fetch(`${server.url}/article/does-not-exist`);
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain('Page not found');
    expect(html).toMatch(/<a [^>]*href="\/"[^>]*>Back to all articles<\/a>/);
  });
});
