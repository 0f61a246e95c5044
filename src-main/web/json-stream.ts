// A large reply written as JSON piece by piece: a 50 MB page's issue view is tens of MB of JSON,
// and one string of it (two bytes a character for CJK text) plus its UTF-8 copy for the socket
// were most of the server's peak memory. Same text as JSON.stringify of plain data.

import type { ServerResponse } from 'node:http'

/** Arrays and objects this deep are opened up; anything deeper is one JSON.stringify each (an article, a finding). */
const OPEN_DEPTH = 3
const CHUNK_CHARS = 256 * 1024

function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth >= OPEN_DEPTH || value === null || typeof value !== 'object' || 'toJSON' in value) {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ','
      // As JSON.stringify: undefined, functions and symbols in an array are null.
      const item: unknown = value[i]
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null'
      else yield* pieces(item, depth + 1)
    }
    yield ']'
    return
  }
  yield '{'
  let first = true
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    yield* pieces(item, depth + 1)
  }
  yield '}'
}

/** The JSON text of `value` in pieces of about CHUNK_CHARS characters. */
export function* jsonChunks(value: unknown): Generator<string> {
  let buffered = ''
  for (const piece of pieces(value, 0)) {
    buffered += piece
    if (buffered.length >= CHUNK_CHARS) {
      yield buffered
      buffered = ''
    }
  }
  if (buffered) yield buffered
}

/** Writes `value` as a JSON reply, waiting for the socket to drain between chunks; resolves when it is sent or the client went away. */
export async function streamJson(res: ServerResponse, status: number, headers: Record<string, string>, value: unknown): Promise<void> {
  res.writeHead(status, headers)
  for (const chunk of jsonChunks(value)) {
    if (res.destroyed) return
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off('drain', done)
          res.off('close', done)
          resolve()
        }
        res.on('drain', done)
        res.on('close', done)
      })
    }
  }
  res.end()
}
