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

  it('posts to /api/invoke/:channel with the token and reads the reply', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: null }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const client = createClient(httpApi('http://127.0.0.1:4000', 'secret'))
    await expect(client.call('library:current', {})).resolves.toBeNull()
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://127.0.0.1:4000/api/invoke/library%3Acurrent')
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer secret')
    expect(init.body).toBe('{}')
  })

  it('turns a refused request (no JSON reply) into a GalleyError', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('forbidden', { status: 403, statusText: 'Forbidden' })))
    const client = createClient(httpApi('http://127.0.0.1:4000', 'wrong'))
    await expect(client.call('library:current', {})).rejects.toMatchObject({ code: 'transport' })
  })
})
