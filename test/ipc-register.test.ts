// The ipcMain glue: every invoke channel is bound, only the app's own page is served, and the
// dispatcher's reply (or a thrown error, as a reply) goes back unchanged.
import { INVOKE_CHANNELS } from '../src-main/ipc/channels'
import { broadcast, registerIpc, type Dispatch } from '../src-main/ipc/register'

type Handler = (event: unknown, arg: unknown) => Promise<unknown>

function fakeIpcMain() {
  const handlers = new Map<string, Handler>()
  return {
    handlers,
    handle: (channel: string, fn: Handler) => void handlers.set(channel, fn),
    removeHandler: (channel: string) => void handlers.delete(channel),
  }
}

const APP = 'file:///opt/galley/out/renderer/index.html'
const isAppUrl = (url: string) => url === APP
const from = (url: string | null) => ({ senderFrame: url === null ? null : { url } })

function setUp(dispatch: Dispatch = async (channel, arg) => ({ ok: true, value: { channel, arg } })) {
  const ipcMain = fakeIpcMain()
  // The fake has the two methods registerIpc uses; Electron's own signatures are wider.
  const unregister = registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], dispatch, { isAppUrl })
  const call = (channel: string, event: unknown, arg: unknown) => ipcMain.handlers.get(channel)!(event, arg)
  return { ipcMain, unregister, call }
}

describe('registerIpc', () => {
  it('binds every invoke channel of the contract', () => {
    const { ipcMain } = setUp()
    expect([...ipcMain.handlers.keys()]).toEqual([...INVOKE_CHANNELS])
  })

  it("passes the app page's call to the dispatcher and returns its reply", async () => {
    const { call } = setUp()
    await expect(call('issue:open', from(APP), { issueId: 'a' })).resolves.toEqual({
      ok: true,
      value: { channel: 'issue:open', arg: { issueId: 'a' } },
    })
  })

  it('answers forbidden to another page or a frame that is gone, without dispatching', async () => {
    let dispatched = 0
    const { call } = setUp(async () => {
      dispatched++
      return { ok: true, value: null }
    })
    for (const event of [from('https://example.com/'), from('file:///tmp/evil.html'), from(null), {}]) {
      await expect(call('library:open', event, {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(dispatched).toBe(0)
  })

  it('turns an error thrown by the dispatcher into an internal-error reply', async () => {
    const { call } = setUp(async () => {
      throw new Error('boom')
    })
    await expect(call('task:cancel', from(APP), { taskId: 't' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    })
  })

  it('removes every handler when unregistered', () => {
    const { ipcMain, unregister } = setUp()
    unregister()
    expect(ipcMain.handlers.size).toBe(0)
  })
})

describe('broadcast', () => {
  it('sends an event to a live page and skips a destroyed one', () => {
    const sent: unknown[] = []
    const live = { isDestroyed: () => false, send: (...args: unknown[]) => void sent.push(args) }
    const gone = { isDestroyed: () => true, send: (...args: unknown[]) => void sent.push(args) }
    broadcast(live, 'library:changed', { folder: '/lib', reason: 'opened' })
    broadcast(gone, 'library:changed', { folder: '/lib', reason: 'opened' })
    expect(sent).toEqual([['library:changed', { folder: '/lib', reason: 'opened' }]])
  })
})
