// The one main window and the lock-down every window gets: sandboxed, isolated, no new windows,
// no navigation away from the app, no webviews, no permissions, a strict Content-Security-Policy.
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, session, type Session } from 'electron'

const outDir = join(fileURLToPath(new URL('.', import.meta.url)), '..')

/** Where the build writes the preload (electron.vite.config.ts: out/preload/preload.cjs). */
export const PRELOAD_PATH = join(outDir, 'preload', 'preload.cjs')
/** The built renderer page, loaded from disk when no dev server runs. */
export const RENDERER_INDEX = join(outDir, 'renderer', 'index.html')

/** The dev server electron-vite starts (`npm run dev`), or undefined for the built app. */
export function devServerUrl(): string | undefined {
  return process.env.ELECTRON_RENDERER_URL || undefined
}

/** Whether a URL is the app's own page: the built index.html or a page of the dev server. */
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const dev = devServerUrl()
  if (dev) return parsed.origin === new URL(dev).origin
  return parsed.protocol === 'file:' && parsed.pathname === pathToFileURL(RENDERER_INDEX).pathname
}

const PROD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The policy sent with every response. The dev server needs React Refresh's inline preamble. */
export function contentSecurityPolicy(dev = Boolean(devServerUrl())): string {
  return dev ? PROD_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'") : PROD_CSP
}

/** Session-wide guards: the CSP header on every response, every permission request refused. */
export function hardenSession(ses: Session = session.defaultSession): void {
  const csp = contentSecurityPolicy()
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } })
  })
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
}

/** Keeps a window on the app: no window.open, no navigation or redirect elsewhere, no webviews. */
export function hardenWindow(win: BrowserWindow): void {
  const contents = win.webContents
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault()
  }
  contents.on('will-navigate', (event) => stayInApp(event, event.url))
  contents.on('will-redirect', (event) => stayInApp(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

const UNSAVED_WORDS = {
  en: {
    buttons: ['Keep editing', 'Discard and close'],
    message: 'An edit is not saved yet',
    detail: 'Text typed into an edit field has not been saved. Save it (Ctrl+Enter) before closing, or discard it.',
  },
  zh: {
    buttons: ['继续编辑', '放弃并关闭'],
    message: '有修改尚未保存',
    detail: '编辑框中输入的文字尚未保存。请先保存（Ctrl+Enter）再关闭，或放弃这些修改。',
  },
}

/** The renderer holds the window while an edit's typed text is not saved (its beforeunload):
 * closing or reloading it then asks, and goes on only when the editor says to discard the text. */
export function askBeforeLosingEdits(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    // In the interface's language, which follows the OS's as the renderer's does (i18n/index.ts).
    const words = app.getLocale().toLowerCase().startsWith('zh') ? UNSAVED_WORDS.zh : UNSAVED_WORDS.en
    const choice = dialog.showMessageBoxSync(win, { type: 'warning', defaultId: 0, cancelId: 0, title: 'Galley', ...words })
    // preventDefault lets the page go, whatever its beforeunload said.
    if (choice === 1) event.preventDefault()
  })
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Galley',
    show: false,
    webPreferences: {
      preload: PRELOAD_PATH,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  })
  hardenWindow(win)
  askBeforeLosingEdits(win)
  win.once('ready-to-show', () => win.show())
  const dev = devServerUrl()
  void (dev ? win.loadURL(dev) : win.loadFile(RENDERER_INDEX))
  return win
}
