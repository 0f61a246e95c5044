// FIFOs for the tests that check Galley never waits on one, made so that no test can hang the
// suite: a time limit on the awaited call, and a writer that frees any reader left blocked.

import { spawnSync } from 'node:child_process'
import { closeSync, constants, openSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, type TestContext } from 'vitest'

const made: string[] = []
afterEach(() => {
  // A reader blocked in open() (what the old code did) returns once a writer opens and closes.
  for (const fifo of made.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))
    } catch {
      // ENXIO: no reader is waiting, which is what the tests expect.
    }
  }
})

/** A FIFO at `dir/name`; skips the test (saying so) where there is no mkfifo, as on Windows. */
export function makeFifo(dir: string, name: string, ctx: TestContext): string {
  const path = join(dir, name)
  const result = process.platform === 'win32' ? null : spawnSync('mkfifo', [path])
  if (result === null || result.status !== 0) {
    console.log(`no mkfifo on ${process.platform}; skipping "${ctx.task.name}"`)
    ctx.skip()
  }
  made.push(path)
  return path
}

/** `promise`, or a rejection saying what hung once `ms` have passed. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)
  })
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}
