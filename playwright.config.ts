import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test/support/find-chromium';
import { findFirefox } from './test/support/find-browsers';

// global-setup.ts installs a browser when one is missing; workers then see it
// through CHROME_PATH / FIREFOX_PATH, which it sets.
const chromiumPath = findChromium();
const firefoxPath = findFirefox();

export default defineConfig({
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./test/support/engine-counts.ts']],
  use: {
    locale: 'en-US',
    trace: 'retain-on-failure',
    // A service worker in control would answer what fault and route specs ask the network; test/e2e/pwa.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: { browserName: 'chromium', launchOptions: { executablePath: chromiumPath ?? process.env.CHROME_PATH, args: CHROMIUM_ARGS } },
    },
    {
      // Firefox over WebDriver BiDi; patches/ makes Playwright accept ESR's
      // missing media-feature override (README, "Browsers").
      name: 'firefox',
      testDir: 'test/e2e',
      // A page load over BiDi costs Firefox about twice what it costs Chromium; specs that load many pages need the room.
      timeout: 60_000,
      use: { browserName: 'firefox', channel: 'moz-firefox', launchOptions: { executablePath: firefoxPath ?? process.env.FIREFOX_PATH } },
    },
    {
      // WebKitGTK over WebDriver classic (WebdriverIO, test/webkit/webkit.ts): its own specs.
      name: 'webkit',
      testDir: 'test/webkit',
      use: { trace: 'off' },
    },
  ],
});
