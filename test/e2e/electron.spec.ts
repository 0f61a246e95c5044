// Smoke test of the real Electron app (where an Electron binary is installed): the window opens,
// shows Galley, and runs sandboxed and isolated with window.galley as its only bridge.
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { electronBinary } from '../../scripts/electron-binary.mjs'

const ROOT = join(import.meta.dirname, '..', '..')

test('the Electron window opens sandboxed, isolated and titled Galley', async () => {
  const executablePath = electronBinary()
  if (!executablePath) {
    console.log('electron binary not found; skipping the Electron smoke test')
    test.skip(true, 'no Electron binary on this machine')
    return
  }
  const env = { ...process.env }
  delete env.ELECTRON_RENDERER_URL
  // Chromium refuses to run as root with its sandbox on (CI containers).
  const args = [join(ROOT, 'out/main/index.js'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])]
  const app = await electron.launch({ executablePath, args, cwd: ROOT, env: env as Record<string, string> })
  try {
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    await expect(page).toHaveTitle(/Galley/)

    const window = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]
      if (!win) return null
      // Undocumented (absent from electron.d.ts) but the only way to read a window's effective
      // webPreferences back; Electron's own tests use it.
      const contents = win.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null }
      const prefs = contents.getLastWebPreferences ? (contents.getLastWebPreferences() ?? {}) : null
      return { visible: win.isVisible(), prefs }
    })
    expect(window?.visible).toBe(true)
    if (window?.prefs) {
      expect(window.prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true })
    } else {
      test.info().annotations.push({ type: 'note', description: 'getLastWebPreferences is gone; checked from the page only' })
    }

    const bridge = await page.evaluate(() => ({
      galley: Object.keys((window as unknown as { galley?: object }).galley ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }))
    expect(bridge).toEqual({ galley: ['invoke', 'on'], require: 'undefined', process: 'undefined' })
  } finally {
    await app.close()
  }
})
