// Writing a large value as JSON in pieces, waiting for the socket between them.

import type { ServerResponse } from 'node:http'
import { jsonChunks } from '../core/export/json-chunks'

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
