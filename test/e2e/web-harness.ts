// Browser-mode harness for the end-to-end specs: the real web server (real handlers, real
// transport) started in-process on temp copies of a library and of the app state, plus helpers
// the specs share (screenshots, the keyboard walk, the core's accept-all export to compare with).
import { test as base, expect, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startWebServer, type WebServer } from '../../src-main/web/server'

export const ROOT = resolve(import.meta.dirname, '..', '..')
/** Where specs write their screenshots: an ignored folder, so `npm test` leaves the working tree
 *  clean; `npm run screenshots` points it at docs/screenshots to refresh the README's pictures. */
export const SCREENSHOTS = resolve(ROOT, process.env.GALLEY_SCREENSHOTS_DIR ?? join('test-results', 'screenshots'))
export const FIXTURE_LIBRARY = join(ROOT, 'test', 'fixtures', 'renderer-library')
export const SAMPLE_ISSUE = join(ROOT, 'resources', 'sample-library', '株洲日报-2024-01-30')

export interface Galley {
  server: WebServer
  /** Temp copy of the library (when one was asked for). */
  library: string | null
  stateDir: string
  /** A folder exports may be written to (typed, as browser mode asks). */
  exportDir: string
  restart: () => Promise<void>
}

export async function startGalley(library?: string): Promise<Galley & { dispose: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'galley-e2e-'))
  const stateDir = join(root, 'state')
  const exportDir = join(root, 'export')
  mkdirSync(stateDir)
  mkdirSync(exportDir)
  let copy: string | null = null
  if (library) {
    copy = join(root, 'library')
    cpSync(library, copy, { recursive: true })
  }
  const start = () =>
    startWebServer({
      stateDir,
      resourcesDir: join(ROOT, 'resources'),
      rendererDir: join(ROOT, 'out', 'renderer'),
      libraryFolder: copy ?? undefined,
      open: false,
    })
  const galley = { server: await start(), library: copy, stateDir, exportDir } as Galley & { dispose: () => Promise<void> }
  galley.restart = async () => {
    await galley.server.close()
    galley.server = await start()
  }
  galley.dispose = async () => {
    // A connection the browser keeps open must not hang the suite: give closing a few seconds.
    await Promise.race([galley.server.close(), new Promise((done) => setTimeout(done, 5000))])
    rmSync(root, { recursive: true, force: true })
  }
  return galley
}

/** A Playwright test whose `galley` fixture is a fresh server; `library` picks what it opens. */
export const test = base.extend<{ library: string | undefined; galley: Galley }>({
  library: [undefined, { option: true }],
  galley: async ({ library, context }, use) => {
    const galley = await startGalley(library)
    await use(galley)
    // Close the pages first: an open page's EventSource reconnects and would hold the server open.
    for (const open of context.pages()) await open.close()
    await galley.dispose()
  },
})
export { expect }

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const lang = await page.evaluate(() => document.documentElement.lang)
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.${lang === 'zh-CN' ? 'zh-CN' : 'en'}.png`) })
}

/** The finding view on screen: its kind, or null when the queue is done. */
export async function currentKind(page: Page): Promise<string | null> {
  const panel = page.locator('.finding-panel')
  return (await panel.count()) === 0 ? null : panel.getAttribute('data-kind')
}

/** Opens an issue from the library by its title. */
export async function openIssue(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: title }).click()
  await expect(page.getByRole('toolbar', { name: /Issue tools|本期工具/ })).toBeVisible()
}

/** What `npm run cli -- export PATH --accept-all --format F` prints: the core's own answer. */
export function acceptAllExport(issueFolder: string, format: 'md' | 'json' | 'txt'): string {
  return execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src-main', 'cli.ts'), 'export', issueFolder, '--accept-all', '--format', format], {
    cwd: ROOT,
    encoding: 'utf8',
  })
}
