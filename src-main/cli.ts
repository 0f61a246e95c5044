// The headless entry for archivists' batch work and for tests: the same core and library code
// as the app. `analyze PATH...` prints galley.issue/1 JSON; `export PATH... --format F` prints or
// writes the corrected issue; `export-library` exports every issue of a library folder.

import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { EXPORT_FORMATS, GalleyError, acceptAll, analyze, exportIssue, exportIssueChunks, type Analysis, type ExportFormat, type Op, type Page, type Revision } from './core/index'
import { writeFileAtomic } from './library/atomic'
import { collectBetweenStages } from './library/collector'
import { installWordList } from './library/word-list'
import { refuseOutputInsideIssues } from './library/confine'
import { errnoOf, toGalleyError } from './library/fs-errors'
import { isPageFileName, issueFolderName, listPageFiles, mayBePageFile, pageFilesOf, titleFromName, unopenableMessage } from './library/issues'
import { readPage, readPagesIn, refuseUnlessPageFile } from './library/pages'
import { writeAltoExport } from './library/export-alto'
import { drained } from './web/json-stream'
import type { IssueState } from './library/store'

const USAGE = `usage:
  galley analyze PATH...
  galley export PATH... [--accept-all] --format ${EXPORT_FORMATS.join('|')} [--out FILE [--replace]] (alto: --out names the folder to write the corrected pages into)
  galley export-library LIBRARY --out DIR --format ${EXPORT_FORMATS.join('|')}|jsonl [--accept-all] [--report md|json] [--jobs N] [--shard K/N]
PATH is a page file or an issue folder; several page files make one issue. --replace lets --out write
over a file (or an ALTO folder's pages) already there; never into another issue's folder.`

interface Args {
  command: string
  paths: string[]
  acceptAll: boolean
  format: string | null
  out: string | null
  /** --out may write over what is there (an earlier export): asked for, never assumed. */
  replace: boolean
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv
  const args: Args = { command, paths: [], acceptAll: false, format: null, out: null, replace: false }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--accept-all') args.acceptAll = true
    else if (arg === '--replace') args.replace = true
    else if (arg === '--format' || arg === '--out') {
      const value = rest[++i]
      if (value === undefined) throw new GalleyError('invalid-argument', `${arg} needs a value.`)
      if (arg === '--format') args.format = value
      else args.out = value
    } else if (arg.startsWith('--format=')) args.format = arg.slice(9)
    else if (arg.startsWith('--out=')) args.out = arg.slice(6)
    else if (arg.startsWith('--')) throw new GalleyError('invalid-argument', `Unknown option ${arg}.`)
    else args.paths.push(arg)
  }
  return args
}

interface LoadedIssue {
  pages: Page[]
  title: string
  date: string | null
  folder: string | null
  /** What the app keeps the issue's edit log for: its folder, or the one page file named alone (the
   * app keeps a page file opened by itself a log of its own, beside it); null for several files. */
  logOf: string | null
  /** Every folder a page was read from: an export never goes into one of them. */
  folders: string[]
  /** Page files left out because their names are not UTF-8: `<folder>/\xff03.md`, bytes escaped. */
  unopened: string[]
}

/** Reads the pages PATHs name: a folder's page files, or the given files, as one issue. */
export async function loadIssue(paths: string[]): Promise<LoadedIssue> {
  if (paths.length === 0) throw new GalleyError('invalid-argument', 'Name a page file or an issue folder.')
  const pages: Page[] = []
  let folder: string | null = null
  const folders = new Set<string>()
  const unopened: string[] = []
  for (const path of paths.map((p) => resolve(p))) {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new GalleyError('not-found', `${path} does not exist.`)
    }
    folders.add(info.isDirectory() ? path : dirname(path))
    if (info.isDirectory()) {
      folder = path
      const location = { id: basename(path), dir: path, kind: 'folder' } as const
      unopened.push(...(await listPageFiles(location)).unopenable.map((name) => join(path, name)))
      pages.push(...(await readPagesIn(path, await pageFilesOf(location))))
    } else {
      refuseUnlessPageFile(info, path) // a FIFO would hang the read and a device never end: named by the path typed
      const page = await readPage(path, basename(path), { followLinks: true })
      if (!isPageFileName(basename(path))) page.number = String(pages.length + 1).padStart(2, '0')
      pages.push(page)
    }
  }
  const named = folder ?? dirname(resolve(paths[0]))
  const fromFolder = titleFromName(issueFolderName(named))
  const fromFile = titleFromName(basename(paths[0]))
  const { title, date } = fromFile.date ? fromFile : fromFolder.date ? fromFolder : { title: fromFile.title, date: null }
  // The page file's real path, as the app names its log after what a link leads to.
  const logOf = folder ?? (paths.length === 1 ? await realpath(resolve(paths[0])) : null)
  return { pages, title, date, folder, logOf, folders: [...folders], unopened }
}

/** Writes the export to the file `--out` names, once it is sure that is no page, log or folder. */
async function writeExport(out: string, text: string, issueFolders: string[], replace: boolean): Promise<void> {
  const target = await refuseOutputInsideIssues(out, issueFolders, '--out')
  const [there, folder] = await Promise.all([kindAt(target), kindAt(dirname(target))])
  if (there === 'folder') throw new GalleyError('invalid-argument', `--out ${out} is a folder; name the file to write, such as ${join(out, 'issue.md')}.`)
  if (folder !== 'folder') {
    throw new GalleyError('not-found', `Cannot write ${out}: the folder ${dirname(target)} does not exist; create it first, or name a file in an existing folder.`)
  }
  await refuseOverAnIssue(target, out, 'file', replace)
  await writeFileAtomic(target, text)
}

/**
 * `--out` never lands on another issue (the issue exported is refused already) and writes over
 * nothing unasked: a folder holding an edit log (`.galley/`) or numbered page files (`01.md`) is an
 * issue's, and a file there would replace a page or be read as one more; the corrected ALTO's
 * folder must be new or empty. What is already there (an earlier export) is written over only with
 * `--replace`: Galley cannot tell an earlier export from an issue's one page file.
 */
async function refuseOverAnIssue(target: string, out: string, writes: 'file' | 'folder', replace: boolean): Promise<void> {
  const folder = writes === 'folder' ? target : dirname(target)
  let names: string[]
  try {
    names = (await readdir(folder, { withFileTypes: true })).flatMap((entry) => (entry.isDirectory() && entry.name === '.galley' ? ['.galley/'] : entry.isFile() ? [entry.name] : []))
  } catch {
    return // not there yet: writing it makes it
  }
  const edited = names.includes('.galley/')
  if (edited || (writes === 'file' && names.some((name) => name !== basename(target) && isPageFileName(name)))) {
    throw new GalleyError('invalid-argument', `--out ${out} ${writes === 'folder' ? 'is a folder' : 'is in a folder'} holding an issue's ${edited ? 'edit log' : 'page files'} (${folder}); Galley never writes over or among them. Name a new or empty ${writes === 'folder' ? 'folder' : 'folder for the file'}.`)
  }
  const there = writes === 'folder' ? names.some(mayBePageFile) : names.includes(basename(target))
  if (there && !replace) {
    throw new GalleyError('invalid-argument', `--out ${out} ${writes === 'folder' ? 'holds page files already' : 'is already there'}; Galley writes over it only when asked, with --replace (it cannot tell an earlier export from a page of an issue).`)
  }
}

async function kindAt(path: string): Promise<'folder' | 'file' | 'nothing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file'
  } catch (err) {
    const code = errnoOf(err)
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'nothing'
    throw toGalleyError(err, path, 'write the export to')
  }
}


function formatOf(value: string | null): ExportFormat {
  if (value === null) throw new GalleyError('invalid-argument', `--format is required (${EXPORT_FORMATS.join(', ')}).`)
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) {
    throw new GalleyError('invalid-argument', `Unknown format "${value}"; use one of ${EXPORT_FORMATS.join(', ')}.`)
  }
  return value as ExportFormat
}

/** The issue is read without the page files it cannot open; says which, and fails the run (exit 1). */
function reportUnopened(issue: LoadedIssue): number {
  if (issue.unopened.length === 0) return 0
  process.stderr.write(`galley: read without ${issue.unopened.length === 1 ? 'a page file' : 'page files'}: ${unopenableMessage(issue.unopened)}\n`)
  return 1
}

/** The issue's edit log, when the library keeps one beside it (`logOf`: see LoadedIssue), or null.
 * Read once per command: the text exported and the edits its TEI lists are then of one log, though
 * an app window saves another edit between. */
async function storedLog(logOf: string | null): Promise<IssueState | null> {
  if (!logOf) return null
  const { readIssueLog } = await import('./cli-library')
  return readIssueLog(logOf)
}

/** The ops of `log` to replay: its active ones. */
async function opsOf(log: IssueState | null): Promise<Op[]> {
  if (!log) return []
  const { activeOps } = await import('./library/store')
  return activeOps(log)
}

/** The edits a TEI export lists in its revisionDesc: those of `log` (who, when) and those --accept-all took. */
async function revisionsFor(log: IssueState | null, analysis: Analysis, accepted: Op[]): Promise<Revision[]> {
  const { issueRevisions } = await import('./cli-library')
  return issueRevisions(log, analysis, accepted)
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  collectBetweenStages()
  installWordList()
  // export-library reads its own options (--report, --jobs, --shard), which the others do not take.
  if (argv[0] === 'export-library') {
    const { runExportLibrary } = await import('./cli-library')
    return runExportLibrary(argv.slice(1), { stdout: out, stderr: process.stderr })
  }
  const args = parseArgs(argv)
  if (args.command === 'analyze') {
    const issue = await loadIssue(args.paths)
    const analysis = analyze(issue.pages, await opsOf(await storedLog(issue.logOf)), { title: issue.title, date: issue.date })
    // In pieces, each written before the next is made: a very large page's JSON as one string
    // (and its UTF-8 copy) was most of the command's peak memory.
    for (const chunk of exportIssueChunks(analysis, 'json')) if (!out.write(chunk)) await drained(out)
    return reportUnopened(issue)
  }
  if (args.command === 'export') {
    const format = formatOf(args.format)
    const issue = await loadIssue(args.paths)
    const opts = { title: issue.title, date: issue.date }
    const log = await storedLog(issue.logOf)
    const ops = await opsOf(log)
    const all = args.acceptAll ? acceptAll(issue.pages, ops, opts) : null
    const analysis = all ? all.analysis : analyze(issue.pages, ops, opts)
    if (format === 'alto' && args.out) {
      // The corrected ALTO is a folder of pages (and a METS), not one file.
      const target = await refuseOutputInsideIssues(args.out, issue.folders, '--out')
      await refuseOverAnIssue(target, args.out, 'folder', args.replace)
      await writeAltoExport({ pages: issue.pages, title: issue.title, dir: issue.folder ?? dirname(resolve(args.paths[0])) }, analysis, target)
      return reportUnopened(issue)
    }
    const revisions = format === 'tei' ? await revisionsFor(log, analysis, all ? all.ops.slice(ops.length) : []) : []
    const text = exportIssue(analysis, format, { revisions })
    if (args.out) await writeExport(args.out, text, issue.folders, args.replace)
    else out.write(text)
    return reportUnopened(issue)
  }
  throw new GalleyError('invalid-argument', args.command ? `Unknown command "${args.command}".\n${USAGE}` : USAGE)
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1])
if (invokedDirectly) {
  // `galley analyze … | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      const message = error instanceof GalleyError ? error.message : error instanceof Error ? `internal error: ${error.message}` : String(error)
      process.stderr.write(`galley: ${message.split('\n')[0]}\n`)
      if (error instanceof GalleyError && error.message.includes('\n')) process.stderr.write(`${error.message.split('\n').slice(1).join('\n')}\n`)
      process.exitCode = error instanceof GalleyError && error.code === 'invalid-argument' ? 2 : 1
    },
  )
}
