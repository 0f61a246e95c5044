// A cross-process lock beside a state file (`state.json.lock`, created with O_EXCL), so two
// Galley processes on one issue take turns: each reloads the log under the lock before it writes.
// A lock whose owner process is gone (killed mid-write) is taken over at once: the lock names its
// owner's pid, host and start time, so a pid reused by another program after a restart is told
// from the Galley that took the lock. A live owner's lock is never taken over.

import { spawnSync } from 'node:child_process'
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { hostname } from 'node:os'
import { GalleyError } from '../core/index'
import { errnoOf, toGalleyError } from './fs-errors'

/** How long a save waits for the lock; and the age after which a lock whose owner cannot be checked
 * (another machine's, one naming no start time) is taken for stale. (Mutable for tests only.) */
export const LOCK_TIMES = { waitMs: 10_000, staleMs: 30_000 }

export async function withFileLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  await acquire(lockFile)
  try {
    return await work()
  } finally {
    try {
      // Only our own: where another process took the lock over meanwhile, it is theirs now.
      if (readFileSync(lockFile, 'utf8') === ownLock) unlinkSync(lockFile)
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
let ownLock: string | undefined

function tryTake(lockFile: string): boolean {
  let fd: number
  try {
    fd = openSync(lockFile, 'wx')
  } catch (err) {
    if (errnoOf(err) === 'EEXIST') return false
    throw toGalleyError(err, lockFile, 'write')
  }
  try {
    ownLock ??= `${JSON.stringify(ownerOf(process.pid))}\n`
    writeSync(fd, ownLock)
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
    const stale = await staleLock(lockFile)
    if (stale !== null) {
      // Only the lock judged stale: another waiter may have broken it and taken a fresh one meanwhile.
      try {
        if (readFileSync(lockFile, 'utf8') === stale) unlinkSync(lockFile)
      } catch {
        // gone already
      }
      continue
    }
    if (Date.now() - started > LOCK_TIMES.waitMs) {
      throw new GalleyError(
        'conflict',
        `Another Galley window or process is still saving this issue (${lockFile}); try again in a moment.`,
      )
    }
    await new Promise((r) => setTimeout(r, Math.min(5 + attempt * 5, 50)))
  }
}

interface LockOwner {
  pid: number
  host: string
  /** When the owner process started (ms since the epoch, to the second), as the OS tells it. */
  started: number | null
}

function ownerOf(pid: number): LockOwner {
  return { pid, host: hostname(), started: startTimeOf(pid) }
}

/** The stale lock's content, or null when the lock is not stale. */
async function staleLock(lockFile: string): Promise<string | null> {
  try {
    const text = await readFile(lockFile, 'utf8')
    return (await isStale(lockFile, text)) ? text : null
  } catch {
    return null // the lock went away between our tries: not stale, just try again
  }
}

async function isStale(lockFile: string, text: string): Promise<boolean> {
  try {
    const info = await stat(lockFile)
    const old = Date.now() - info.mtimeMs > LOCK_TIMES.staleMs
    const owner = parseOwner(text)
    if (owner === null) return Date.now() - info.mtimeMs > 1000 // being written
    if (owner.pid === process.pid) return old
    if (owner.host !== hostname()) return old // another machine's process: only its age tells
    if (isProcessGone(owner.pid)) return true
    // The pid is alive: it is the owner only if it started when the owner did (else it was reused).
    // A live owner's lock is never broken, however long it holds it: a save it then went on with
    // would write beside the taker's. Where the start time is not known, age tells.
    const started = startTimeOf(owner.pid)
    if (owner.started === null || started === null) return old
    return Math.abs(started - owner.started) > 2000
  } catch {
    return false // the lock went away between our tries: not stale, just try again
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>
    if (Number.isInteger(owner.pid) && (owner.pid as number) > 0 && typeof owner.host === 'string') {
      return { pid: owner.pid as number, host: owner.host, started: typeof owner.started === 'number' ? owner.started : null }
    }
  } catch {
    // a lock of an earlier Galley: just the pid
  }
  const pid = Number.parseInt(text, 10)
  return Number.isInteger(pid) && pid > 0 ? { pid, host: hostname(), started: null } : null
}

/** True when no process has this pid (on this machine). */
export function isProcessGone(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (err) {
    return errnoOf(err) === 'ESRCH'
  }
}

let bootTime: number | null | undefined
/**
 * A process's start time: on Linux from /proc (its start in clock ticks after boot, and the boot
 * time), elsewhere from `ps -o lstart=` (to the second). Null when the OS does not say.
 */
export function startTimeOf(pid: number): number | null {
  if (process.platform === 'linux') {
    try {
      if (bootTime === undefined) {
        const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))
        bootTime = btime ? Number(btime[1]) * 1000 : null
      }
      // Field 22 (starttime), counted after the command name's closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19])
      // USER_HZ is 100 on every Linux Node runs on.
      if (bootTime !== null && Number.isFinite(ticks)) return Math.floor((bootTime + ticks * 10) / 1000) * 1000
    } catch {
      return null
    }
    return null
  }
  if (process.platform === 'win32') return null
  const ps = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 })
  const when = Date.parse(ps.stdout?.trim() ?? '')
  return Number.isNaN(when) ? null : when
}
