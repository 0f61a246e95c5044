// A recording stand-in for the `electron` module, so the built main entry runs under plain Node.
// Everything the app does to it lands in globalThis.__electronStub for run-main.mjs to report.
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { tmpdir } from 'node:os'

const record = (globalThis.__electronStub ??= {
  windows: [],
  handlers: new Map(),
  listeners: [],
  sessions: [],
  cspHooks: [],
  permissionRequestHandlers: [],
  permissionCheckHandlers: [],
  menus: [],
  sandboxEnabled: false,
  sent: [],
  messageBoxes: [],
  reloads: 0,
})

const home = process.env.GALLEY_STUB_HOME ?? join(tmpdir(), 'galley-electron-stub')

function makeSession() {
  const ses = {
    webRequest: {
      onHeadersReceived(fn) {
        record.cspHooks.push(fn)
      },
    },
    setPermissionRequestHandler(fn) {
      record.permissionRequestHandlers.push(fn)
    },
    setPermissionCheckHandler(fn) {
      record.permissionCheckHandlers.push(fn)
    },
    on() {},
  }
  record.sessions.push(ses)
  return ses
}

export const session = { defaultSession: makeSession(), fromPartition: () => makeSession() }

class WebContents extends EventEmitter {
  openHandler = undefined
  session = session.defaultSession
  id = 1
  url = ''
  setWindowOpenHandler(fn) {
    this.openHandler = fn
  }
  send(channel, payload) {
    record.sent.push({ channel, payload })
  }
  getURL() {
    return this.url
  }
  isDestroyed() {
    return false
  }
  openDevTools() {}
  reload() {
    record.reloads++
  }
}

export class BrowserWindow extends EventEmitter {
  constructor(options = {}) {
    super()
    this.options = options
    this.webContents = new WebContents()
    this.loaded = undefined
    record.windows.push(this)
  }
  loadURL(url) {
    this.loaded = { url }
    this.webContents.url = url
    return Promise.resolve()
  }
  loadFile(file) {
    this.loaded = { file }
    return Promise.resolve()
  }
  show() {}
  focus() {}
  close() {}
  restore() {}
  setMenu() {}
  setTitle() {}
  isDestroyed() {
    return false
  }
  isMinimized() {
    return false
  }
  isVisible() {
    return true
  }
  static getAllWindows() {
    return record.windows
  }
  static getFocusedWindow() {
    return record.windows[0] ?? null
  }
  static fromWebContents(contents) {
    return record.windows.find((w) => w.webContents === contents) ?? null
  }
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  whenReady: () => Promise.resolve(),
  isReady: () => true,
  getPath: (name) => join(home, name),
  getAppPath: () => process.cwd(),
  getName: () => 'Galley',
  getVersion: () => '0.0.0-stub',
  getLocale: () => 'en-US',
  getPreferredSystemLanguages: () => ['en-US'],
  requestSingleInstanceLock: () => true,
  enableSandbox() {
    record.sandboxEnabled = true
  },
  setName() {},
  setAppUserModelId() {},
  quit() {},
  exit() {},
  commandLine: { appendSwitch() {} },
})

export const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel, fn) {
    record.handlers.set(channel, fn)
  },
  removeHandler(channel) {
    record.handlers.delete(channel)
  },
})

export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 0 }),
  // The answer the next synchronous message box gives (the tests set it), and what it was asked.
  syncResponse: 0,
  showMessageBoxSync(_win, options) {
    record.messageBoxes.push(options)
    return dialog.syncResponse
  },
  showErrorBox(title, message) {
    record.errorBox = { title, message }
  },
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    record.menus.push(menu)
  },
}

export const shell = { openExternal: async () => {}, openPath: async () => '', showItemInFolder() {} }
export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' })
export const protocol = { registerSchemesAsPrivileged() {}, handle() {} }
export const screen = { getPrimaryDisplay: () => ({ workAreaSize: { width: 1600, height: 1000 } }) }
export const contextBridge = { exposeInMainWorld() {} }
export const ipcRenderer = new EventEmitter()

export default { app, BrowserWindow, ipcMain, session, dialog, Menu, shell, nativeTheme, protocol, screen, contextBridge, ipcRenderer }
