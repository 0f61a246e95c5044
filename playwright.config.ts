// End-to-end specs (`npm run test:e2e`, after a build): the Electron smoke test and the
// browser-mode specs, one worker, the system Chromium. Screenshots are written by the specs to
// test-results/screenshots (SCREENSHOTS in test/e2e/web-harness.ts), outside outputDir, so a run
// does not wipe them; `npm run screenshots` writes the README's into docs/screenshots instead.
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/chromium'

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
})
