// The ipcMain glue: binds every invoke channel to the dispatcher, refusing calls from any frame
// that is not the app's own page. No business logic lives here.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { INVOKE_CHANNELS, type EventChannel } from './channels'
import type { Reply } from './contract'

export type Dispatch = (channel: string, arg: unknown) => Promise<Reply<unknown>>

export type RegisterOptions = {
  /** Whether a frame URL is the app's own page (the built index.html or the dev server). */
  isAppUrl: (url: string) => boolean
}

/** Registers a handler per invoke channel; returns a function that removes them all. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  opts: RegisterOptions,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown): Promise<Reply<unknown>> => {
      const url = event.senderFrame?.url ?? ''
      if (!opts.isAppUrl(url)) {
        return { ok: false, error: { code: 'forbidden', message: `${channel} refused: the caller is not Galley's window` } }
      }
      try {
        return await dispatch(channel, arg)
      } catch (error) {
        // The dispatcher should reply with values; anything thrown is a bug, still sent as a reply.
        return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } }
      }
    })
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel)
  }
}

/** Sends an event to a window's page, if the page is still there. */
export function broadcast(webContents: Pick<WebContents, 'send' | 'isDestroyed'>, event: EventChannel, payload: unknown): void {
  if (!webContents.isDestroyed()) webContents.send(event, payload)
}
