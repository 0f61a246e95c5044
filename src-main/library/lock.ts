// A cross-process lock beside a state file (`state.json.lock`, created with O_EXCL), so two
// Galley processes on one issue take turns: each reloads the log under the lock before it writes.
// A lock whose owner process is gone (killed mid-write) is taken over.

import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs'
import { readFile, unlink, stat } from 'node:fs/promises'
import { GalleyError } from '../core/index'
import { errnoOf, toGalleyError } from './fs-errors'

const WAIT_MS = 10_000
/** A lock older than this is stale even when its pid is alive (pid reuse, a hung process). */
const STALE_MS = 30_000

export async function withFileLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  await acquire(lockFile)
  try {
    return await work()
  } finally {
    try {
      unlinkSync(lockFile)
    } catch {
      // already gone: a stale-lock breaker took it
    }
  }
}

/**
 * Takes the lock if it is free. Taking and releasing it are made synchronously: a few system calls
 * on the issue's own folder take microseconds, where each asynchronous one waits for a thread of
 * libuv's pool and then for the main thread (a millisecond or more each, on a busy machine, for
 * every edit). Waiting for a lock that is taken stays asynchronous.
 */
function tryTake(lockFile: string): boolean {
  let fd: number
  try {
    fd = openSync(lockFile, 'wx')
  } catch (err) {
    if (errnoOf(err) === 'EEXIST') return false
    throw toGalleyError(err, lockFile, 'write')
  }
  try {
    writeSync(fd, `${process.pid}\n`)
  } catch (err) {
    closeSync(fd)
    try {
      unlinkSync(lockFile) // a lock without its owner's pid would hold others off for a while
    } catch {
      // already gone
    }
    throw toGalleyError(err, lockFile, 'write')
  }
  closeSync(fd)
  return true
}

async function acquire(lockFile: string): Promise<void> {
  const started = Date.now()
  for (let attempt = 0; ; attempt++) {
    if (tryTake(lockFile)) return
    if (await isStale(lockFile)) {
      await unlink(lockFile).catch(() => undefined)
      continue
    }
    if (Date.now() - started > WAIT_MS) {
      throw new GalleyError(
        'conflict',
        `Another Galley window or process is still saving this issue (${lockFile}); try again in a moment.`,
      )
    }
    await new Promise((r) => setTimeout(r, Math.min(5 + attempt * 5, 50)))
  }
}

async function isStale(lockFile: string): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)])
    if (Date.now() - info.mtimeMs > STALE_MS) return true
    const pid = Number.parseInt(text, 10)
    if (!Number.isInteger(pid) || pid <= 0) return Date.now() - info.mtimeMs > 1000 // being written
    if (pid === process.pid) return false
    try {
      process.kill(pid, 0)
      return false
    } catch (err) {
      return errnoOf(err) === 'ESRCH'
    }
  } catch {
    return false // the lock went away between our tries: not stale, just try again
  }
}
