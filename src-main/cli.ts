// The headless entry for archivists' batch work and for tests: the same core and library code
// as the app. `analyze PATH...` prints galley.issue/1 JSON; `export PATH... --format F` prints or
// writes the corrected issue; `export-library` exports every issue of a library folder.

import { stat, writeFile, rename } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { EXPORT_FORMATS, GalleyError, acceptAll, analyze, exportIssue, exportIssueChunks, type ExportFormat, type Op, type Page } from './core/index'
import { isPageFileName, pageFilesOf, titleFromName } from './library/issues'
import { readPage, readPagesIn } from './library/pages'

const USAGE = `usage:
  galley analyze PATH...
  galley export PATH... [--accept-all] --format ${EXPORT_FORMATS.join('|')} [--out FILE]
  galley export-library LIBRARY --out DIR --format ${EXPORT_FORMATS.join('|')} [--accept-all]
PATH is a page file or an issue folder; several page files make one issue.`

interface Args {
  command: string
  paths: string[]
  acceptAll: boolean
  format: string | null
  out: string | null
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv
  const args: Args = { command, paths: [], acceptAll: false, format: null, out: null }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--accept-all') args.acceptAll = true
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
}

/** Reads the pages PATHs name: a folder's page files, or the given files, as one issue. */
export async function loadIssue(paths: string[]): Promise<LoadedIssue> {
  if (paths.length === 0) throw new GalleyError('invalid-argument', 'Name a page file or an issue folder.')
  const pages: Page[] = []
  let folder: string | null = null
  for (const path of paths.map((p) => resolve(p))) {
    let info
    try {
      info = await stat(path)
    } catch {
      throw new GalleyError('not-found', `${path} does not exist.`)
    }
    if (info.isDirectory()) {
      folder = path
      const files = await pageFilesOf({ id: basename(path), dir: path, kind: 'folder' })
      pages.push(...(await readPagesIn(path, files)))
    } else {
      const page = await readPage(path, basename(path))
      if (!isPageFileName(basename(path))) page.number = String(pages.length + 1).padStart(2, '0')
      pages.push(page)
    }
  }
  const named = folder ?? dirname(resolve(paths[0]))
  const fromFolder = titleFromName(basename(named))
  const fromFile = titleFromName(basename(paths[0]))
  const { title, date } = fromFile.date ? fromFile : fromFolder.date ? fromFolder : { title: fromFile.title, date: null }
  return { pages, title, date, folder }
}

/** Resolves when a stream that refused more (write returned false) wants more, or has closed. */
function drained(out: NodeJS.WritableStream): Promise<void> {
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

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.galley-${process.pid}.tmp`
  await writeFile(temp, text, 'utf8')
  await rename(temp, file)
}

function formatOf(value: string | null): ExportFormat {
  if (value === null) throw new GalleyError('invalid-argument', `--format is required (${EXPORT_FORMATS.join(', ')}).`)
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) {
    throw new GalleyError('invalid-argument', `Unknown format "${value}"; use one of ${EXPORT_FORMATS.join(', ')}.`)
  }
  return value as ExportFormat
}

/** The issue's edit log, when the library keeps one beside it. */
async function storedOps(folder: string | null): Promise<Op[]> {
  if (!folder) return []
  const { readIssueOps } = await import('./cli-library')
  return readIssueOps(folder)
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const args = parseArgs(argv)
  if (args.command === 'analyze') {
    const issue = await loadIssue(args.paths)
    const analysis = analyze(issue.pages, await storedOps(issue.folder), { title: issue.title, date: issue.date })
    // In pieces, each written before the next is made: a very large page's JSON as one string
    // (and its UTF-8 copy) was most of the command's peak memory.
    for (const chunk of exportIssueChunks(analysis, 'json')) if (!out.write(chunk)) await drained(out)
    return 0
  }
  if (args.command === 'export') {
    const format = formatOf(args.format)
    const issue = await loadIssue(args.paths)
    const opts = { title: issue.title, date: issue.date }
    const ops = await storedOps(issue.folder)
    const analysis = args.acceptAll ? acceptAll(issue.pages, ops, opts).analysis : analyze(issue.pages, ops, opts)
    const text = exportIssue(analysis, format)
    if (args.out) await writeAtomically(resolve(args.out), text)
    else out.write(text)
    return 0
  }
  if (args.command === 'export-library') {
    const { runExportLibrary } = await import('./cli-library')
    return runExportLibrary(argv.slice(1), { stdout: process.stdout, stderr: process.stderr })
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
