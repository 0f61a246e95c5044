// End-to-end specs (`npm run test:e2e`, after a build): the Electron smoke test and the
// browser-mode specs, one worker, the system Chromium. Screenshots are written by the specs to
// test/e2e/screenshots, outside outputDir, so a run does not wipe them.
import { defineConfig } from '@playwright/test'

export const SCREENSHOTS_DIR = 'test/e2e/screenshots'

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
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--allow-file-access-from-files',
      ],
    },
    trace: 'retain-on-failure',
  },
})
