// Browser mode's transport: the same dispatcher as Electron's IPC, behind a local HTTP server on
// 127.0.0.1. Every request carries a random token (header, query, or the cookie the page gets on
// its first load, for the page's own assets); the Host and Origin must be this server's own.
// Calls come over a WebSocket (`/api/socket`, through ws; the page sends its edits there, a few
// milliseconds quicker each than a fetch in Chromium) or as POST /api/invoke/:channel; events go
// out as server-sent events.

import { spawn } from 'node:child_process'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { EVENT_CHANNELS, type EventChannel } from '../ipc/channels'
import { createDispatcher, createHandlerContext } from '../ipc/handlers'
import { collectBetweenStages } from '../library/collector'
import { MAX_PAGE_BYTES } from '../library/pages'
import { BodyBudget, readBody } from './body'
import { streamJson } from './json-stream'

export interface WebServerOptions {
  /** 0 (or absent) for a random free port. */
  port?: number
  /** Only loopback addresses are accepted (default 127.0.0.1). */
  host?: string
  stateDir: string
  resourcesDir: string
  /** The built renderer (default out/renderer beside the working directory). */
  rendererDir?: string
  /** Opened before the server answers, so the first page shows it. */
  libraryFolder?: string
  /** Open the URL in a browser (xdg-open / open / start) when one is there. */
  open?: boolean
  /** Fixed token (tests); random otherwise. */
  token?: string
}

export interface WebServer {
  url: string
  token: string
  port: number
  close(): Promise<void>
}

/**
 * The largest legitimate request: issue:add-page with a dropped page of MAX_PAGE_BYTES, as base64
 * (4 characters for every 3 bytes), in its JSON call. A larger Content-Length is refused unread.
 */
export const MAX_BODY_BYTES = Math.ceil(MAX_PAGE_BYTES / 3) * 4 + 64 * 1024
/**
 * What the request bodies being read or handled may hold at once: one largest upload and room for
 * the small calls beside it. A second upload meanwhile is answered 503, to retry, since each body
 * costs a few times its size while it is parsed and decoded and concurrent ones would multiply that.
 */
export const BODY_BUDGET_BYTES = MAX_BODY_BYTES + 16 * 1024 * 1024
/**
 * A call over the socket: an edit, whose largest is an edit-text op of the contract's 4,000,000
 * characters, each a 6-byte JSON escape at worst. Page uploads go over HTTP.
 */
const MAX_SOCKET_MESSAGE_BYTES = 24 * 1024 * 1024 + 64 * 1024
const COOKIE = 'galley_token'
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1'
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    throw new Error(`Browser mode listens on the loopback address only, not ${host}.`)
  }
  const token = options.token ?? randomBytes(24).toString('base64url')
  collectBetweenStages()
  const rendererDir = resolve(options.rendererDir ?? join(process.cwd(), 'out', 'renderer'))
  // Open event streams and sockets: close() ends them, or a page's EventSource (which reconnects
  // on a kept-alive socket) would hold the server open forever.
  const streams = new Set<ServerResponse>()
  const sockets = new Set<Socket>()
  let closing = false
  const emit = (event: EventChannel, payload: unknown): void => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const res of streams) res.write(frame)
  }
  const context = createHandlerContext({ stateDir: options.stateDir, resourcesDir: options.resourcesDir, emit })
  const dispatcher = createDispatcher(context)
  const budget = new BodyBudget(BODY_BUDGET_BYTES)
  let port = 0

  const server = createServer((req, res) => {
    if (closing) {
      res.shouldKeepAlive = false
      return send(res, 503, 'text/plain; charset=utf-8', 'Galley is shutting down.')
    }
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${err instanceof Error ? err.message : String(err)}`)
      else res.end()
    })
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })

  // Calls over a WebSocket: the same checks as an HTTP call (Host, Origin, the token in the URL)
  // before the upgrade, then one message per call, `{ id, channel, arg }`, answered `{ id, reply }`.
  const calls = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES })
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    // Until ws takes the socket over, nothing else listens for its errors (a reset mid-handshake).
    const dropOnError = (): void => {
      socket.destroy()
    }
    socket.on('error', dropOnError)
    const url = new URL(req.url ?? '/', `http://${host}:${port}`)
    const given = url.searchParams.get('token')
    // A browser always names the Origin of a WebSocket; one without is not our page.
    const allowed =
      !closing &&
      url.pathname === '/api/socket' &&
      hostAllowed(req.headers.host, port) &&
      req.headers.origin !== undefined &&
      originAllowed(req.headers.origin, port) &&
      given !== null &&
      same(given, token)
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
      return
    }
    socket.removeListener('error', dropOnError)
    calls.handleUpgrade(req, socket, head, (ws) => serveSocket(ws))
  })

  function serveSocket(ws: WebSocket): void {
    ws.on('message', (data: RawData) => {
      void answer(ws, data)
    })
    // A malformed or oversized frame: ws reports it here (unheard, it would end the process).
    ws.on('error', () => ws.terminate())
  }

  async function answer(ws: WebSocket, data: RawData): Promise<void> {
    // A message counts against the same budget as HTTP bodies while it is parsed and handled.
    const size = Array.isArray(data) ? data.reduce((n, part) => n + part.length, 0) : data.byteLength
    if (!budget.take(size)) {
      const message = 'Galley is busy reading other large requests; try the edit again in a moment.'
      ws.send(JSON.stringify({ id: null, reply: { ok: false, error: { code: 'too-large', message } } }))
      return
    }
    try {
      let call: { id?: unknown; channel?: unknown; arg?: unknown }
      try {
        call = JSON.parse(data.toString()) as typeof call
      } catch (err) {
        const message = `The call is not JSON: ${err instanceof Error ? err.message : String(err)}`
        ws.send(JSON.stringify({ id: null, reply: { ok: false, error: { code: 'invalid-argument', message } } }))
        return
      }
      const { reply, ms } =
        typeof call.channel === 'string'
          ? await timedDispatch(call.channel, call.arg)
          : { reply: { ok: false, error: { code: 'invalid-argument', message: 'The call names no channel.' } }, ms: 0 }
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: call.id ?? null, reply, handlerMs: ms }))
    } finally {
      budget.give(size)
    }
  }

  /**
   * A call through the one dispatcher, and how long its handler took: both transports report it
   * (Server-Timing on HTTP, handlerMs on the socket), so the rest of a round trip is the transport.
   */
  async function timedDispatch(channel: string, arg: unknown): Promise<{ reply: unknown; ms: number }> {
    const started = performance.now()
    const reply = await dispatcher.dispatch(channel, arg === null ? undefined : arg)
    return { reply, ms: performance.now() - started }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${host}:${port}`)
    if (!hostAllowed(req.headers.host, port) || !originAllowed(req.headers.origin, port)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: this server answers only its own page.')
    }
    const given = tokenOf(req, url)
    const isApi = url.pathname.startsWith('/api/')
    // API calls must name the token themselves (header or query); the cookie only opens assets.
    const carried = isApi ? given.explicit : (given.explicit ?? given.cookie)
    if (!carried || !same(carried, token)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: open the URL Galley printed (it carries the access token).')
    }
    if (isApi) return api(req, res, url)
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed')
    return serveStatic(res, url, given.explicit !== undefined)
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', ...SECURITY_HEADERS })
      res.write(`: galley events (${EVENT_CHANNELS.join(', ')})\n\n`)
      streams.add(res)
      const ping = setInterval(() => res.write(': ping\n\n'), 15_000)
      req.on('close', () => {
        clearInterval(ping)
        streams.delete(res)
      })
      return
    }
    const match = /^\/api\/invoke\/([^/]+)$/.exec(url.pathname)
    if (!match || req.method !== 'POST') return send(res, 404, 'text/plain; charset=utf-8', 'No such endpoint')
    const channel = decodePath(match[1])
    if (channel === null) {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-argument', message: `${url.pathname} is not valid percent-encoding; name the channel as the page does.` } })
    }
    const read = await readBody(req, res, budget, MAX_BODY_BYTES)
    if (!read.ok) return refuse(req, res, read.status, read.message)
    let arg: unknown
    try {
      arg = read.body.length === 0 ? undefined : JSON.parse(read.body.toString('utf8'))
    } catch (err) {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-argument', message: `The request body is not JSON: ${err instanceof Error ? err.message : String(err)}` } })
    }
    const { reply, ms } = await timedDispatch(channel, arg)
    // In pieces, never as one string: an issue view of a very large page is tens of MB of JSON.
    const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'server-timing': `handler;dur=${ms.toFixed(1)}`, ...SECURITY_HEADERS }
    return streamJson(res, 200, headers, reply)
  }

  async function serveStatic(res: ServerResponse, url: URL, setCookie: boolean): Promise<void> {
    let path = decodePath(url.pathname)
    if (path === null) return send(res, 400, 'text/plain; charset=utf-8', `${url.pathname} is not valid percent-encoding.`)
    if (path.endsWith('/')) path += 'index.html'
    const file = resolve(rendererDir, `.${path}`)
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden')
    let target = file
    let info = await stat(target).catch(() => null)
    if (!info?.isFile() && !extname(path)) {
      target = join(rendererDir, 'index.html') // the app's own routes
      info = await stat(target).catch(() => null)
    }
    if (!info?.isFile()) {
      const missing = target.endsWith('index.html')
      return send(res, 404, 'text/plain; charset=utf-8', missing ? 'The renderer is not built: run `npm run start:web` (it builds first).' : 'Not found')
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(info.size),
      'cache-control': target.endsWith('.html') ? 'no-store' : 'private, max-age=3600',
      ...SECURITY_HEADERS,
    }
    if (target.endsWith('.html')) headers['content-security-policy'] = CSP
    if (setCookie) headers['set-cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
    res.writeHead(200, headers)
    createReadStream(target).pipe(res)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolveListen())
  })
  port = (server.address() as AddressInfo).port
  const shownHost = host === '::1' ? '[::1]' : host
  const url = `http://${shownHost}:${port}/?token=${token}`

  if (options.libraryFolder) {
    const reply = await dispatcher.dispatch('library:open', { folder: options.libraryFolder })
    if (!reply.ok) {
      server.close()
      dispatcher.dispose()
      throw new Error(reply.error.message)
    }
  }

  if (options.open) openBrowser(url)

  return {
    url,
    token,
    port,
    close: async () => {
      closing = true
      for (const res of streams) res.end()
      streams.clear()
      for (const ws of calls.clients) ws.terminate()
      calls.close()
      dispatcher.dispose()
      // Stop listening, then drop every connection now: server.close() alone waits for kept-alive
      // and streaming sockets, which a reconnecting page never lets go of.
      const stopped = new Promise<void>((done) => server.close(() => done()))
      server.closeAllConnections()
      for (const socket of sockets) socket.destroy()
      sockets.clear()
      await stopped
    },
  }
}

/** Opens the URL with the platform's opener if it exists; a missing opener is not an error. */
export function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open'
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url]
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => undefined) // no opener installed: the printed URL is enough
    child.unref()
  } catch {
    // spawn itself refused (no such binary on some platforms): the printed URL is enough
  }
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  // The token is in the page URL: never send it on in a Referer.
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
}

function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  // A DNS-rebinding page reaches us under its own name; only our loopback names are ours.
  return hostHeader !== undefined && [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(hostHeader.toLowerCase())
}

function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true // not a cross-site browser request (curl, a test); the token still guards
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`].includes(origin.toLowerCase())
}

function tokenOf(req: IncomingMessage, url: URL): { explicit?: string; cookie?: string } {
  const header = req.headers['x-galley-token']
  const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
  const explicit = (Array.isArray(header) ? header[0] : header) ?? bearer ?? url.searchParams.get('token') ?? undefined
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === COOKIE)?.[1]
  return { explicit, cookie }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** A percent-encoded path or name, or null when it is not valid percent-encoding (`/%E0%A4%A`). */
function decodePath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded)
  } catch {
    return null // a URIError: the caller answers 400, naming the path
  }
}

/** How long a refused upload's connection stays open for the client to read the answer. */
const LINGER_MS = 5000

/**
 * A refusal that leaves the request body unread, then the connection closed. Closing at once would
 * reset a connection the client is still sending on, and the reset can reach it before the answer
 * does: so the answer goes out, our half of the connection is closed, what still comes is dropped,
 * and the socket is let go when the client closes its half, or after LINGER_MS.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: 413 | 503, message: string): void {
  const socket = req.socket
  res.once('finish', () => {
    socket.end()
    const timer = setTimeout(() => socket.destroy(), LINGER_MS)
    timer.unref()
    socket.once('close', () => clearTimeout(timer))
  })
  if (status === 503) res.setHeader('retry-after', '2')
  sendJson(res, status, { ok: false, error: { code: 'too-large', message } })
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // With its length known, the reply goes out unchunked, and the browser knows its last byte has come.
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...SECURITY_HEADERS })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
}
