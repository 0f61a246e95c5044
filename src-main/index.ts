// Galley's main process: app lifecycle, the one main window, the menu, and the IPC wiring from
// the preload's channels to the handlers in ./ipc/handlers.
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, type MenuItemConstructorOptions } from 'electron'
import { isEventChannel, type EventChannel } from './ipc/channels'
import { createDispatcher, createHandlerContext } from './ipc/handlers'
import { collectBetweenStages } from './library/collector'
import { broadcast, registerIpc } from './ipc/register'
import { createMainWindow, hardenSession, isAppUrl } from './window'

// Menu commands the renderer carries out itself (open, export, undo and redo are app ops, not
// text-field edits). Typed as string until the contract lists 'menu:command' as an event.
const MENU_EVENT: string = 'menu:command'
type MenuCommand = 'open-library' | 'export' | 'undo' | 'redo'

let mainWindow: BrowserWindow | null = null

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
    return
  }
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

function sendMenuCommand(command: MenuCommand): void {
  if (!mainWindow || mainWindow.isDestroyed()) return
  if (isEventChannel(MENU_EVENT)) broadcast(mainWindow.webContents, MENU_EVENT, { command })
  else console.warn(`Galley: the "${command}" menu command has no IPC event to travel on yet`)
}

async function chooseFolder(): Promise<string | null> {
  const options = { properties: ['openDirectory' as const] }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

function buildMenu(): Menu {
  const isMac = process.platform === 'darwin'
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => sendMenuCommand(name),
  })
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        command('Open Library Folder…', 'CmdOrCtrl+O', 'open-library'),
        command('Export…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        { role: isMac ? 'close' : 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        command('Undo', 'CmdOrCtrl+Z', 'undo'),
        command('Redo', 'Shift+CmdOrCtrl+Z', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...(app.isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        {
          label: 'About Galley',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About Galley',
              message: `Galley ${app.getVersion()}`,
              detail: 'An editorial workstation for correcting digitized newspaper issues.',
            }),
        },
      ],
    },
  ]
  return Menu.buildFromTemplate(template)
}

/**
 * `npm start -- FOLDER` (or `galley FOLDER` packaged) opens that library folder, as browser mode
 * does; a folder that cannot be opened is said on stderr and the app starts as usual.
 */
async function openFolderFromCommandLine(dispatch: ReturnType<typeof createDispatcher>['dispatch']): Promise<void> {
  const folder = process.argv.slice(app.isPackaged ? 1 : 2).find((arg) => !arg.startsWith('-'))
  if (!folder) return
  const reply = await dispatch('library:open', { folder })
  if (!reply.ok) process.stderr.write(`galley: ${reply.error.message}\n`)
}

async function start(): Promise<void> {
  await app.whenReady()
  hardenSession()
  collectBetweenStages()
  const context = createHandlerContext({
    stateDir: app.getPath('userData'),
    // Unpackaged, out/main/index.js sits two levels below the repo's resources/ folder.
    resourcesDir: app.isPackaged ? process.resourcesPath : fileURLToPath(new URL('../../resources', import.meta.url)),
    emit: (event: EventChannel, payload: unknown) => {
      for (const win of BrowserWindow.getAllWindows()) broadcast(win.webContents, event, payload)
    },
    chooseFolder,
  })
  const dispatcher = createDispatcher(context)
  await openFolderFromCommandLine(dispatcher.dispatch)
  const unregister = registerIpc(ipcMain, dispatcher.dispatch, { isAppUrl })
  app.on('will-quit', () => {
    unregister()
    dispatcher.dispose()
  })
  Menu.setApplicationMenu(buildMenu())
  showMainWindow()
  app.on('activate', showMainWindow)
}

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', showMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  start().catch((error: unknown) => {
    dialog.showErrorBox('Galley could not start', error instanceof Error ? error.message : String(error))
    app.exit(1)
  })
}
