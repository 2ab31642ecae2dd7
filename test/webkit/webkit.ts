// The WebKit suite's fixtures: WebKitGTK's MiniBrowser driven over WebDriver
// classic by WebdriverIO, under Xvfb when there is no display. Playwright's
// runner runs these specs (project `webkit`) like any other, but WebDriver
// classic has no request events, page-error events or init scripts: the test
// server logs requests (`server.requests`) and puts a collector script into
// every page (`pageErrors`, `dialogs`, see test/support/page-collector.js).
//
// A spec imports `test` and `expect` from here and gets `webkit` (a fresh
// MiniBrowser session per test, a 1280×800 window, on the test server) and `server`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { test as base, expect } from '@playwright/test';
import { remote } from 'webdriverio';
import { ensureWebKit } from '../support/find-browsers';
import { startServer, type TestServer } from '../support/server';

export type Browser = WebdriverIO.Browser;

type WorkerFixtures = { server: TestServer; display: string; driverUrl: URL };
type TestFixtures = { webkit: Browser; open: (path: string) => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** Xvfb on a free display number, which it writes to the pipe it is given (-displayfd). */
async function startXvfb(xvfb: string): Promise<{ display: string; child: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const number = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) done(out.trim());
    });
    child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it opened a display`)));
  });
  return { display: `:${number}`, child };
}

async function waitForDriver(url: URL, driver: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    const ready = await fetch(new URL('status', url)).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await startServer({ collector: true });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  display: [
    // eslint-disable-next-line no-empty-pattern -- as above
    async ({}, use) => {
      const { xvfb } = ensureWebKit();
      if (process.env.DISPLAY || !xvfb) return use(process.env.DISPLAY ?? '');
      const { display, child } = await startXvfb(xvfb);
      await use(display);
      await stop(child);
    },
    { scope: 'worker' },
  ],
  driverUrl: [
    async ({ display }, use) => {
      const { driver } = ensureWebKit();
      const port = await freePort();
      // Without the DMA-BUF renderer turned off, WebKitGTK paints nothing under Xvfb.
      const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_DMABUF_RENDERER: '1' };
      const child = spawn(driver, [`--port=${port}`], { env, stdio: 'ignore' });
      const url = new URL(`http://127.0.0.1:${port}/`);
      await waitForDriver(url, child);
      await use(url);
      await stop(child);
    },
    { scope: 'worker' },
  ],
  webkit: async ({ driverUrl, server }, use) => {
    server.resetFaults();
    server.requests.length = 0;
    const { browser: binary } = ensureWebKit();
    const browser = await remote({
      hostname: driverUrl.hostname,
      port: Number(driverUrl.port),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
    await browser.setWindowSize(1280, 800);
    await use(browser);
    await browser.deleteSession().catch((error: unknown) => {
      // After a failed test the worker's driver may be gone already, and the session with it.
      if (!/ECONNREFUSED/.test(String(error))) throw error;
    });
  },
  /**
   * Loads a path of the test server and waits for the page's load event and for the app to have mounted.
   * Until then the page may be a static one (404.html for a `?feed=` address) that the app replaces, and
   * WebKitWebDriver fails an element lookup that meets a node being replaced ("stale element").
   */
  open: async ({ webkit, server }, use) => {
    await use(async (path) => {
      await webkit.url(new URL(path, server.url).href);
      await webkit.waitUntil(
        // React marks the container it renders into; the key is React's, the wait is only the fixture's.
        () => webkit.execute(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer'))),
        { timeoutMsg: 'the app did not mount within the wait' },
      );
    });
  },
});

export { expect };

/** Uncaught errors and unhandled rejections in the page since it loaded. */
export function pageErrors(browser: Browser): Promise<string[]> {
  return browser.execute(() => (window as unknown as { ruweiPageErrors?: string[] }).ruweiPageErrors ?? ['no collector in this page']);
}

/** Calls of alert, confirm, prompt or print in the page since it loaded. */
export function dialogs(browser: Browser): Promise<string[]> {
  return browser.execute(() => (window as unknown as { ruweiDialogs?: string[] }).ruweiDialogs ?? ['no collector in this page']);
}

/**
 * The text of the first element `selector` finds, or '' while there is none, read in the page: no element
 * handle, which WebKitWebDriver reports as stale when the app replaces the node between lookup and read.
 */
export function textOf(browser: Browser, selector: string): Promise<string> {
  return browser.execute((selector) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '', selector);
}

/** The article's title, once shown. */
export async function articleTitle(browser: Browser): Promise<string> {
  let text = '';
  await browser.waitUntil(async () => (text = await textOf(browser, '.article h1')) !== '');
  return text;
}

/** Top of the element with this id, relative to the viewport, in CSS pixels. */
export function topOf(browser: Browser, id: string): Promise<number> {
  return browser.execute((id) => document.getElementById(id)!.getBoundingClientRect().top, id);
}

/** Polls `read` until `check` holds (or the expect timeout), then asserts it once more with a clear message. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  await expect.poll(async () => check((value = await read())), { message: `${what} (last value: ${JSON.stringify(value)})` }).toBe(true);
  return value;
}
