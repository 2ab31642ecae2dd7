// public/settings-boot.js runs before the app and sets the same attributes
// settings.ts would: both read the same stored values here. It also hides a
// static page that is not the view its address asks for.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseSettings, serializeSettings, settingsAttributes, THEME_COLOR_SCHEMES, themeColorMedia } from './settings';

const BOOT = readFileSync(new URL('../../public/settings-boot.js', import.meta.url), 'utf8');

type Page = { address?: string; home?: string | null };

/** index.html's two theme-color metas, as settings-boot.js sees them (it runs after them). */
function themeColorMetas() {
  return THEME_COLOR_SCHEMES.map((scheme) => {
    const attributes: Record<string, string> = { 'data-scheme': scheme, media: `(prefers-color-scheme: ${scheme})` };
    return { attributes, getAttribute: (name: string) => attributes[name] ?? null, setAttribute: (name: string, value: string) => void (attributes[name] = value) };
  });
}

function run(stored: string | null, storageThrows = false, { address = '/', home = null }: Page = {}) {
  const attributes: Record<string, string> = {};
  const metas = themeColorMetas();
  const timers: (() => void)[] = [];
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === 'ruwei.settings' ? stored : null;
    },
  };
  const documentElement = {
    getAttribute: (name: string) => attributes[name] ?? null,
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    removeAttribute: (name: string) => void delete attributes[name],
  };
  const url = new URL(address, 'https://example.org');
  runInNewContext(BOOT, {
    localStorage,
    location: { pathname: url.pathname, search: url.search },
    setTimeout: (run: () => void) => void timers.push(run),
    document: {
      documentElement,
      currentScript: { getAttribute: (name: string) => (name === 'data-home' ? home : null) },
      querySelectorAll: (selector: string) => (selector === 'meta[name="theme-color"]' ? metas : []),
    },
  });
  return { attributes, timers, barMedia: metas.map((meta) => meta.attributes.media) };
}

const boot = (stored: string | null, storageThrows = false) => run(stored, storageThrows).attributes;

/** Whether the page is hidden at first; it never is for longer than 5 s, if the app never starts. */
function hidden(page: Page): boolean {
  const { attributes, timers } = run(null, false, page);
  const first = 'data-booting' in attributes;
  timers.forEach((later) => later());
  expect('data-booting' in attributes).toBe(false);
  return first;
}

function expected(stored: string | null): Record<string, string> {
  return Object.fromEntries(Object.entries(settingsAttributes(parseSettings(stored))).filter((entry): entry is [string, string] => entry[1] !== null));
}

const STORED = [
  null,
  '',
  'not json',
  '"dark"',
  'null',
  '{"v":2,"theme":"dark"}',
  '{"theme":"dark"}',
  '{"v":1,"theme":"dark","size":"huge","width":7,"font":"serif"}',
  '{"v":1,"theme":"system","size":"m","width":"medium","font":"sans"}',
  '{"v":1,"theme":"constructor","size":"toString","width":"__proto__"}',
  serializeSettings({ theme: 'light', size: 's', width: 'wide', font: 'serif' }),
  serializeSettings({ theme: 'dark', size: 'xl', width: 'narrow', font: 'sans' }),
  serializeSettings({ theme: 'system', size: 'l', width: 'medium', font: 'serif' }),
];

describe('public/settings-boot.js', () => {
  it.each(STORED.map((stored) => [String(stored), stored]))('sets what the app would for %s', (_name, stored) => {
    expect(boot(stored)).toEqual(expected(stored));
  });

  it.each(STORED.map((stored) => [String(stored), stored]))('gives the browser’s bar the colour the app would for %s', (_name, stored) => {
    const { theme } = parseSettings(stored);
    expect(run(stored).barMedia).toEqual(THEME_COLOR_SCHEMES.map((scheme) => themeColorMedia(theme, scheme)));
  });

  it('leaves the defaults when storage cannot be read', () => {
    expect(boot(null, true)).toEqual({});
  });

  it.each(['/article/a?feed=%2Fother.json', '/?unread=1&feed=x', '/search', '/blog/search/'])('hides %s until the app starts, at most 5 s: not the static page’s view', (address) => {
    expect(hidden({ address })).toBe(true);
  });

  it.each(['/', '/article/a', '/category/x?unread=1', '/article/research'])('leaves %s shown: it is the view asked for', (address) => {
    expect(hidden({ address })).toBe(false);
  });

  it.each([['/', '/'], ['/index.html', '/'], ['/blog/', '/blog/'], ['/blog/index.html', '/blog/']])('leaves the list of all articles shown at %s, its address', (address, home) => {
    expect(hidden({ address, home })).toBe(false);
  });

  it.each([['/article/a', '/'], ['/category/x', '/'], ['/', '/blog/'], ['/blog/article/a', '/blog/']])('hides the list of all articles at %s (the shell the service worker answers offline)', (address, home) => {
    expect(hidden({ address, home })).toBe(true);
  });

  it('stays small: it blocks the first paint', () => {
    expect(Buffer.byteLength(BOOT)).toBeLessThan(1536);
  });
});
