// Which Chromium the browser tests drive (README, "Set-up"): CHROME_PATH, else
// Playwright's own, else Debian's /usr/bin/chromium; with none, get one and
// say so (Playwright's download where the network allows, else apt-get as
// root), otherwise stop with an install hint.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN = '/usr/bin/chromium';

function playwrightOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The browser an environment variable names, if set; one that names nothing is an error, not a fallback. */
export function browserFromEnv(variable: string): string | undefined {
  const path = process.env[variable];
  if (path && !existsSync(path)) throw new Error(`${variable} is set to ${path}, which does not exist.`);
  return path || undefined;
}

export function findChromium(): string | undefined {
  return browserFromEnv('CHROME_PATH') ?? playwrightOwn() ?? (existsSync(DEBIAN) ? DEBIAN : undefined);
}

function tryRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'inherit', timeout: 10 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log('[ruwei] No Chromium found: trying `npx playwright install chromium`…');
  if (tryRun('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    const own = playwrightOwn();
    if (own) return own;
  }
  if (process.getuid?.() === 0) {
    console.log("[ruwei] Playwright's download failed: installing Debian's chromium package (apt-get)…");
    if (tryRun('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']) || (tryRun('apt-get', ['update']) && tryRun('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']))) {
      if (existsSync(DEBIAN)) return DEBIAN;
    }
  }
  throw new Error(
    'The browser tests need Chromium and none was found or could be installed.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      '  or point CHROME_PATH at a Chrome/Chromium binary.',
  );
}

/** The flags these machines need (closed network, no sandbox as root, no GPU). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
