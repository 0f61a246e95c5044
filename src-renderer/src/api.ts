// The renderer's one door to the main process: Electron's preload (`window.galley`) when it is
// there, else the browser-mode HTTP transport. Replies are unwrapped here into values or a GalleyError.
import type { ArgOf, GalleyApi, GalleyEvents, Reply, ResultOf } from '../../src-main/ipc/contract'
import type { EditorChannel, IssueChanged } from '../../src-main/ipc/contract'
import type { EventChannel, InvokeChannel } from '../../src-main/ipc/channels'

export type Channel = InvokeChannel
export type { ArgOf, ResultOf }

/** An error the main process (or the transport) reported, with a code the views can explain. */
export class GalleyError extends Error {
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.name = 'GalleyError'
    this.code = code
  }
}

/** Any thrown value as a GalleyError: one the main process reported stays as it is; anything
 * else (a bug in the renderer) becomes an 'internal' error with its message. */
export function asGalleyError(err: unknown): GalleyError {
  return err instanceof GalleyError ? err : new GalleyError('internal', err instanceof Error ? err.message : String(err))
}

/** What views talk to: typed calls that resolve to values and reject with GalleyError. */
export interface GalleyClient {
  call<K extends Channel>(channel: K, arg: ArgOf<K>): Promise<ResultOf<K>>
  on<E extends EventChannel>(event: E, cb: (payload: GalleyEvents[E]) => void): () => void
}

/** The calls that carry this window's editor id: every channel whose argument takes one (checked below). */
const EDITOR_CHANNELS = ['issue:open', 'issue:add-page', 'finding:accept', 'finding:dismiss', 'op:apply', 'conflict:discard', 'edit:undo', 'edit:redo',
  'ops:apply', 'findings:accept-kind', 'text:replace', 'checkpoint:add', 'checkpoint:return'] as const
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const _EDITOR_CHANNELS_COMPLETE: Same<(typeof EDITOR_CHANNELS)[number], EditorChannel> = true
const EDITOR_CALLS: ReadonlySet<string> = new Set<string>(EDITOR_CHANNELS)

/**
 * `editor` names this window to the main process: undo and redo take back only its own edits.
 * The calls in EDITOR_CHANNELS carry it.
 */
export function createClient(api: GalleyApi, editor?: string): GalleyClient {
  return {
    async call(channel, arg) {
      let reply: Reply<unknown>
      const sent = editor !== undefined && EDITOR_CALLS.has(channel) ? { ...(arg as object), editor } : arg
      try {
        reply = (await api.invoke(channel, sent as never)) as Reply<unknown>
      } catch (err) {
        throw new GalleyError('transport', err instanceof Error ? err.message : String(err))
      }
      if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
        throw new GalleyError('transport', `No reply from ${channel}`)
      }
      if (reply.ok) return reply.value as never
      throw new GalleyError(reply.error.code, reply.error.message)
    },
    on(event, cb) {
      // This window's own edit, told to every window: it has the reply already.
      if (event === 'issue:changed' && editor !== undefined) return api.on(event, (payload) => (payload as IssueChanged).editor !== editor && cb(payload))
      return api.on(event, cb)
    },
  }
}

/**
 * The calls an editor waits on after each key press, whose replies are small (what an edit
 * changed): over the socket, a few milliseconds quicker each than a fetch. Whole views and
 * libraries (hundreds of kilobytes) go over HTTP, which Chromium streams faster than a WebSocket
 * message of that size.
 */
const SOCKET_CHANNELS: ReadonlySet<string> = new Set<InvokeChannel>(['finding:accept', 'finding:dismiss', 'op:apply', 'conflict:discard', 'edit:undo', 'edit:redo', 'task:cancel'])

/**
 * Browser mode: edits over one WebSocket (`/api/socket`), opened at the first edit and again after
 * it closes, everything else (and edits where no socket can be opened) as POST
 * /api/invoke/:channel; events as server-sent events. Every one carries the page's token.
 */
export function httpApi(base: string, token: string): GalleyApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let source: EventSource | null = null
  // The socket: open, being opened, or not usable here (a proxy that refuses upgrades): then fetch.
  let socket: WebSocket | null = null
  let opening: Promise<WebSocket | null> | null = null
  let socketsWork = typeof WebSocket !== 'undefined'
  let nextId = 0
  const waiting = new Map<number, (reply: unknown) => void>()

  function openSocket(): Promise<WebSocket | null> {
    if (socket) return Promise.resolve(socket)
    if (opening) return opening
    opening = new Promise((resolveSocket) => {
      const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/api/socket?token=${encodeURIComponent(token)}`)
      let opened = false
      ws.onopen = () => {
        opened = true
        socket = ws
        opening = null
        resolveSocket(ws)
      }
      ws.onmessage = (msg: MessageEvent<string>) => {
        let parsed: { id?: unknown; reply?: unknown }
        try {
          parsed = JSON.parse(msg.data) as typeof parsed
        } catch {
          return
        }
        const settle = typeof parsed.id === 'number' ? waiting.get(parsed.id) : undefined
        if (!settle) return
        waiting.delete(parsed.id as number)
        settle(parsed.reply)
      }
      ws.onclose = () => {
        if (socket === ws) socket = null
        opening = null
        if (!opened) {
          socketsWork = false // never opened: this page calls over HTTP from now on
          resolveSocket(null)
        }
        // Calls still waiting went out on this socket: they get a transport error (the edit may or
        // may not have been made; the view reloads on the error). The next call opens a new socket.
        for (const settle of waiting.values()) settle({ ok: false, error: { code: 'transport', message: 'The connection to Galley closed; try again.' } })
        waiting.clear()
      }
    })
    return opening
  }

  async function viaSocket(ws: WebSocket, channel: string, arg: unknown): Promise<unknown> {
    return new Promise((resolveReply) => {
      const id = ++nextId
      waiting.set(id, resolveReply)
      ws.send(JSON.stringify({ id, channel, arg: arg ?? null }))
    })
  }

  async function viaHttp(channel: string, arg: unknown): Promise<unknown> {
    const res = await fetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-galley-token': token },
      body: JSON.stringify(arg ?? null),
    })
    const text = await res.text()
    try {
      return JSON.parse(text)
    } catch {
      return { ok: false, error: { code: 'transport', message: `${res.status} ${res.statusText}: ${text.slice(0, 200)}` } }
    }
  }

  function ensureEvents(): void {
    if (source || typeof EventSource === 'undefined') return
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`)
    source.onmessage = (msg) => dispatch(msg.data)
    for (const name of ['issue:changed', 'task:progress', 'library:changed']) {
      source.addEventListener(name, (msg) => dispatch((msg as MessageEvent<string>).data, name))
    }
  }

  function dispatch(raw: string, named?: string): void {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      return
    }
    // Either a named SSE event with the payload as data, or one stream of {event, payload}.
    const envelope = parsed as { event?: string; channel?: string; payload?: unknown }
    const name = named ?? envelope.event ?? envelope.channel
    const payload = named ? parsed : envelope.payload
    if (!name) return
    for (const cb of listeners.get(name) ?? []) cb(payload)
  }

  const api = {
    async invoke(channel: string, arg: unknown) {
      const ws = socketsWork && SOCKET_CHANNELS.has(channel) ? await openSocket() : null
      return ws ? viaSocket(ws, channel, arg) : viaHttp(channel, arg)
    },
    on(event: string, cb: (payload: unknown) => void) {
      ensureEvents()
      const set = listeners.get(event) ?? new Set()
      set.add(cb)
      listeners.set(event, set)
      return () => {
        set.delete(cb)
      }
    },
  }
  return api as unknown as GalleyApi
}

declare global {
  interface Window {
    galley?: GalleyApi
  }
}

const EDITOR_KEY = 'galley.editor'

/**
 * This window's editor id: made once per window (tab) and kept in its sessionStorage, so a reload
 * keeps the window's undo history while a second window is an editor of its own.
 */
export function windowEditorId(): string {
  try {
    const kept = window.sessionStorage.getItem(EDITOR_KEY)
    if (kept) return kept
    return keptAs(`w-${crypto.randomUUID()}`)
  } catch {
    return `w-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}` // storage refused: this page's life only
  }
}

function keptAs(id: string): string {
  window.sessionStorage.setItem(EDITOR_KEY, id)
  return id
}

/** A page's lock on its editor id: this prefix, then the id. */
const EDITOR_LOCK = 'galley.editor\u0001'
/** How long a page waits for its id's lock: a reload's old page lets it go as it goes. */
export const CLAIM_MS = 1000

/**
 * windowEditorId, held as a Web Lock while the page lives. A tab the browser duplicated (or one
 * opened from this one) starts with a copy of its sessionStorage, and so with its id: the two tabs
 * were one editor, each skipping the other's edits as its own (never shown them) and undoing the
 * other's newest edit. A page whose id another live page still holds once CLAIM_MS have passed
 * takes an id of its own. Without Web Locks, the id as kept.
 */
export async function claimEditorId(): Promise<string> {
  const id = windowEditorId()
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks || (await holdId(locks, id, CLAIM_MS)) !== 'taken') return id
  let made: string
  try {
    made = keptAs(`w-${crypto.randomUUID()}`)
  } catch {
    made = `w-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`
  }
  void holdId(locks, made, CLAIM_MS)
  return made
}

/** Holds `id`'s lock until the page goes: 'held', 'taken' (another page held it all `waitMs`), or
 * 'unknown' (the locks refused: no page can tell). */
function holdId(locks: LockManager, id: string, waitMs: number): Promise<'held' | 'taken' | 'unknown'> {
  return new Promise((settle) => {
    const waited = new AbortController()
    // Settled here too: the page mounts after waitMs whatever the locks do.
    const timer = setTimeout(() => {
      waited.abort()
      settle('taken')
    }, waitMs)
    locks
      .request(EDITOR_LOCK + id, { signal: waited.signal }, () => {
        clearTimeout(timer)
        settle('held')
        return new Promise<void>(() => {})
      })
      .catch(() => {
        clearTimeout(timer)
        settle(waited.signal.aborted ? 'taken' : 'unknown')
      })
  })
}

/** The API this page should use: the preload's if present, else HTTP with the URL's token. */
export function defaultApi(): GalleyApi {
  if (window.galley) return window.galley
  const token = new URLSearchParams(window.location.search).get('token') ?? ''
  return httpApi(window.location.origin, token)
}
