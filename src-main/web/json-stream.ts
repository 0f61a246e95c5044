// Writing a large value as JSON in pieces, waiting for the socket (or stdout) between them.

import type { ServerResponse } from 'node:http'
import { jsonChunks } from '../core/export/json-chunks'

/** Writes `value` as a JSON reply, waiting for the socket to drain between chunks; resolves when it is sent or the client went away. */
export async function streamJson(res: ServerResponse, status: number, headers: Record<string, string>, value: unknown): Promise<void> {
  res.writeHead(status, headers)
  for (const chunk of jsonChunks(value)) {
    if (res.destroyed) return
    if (!res.write(chunk)) await drained(res)
  }
  res.end()
}

/** Resolves when a stream that refused more (write returned false) wants more, or has closed. */
export function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      out.removeListener('drain', done)
      out.removeListener('close', done)
      resolve()
    }
    out.on('drain', done)
    out.on('close', done)
  })
}
