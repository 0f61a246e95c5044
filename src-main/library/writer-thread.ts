// Durable writes on a thread of their own. Writing a file so that a crash leaves the old or the new
// one (temp file, fsync, rename, fsync of the folder) is six system calls; made through fs.promises,
// each is a hop to libuv's pool and back to the main thread, and while the main thread computes
// (an edit's re-analysis) none of them moves on. Here they run back to back on one worker thread,
// so an edit's save and its re-analysis take place at the same time, and the caller still hears
// only once the bytes are on disk.
//
// The worker is a short CommonJS script evaluated from this string: it needs nothing but node:fs,
// and a string runs the same under tsx, vitest and the bundled Electron main.

import { Worker } from 'node:worker_threads'

const WORKER_SOURCE = String.raw`
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
parentPort.on('message', (job) => {
  if (job.append) return append(job)
  try {
    const fd = fs.openSync(job.temp, 'wx', 0o644)
    try {
      fs.writeFileSync(fd, job.content)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    if (job.replace) fs.renameSync(job.temp, job.file)
    else {
      // A new file only: a hard link fails when the name is taken (EEXIST), a rename would not.
      fs.linkSync(job.temp, job.file)
      try { fs.unlinkSync(job.temp) } catch {}
    }
  } catch (err) {
    try { fs.unlinkSync(job.temp) } catch {}
    parentPort.postMessage({ id: job.id, error: { message: String(err && err.message), code: err && err.code, syscall: err && err.syscall, path: err && err.path } })
    return
  }
  try {
    // Makes the rename itself durable; some file systems refuse to fsync a folder, which is no error.
    const dir = fs.openSync(path.dirname(job.file), 'r')
    try { fs.fsyncSync(dir) } finally { fs.closeSync(dir) }
  } catch {}
  parentPort.postMessage({ id: job.id })
})
// One journal record: appended (after cutting a torn tail, when asked) and fsync'd before the
// reply; a journal just created also has its folder fsync'd, so its name survives a crash.
function append(job) {
  try {
    const created = !fs.existsSync(job.file)
    const fd = fs.openSync(job.file, 'a', 0o644)
    try {
      if (job.truncateTo !== undefined) fs.ftruncateSync(fd, job.truncateTo)
      const start = fs.fstatSync(fd).size
      // write(2) may write only part of the line (a disk or quota filling up) and say so by its
      // count alone: write the rest, and on failure cut the part written, so no torn record is
      // acknowledged.
      const bytes = Buffer.from(job.content)
      try {
        for (let at = 0; at < bytes.length; ) {
          const written = fs.writeSync(fd, bytes, at, bytes.length - at)
          if (written <= 0) throw Object.assign(new Error('no space left to save the edit'), { code: 'ENOSPC', syscall: 'write', path: job.file })
          at += written
        }
        // A quota or a network disk may refuse only here: then too the line is cut back, as the
        // edit is answered unsaved (a retry must not find it saved twice).
        fs.fsyncSync(fd)
      } catch (err) {
        try { fs.ftruncateSync(fd, start) } catch {}
        throw err
      }
    } finally {
      fs.closeSync(fd)
    }
    if (created) {
      try {
        const dir = fs.openSync(path.dirname(job.file), 'r')
        try { fs.fsyncSync(dir) } finally { fs.closeSync(dir) }
      } catch {}
    }
  } catch (err) {
    parentPort.postMessage({ id: job.id, error: { message: String(err && err.message), code: err && err.code, syscall: err && err.syscall, path: err && err.path } })
    return
  }
  parentPort.postMessage({ id: job.id })
}
`

interface Job {
  resolve: () => void
  reject: (err: Error) => void
}

interface Done {
  id: number
  error?: { message: string; code?: string; syscall?: string; path?: string }
}

let worker: Worker | null = null
let nextId = 0
const jobs = new Map<number, Job>()

function failAll(err: Error): void {
  for (const job of jobs.values()) job.reject(err)
  jobs.clear()
}

function started(): Worker {
  if (worker) return worker
  const w = new Worker(WORKER_SOURCE, { eval: true, name: 'galley-writer' })
  w.on('message', (done: Done) => {
    const job = jobs.get(done.id)
    if (!job) return
    jobs.delete(done.id)
    // An idle worker must not keep a finished CLI run alive; a busy one must (its writes matter).
    if (jobs.size === 0) w.unref()
    if (!done.error) return job.resolve()
    const err = Object.assign(new Error(done.error.message), { code: done.error.code, syscall: done.error.syscall, path: done.error.path })
    job.reject(err)
  })
  w.on('error', (err) => {
    if (worker === w) worker = null
    failAll(err)
  })
  w.on('exit', (code) => {
    if (worker === w) worker = null
    failAll(new Error(`The file writer stopped (exit code ${code}).`))
  })
  w.unref()
  worker = w
  return w
}

/** Starts the writer ahead of the first save, so that save does not wait for a thread to start. */
export function warmWriter(): void {
  started()
}

/**
 * Writes `content` to `temp` (created, must not exist), fsyncs it, puts it in place as `file` and
 * fsyncs the folder, all on the writer thread. `replace`: rename over whatever is there; otherwise
 * `file` must not exist yet (EEXIST). Rejects with the system error (`code` kept) and leaves no
 * temp file behind when a step fails.
 */
export function writeDurably(file: string, temp: string, content: string | Uint8Array, replace = true): Promise<void> {
  return post({ file, temp, content, replace })
}

/**
 * Appends `content` to `file` (created when missing) and fsyncs it, on the writer thread.
 * `truncateTo` first cuts the file to that many bytes (a torn last record left by a crash).
 */
export function appendDurably(file: string, content: string, truncateTo?: number): Promise<void> {
  return post({ append: true, file, content, truncateTo })
}

function post(job: object): Promise<void> {
  const w = started()
  const id = ++nextId
  return new Promise<void>((resolve, reject) => {
    jobs.set(id, { resolve, reject })
    w.ref()
    w.postMessage({ id, ...job })
  })
}
