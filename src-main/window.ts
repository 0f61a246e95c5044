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

const CRASH_WORDS = {
  en: {
    message: 'Galley\'s window keeps stopping',
    detail: 'It was reloaded after stopping three times in a minute. Text you typed and did not save is kept: it opens again in its edit field when the window is reloaded (View › Reload) or Galley is started again.',
  },
  zh: {
    message: 'Galley 窗口多次意外停止',
    detail: '一分钟内已停止并重新载入三次。你输入但未保存的文字仍然保留：重新载入窗口（视图 › 重新载入）或再次启动 Galley 后，会在原编辑框中打开。',
  },
}

/** Crashes within this long of each other count as one run of them. */
const CRASH_WINDOW_MS = 60_000
/** How many crashes in a row the window is reloaded after before it stops and says so. */
const CRASH_RELOADS = 3

/**
 * A renderer that crashed (or was killed) is loaded again on the page it showed (the issue, from
 * the URL's hash), where typed text it had not saved opens again in its field, recovered
 * (unsaved.ts). A page that crashes again and again is reloaded three times a minute at most; then
 * the window says so, and the text stays stored for the next load.
 */
export function reloadAfterCrash(win: BrowserWindow): void {
  const crashes: number[] = []
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return
    const now = Date.now()
    crashes.push(now)
    while (crashes.length > 0 && now - crashes[0] > CRASH_WINDOW_MS) crashes.shift()
    if (crashes.length > CRASH_RELOADS) {
      const words = app.getLocale().toLowerCase().startsWith('zh') ? CRASH_WORDS.zh : CRASH_WORDS.en
      dialog.showMessageBoxSync(win, { type: 'error', title: 'Galley', buttons: ['OK'], ...words })
      return
    }
    win.webContents.reload()
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
  reloadAfterCrash(win)
  win.once('ready-to-show', () => win.show())
  const dev = devServerUrl()
  void (dev ? win.loadURL(dev) : win.loadFile(RENDERER_INDEX))
  return win
}
