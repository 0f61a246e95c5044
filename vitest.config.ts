// Unit and integration tests (`npm run test:unit`). Three projects: plain Node for *.test.ts,
// jsdom for component tests (*.test.tsx), and the built-app checks in test/electron, which build
// out/ once first. Playwright's specs (test/e2e) are not vitest's.
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const notHere = ['**/node_modules/**', 'out/**', 'test/e2e/**']

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts', 'src-*/**/*.test.ts'],
          exclude: [...notHere, 'test/electron/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx', 'src-*/**/*.test.tsx'],
          exclude: notHere,
          setupFiles: ['test/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          environment: 'node',
          include: ['test/electron/**/*.test.ts'],
          exclude: notHere,
          globalSetup: ['test/electron/build.setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
