// WebKit: the article view. Deep links, the table of contents, back/forward
// and reload put sections under the header without `scrollend` (WebKit has
// none, so scroll memory ends the app's glides by time), copy link, and
// lazy images that keep their box.
import { SEED_PATH, SEED_TITLE, seedUrl } from '../support/article';
import { articleTitle, dialogs, expect, pageErrors, test, topOf, type Browser } from './webkit';

const SECTION_3 = '3小程序日活破-45-亿加速融入各行各业';
const SECTION_1 = '1内容创作者视频号入场新时机';

const hash = (webkit: Browser) => webkit.execute(() => decodeURIComponent(location.hash));
const scrollY = (webkit: Browser) => webkit.execute(() => window.scrollY);
const toc = (webkit: Browser) => webkit.$('nav.toc-panel');
const underHeader = async (webkit: Browser, id: string) => {
  await expect.poll(() => topOf(webkit, id), { message: `#${id} under the header` }).toBeLessThanOrEqual(120);
  expect(await topOf(webkit, id)).toBeGreaterThanOrEqual(0);
};

test('WebKit has no scrollend: the fallback is what these specs exercise', async ({ webkit, open }) => {
  await open('/');
  expect(await webkit.execute(() => 'onscrollend' in window)).toBe(false);
});

test('a cold deep link with a Chinese hash, the feed 1.5 s late, ends with its section at the top', async ({ webkit, open }) => {
  await open(seedUrl({ faults: 'delay=1500', hash: '2微信支付成为微信用户的生活习惯' }));
  await expect.poll(() => webkit.execute(() => document.activeElement?.id)).toBe('2微信支付成为微信用户的生活习惯');
  await underHeader(webkit, '2微信支付成为微信用户的生活习惯');
  expect(await scrollY(webkit)).toBeGreaterThan(1000);
  expect(await articleTitle(webkit)).toBe(SEED_TITLE);
  expect(await pageErrors(webkit)).toEqual([]);
});

test('TOC: folding, then a click moves to the section, updates the hash and marks it current', async ({ webkit, open }) => {
  await open(seedUrl());
  await articleTitle(webkit);
  const panel = toc(webkit);
  const branch = 'nav.toc-panel button.toc-fold[aria-label="01 2022 微信公开课五大亮点"]';
  const expanded = () => webkit.execute((selector) => document.querySelector(selector)?.getAttribute('aria-expanded'), branch);
  const inner = () => webkit.execute(() => [...document.querySelectorAll('nav.toc-panel a')].some((a) => a.textContent === '1）视频号首开场成 C 位：内容生态与创作激励'));
  await expect.poll(expanded).toBe('true');
  await panel.$('button=Collapse all').click();
  await expect.poll(expanded).toBe('false');
  expect(await inner()).toBe(false);
  await webkit.$(branch).click();
  await expect.poll(expanded).toBe('true');
  expect(await inner()).toBe(true);

  const entry = panel.$('a=4）搜一搜月活用户超 7 亿：“用微信，搜所有”');
  await entry.click();
  await expect.poll(() => hash(webkit)).toBe('#4搜一搜月活用户超-7-亿用微信搜所有');
  await expect.poll(() => entry.getAttribute('aria-current')).toBe('location');
  await underHeader(webkit, '4搜一搜月活用户超-7-亿用微信搜所有');
  expect(await pageErrors(webkit)).toEqual([]);
});

test('back and forward move between the sections the reader visited', async ({ webkit, open }) => {
  await open(seedUrl());
  await articleTitle(webkit);
  await toc(webkit).$('a=3）小程序日活破 4.5 亿，加速融入各行各业').click();
  await underHeader(webkit, SECTION_3);
  await toc(webkit).$('a=1）内容创作者：视频号入场新时机').click();
  await underHeader(webkit, SECTION_1);

  await webkit.back();
  await expect.poll(() => hash(webkit)).toBe(`#${SECTION_3}`);
  await underHeader(webkit, SECTION_3);
  await webkit.back();
  await expect.poll(() => hash(webkit)).toBe('');
  await expect.poll(() => scrollY(webkit)).toBe(0);
  await webkit.forward();
  await webkit.forward();
  await expect.poll(() => hash(webkit)).toBe(`#${SECTION_1}`);
  await underHeader(webkit, SECTION_1);
});

test('a reload after a TOC jump reopens the section; after reading on it keeps the place', async ({ webkit, open }) => {
  await open(seedUrl());
  await articleTitle(webkit);
  await toc(webkit).$('a=3）小程序日活破 4.5 亿，加速融入各行各业').click();
  await expect.poll(() => hash(webkit)).toBe(`#${SECTION_3}`);
  await webkit.refresh();
  await articleTitle(webkit);
  await underHeader(webkit, SECTION_3);

  // The reader reads on with the keyboard: from now on the pixels count.
  await webkit.execute(() => (document.activeElement as HTMLElement | null)?.blur());
  await webkit.keys(['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp']);
  await expect.poll(() => topOf(webkit, SECTION_3)).toBeGreaterThan(150);
  // Let the position settle and be saved.
  let place = await scrollY(webkit);
  await expect.poll(async () => place === (place = await scrollY(webkit))).toBe(true);
  await webkit.refresh();
  await articleTitle(webkit);
  await expect.poll(() => scrollY(webkit)).toBe(place);
});

test('"Copy link to section" copies the absolute URL of the section and says so', async ({ webkit, open, server }) => {
  await open(seedUrl());
  await articleTitle(webkit);
  const button = webkit.$('.section-heading:has(#\\30 3结语) button.copy-link');
  await button.scrollIntoView({ block: 'center' });
  await button.moveTo();
  await button.click();
  await expect.poll(() => webkit.$('[role="status"]').getText()).toBe('Link copied');
  // Read the clipboard back the way a reader would: paste into a field.
  await webkit.execute(() => {
    const field = document.body.appendChild(document.createElement('textarea'));
    field.id = 'paste-here';
    field.focus();
  });
  await webkit.keys(['Control', 'v']);
  const pasted = await webkit.$('#paste-here').getValue();
  const url = new URL(pasted);
  expect(url.origin).toBe(server.url);
  expect(url.pathname).toBe(SEED_PATH);
  expect(url.hash).toBe('#03%E7%BB%93%E8%AF%AD');
});

test('images are sized before their bytes and load lazily, near the screen first', async ({ webkit, open, server }) => {
  await open(seedUrl());
  await articleTitle(webkit);
  const images = await webkit.execute(() => [...document.querySelectorAll<HTMLImageElement>('.article-body img')].map((img) => ({
    src: img.src,
    height: img.getBoundingClientRect().height,
    below: img.getBoundingClientRect().top - window.innerHeight,
  })));
  expect(images.length).toBeGreaterThan(5);
  // Every image has its box already, whether its bytes came or not.
  for (const image of images) expect(image.height, image.src).toBeGreaterThan(0);
  const fetched = () => new Set(server.requests.filter((url) => url.startsWith('/__img/')));
  const before = fetched().size;
  expect(before).toBeLessThan(images.length);
  await webkit.execute(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => fetched().size).toBeGreaterThan(before);
  expect(await dialogs(webkit)).toEqual([]);
});
