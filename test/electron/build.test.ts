// The built preload, as a sandboxed renderer would load it: one CommonJS file that requires only
// what a sandbox provides, and exposes exactly `window.galley` with a guarded invoke/on.
import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import vm from 'node:vm'
import { BUILT_PRELOAD, runBuiltMain } from './run-main'

// What `require` can load inside a sandboxed preload (Electron's polyfilled set).
const SANDBOX_REQUIRES = ['electron', 'events', 'timers', 'url']

type Api = {
  invoke(channel: string, arg: unknown): Promise<unknown>
  on(event: string, cb: (payload: unknown) => void): () => void
}

function loadPreload() {
  const exposed: Record<string, unknown> = {}
  const invoked: { channel: string; arg: unknown }[] = []
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invoke: async (channel: string, arg: unknown) => {
      invoked.push({ channel, arg })
      return { ok: true, value: null }
    },
  })
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer,
  }
  const requireInSandbox = (name: string) => {
    if (name === 'electron') return electron
    throw new Error(`a sandboxed preload cannot require ${name}`)
  }
  const module = { exports: {} }
  const source = readFileSync(BUILT_PRELOAD, 'utf8')
  const wrapper = vm.runInNewContext(`(function (require, module, exports) {\n${source}\n})`, {}, { filename: BUILT_PRELOAD })
  wrapper(requireInSandbox, module, module.exports)
  return { exposed, invoked, ipcRenderer, galley: exposed.galley as Api }
}

describe('the built preload', () => {
  it('is the file webPreferences.preload names', async () => {
    const report = await runBuiltMain()
    expect(report.options.webPreferences?.preload).toBe(BUILT_PRELOAD)
    expect(existsSync(BUILT_PRELOAD)).toBe(true)
  })

  it('is CommonJS: no import or export statements', () => {
    const source = readFileSync(BUILT_PRELOAD, 'utf8')
    expect(source).not.toMatch(/^\s*import[\s{*]/m)
    expect(source).not.toMatch(/^\s*export\s/m)
    expect(source).not.toMatch(/\bimport\(/)
  })

  it('requires only what a sandboxed preload can load', () => {
    const source = readFileSync(BUILT_PRELOAD, 'utf8')
    const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect(required).toContain('electron')
    expect(required.filter((name) => !SANDBOX_REQUIRES.includes(String(name)))).toEqual([])
  })

  it('exposes exactly window.galley with invoke and on', () => {
    const { exposed } = loadPreload()
    expect(Object.keys(exposed)).toEqual(['galley'])
    expect(Object.keys(exposed.galley as object).sort()).toEqual(['invoke', 'on'])
  })

  it('passes a contract channel through to ipcRenderer.invoke', async () => {
    const { galley, invoked } = loadPreload()
    await expect(galley.invoke('library:current', {})).resolves.toEqual({ ok: true, value: null })
    expect(invoked).toEqual([{ channel: 'library:current', arg: {} }])
  })

  it('refuses a channel that is not in the contract', async () => {
    const { galley, invoked } = loadPreload()
    await expect(galley.invoke('fs:read', { path: '/etc/passwd' })).rejects.toThrow(/not an IPC channel/)
    expect(invoked).toEqual([])
    expect(() => galley.on('fs:changed', () => {})).toThrow(/not an IPC event/)
  })

  it('hands a listener the payload only, and on() returns an unsubscribe function', () => {
    const { galley, ipcRenderer } = loadPreload()
    const payloads: unknown[] = []
    const unsubscribe = galley.on('library:changed', (payload) => payloads.push(payload))
    expect(typeof unsubscribe).toBe('function')
    ipcRenderer.emit('library:changed', { sender: ipcRenderer }, { folder: '/lib', reason: 'opened' })
    unsubscribe()
    ipcRenderer.emit('library:changed', { sender: ipcRenderer }, { folder: '/lib', reason: 'issue-added' })
    expect(payloads).toEqual([{ folder: '/lib', reason: 'opened' }])
    expect(ipcRenderer.listenerCount('library:changed')).toBe(0)
  })
})
