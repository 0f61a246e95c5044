// The renderer's API: replies unwrapped to values, failures raised as GalleyError with their code,
// and the browser-mode transport carrying the page's token.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { GalleyApi } from '../../src-main/ipc/contract'
import { createClient, GalleyError, httpApi } from '../../src-renderer/src/api'

function stubApi(reply: unknown): GalleyApi {
  return { invoke: vi.fn(async () => reply), on: vi.fn(() => () => {}) } as unknown as GalleyApi
}

afterEach(() => vi.unstubAllGlobals())

describe('api', () => {
  it('unwraps an ok reply to its value', async () => {
    const client = createClient(stubApi({ ok: true, value: { folder: '/lib', issues: [], isSample: false } }))
    await expect(client.call('library:current', {})).resolves.toEqual({ folder: '/lib', issues: [], isSample: false })
  })

  it('raises a failed reply as a GalleyError with its code and message', async () => {
    const client = createClient(stubApi({ ok: false, error: { code: 'not-in-library', message: '/etc is outside the library' } }))
    const err = await client.call('issue:open', { issueId: '../etc' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(GalleyError)
    expect(err).toMatchObject({ code: 'not-in-library', message: '/etc is outside the library' })
  })

  it('posts to /api/invoke/:channel with the token and reads the reply where there is no WebSocket', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: null }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    vi.stubGlobal('WebSocket', undefined)
    const client = createClient(httpApi('http://127.0.0.1:4000', 'secret'))
    await expect(client.call('library:current', {})).resolves.toBeNull()
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://127.0.0.1:4000/api/invoke/library%3Acurrent')
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer secret')
    expect(init.body).toBe('{}')
  })

  it('turns a refused request (no JSON reply) into a GalleyError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('forbidden', { status: 403, statusText: 'Forbidden' })))
    vi.stubGlobal('WebSocket', undefined)
    const client = createClient(httpApi('http://127.0.0.1:4000', 'wrong'))
    await expect(client.call('library:current', {})).rejects.toMatchObject({ code: 'transport' })
  })

  it('calls over one WebSocket carrying the token, matching replies to calls by id', async () => {
    const sockets = fakeSockets()
    const client = createClient(httpApi('http://127.0.0.1:4000', 'secret'))
    const first = client.call('edit:undo', { issueId: 'a' })
    const second = client.call('finding:accept', { issueId: 'a', findingId: 'f' })
    const ws = await sockets.opened()
    expect(ws.url).toBe('ws://127.0.0.1:4000/api/socket?token=secret')
    await until(() => ws.sent.length === 2)
    const [one, two] = ws.sent.map((m) => JSON.parse(m) as { id: number; channel: string; arg: unknown })
    expect([one?.channel, two?.channel]).toEqual(['edit:undo', 'finding:accept'])
    expect(two?.arg).toEqual({ issueId: 'a', findingId: 'f' })
    ws.reply(two?.id, { ok: false, error: { code: 'not-found', message: 'gone' } })
    ws.reply(one?.id, { ok: true, value: null })
    await expect(first).resolves.toBeNull()
    await expect(second).rejects.toMatchObject({ code: 'not-found' })
    expect(sockets.count()).toBe(1)
  })

  it('fails a call whose socket closed as a transport error, and opens a new socket for the next', async () => {
    const sockets = fakeSockets()
    const client = createClient(httpApi('http://127.0.0.1:4000', 'secret'))
    const call = client.call('edit:redo', { issueId: 'a' })
    const ws = await sockets.opened()
    await until(() => ws.sent.length === 1)
    ws.drop()
    await expect(call).rejects.toMatchObject({ code: 'transport' })
    const next = client.call('edit:redo', { issueId: 'a' })
    const again = await sockets.opened(2)
    await until(() => again.sent.length === 1)
    again.reply((JSON.parse(again.sent[0] as string) as { id: number }).id, { ok: true, value: 1 })
    await expect(next).resolves.toBe(1)
  })

  it('calls over HTTP when the socket cannot be opened (a proxy that refuses upgrades)', async () => {
    const sockets = fakeSockets({ refuse: true })
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 'over http' }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const client = createClient(httpApi('http://127.0.0.1:4000', 'secret'))
    await expect(client.call('edit:undo', { issueId: 'a' })).resolves.toBe('over http')
    await expect(client.call('edit:undo', { issueId: 'a' })).resolves.toBe('over http')
    expect(sockets.count()).toBe(1) // not tried again for every call
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('opens whole views over HTTP even where a socket is open', async () => {
    const sockets = fakeSockets()
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 'view' }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const client = createClient(httpApi('http://127.0.0.1:4000', 'secret'))
    await expect(client.call('issue:open', { issueId: 'a' })).resolves.toBe('view')
    expect(sockets.count()).toBe(0)
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('http://127.0.0.1:4000/api/invoke/issue%3Aopen')
  })
})

/** A stand-in for the browser's WebSocket: records what is sent, and replies or closes on demand. */
function fakeSockets(options: { refuse?: boolean } = {}) {
  const made: FakeSocket[] = []
  class FakeSocket {
    static readonly OPEN = 1
    readonly url: string
    readonly sent: string[] = []
    onopen: (() => void) | null = null
    onmessage: ((msg: { data: string }) => void) | null = null
    onclose: (() => void) | null = null
    constructor(url: string) {
      this.url = url
      made.push(this)
      setTimeout(() => (options.refuse ? this.onclose?.() : this.onopen?.()), 0)
    }
    send(data: string): void {
      this.sent.push(data)
    }
    reply(id: number | undefined, reply: unknown): void {
      this.onmessage?.({ data: JSON.stringify({ id, reply, handlerMs: 1 }) })
    }
    drop(): void {
      this.onclose?.()
    }
  }
  vi.stubGlobal('WebSocket', FakeSocket)
  return {
    count: () => made.length,
    async opened(n = 1): Promise<FakeSocket> {
      await until(() => made.length >= n)
      return made[n - 1] as FakeSocket
    },
  }
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5))
  if (!done()) throw new Error('timed out')
}
