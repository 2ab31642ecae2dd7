// Reading comfort: the reader settings (theme, font size, line width, font),
// remembered and applied before the first paint; code blocks highlighted at
// build time with a working "Copy code"; the print stylesheet.
import { createHash } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { SEED_TITLE, seedUrl } from '../support/article';
import { seriousViolations } from '../support/axe';
import { builtSite } from '../support/generate';
import { expect, onDarkSystem, test } from './fixtures';

const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(22, 24, 27)';

const px = (value: string) => Number.parseFloat(value);

function settingsDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Reader settings' });
}

/** The colour the browser gives its bar: the first `theme-color` meta whose media matches. */
function barColour(page: Page): Promise<string | undefined> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')]
    .find((meta) => !meta.media || matchMedia(meta.media).matches)?.content);
}

function choice(dialog: Locator, group: string, name: string): Locator {
  return dialog.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true });
}

test('reader settings change the theme, font size, line width and font, and survive a reload', async ({ page }) => {
  await page.goto(seedUrl());
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  const body = page.locator('.article-body');
  const paragraph = body.locator('p').first();
  const before = { size: px(await paragraph.evaluate((p) => getComputedStyle(p).fontSize)), width: (await body.boundingBox())!.width };

  const opener = page.getByRole('button', { name: 'Reader settings' });
  await opener.click();
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  await choice(dialog, 'Theme', 'Dark').check();
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
  await expect.poll(() => barColour(page)).toBe('#16181b'); // on a light system
  await choice(dialog, 'Line width', 'Wide').check();
  await expect.poll(async () => (await body.boundingBox())!.width).toBeGreaterThan(before.width * 1.15);
  await choice(dialog, 'Font size', 'Extra large').check();
  await expect.poll(async () => px(await paragraph.evaluate((p) => getComputedStyle(p).fontSize))).toBeCloseTo(before.size * 1.25, 1);
  await choice(dialog, 'Font', 'Serif').check();
  await expect(paragraph).toHaveCSS('font-family', /Songti SC/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
  await expect.poll(() => barColour(page)).toBe('#16181b');
  expect(px(await paragraph.evaluate((p) => getComputedStyle(p).fontSize))).toBeCloseTo(before.size * 1.25, 1);
  await opener.click();
  for (const [group, name] of [['Theme', 'Dark'], ['Font size', 'Extra large'], ['Line width', 'Wide'], ['Font', 'Serif']] as const) {
    await expect(choice(dialog, group, name)).toBeChecked();
  }
  await choice(dialog, 'Theme', 'Light').check();
  await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
  await expect.poll(() => barColour(page)).toBe('#fbfaf7');
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(opener).toBeFocused();
});

/** Reloads the page with these stored settings, the app's modules kept from arriving: only the settings script in <head> may run. */
async function reloadWithoutApp(page: Page, stored: string): Promise<void> {
  await page.evaluate((stored) => localStorage.setItem('ruwei.settings', stored), stored);
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.reload();
  // The list's page is prerendered: its rows still there, not the app's, prove no app script ran.
  await expect(page.locator('#root .article-list[data-prerendered] > .article-row').first()).toBeAttached();
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the first frame after a reload already has the chosen background, before any script of the app runs', async ({ page }) => {
  await page.goto('/');
  await reloadWithoutApp(page, JSON.stringify({ v: 1, theme: 'dark' }));
  expect(await background(page)).toBe(DARK_BG);
  expect(await barColour(page)).toBe('#16181b');

  // A corrupt value is ignored: the system's theme.
  await reloadWithoutApp(page, '{"v":1,"theme":"midnight"');
  expect(await background(page)).toBe(LIGHT_BG);
});

onDarkSystem('on a dark system, Light wins from the first frame; a corrupt value leaves the system’s dark', async ({ page }) => {
  await page.goto('/');
  expect(await background(page)).toBe(DARK_BG);
  await reloadWithoutApp(page, JSON.stringify({ v: 1, theme: 'light' }));
  expect(await background(page)).toBe(LIGHT_BG);
  expect(await barColour(page)).toBe('#fbfaf7');
  await reloadWithoutApp(page, '{"v":1,"theme":"midnight"');
  expect(await background(page)).toBe(DARK_BG);
});

const JS = 'const greet = (name) => `Hello, ${name}!`;\nconsole.log(greet("ruwei")); // a greeting';
const PYTHON = 'def area(r: float) -> float:\n    return 3.14159 * r ** 2  # a circle';
const SHELL = 'npm install --save-exact highlight.js@11.12.0 && echo "installed in $PWD" # and a long line that goes on past the edge of the block, to be scrolled sideways';
const CODE_POST = `Three blocks of code.\n\n\`\`\`js\n${JS}\n\`\`\`\n\n\`\`\`python\n${PYTHON}\n\`\`\`\n\n\`\`\`sh\n${SHELL}\n\`\`\`\n`;

async function openCodePost(page: Page): Promise<void> {
  const name = `fenced-code-${createHash('sha256').update(CODE_POST).digest('hex').slice(0, 8)}`;
  const feed = await builtSite(1, name, () => CODE_POST);
  await page.goto(`/article/post-0?feed=${encodeURIComponent(feed)}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('fenced JavaScript, Python and shell are highlighted in both themes, and "Copy code" copies a block', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openCodePost(page);
  const blocks = page.locator('.code-block');
  await expect(blocks).toHaveCount(3);
  await expect(blocks.locator('.code-language')).toHaveText(['JavaScript', 'Python', 'Shell']);
  for (const [i, text] of [JS, PYTHON, SHELL].entries()) await expect(blocks.nth(i).locator('pre')).toHaveText(`${text}\n`);
  const keyword = blocks.nth(1).locator('.hljs-keyword', { hasText: 'def' });
  const comment = blocks.nth(0).locator('.hljs-comment');
  await expect(blocks.nth(2).locator('.hljs-built_in', { hasText: 'echo' })).toBeVisible();
  await expect(keyword).toHaveCSS('color', 'rgb(207, 34, 46)');
  await expect(comment).toHaveCSS('color', 'rgb(89, 99, 110)');
  const shell = blocks.nth(2).locator('pre');
  expect(await shell.evaluate((pre) => pre.scrollWidth > pre.clientWidth && getComputedStyle(pre).backgroundImage.includes('radial-gradient'))).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  await blocks.nth(1).getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByRole('status')).toHaveText('Code copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${PYTHON}\n`);

  await page.getByRole('button', { name: 'Reader settings' }).click();
  await choice(settingsDialog(page), 'Theme', 'Dark').check();
  await page.keyboard.press('Escape');
  await expect(keyword).toHaveCSS('color', 'rgb(255, 123, 114)');
  await expect(comment).toHaveCSS('color', 'rgb(139, 148, 158)');
  expect(await seriousViolations(page)).toEqual([]);
});

test('printing shows the article alone, with its address, date and link targets', async ({ page, browserName }) => {
  await page.goto(seedUrl());
  const article = page.getByRole('article');
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await emulatePrint(page, browserName);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'More articles' })).toBeHidden();
  // The article's pictures are buttons that open them larger: those print as pictures, no other button prints.
  await expect(page.getByRole('button').filter({ visible: true }).filter({ hasNot: page.locator('img') })).toHaveCount(0);
  await expect(article.locator('.article-body img').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(article.locator('time').first()).toBeVisible();
  const address = new URL(page.url());
  address.hash = '';
  expect(await generatedText(article, '::before')).toBe(address.href);
  const link = article.locator('.article-body a[href^="https://36kr.com/"]').first();
  const href = await link.getAttribute('href');
  expect(await generatedText(link, '::after')).toBe(` (${href})`);
  await expect(article.locator('.article-body img').first()).toHaveCSS('break-inside', 'avoid');
});

/**
 * Print media as a printer sees the page. Firefox ESR's `page.emulateMedia` does nothing over BiDi, so there the
 * page's own `@media print` rules are switched on in place (CSSOM): Firefox lays the page out with exactly the
 * print rules the stylesheets hold, though not through its print pipeline (TESTING.md, "Engines").
 */
async function emulatePrint(page: Page, browserName: string): Promise<void> {
  if (browserName !== 'firefox') return page.emulateMedia({ media: 'print' });
  const switched = await page.evaluate(() => {
    let count = 0;
    const visit = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
          rule.media.mediaText = 'all';
          count++;
        }
        if (rule instanceof CSSGroupingRule) visit(rule.cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
    return count;
  });
  expect(switched).toBeGreaterThanOrEqual(2); // the shell's and the article's
}

/** The text a pseudo-element shows. Chromium computes `content: attr(x)` to a string; Firefox keeps `attr(x)`. */
function generatedText(element: Locator, pseudo: '::before' | '::after'): Promise<string> {
  return element.evaluate((node, pseudo) => {
    const content = getComputedStyle(node, pseudo).content;
    return Array.from(content.matchAll(/"((?:[^"\\]|\\.)*)"|attr\(([\w-]+)\)/g), ([, text, name]) =>
      name === undefined ? text!.replace(/\\(.)/g, '$1') : node.getAttribute(name) ?? '').join('');
  }, pseudo);
}
