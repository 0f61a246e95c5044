// usage: node run-main.mjs BUILT_MAIN
// Runs a built Electron main entry on the stub, pokes the window it makes as Electron and an
// attacker would, and prints one line `GALLEY-STUB-REPORT <json>` for the tests to read.
import Module, { register } from 'node:module'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'

register('./hooks.mjs', import.meta.url)
const stub = await import('./electron.mjs')
// require('electron') from any CommonJS code in the bundle gets the same stub.
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'galley-electron-stub' : resolveFilename.call(this, request, ...rest)
}
Module._cache['galley-electron-stub'] = Object.assign(new Module('galley-electron-stub'), { exports: stub.default, loaded: true })

const report = (value) => {
  process.stdout.write(`\nGALLEY-STUB-REPORT ${JSON.stringify(value)}\n`)
  process.exit(0)
}
process.on('uncaughtException', (error) => report({ error: `main entry threw: ${error.stack ?? error}` }))
process.on('unhandledRejection', (error) => report({ error: `main entry rejected: ${error?.stack ?? error}` }))

await import(pathToFileURL(resolve(process.argv[2])).href)
const record = globalThis.__electronStub
for (let waited = 0; !record.windows.length && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50))
await new Promise((r) => setTimeout(r, 200))
const win = record.windows[0]
if (!win) report({ error: 'the main entry created no window', errorBox: record.errorBox })

const contents = win.webContents
const tryEvent = (name, url) => {
  let prevented = false
  const event = { url, preventDefault: () => void (prevented = true) }
  contents.emit(name, event, url)
  return prevented
}
const appUrl = win.loaded?.url ?? pathToFileURL(win.loaded?.file ?? '').href

const csp = record.cspHooks.map((hook) => {
  let headers
  hook({ url: appUrl, responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders))
  return headers
})
const permissions = record.permissionRequestHandlers.map((handler) => {
  let granted
  handler(contents, 'media', (g) => (granted = g), {})
  return granted
})

const forbiddenReplies = {}
for (const [channel, handler] of record.handlers) {
  forbiddenReplies[channel] = await handler({ senderFrame: { url: 'https://example.com/' }, sender: contents }, {})
}

report({
  options: win.options,
  loaded: win.loaded,
  appUrl,
  sandboxEnabled: record.sandboxEnabled,
  handlers: [...record.handlers.keys()],
  forbiddenReplies,
  windowOpen: contents.openHandler ? contents.openHandler({ url: 'https://example.com/', frameName: '', features: '' }) : null,
  navigation: {
    external: tryEvent('will-navigate', 'https://example.com/'),
    fileElsewhere: tryEvent('will-navigate', 'file:///etc/passwd'),
    app: tryEvent('will-navigate', appUrl),
  },
  redirectExternal: tryEvent('will-redirect', 'https://example.com/'),
  // The page held the window over an unsaved edit: the editor keeps editing, then discards.
  unload: [0, 1].map((response) => {
    stub.dialog.syncResponse = response
    return { closes: tryEvent('will-prevent-unload', appUrl), asked: record.messageBoxes.at(-1)?.message ?? null }
  }),
  // The renderer exits cleanly once (a window closing), then crashes four times in a row.
  crashes: (() => {
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    const afterClean = record.reloads
    const boxes = record.messageBoxes.length
    for (let i = 0; i < 4; i++) contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    return { afterClean, reloads: record.reloads, asked: record.messageBoxes.slice(boxes).map((box) => box.message) }
  })(),
  webviewPrevented: tryEvent('will-attach-webview', 'https://example.com/'),
  listenerCounts: {
    willNavigate: contents.listenerCount('will-navigate'),
    willRedirect: contents.listenerCount('will-redirect'),
    willAttachWebview: contents.listenerCount('will-attach-webview'),
  },
  csp,
  permissions,
  permissionChecks: record.permissionCheckHandlers.map((check) => check(contents, 'media', appUrl, {})),
  menus: record.menus.length,
  menuLabels: record.menus.at(-1)?.template.map((item) => item.label ?? item.role) ?? [],
})
