// Reading a request body in browser mode within two bounds: one request's limit (its
// Content-Length is checked before a byte is read) and a budget shared by every request being
// read or handled, so concurrent large bodies cannot multiply what the server holds.

import type { IncomingMessage, ServerResponse } from 'node:http'

/** Bytes of request bodies held at once, across requests; each request gives back its share when its answer is done. */
export class BodyBudget {
  private used = 0

  constructor(readonly total: number) {}

  take(bytes: number): boolean {
    if (this.used + bytes > this.total) return false
    this.used += bytes
    return true
  }

  give(bytes: number): void {
    this.used -= bytes
  }
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: 413 | 503; message: string }

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/**
 * The whole body, or why it was refused (413 over the limit, 503 over the shared budget). Its
 * share of the budget is held until the answer `res` is done, since the handler's parse and decode
 * of the body are what cost memory. A refused body is read no further: what still comes is dropped.
 */
export function readBody(req: IncomingMessage, res: ServerResponse, budget: BodyBudget, limit: number): Promise<BodyRead> {
  let held = 0
  res.once('close', () => budget.give(held))
  const tooLarge = (size: string): BodyRead => ({
    ok: false,
    status: 413,
    message: `The request is ${size}; Galley takes calls up to ${mb(limit)} (a page file up to ${mb((limit * 3) / 4)}). Split the page file, or add it from inside the library by its path.`,
  })
  const busy: BodyRead = { ok: false, status: 503, message: 'Galley is busy reading other large requests; try again in a moment.' }

  const declared = req.headers['content-length']
  if (declared !== undefined) {
    // Node's parser has already refused a Content-Length that is not a number.
    const length = Number(declared)
    if (length > limit) return Promise.resolve(tooLarge(mb(length)))
    if (!budget.take(length)) return Promise.resolve(busy)
    held = length
  }
  return new Promise((resolve, reject) => {
    // With the length known, one buffer of that size and no copy when it is whole.
    const whole = declared !== undefined ? Buffer.allocUnsafe(held) : null
    const chunks: Buffer[] = []
    let size = 0
    const stop = (refusal: BodyRead): void => {
      req.removeListener('data', onData)
      req.removeListener('end', onEnd)
      chunks.length = 0
      req.resume() // drop the rest, so the client reads the answer rather than a reset
      resolve(refusal)
    }
    const onData = (chunk: Buffer): void => {
      if (whole) {
        chunk.copy(whole, size)
        size += chunk.length
        return
      }
      size += chunk.length
      if (size > limit) return stop(tooLarge(`over ${mb(limit)}`))
      if (!budget.take(chunk.length)) return stop(busy)
      held += chunk.length
      chunks.push(chunk)
    }
    const onEnd = (): void => resolve({ ok: true, body: whole ? whole.subarray(0, size) : Buffer.concat(chunks, size) })
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', reject)
  })
}
