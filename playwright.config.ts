import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './test/support/find-chromium';

// global-setup.ts installs a browser when none is found; workers then see it
// through CHROME_PATH, which it sets.
const executablePath = findChromium();

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    locale: 'en-US',
    launchOptions: { executablePath: executablePath ?? process.env.CHROME_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
