// `npm run start:web` as a user runs it: the built server (out/main/serve.js) in a process of its
// own prints a URL with its token, and that URL opens the library in the browser. And `npm start`
// (scripts/start.mjs) where Electron cannot run: it says so and starts that same browser mode.
import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURE_LIBRARY, ROOT } from './web-harness'

const STARTS = [
  { command: 'npm run start:web', script: join('out', 'main', 'serve.js'), env: {} },
  // No Electron binary (an empty dist folder) and the build the E2E run has just made.
  { command: 'npm start without Electron', script: join('scripts', 'start.mjs'), env: { ELECTRON_OVERRIDE_DIST_PATH: join(ROOT, 'test-results', 'no-electron'), GALLEY_SKIP_BUILD: '1' } },
]

for (const start of STARTS) test(`${start.command} prints a URL that opens the library in the browser`, async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'galley-start-web-'))
  const library = join(root, 'library')
  cpSync(FIXTURE_LIBRARY, library, { recursive: true })
  const child = spawn(process.execPath, [join(ROOT, start.script), library], {
    cwd: ROOT,
    env: { ...process.env, ...start.env, GALLEY_STATE_DIR: join(root, 'state'), GALLEY_NO_OPEN: '1', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let said = ''
  child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()))
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const found = /^\s*(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out)
        if (found?.[1]) resolve(found[1])
      })
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()))
      child.on('exit', (code) => reject(new Error(`the server stopped (exit code ${code}):\n${out}`)))
    })
    await page.goto(url)
    await expect(page.getByRole('button', { name: '晨报 2024-03-05' })).toBeVisible()
    if (start.env.GALLEY_SKIP_BUILD) expect(said).toContain('no Electron binary on this machine (it could not be downloaded); starting browser mode instead')
  } finally {
    child.kill('SIGTERM')
  }
})
