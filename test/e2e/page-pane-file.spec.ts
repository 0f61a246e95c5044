// The page pane as Electron loads the renderer: the built index.html from disk (file://, its own
// Content-Security-Policy), the real handlers behind a window.galley bridge as the preload gives
// it. pdf.js's worker must load from beside the bundle, not from a server or the network.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createDispatcher, createHandlerContext } from '../../src-main/ipc/handlers'
import { expect, ROOT, test } from './web-harness'

test('draws the sample page PDF from a file:// renderer with its worker beside the bundle', async ({ page }) => {
  const stateDir = mkdtempSync(join(tmpdir(), 'galley-e2e-file-'))
  const dispatcher = createDispatcher(createHandlerContext({ stateDir, resourcesDir: join(ROOT, 'resources'), emit: () => undefined }))
  try {
    const problems: string[] = []
    page.on('pageerror', (err) => problems.push(err.message))
    page.on('console', (message) => /fake worker|Refused to/i.test(message.text()) && problems.push(message.text()))
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    await page.exposeFunction('galleyInvoke', (channel: string, arg: unknown) => dispatcher.dispatch(channel, arg))
    await page.addInitScript(() => {
      const bridge = window as unknown as { galleyInvoke: (c: string, a: unknown) => Promise<unknown>; galley: unknown }
      bridge.galley = { invoke: (channel: string, arg: unknown) => bridge.galleyInvoke(channel, arg), on: () => () => undefined }
    })
    await page.setViewportSize({ width: 1600, height: 1000 })
    await page.goto(pathToFileURL(join(ROOT, 'out', 'renderer', 'index.html')).href)
    await page.getByRole('button', { name: '株洲日报 2024-01-30' }).click()
    await expect(page.locator('.finding-panel')).toBeVisible()
    await page.keyboard.press('p')
    const pane = page.getByRole('region', { name: 'Printed page' })
    await expect(pane.getByRole('status')).toContainText(/marked on page 01/, { timeout: 20_000 })
    await expect(pane.locator('canvas')).toBeVisible()
    expect(workers.some((url) => url.startsWith('file://') && url.includes('pdf.worker'))).toBe(true)
    expect(problems).toEqual([])
  } finally {
    dispatcher.dispose()
    rmSync(stateDir, { recursive: true, force: true })
  }
})
