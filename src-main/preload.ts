// The sandboxed preload: exposes the IPC contract to the renderer as `window.galley` and nothing
// else. It is bundled to one CommonJS file that requires only `electron`.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { isEventChannel, isInvokeChannel } from './ipc/channels'
// Types only: contract.ts imports zod, which must not end up in the preload bundle.
import type { GalleyApi } from './ipc/contract'

const api = {
  invoke(channel, arg) {
    if (!isInvokeChannel(channel)) {
      return Promise.reject(new Error(`Galley: "${String(channel)}" is not an IPC channel`))
    }
    return ipcRenderer.invoke(channel, arg)
  },
  on(event, cb) {
    if (!isEventChannel(event)) throw new Error(`Galley: "${String(event)}" is not an IPC event`)
    // The IpcRendererEvent carries `sender` (ipcRenderer itself): hand over the payload only.
    const listener = (_event: IpcRendererEvent, payload: unknown) => cb(payload as never)
    ipcRenderer.on(event, listener)
    return () => {
      ipcRenderer.removeListener(event, listener)
    }
  },
} satisfies GalleyApi

contextBridge.exposeInMainWorld('galley', api)
