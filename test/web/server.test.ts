// Browser mode's server: only loopback, only with the token, only from its own origin; the same
// handlers behind POST /api/invoke/:channel, events over SSE, paths still confined.

import { mkdirSync, writeFileSync } from 'node:fs'
import { Agent, request, type ClientRequest } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { LibraryView, Reply } from '../../src-main/ipc/contract'
import { MAX_PAGE_BYTES } from '../../src-main/library/pages'
import { BODY_BUDGET_BYTES, MAX_BODY_BYTES, startWebServer, type WebServer } from '../../src-main/web/server'
import { CN_ISSUE, FIXTURES, fixtureLibrary, tempDir, until } from '../library/helpers'

const running: WebServer[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

async function start(libraryFolder?: string): Promise<WebServer> {
  const rendererDir = tempDir('galley-renderer-')
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title><script type="module" src="./assets/app.js"></script>')
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("galley")')
  const server = await startWebServer({ port: 0, host: '127.0.0.1', stateDir: tempDir(), resourcesDir: join(FIXTURES, 'resources'), rendererDir, libraryFolder, open: false })
  running.push(server)
  return server
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function call(server: WebServer, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

function invoke(server: WebServer, channel: string, arg: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return call(server, `/api/invoke/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-galley-token': server.token, origin: `http://127.0.0.1:${server.port}`, ...headers },
    body: JSON.stringify(arg),
  })
}

/** Opens the server's call socket as a browser page would, or rejects with the refusal. */
function socketTo(server: WebServer, how: { token: string | null; origin: string | null; path?: string }): Promise<WebSocket> {
  const query = how.token === null ? '' : `?token=${encodeURIComponent(how.token)}`
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}${how.path ?? '/api/socket'}${query}`, how.origin === null ? {} : { origin: how.origin })
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)))
    ws.once('error', reject)
  })
}

describe('browser mode server', () => {
  it('prints a loopback URL with the token', async () => {
    const server = await start()
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`))
  })

  it('refuses requests without the token, or with a wrong one (403)', async () => {
    const server = await start()
    expect((await call(server, '/')).status).toBe(403)
    expect((await call(server, '/?token=wrong')).status).toBe(403)
    expect((await invoke(server, 'library:current', {}, { 'x-galley-token': 'wrong' })).status).toBe(403)
    const noToken = await call(server, '/api/invoke/library:current', { method: 'POST', body: '{}' })
    expect(noToken.status).toBe(403)
    expect((await call(server, '/api/events')).status).toBe(403)
  })

  it('refuses another origin and another host name (403)', async () => {
    const server = await start()
    expect((await invoke(server, 'library:current', {}, { origin: 'http://evil.example' })).status).toBe(403)
    expect((await invoke(server, 'library:current', {}, { origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403)
    expect((await invoke(server, 'library:current', {}, { host: `evil.example:${server.port}` })).status).toBe(403)
  })

  it('serves the page with the token, and its assets through the cookie it sets', async () => {
    const server = await start()
    const page = await call(server, `/?token=${server.token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Galley</title>')
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    const cookie = String(page.headers['set-cookie']).split(';')[0]
    const asset = await call(server, '/assets/app.js', { headers: { cookie } })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toContain('javascript')
    // The cookie opens assets only, never the API.
    expect((await call(server, '/api/invoke/library:current', { method: 'POST', headers: { cookie }, body: '{}' })).status).toBe(403)
    // Climbing out of the renderer folder never reaches other files.
    expect((await call(server, `/../../etc/passwd?token=${server.token}`)).body).not.toContain('root:')
    expect((await call(server, `/..%2f..%2fetc%2fpasswd?token=${server.token}`)).status).toBe(403)
  })

  it('answers a valid invoke with the handler reply', async () => {
    const library = fixtureLibrary()
    const server = await start(library)
    const answer = await invoke(server, 'library:current', null)
    expect(answer.status).toBe(200)
    const reply = JSON.parse(answer.body) as Reply<LibraryView>
    expect(reply.ok && reply.value.issues.map((i) => i.id)).toContain(CN_ISSUE)
    const bad = JSON.parse((await invoke(server, 'issue:open', { issueId: 7 })).body) as Reply<unknown>
    expect(!bad.ok && bad.error.code).toBe('invalid-argument')
    const unknown = JSON.parse((await invoke(server, 'shell:exec', {})).body) as Reply<unknown>
    expect(!unknown.ok && unknown.error.code).toBe('forbidden')
  })

  it('answers calls over its WebSocket with the same handlers, matched by id', async () => {
    const server = await start(fixtureLibrary())
    const ws = await socketTo(server, { token: server.token, origin: `http://127.0.0.1:${server.port}` })
    const replies = new Map<unknown, { reply: Reply<unknown>; handlerMs: number }>()
    const all = new Promise<void>((resolve) => {
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { id: unknown; reply: Reply<unknown>; handlerMs: number }
        replies.set(message.id, message)
        if (replies.size === 4) resolve()
      })
    })
    ws.send(JSON.stringify({ id: 1, channel: 'library:current', arg: null }))
    ws.send(JSON.stringify({ id: 2, channel: 'issue:open', arg: { issueId: '../../etc' } }))
    ws.send(JSON.stringify({ id: 3, channel: 'shell:exec', arg: {} }))
    ws.send('not json')
    await all
    ws.close()
    const library = replies.get(1)?.reply as Reply<LibraryView>
    expect(library.ok && library.value.issues.map((i) => i.id)).toContain(CN_ISSUE)
    expect(replies.get(1)?.handlerMs).toBeGreaterThanOrEqual(0)
    expect(replies.get(2)?.reply).toMatchObject({ ok: false, error: { code: 'not-in-library' } })
    expect(replies.get(3)?.reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(replies.get(null)?.reply).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('refuses a WebSocket without the token, from another origin or with none, or on another path', async () => {
    const server = await start()
    const own = `http://127.0.0.1:${server.port}`
    for (const attempt of [
      { token: null, origin: own },
      { token: 'wrong', origin: own },
      { token: server.token, origin: 'http://evil.example' },
      { token: server.token, origin: null },
      { token: server.token, origin: own, path: '/api/events' },
    ]) {
      await expect(socketTo(server, attempt), JSON.stringify(attempt)).rejects.toThrow(/403/)
    }
  })

  it('survives a socket that sends a frame over the size limit', async () => {
    const server = await start()
    const ws = await socketTo(server, { token: server.token, origin: `http://127.0.0.1:${server.port}` })
    const closed = new Promise<number>((resolve) => ws.on('close', (code: number) => resolve(code)))
    ws.send(Buffer.alloc(101 * 1024 * 1024))
    expect(await closed).toBeGreaterThan(1000)
    const answer = await invoke(server, 'library:current', null)
    expect(answer.status).toBe(200)
  })

  it('refuses paths outside the library', async () => {
    const server = await start(fixtureLibrary())
    const outside = JSON.parse((await invoke(server, 'issue:open', { issueId: '../../etc' })).body) as Reply<unknown>
    expect(!outside.ok && outside.error.code).toBe('not-in-library')
    const exportOut = JSON.parse((await invoke(server, 'export:run', { issueIds: [CN_ISSUE], format: 'md', folder: '/tmp' })).body) as Reply<unknown>
    expect(!exportOut.ok && exportOut.error.code).toBe('not-in-library')
  })

  it('streams events to the page over server-sent events', async () => {
    const server = await start()
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream')
        let text = ''
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString()
          if (text.includes('event: library:changed')) {
            resolve(text)
            req.destroy()
          }
        })
        void invoke(server, 'library:open', { folder: fixtureLibrary() })
      })
      req.on('error', reject)
      req.end()
    })
    expect(received).toMatch(/event: task:progress\ndata: \{/)
    expect(received).toMatch(/event: library:changed\ndata: \{.*"reason":"opened"/)
  })

  it('closes promptly while a page holds an event stream open and keeps reconnecting', async () => {
    const server = await start()
    const agent = new Agent({ keepAlive: true })
    let streams = 0
    let stopped = false
    const connect = (): void => {
      if (stopped) return
      const req = request({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}`, agent }, (res) => {
        streams++
        res.resume()
        // Like EventSource: reconnect at once when the stream ends, on the same kept-alive socket.
        res.on('end', connect)
        res.on('error', () => undefined)
      })
      req.on('error', () => undefined) // refused once the server is closed: what a page would see
      req.end()
    }
    connect()
    connect()
    await until(() => streams >= 2, 3000, 'two open event streams')
    // An idle kept-alive socket too (a finished invoke), which server.close() alone would wait on.
    expect((await call(server, `/?token=${server.token}`)).status).toBe(200)
    const started = Date.now()
    const closed = await Promise.race([server.close().then(() => 'closed'), new Promise((done) => setTimeout(() => done('hung'), 3000))])
    stopped = true
    agent.destroy()
    expect(closed).toBe('closed')
    expect(Date.now() - started).toBeLessThan(2000)
    running.splice(running.indexOf(server), 1)
  })
})

/** An invoke whose body is sent by the caller: its answer's status, or 'reset' when the connection broke first. */
function rawInvoke(server: WebServer, headers: Record<string, string | number>): { req: ClientRequest; answer: Promise<{ status: number | 'reset'; closed: Promise<void> }> } {
  const req = request({
    host: '127.0.0.1',
    port: server.port,
    path: '/api/invoke/library:current',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-galley-token': server.token, ...headers },
  })
  // The connection itself, not the request (which ends with its answer on a kept-alive socket).
  const closed = new Promise<void>((resolve) => req.once('socket', (socket) => socket.once('close', () => resolve())))
  const answer = new Promise<{ status: number | 'reset'; closed: Promise<void> }>((resolve) => {
    req.once('response', (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, closed })
    })
    req.once('error', () => resolve({ status: 'reset', closed }))
  })
  req.flushHeaders()
  return { req, answer }
}

/** `null` padded with spaces to `size` bytes: a valid JSON body of any length. */
function paddedNull(size: number): Buffer {
  const body = Buffer.alloc(size, 0x20)
  body.write('null')
  return body
}

describe('browser mode server bounds', () => {
  it('answers 400 to a path with a malformed percent-encoding', async () => {
    const server = await start()
    const page = await call(server, `/%E0%A4%A?token=${server.token}`)
    expect(page.status).toBe(400)
    expect(page.body).toMatch(/percent-encoding/)
    const api = await call(server, '/api/invoke/%E0%A4%A', { method: 'POST', headers: { 'x-galley-token': server.token }, body: 'null' })
    expect(api.status).toBe(400)
    expect(api.body).toMatch(/percent-encoding/)
  })

  it('takes a body as large as a dropped page of the largest size, as base64 in its call', () => {
    // issue:add-page carries the page's bytes as base64 (4 characters for every 3 bytes).
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(Math.ceil(MAX_PAGE_BYTES / 3) * 4)
    expect(MAX_BODY_BYTES).toBeLessThan(MAX_PAGE_BYTES * 1.5)
  })

  it('refuses a Content-Length over the limit with 413 before the body is sent', async () => {
    const server = await start()
    const { req, answer } = rawInvoke(server, { 'content-length': MAX_BODY_BYTES + 1 })
    const timeout = setTimeout(() => req.destroy(), 3000)
    const { status, closed } = await answer
    clearTimeout(timeout)
    expect(status).toBe(413)
    await closed
    expect((await invoke(server, 'library:current', null)).status).toBe(200)
  })

  it('answers 413 to a chunked body that passes the limit, then closes the connection', async () => {
    const server = await start()
    const { req, answer } = rawInvoke(server, { 'transfer-encoding': 'chunked' })
    const chunk = Buffer.alloc(1024 * 1024, 0x20)
    let sent = 0
    let answered = false
    void answer.then(() => (answered = true))
    req.on('error', () => undefined)
    // Keep sending, as an uploading browser does, until the server answers (or far past the limit).
    while (!answered && sent < MAX_BODY_BYTES * 2) {
      if (!req.write(chunk)) await new Promise((resolve) => req.once('drain', resolve).once('close', resolve))
      sent += chunk.length
      if (req.destroyed) break
    }
    const { status, closed } = await answer
    expect(status).toBe(413)
    await closed
    expect(sent).toBeGreaterThan(MAX_BODY_BYTES)
  })

  it('answers 503 to a body that would take what is buffered across requests over the budget, until the other is done', async () => {
    const server = await start(fixtureLibrary())
    // A page upload under way: announced at the largest size, its body still coming.
    const first = rawInvoke(server, { 'content-length': MAX_BODY_BYTES })
    first.req.write(Buffer.alloc(1024, 0x20))
    first.req.on('error', () => undefined)
    await new Promise((resolve) => setTimeout(resolve, 100))
    const second = BODY_BUDGET_BYTES - MAX_BODY_BYTES + 1024 * 1024
    const refused = rawInvoke(server, { 'content-length': second })
    const timeout = setTimeout(() => refused.req.destroy(), 3000)
    const { status } = await refused.answer
    clearTimeout(timeout)
    expect(status).toBe(503)
    // Small calls still fit beside the upload.
    expect((await invoke(server, 'library:current', null)).status).toBe(200)
    first.req.destroy()
    await (await first.answer).closed
    await new Promise((resolve) => setTimeout(resolve, 100))
    const again = rawInvoke(server, { 'content-length': second })
    again.req.end(paddedNull(second))
    expect((await again.answer).status).toBe(200)
  })
})
