// The CLI's library commands: `export-library LIBRARY --out DIR --format F [--accept-all]`
// exports every issue of a library with a progress bar on stderr, goes on past a bad issue (and
// names, as failed, what the scan left out) and stops cleanly on Ctrl-C (every file on disk is whole); and readIssueOps, the edit log `export`
// and `analyze` replay when an issue has one. `--jobs N` exports on N worker threads with the same
// output as one; `--shard K/N` takes a stable share of the issues, for N machines.

import { mkdir, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import cliProgress from 'cli-progress'
import { EXPORT_FORMATS, GalleyError, type Analysis, type Op, type Revision } from './core/index'
import { refuseIssueFolder, refuseLibraryFolder, refuseOutputInsideIssues } from './library/confine'
import { exportIssues, revisionsOf, type LibraryExportFormat } from './library/export'
import { exportInPool } from './library/export-pool'
import { toGalleyError } from './library/fs-errors'
import { issueHolding, skippedMessage } from './library/issues'
import { Library } from './library/library'
import { defaultJobs, inShard, parseJobs, parseShard, type Shard } from './library/shard'
import { activeOps, emptyState, readLogQuietly, withLogIndexes, type IssueState } from './library/store'
import { Task } from './library/tasks'

export interface CliIo {
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
}

interface ExportLibraryArgs {
  library: string
  out: string
  format: LibraryExportFormat
  acceptAll: boolean
  report: 'md' | 'json'
  jobs: number
  shard: Shard
}

/** export-library also writes passim's JSON Lines, an archive-level format (core/export/passim.ts). */
const LIBRARY_FORMATS: readonly LibraryExportFormat[] = [...EXPORT_FORMATS, 'jsonl']

const USAGE = `usage: galley export-library LIBRARY --out DIR --format ${LIBRARY_FORMATS.join('|')} [--accept-all] [--report md|json] [--jobs N] [--shard K/N]`

function parseArgs(argv: string[]): ExportLibraryArgs {
  let library: string | null = null
  let out: string | null = null
  let format: string | null = null
  let report = 'md'
  let acceptAll = false
  let jobs = defaultJobs()
  let shard: Shard = { index: 1, count: 1 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag === '--accept-all') acceptAll = true
    else if (flag === '--out' || flag === '--format' || flag === '--report' || flag === '--jobs' || flag === '--shard') {
      const value = inline ?? argv[++i]
      if (value === undefined) throw new GalleyError('invalid-argument', `${flag} needs a value.\n${USAGE}`)
      if (flag === '--out') out = value
      else if (flag === '--format') format = value
      else if (flag === '--jobs') jobs = parseJobs(value, USAGE)
      else if (flag === '--shard') shard = parseShard(value, USAGE)
      else report = value
    } else if (flag.startsWith('--')) throw new GalleyError('invalid-argument', `Unknown option ${flag}.\n${USAGE}`)
    else if (library === null) library = arg
    else throw new GalleyError('invalid-argument', `One library at a time (got ${library} and ${arg}).\n${USAGE}`)
  }
  if (library === null) throw new GalleyError('invalid-argument', `Name the library folder.\n${USAGE}`)
  if (out === null) throw new GalleyError('invalid-argument', `--out DIR is required.\n${USAGE}`)
  if (format === null || !(LIBRARY_FORMATS as readonly string[]).includes(format)) {
    throw new GalleyError('invalid-argument', `--format must be one of ${LIBRARY_FORMATS.join(', ')}.\n${USAGE}`)
  }
  if (report !== 'md' && report !== 'json') throw new GalleyError('invalid-argument', `--report must be md or json.\n${USAGE}`)
  return { library: resolve(library), out: resolve(out), format: format as LibraryExportFormat, acceptAll, report, jobs, shard }
}

/** Returns the exit code: 0 all exported, 1 some issue failed, 130 interrupted. Bad arguments throw. */
export async function runExportLibrary(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv)
  const library = await Library.open(args.library, { stateDir: args.out, emit: () => undefined, watch: false, summarize: false })
  let ids: string[]
  try {
    const all = library.issueIds()
    ids = all.filter((id) => inShard(id, args.shard))
    if (all.length === 0) throw new GalleyError('not-found', `${args.library} holds no issues (folders of page files such as 01.md, 02.md).`)
    // Before the folder is made: a refused --out must not be left behind as an empty folder.
    const out = await refuseOutputInsideIssues(args.out, library.issueFolders(), '--out')
    refuseLibraryFolder(out, library.root, library.issueFolders(), '--out')
    await refuseIssueFolder(out, '--out')
    await mkdir(out, { recursive: true }).catch((err: unknown) => {
      throw toGalleyError(err, args.out, 'create the output folder')
    })
  } catch (err) {
    await library.close()
    throw err
  }

  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: 'export |{bar}| {value}/{total} issues | {rate} pages/s | {eta_formatted} left | {label}',
      hideCursor: false,
      noTTYOutput: !io.stderr.isTTY,
      notTTYSchedule: 2000,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(ids.length, 0, { rate: '-', label: '' })
  const task = new Task('export-library', (progress) => {
    bar.update(progress.done, { rate: progress.rate ? progress.rate.toFixed(1) : '-', label: progress.label })
  })
  let interrupted = false
  const onInterrupt = (): void => {
    // The issue being written finishes (its files are written atomically); nothing after it starts.
    interrupted = true
    task.cancel()
  }
  process.once('SIGINT', onInterrupt)
  process.once('SIGTERM', onInterrupt)
  let result
  let leftOut: LeftOut[]
  try {
    const request = { issueIds: ids, format: args.format, folder: args.out, acceptAll: args.acceptAll, report: args.report }
    // One job keeps today's path exactly; more run on this thread and worker threads, never more than there are issues.
    if (args.jobs === 1 || ids.length < 2) {
      result = await exportIssues(library, request, task)
      leftOut = leftOutOf(library, new Set(result.files.map((f) => f.issueId)), args.shard)
    } else {
      const pooled = await exportInPool(request, { library: args.library, stateDir: args.out, jobs: args.jobs, names: ids.map((id) => library.exportName(id)), local: library }, task)
      result = pooled
      leftOut = leftOutOf(library, new Set(result.files.map((f) => f.issueId)), args.shard, (id) => pooled.unopened.get(id) ?? [])
    }
  } finally {
    process.removeListener('SIGINT', onInterrupt)
    process.removeListener('SIGTERM', onInterrupt)
    bar.stop()
    await library.close()
  }
  for (const file of result.files) io.stdout.write(`${file.file}\n`)
  const foldersLeftOut = leftOut.filter((e) => !e.page)
  const pagesLeftOut = leftOut.filter((e) => e.page)
  const failed = [...result.failed.map((f) => ({ path: f.issueId, code: f.error.code, message: f.error.message })), ...foldersLeftOut]
  const share = args.shard.count > 1 ? `, shard ${args.shard.index}/${args.shard.count}` : ''
  io.stderr.write(`Exported ${result.files.length} of ${ids.length + foldersLeftOut.length} issues to ${args.out} (${args.format}${share}), each with a change report.\n`)
  if (failed.length > 0) {
    io.stderr.write(`${failed.length} ${failed.length === 1 ? 'issue' : 'issues'} could not be exported:\n`)
    for (const failure of failed) io.stderr.write(`  ${failure.path}: ${failure.code}: ${failure.message}\n`)
  }
  if (pagesLeftOut.length > 0) {
    io.stderr.write(`${pagesLeftOut.length} page ${pagesLeftOut.length === 1 ? 'file' : 'files'} could not be exported:\n`)
    for (const page of pagesLeftOut) io.stderr.write(`  ${page.path}: ${page.code}: ${page.message}\n`)
  }
  if (interrupted || result.cancelled) {
    io.stderr.write(`Interrupted: ${ids.length - result.files.length - result.failed.length} issues were not exported; every file written is complete.\n`)
    return 130
  }
  return failed.length > 0 || pagesLeftOut.length > 0 ? 1 : 0
}

interface LeftOut {
  path: string
  code: string
  message: string
  page: boolean
}

/**
 * What the library's scan left out, and the page files the exported issues were read without. A
 * folder left out is reported by the shard its path falls in, so N shards name it once.
 */
function leftOutOf(library: Library, exported: Set<string>, shard: Shard, unopenedOf?: (issueId: string) => string[]): LeftOut[] {
  const view = library.view()
  const folders = (view.skipped ?? []).filter((entry) => inShard(entry.path, shard)).map((entry) => ({
    path: entry.path,
    code: entry.reason === 'too-deep' ? 'skipped' : 'undecodable',
    message: skippedMessage(entry),
    page: false,
  }))
  const pages = view.issues
    .filter((issue) => exported.has(issue.id))
    .flatMap((issue) =>
      // Issues exported on worker threads were read there: the worker says what it left out.
      (unopenedOf ? unopenedOf(issue.id) : (issue.unopenedPages ?? [])).map((name) => ({
        path: issue.id === '.' ? name : `${issue.id}/${name}`,
        code: 'undecodable',
        message: `Its name is not valid UTF-8, so the issue was exported without it; rename it (convmv converts names from another encoding) and export again.`,
        page: true,
      })),
    )
  return [...folders, ...pages]
}

/**
 * The active ops of an issue's edit log (`<folder>/.galley/state.json`, or
 * `<dir>/.galley/<file>.state.json` for a single page file), [] when it was never edited.
 * Read-only: a damaged log is reported, not set aside (the app does that when it opens the issue).
 */
export async function readIssueOps(path: string): Promise<Op[]> {
  return activeOps(await readIssueLog(path))
}

/** What a TEI export lists as its revisions: the edits of `log`, the very log the export replayed
 * (null: several loose page files, or no log), and those accept-all took. */
export function issueRevisions(log: IssueState | null, analysis: Analysis, accepted: Op[]): Revision[] {
  const state = log ?? emptyState()
  // `analysis` was made with the log's active ops: its conflicts are numbered among those, and
  // revisionsOf leaves out the log's entries by their place in the whole log.
  return revisionsOf(state, withLogIndexes(analysis, state), accepted)
}

/** The log a page file named alone is edited in: its own where an earlier Galley kept it one
 * (`.galley/<file>.state.json`), else its issue's, where the app edits it. Replayed on this page
 * alone, the issue's edits of its other pages do not fit and are left out (as conflicts). */
async function pageLogFile(path: string): Promise<string> {
  const issue = await issueHolding(path)
  if (issue !== null) return join(issue, '.galley', 'state.json')
  return join(dirname(path), '.galley', `${basename(path)}.state.json`)
}

/** The whole edit log of the issue at `path` (a folder, or one page file), who and when included. */
export async function readIssueLog(path: string): Promise<IssueState> {
  let file: string
  try {
    file = (await stat(path)).isDirectory() ? join(path, '.galley', 'state.json') : await pageLogFile(path)
  } catch (err) {
    throw toGalleyError(err, path, 'read')
  }
  return readLogQuietly(file)
}
