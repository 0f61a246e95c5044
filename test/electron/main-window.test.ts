// The built main entry, run on a recording electron stub: the window it makes is locked down
// and every IPC channel is served, only to the app's own page.
import { existsSync } from 'node:fs'
import { INVOKE_CHANNELS } from '../../src-main/ipc/channels'
import { BUILT_PRELOAD, runBuiltMain, type StubReport } from './run-main'

let report: StubReport
beforeAll(async () => {
  report = await runBuiltMain()
})

describe('the main window of the built app', () => {
  it('is sandboxed and isolated, with no Node and web security on', () => {
    const prefs = report.options.webPreferences ?? {}
    expect(prefs.sandbox).toBe(true)
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(report.sandboxEnabled).toBe(true)
  })

  it('names a preload file that the build wrote', () => {
    const preload = report.options.webPreferences?.preload
    expect(preload).toBe(BUILT_PRELOAD)
    expect(existsSync(String(preload))).toBe(true)
  })

  it('loads the built index.html when no dev server runs', () => {
    expect(report.loaded.file).toMatch(/out[/\\]renderer[/\\]index\.html$/)
    expect(existsSync(String(report.loaded.file))).toBe(true)
  })

  it('denies window.open', () => {
    expect(report.windowOpen).toEqual({ action: 'deny' })
  })

  it('prevents navigation and redirects away from the app, but not to its own page', () => {
    expect(report.navigation.external).toBe(true)
    expect(report.navigation.fileElsewhere).toBe(true)
    expect(report.navigation.app).toBe(false)
    expect(report.redirectExternal).toBe(true)
    expect(report.webviewPrevented).toBe(true)
  })

  it('asks before a window holding an unsaved edit closes, and closes only when the editor discards it', () => {
    expect(report.unload).toEqual([
      { closes: false, asked: 'An edit is not saved yet' },
      { closes: true, asked: 'An edit is not saved yet' },
    ])
  })

  it('reloads a crashed window on its page, three times a minute at most, then says so; a clean exit is no crash', () => {
    expect(report.crashes.afterClean).toBe(0)
    expect(report.crashes.reloads).toBe(3)
    expect(report.crashes.asked).toEqual(["Galley's window keeps stopping"])
  })

  it('refuses every permission request', () => {
    expect(report.permissions).toEqual([false])
    expect(report.permissionChecks).toEqual([false])
  })

  it('sends a strict Content-Security-Policy with every response', () => {
    expect(report.csp).toHaveLength(1)
    const policy = report.csp[0]?.['Content-Security-Policy']?.[0] ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
  })

  it('registers a handler for every invoke channel of the contract', () => {
    expect([...report.handlers].sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  it('answers "forbidden" to a frame that is not the app', () => {
    for (const channel of INVOKE_CHANNELS) {
      expect(report.forbiddenReplies[channel]).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })

  it('installs the File, Edit, View and Help menus', () => {
    expect(report.menus).toBe(1)
    expect(report.menuLabels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'help']))
  })
})

describe('the main window under the dev server', () => {
  it('loads ELECTRON_RENDERER_URL and treats that origin as the app', async () => {
    const dev = await runBuiltMain({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' })
    expect(dev.loaded.url).toBe('http://localhost:5173/')
    expect(dev.navigation.app).toBe(false)
    expect(dev.navigation.external).toBe(true)
    expect(dev.windowOpen).toEqual({ action: 'deny' })
  })
})
