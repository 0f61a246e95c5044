// export-library on a pool of worker threads (`--jobs N`): each worker exports whole issues, handed
// out as workers come free; this thread keeps the progress, the order of the result (issue order,
// as one job gives it), the failed list and Ctrl-C (no issue starts after it, the ones under way
// finish, so every file on disk is whole). Given the library it has open, this thread is one of the
// N jobs itself: a worker's start (the library opened again, every hot function compiled again)
// cost about a fifth of a worker's share of the bench archive.
//
// A worker runs export-worker.ts. From source (tsx, vitest) that is TypeScript, so the worker is
// started from a short script that registers tsx's loader in the worker first; from a build it is
// the sibling .js. The worker gets no execArgv: tsx's own flags, inherited, would load its loader
// twice, and the script registers it anyway.

import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { GalleyError } from '../core/index'
import type { ExportedFile, ReplyError } from './views'
import { failureOf, requireFolder, uniqueNames, writeExport, type ExportMaterial, type ExportRequest, type IssueExportRequest, type LibraryExportFormat, type LibraryExportResult } from './export'
import { breathe, type Task } from './tasks'

export interface WorkerSetup {
  /** The library folder as the user named it: each worker opens it itself. */
  library: string
  stateDir: string
  request: IssueExportRequest
}

export type ToWorker = { kind: 'export'; index: number; issueId: string; name: string } | { kind: 'close' }

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; error: ReplyError }
  | { kind: 'done'; index: number; pages: number; file?: ExportedFile; unopened?: string[]; error?: ReplyError }

type Outcome = { file: ExportedFile; unopened: string[] } | { error: ReplyError }

/** As one job's result, and the page files each exported issue was read without (read by a worker). */
export type PoolResult<F extends LibraryExportFormat> = LibraryExportResult<F> & { unopened: Map<string, string[]> }

export interface PoolOptions {
  library: string
  stateDir: string
  jobs: number
  /** The export name of each issue of `request.issueIds` (Library.exportName), in that order. */
  names: string[]
  /** The library as this thread has it open (on `library` and `stateDir`): this thread then
   * exports issues too, and starts one worker fewer. */
  local?: LocalLibrary
}

/** What this thread's own exports need of its Library. */
export interface LocalLibrary {
  material(issueId: string): Promise<ExportMaterial>
  unopenedPages(issueId: string): string[]
}

export async function exportInPool<F extends LibraryExportFormat>(request: ExportRequest<F>, options: PoolOptions, task?: Task): Promise<PoolResult<F>> {
  await requireFolder(request.folder)
  const ids = request.issueIds
  const names = uniqueNames(options.names)
  const outcomes: (Outcome | undefined)[] = ids.map(() => undefined)
  const setup: WorkerSetup = {
    library: options.library,
    stateDir: options.stateDir,
    request: { format: request.format, folder: request.folder, acceptAll: request.acceptAll, report: request.report, taken: names.map((name) => name.toLowerCase()) },
  }
  let next = 0
  let settled = 0
  let pages = 0
  /** A worker could not start (tsx, the library): no issue is handed out after it. */
  let startFailure: ReplyError | null = null
  /** Why the last worker lost mid-run stopped: the issues no worker was left to take fail with it. */
  let lost: ReplyError | null = null

  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = startWorker(setup)
      /** The issues handed to this worker and not yet answered, in the order it takes them. */
      const inFlight = new Set<number>()
      let started = false
      let closed = false
      let crash = ''
      const handOut = (): void => {
        while (inFlight.size < IN_FLIGHT && !task?.signal.aborted && next < ids.length && !startFailure) {
          const index = next++
          inFlight.add(index)
          task?.progress(settled, ids.length, ids[index], pages)
          worker.postMessage({ kind: 'export', index, issueId: ids[index], name: names[index] } satisfies ToWorker)
        }
        // Closed only once idle: closing the library stops its writer, which an export in flight needs.
        if (inFlight.size === 0 && !closed) {
          closed = true
          worker.postMessage({ kind: 'close' } satisfies ToWorker)
        }
      }
      worker.on('message', (message: FromWorker) => {
        if (message.kind === 'ready') {
          started = true
          return handOut()
        }
        if (message.kind === 'failed') {
          startFailure = message.error
          return
        }
        inFlight.delete(message.index)
        outcomes[message.index] = message.file ? { file: message.file, unopened: message.unopened ?? [] } : { error: message.error ?? { code: 'internal', message: 'The export worker gave no result.' } }
        settled++
        pages += message.pages
        handOut()
      })
      worker.on('error', (err) => {
        if (!started) startFailure ??= { code: 'internal', message: `An export worker failed: ${err.message}` }
        else crash = `: ${err.message}`
      })
      worker.on('exit', (code) => {
        // A worker that dies mid-issue takes only the issues it held with it; the others go on.
        for (const index of inFlight) {
          if (outcomes[index] !== undefined) continue
          outcomes[index] = { error: { code: 'internal', message: `The export worker stopped (exit code ${code}${crash}) while exporting ${ids[index]}; export it again with --jobs 1 to see why.` } }
          lost = { code: 'internal', message: `No export worker was left to take it (the last stopped with exit code ${code}${crash}); export it again with --jobs 1.` }
          settled++
        }
        resolve()
      })
    })

  // This thread's share, between the workers' messages: IN_FLIGHT issues at a time, as a worker
  // takes them, so that one is parsed and checked while the other's files wait for the disk (one at
  // a time, this thread sat idle for some 40 % of the bench's run).
  const runLocal = async (local: LocalLibrary): Promise<void> => {
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => localLane(local)))
  }
  const localLane = async (local: LocalLibrary): Promise<void> => {
    while (!task?.signal.aborted && next < ids.length) {
      const index = next++
      task?.progress(settled, ids.length, ids[index], pages)
      try {
        const written = await writeExport(await local.material(ids[index]), ids[index], setup.request, names[index])
        outcomes[index] = { file: written.file, unopened: local.unopenedPages(ids[index]) }
        pages += written.pages
      } catch (err) {
        outcomes[index] = { error: failureOf(ids[index], err).error }
      }
      settled++
      await breathe()
    }
  }
  const workers = Math.min(options.local ? options.jobs - 1 : options.jobs, ids.length)
  await Promise.all([...Array.from({ length: workers }, runWorker), ...(options.local ? [runLocal(options.local)] : [])])
  if (startFailure !== null && settled === 0) {
    const failure: ReplyError = startFailure
    throw new GalleyError('internal', `The export workers could not start: ${failure.message} Run with --jobs 1 to export on one thread.`)
  }

  // As one job: cancelled when Ctrl-C left issues that were never started.
  const cancelled = settled < ids.length && task?.signal.aborted === true
  const result: PoolResult<F> = { folder: request.folder, format: request.format, files: [], failed: [], cancelled, unopened: new Map() }
  outcomes.forEach((outcome, index) => {
    // Issues left when no worker could go on fail with the reason (not when cancelled).
    const reason = startFailure ?? lost
    const settledAs = outcome ?? (reason !== null && !cancelled ? { error: reason } : undefined)
    if (settledAs === undefined) return
    if ('file' in settledAs) {
      result.files.push(settledAs.file)
      if (settledAs.unopened.length > 0) result.unopened.set(ids[index], settledAs.unopened)
    }
    else result.failed.push({ issueId: ids[index], error: settledAs.error })
  })
  task?.progress(result.files.length + result.failed.length, ids.length, '', pages, true)
  return result
}

/** Issues handed to one worker at a time: the second is parsed and checked while the first's files
 * wait for the disk (each is answered only once fsynced), which left a worker idle a third of its run. */
const IN_FLIGHT = 2

// A worker's young generation defaults to 32 MB, filled before each scavenge; an export's garbage is
// short-lived, and at 8 MB the bench's peak RSS with two workers was some 30 MB lower, no slower.
const LIMITS = { maxYoungGenerationSizeMb: 8 }

function startWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url
  if (!here.endsWith('.ts')) return new Worker(new URL('./export-worker.js', here), { workerData: setup, name: 'galley-export', resourceLimits: LIMITS })
  const tsx = tsxEsmApi(here)
  const entry = new URL('./export-worker.ts', here).href
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(boot, { eval: true, execArgv: [], workerData: setup, name: 'galley-export', resourceLimits: LIMITS })
}

/** tsx's ESM register API, as its package's exports map names it for `import`. */
function tsxEsmApi(from: string): string {
  const require = createRequire(from)
  const manifest = require.resolve('tsx/package.json')
  const pkg = require(manifest) as { exports?: Record<string, { import?: { default?: string } } | string> }
  const entry = pkg.exports?.['./esm/api']
  const target = typeof entry === 'object' ? entry.import?.default : undefined
  if (!target) throw new GalleyError('internal', `The installed tsx (${manifest}) has no ESM register API; run with --jobs 1, or reinstall with npm install.`)
  return new URL(target, pathToFileURL(manifest)).href
}
