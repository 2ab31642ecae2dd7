// Which Firefox and WebKit the browser tests drive: FIREFOX_PATH, else
// Debian's firefox-esr (or firefox); WebKitGTK's WebKitWebDriver with its
// MiniBrowser, and Xvfb when there is no display. With one missing, install
// it from Debian as root and say so, otherwise stop with an install hint.
// Chromium has its own finder (find-chromium.ts), which bench shares.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { browserFromEnv } from './find-chromium';

const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const LIB = '/usr/lib';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export function findFirefox(): string | undefined {
  return browserFromEnv('FIREFOX_PATH') ?? FIREFOXES.find((path) => existsSync(path));
}

/** WebKitGTK's MiniBrowser lives in the multiarch library folder (x86_64-linux-gnu, aarch64-linux-gnu, …). */
function findMiniBrowser(): string | undefined {
  const dirs = existsSync(LIB) ? readdirSync(LIB) : [];
  for (const dir of dirs) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const path = join(LIB, dir, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

export type WebKitTools = { driver: string; browser: string; xvfb: string | undefined };

export function findWebKit(): WebKitTools | undefined {
  const driver = process.env.WEBKIT_DRIVER_PATH ?? onPath('WebKitWebDriver');
  const browser = process.env.WEBKIT_BROWSER_PATH ?? findMiniBrowser();
  const xvfb = onPath('Xvfb');
  if (!driver || !browser || (!process.env.DISPLAY && !xvfb)) return undefined;
  return { driver, browser, xvfb };
}

function aptInstall(packages: string[]): boolean {
  const run = (args: string[]) => {
    try {
      execFileSync('apt-get', args, { stdio: 'inherit', timeout: 15 * 60_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      return true;
    } catch {
      return false;
    }
  };
  const install = ['install', '-y', '--no-install-recommends', ...packages];
  return run(install) || (run(['update']) && run(install));
}

function ensure<T>(what: string, find: () => T | undefined, packages: string[], hint: string): T {
  const found = find();
  if (found) return found;
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log(`[ruwei] No ${what} found: installing Debian's ${packages.join(', ')} (apt-get)…`);
    aptInstall(packages);
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(`The browser tests need ${what} and none was found or could be installed.\n${hint}`);
}

export function ensureFirefox(): string {
  return ensure('Firefox', findFirefox, ['firefox-esr'], '  Debian/Ubuntu: sudo apt-get install firefox-esr\n  or point FIREFOX_PATH at a Firefox binary (BiDi, 129 or newer).');
}

export function ensureWebKit(): WebKitTools {
  return ensure('WebKit (WebKitWebDriver, MiniBrowser and Xvfb)', findWebKit, ['webkit2gtk-driver', 'xvfb', 'xauth'], '  Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb xauth\n  or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH (and DISPLAY to skip Xvfb).');
}
