// Where the issues of a library are on disk: every folder holding page files is an issue (the
// library folder itself included), its pages beside each other or each in a page folder of its
// own (`ed-1/seq-1/ocr.txt`, Chronicling America's), or a single opened page file; and what the scan leaves out. Also the title and date an
// issue's folder name gives (`株洲日报-2024-01-30`, `zhongguo-qixiangbao-2026-07-17`).

import type { Dirent } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, sep } from 'node:path'
import { GalleyError, PAGE_FOLDER, pageNumberFromName } from '../core/index'
import type { SkippedEntry } from './views'
import { toGalleyError } from './fs-errors'

export interface IssueLocation {
  /** Relative path from the library root with `/` separators, `.` for the root, or the file name. */
  id: string
  /** Absolute folder holding the pages. */
  dir: string
  /** 'folder': every page file in `dir`; 'file': exactly the one page file `only`. */
  kind: 'folder' | 'file'
  only?: string
}

// .xml: ALTO pages and their METS (core's read stage tells them apart by their root element).
const PAGE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text', '.xml'])
/** How deep below the library folder issues are looked for (library/2024/01/issue = 3). */
const MAX_DEPTH = 4

export function isPageFileName(name: string): boolean {
  if (name.startsWith('.')) return false
  if (/\.report\.(md|json)$/i.test(name)) return false
  // A METS file need not carry a page number (mets.xml): it names the pages itself.
  if (/mets[^/]*\.xml$/iu.test(name)) return true
  return PAGE_EXTENSIONS.has(extname(name).toLowerCase()) && pageNumberFromName(name) !== null
}

/** A file that can be a page of an issue folder: one whose name numbers a page, or a text file. */
export function mayBePageFile(name: string): boolean {
  return isPageFileName(name) || isUnnumberedText(name)
}

/** A text file that could be a page though its name has no page number (`<issue>.md`, the
 * app's own export; `paper-1988-09-27.ocr.txt`, a whole issue's OCR). */
function isUnnumberedText(name: string): boolean {
  return !name.startsWith('.') && !/\.report\.(md|json)$/i.test(name) && PAGE_EXTENSIONS.has(extname(name).toLowerCase())
}

/**
 * The page files among a folder's file names: those whose names number a page; where none does,
 * a folder's one text file is its page (or its one Markdown file, beside an export's `.txt`), since
 * the file itself then says its pages (`<!-- galley:page NN -->` marks, printed folios).
 */
export function pageFilesAmong(names: string[]): string[] {
  const numbered = names.filter(isPageFileName)
  if (numbered.length > 0) return numbered
  const texts = names.filter(isUnnumberedText)
  if (texts.length === 1) return texts
  // One page as text beside its ALTO (Chronicling America's `ocr.txt` and `ocr.xml`): the text,
  // which reads whatever the XML holds.
  const stems = new Set(texts.map((name) => name.slice(0, name.length - extname(name).length)))
  const plain = texts.filter((name) => !/\.xml$/iu.test(name))
  if (stems.size === 1 && plain.length === 1) return plain
  const markdown = texts.filter((name) => /\.(md|markdown)$/i.test(name))
  return markdown.length === 1 ? markdown : []
}

/** How far below the scan depth the walk still goes, only to name the issues it leaves out. */
const REPORT_DEPTH = MAX_DEPTH + 4

export interface LibraryScan {
  issues: IssueLocation[]
  /** Folders holding page files that are not issues of the library, and why (see SkippedEntry). */
  skipped: SkippedEntry[]
}

/**
 * Finds the issues under `root`, in a stable order (by id). `root` is a real, absolute folder.
 * Names are read as bytes: a folder whose name is not UTF-8 cannot be an issue (every id and path
 * Galley passes on is a string), so it is listed as skipped with its bytes escaped, as is an issue
 * deeper than MAX_DEPTH, instead of being dropped without a word.
 */
export async function scanLibrary(root: string, signal?: AbortSignal): Promise<LibraryScan> {
  const issues: IssueLocation[] = []
  const skipped: SkippedEntry[] = []
  /** Walks `dir` and the folders below it; true when it found an issue there (or one it leaves out). */
  async function walk(dir: Buffer, names: Buffer[]): Promise<boolean> {
    signal?.throwIfAborted()
    let entries: Dirent<Buffer>[]
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' })
    } catch (err) {
      if (names.length === 0) throw toGalleyError(err, root, 'read the library folder')
      return false // an unreadable sub-folder is not an issue; the others still are
    }
    const below = async (): Promise<boolean> => {
      if (names.length >= REPORT_DEPTH) return false
      let found = false
      for (const entry of entries) {
        const name = entry.name.toString('utf8')
        if (entry.isDirectory() && !name.startsWith('.') && name !== 'node_modules') {
          found = (await walk(Buffer.concat([dir, Buffer.from(sep), entry.name]), [...names, entry.name])) || found
        }
      }
      return found
    }
    const own = pageFilesAmong(entries.filter((e) => e.isFile()).map((e) => e.name.toString('utf8')))
    const numbered = own.some(isPageFileName)
    const inPageFolders = !numbered && (await pagesInPageFolders(dir, entries)).length > 0
    if (own.length > 0 || inPageFolders) {
      // A folder's one text file whose name numbers no page (a README, notes) above folders holding
      // issues is no issue of its own: taken for one, it would hide them and their edits. One this
      // folder keeps an edit log for stays an issue, as it was edited as one.
      const edited = entries.some((e) => e.isDirectory() && e.name.toString('latin1') === '.galley')
      if (!numbered && !inPageFolders && !edited && (await below())) return true
      const decoded = names.map(utf8Of)
      const path = names.map(escapedName).join('/')
      if (decoded.some((name) => name === null)) skipped.push({ path, reason: 'undecodable-name', depth: names.length })
      else if (names.length > MAX_DEPTH) skipped.push({ path, reason: 'too-deep', depth: names.length })
      else issues.push({ id: names.length === 0 ? '.' : path, dir: join(root, ...(decoded as string[])), kind: 'folder' })
      return true
    }
    return below()
  }
  await walk(Buffer.from(root), [])
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
  return { issues: issues.sort((a, b) => order(a.id, b.id)), skipped: skipped.sort((a, b) => order(a.path, b.path)) }
}

/**
 * The page files in a folder's page folders (`seq-1/ocr.txt`, …), as raw names joined by `/`.
 * None where a page folder keeps an edit log of its own (`seq-1/.galley/`): an earlier Galley read
 * each as an issue by itself, and its edits are only seen while it stays one.
 */
async function pagesInPageFolders(dir: Buffer, entries: Dirent<Buffer>[]): Promise<Buffer[]> {
  const found: Buffer[] = []
  for (const entry of entries) {
    if (!entry.isDirectory() || !PAGE_FOLDER.test(entry.name.toString('latin1'))) continue
    let inner: Dirent<Buffer>[]
    try {
      inner = await readdir(Buffer.concat([dir, Buffer.from(sep), entry.name]), { withFileTypes: true, encoding: 'buffer' })
    } catch {
      continue // an unreadable page folder holds no page Galley can open
    }
    if (inner.some((e) => e.isDirectory() && e.name.toString('latin1') === '.galley')) return []
    const files = inner.filter((e) => e.isFile())
    const pages = new Set(pageFilesAmong(files.map((e) => e.name.toString('utf8'))))
    for (const file of files) if (pages.has(file.name.toString('utf8'))) found.push(Buffer.concat([entry.name, Buffer.from('/'), file.name]))
  }
  return found
}

/** The issues under `root` (see scanLibrary), without what was left out. */
export async function findIssues(root: string, signal?: AbortSignal): Promise<IssueLocation[]> {
  return (await scanLibrary(root, signal)).issues
}

/**
 * The page files of an issue, by name (not yet in page order: core's sortPages does that), and
 * those it cannot open because their names are not UTF-8 (bytes escaped, as `\xff03.md`).
 */
export async function listPageFiles(location: IssueLocation): Promise<{ files: string[]; unopenable: string[] }> {
  if (location.kind === 'file') return { files: [location.only as string], unopenable: [] }
  let entries: Dirent<Buffer>[]
  try {
    entries = await readdir(location.dir, { withFileTypes: true, encoding: 'buffer' })
  } catch (err) {
    throw toGalleyError(err, location.dir, 'read the issue folder')
  }
  const files: string[] = []
  const unopenable: string[] = []
  const regular = entries.filter((entry) => entry.isFile())
  const pages = new Set(pageFilesAmong(regular.map((entry) => entry.name.toString('utf8'))))
  const names = regular.filter((entry) => pages.has(entry.name.toString('utf8'))).map((entry) => entry.name)
  names.push(...(await pagesInPageFolders(Buffer.from(location.dir), entries)))
  for (const raw of names) {
    const name = utf8Of(raw)
    if (name === null) unopenable.push(escapedName(raw))
    else files.push(name)
  }
  return { files: files.sort(), unopenable: unopenable.sort() }
}

/** The page files of an issue that can be opened, by name; refuses an issue with none. */
export async function pageFilesOf(location: IssueLocation): Promise<string[]> {
  const { files, unopenable } = await listPageFiles(location)
  if (files.length === 0 && unopenable.length > 0) {
    throw new GalleyError('undecodable', `${location.dir} holds no page file Galley can open: ${unopenableMessage(unopenable)}`)
  }
  if (files.length === 0) {
    throw new GalleyError('not-found', `${location.dir} holds no page files (01.md, 02.md, …).`)
  }
  return files
}

/** Why page files were left out, naming them: one sentence for a message. */
export function unopenableMessage(names: string[]): string {
  return `the name${names.length === 1 ? '' : 's'} of ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not valid UTF-8; rename ${names.length === 1 ? 'it' : 'them'} (convmv converts names from another encoding) and open the issue again.`
}

/** What a skipped entry of the scan means and what to do, for the CLI. */
export function skippedMessage(entry: SkippedEntry): string {
  return entry.reason === 'too-deep'
    ? `It is ${entry.depth} folders below the library folder, deeper than Galley looks for issues (${MAX_DEPTH}); open a folder nearer to it as the library.`
    : 'Its folder name is not valid UTF-8, so Galley cannot open it; rename the folder (convmv converts names from another encoding) and open the library again.'
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function utf8Of(name: Buffer): string | null {
  try {
    return strictUtf8.decode(name)
  } catch {
    return null
  }
}

/** The name as text: valid UTF-8 sequences as characters, every other byte as `\xNN`. */
export function escapedName(name: Uint8Array): string {
  let text = ''
  for (let i = 0; i < name.length; ) {
    const length = sequenceLength(name, i)
    if (length === 0) {
      text += `\\x${name[i].toString(16).padStart(2, '0')}`
      i += 1
    } else {
      text += strictUtf8.decode(name.subarray(i, i + length))
      i += length
    }
  }
  return text
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), 0 if there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  if (bytes[i] < 0x80) return 1
  const shape = leadShape(bytes[i])
  if (shape === null || i + shape.length > bytes.length) return 0
  if (bytes[i + 1] < shape.low || bytes[i + 1] > shape.high) return 0
  for (let k = 2; k < shape.length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0
  return shape.length
}

/** A lead byte's sequence length and the range its second byte must fall in. */
function leadShape(b: number): { length: number; low: number; high: number } | null {
  if (b >= 0xc2 && b <= 0xdf) return { length: 2, low: 0x80, high: 0xbf }
  if (b === 0xe0) return { length: 3, low: 0xa0, high: 0xbf }
  if (b === 0xed) return { length: 3, low: 0x80, high: 0x9f }
  if (b >= 0xe1 && b <= 0xef) return { length: 3, low: 0x80, high: 0xbf }
  if (b === 0xf0) return { length: 4, low: 0x90, high: 0xbf }
  if (b >= 0xf1 && b <= 0xf3) return { length: 4, low: 0x80, high: 0xbf }
  if (b === 0xf4) return { length: 4, low: 0x80, high: 0x8f }
  return null
}

/**
 * The issue folder a page file is a page of (its own folder, or the issue above its page folder,
 * `seq-3/ocr.txt`), or null: the file is no page of a folder's issue, or it keeps an edit log of
 * its own (`.galley/<file>.state.json`, an earlier Galley's way with a page opened by itself),
 * whose edits are only seen while it is opened as before.
 */
export async function issueHolding(file: string): Promise<string | null> {
  const dir = dirname(file)
  const name = basename(file)
  const own = join(dir, '.galley', `${name}.state.json`)
  for (const log of [own, own.replace(/\.json$/u, '.journal.jsonl')]) {
    if (await stat(log).then(() => true, () => false)) return null
  }
  const pagesOf = async (folder: string): Promise<string[]> => {
    try {
      return (await listPageFiles({ id: '.', dir: folder, kind: 'folder' })).files
    } catch {
      return [] // an unreadable folder holds no issue this file could be a page of
    }
  }
  if (PAGE_FOLDER.test(basename(dir)) && (await pagesOf(dirname(dir))).includes(`${basename(dir)}/${name}`)) return dirname(dir)
  if (!(await pagesOf(dir)).includes(name)) return null
  // A lone text file whose name numbers no page is the folder's issue only where no issue below
  // hides it (scanLibrary: a README above issue folders is none).
  if (!isPageFileName(name)) return (await scanLibrary(dir).catch(() => null))?.issues.some((issue) => issue.id === '.') ? dir : null
  return dir
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

const DATE_AT_END = /(?<!\d)((?:1[6-9]|20)\d{2})[-_.年]?(\d{1,2})[-_.月]?(\d{1,2})日?$/u

/** Title and date from a folder or file name; `date` is null when the name carries none. */
export function titleFromName(name: string): { title: string; date: string | null } {
  const whole = name.replace(/\.(md|markdown|txt|text)$/i, '')
  // `1911-09-17 ed-2`: the day's second edition.
  const edition = EDITION_AT_END.exec(whole)
  const stem = edition ? whole.slice(0, edition.index) : whole
  const match = DATE_AT_END.exec(stem)
  if (!match) return { title: humanise(stem), date: null }
  const [year, month, day] = [match[1], match[2].padStart(2, '0'), match[3].padStart(2, '0')]
  const m = Number(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1 || d > 31) return { title: humanise(stem), date: null }
  const date = `${year}-${month}-${day}`
  const paper = humanise(stem.slice(0, match.index))
  const dated = paper ? `${paper} ${date}` : date
  return { title: edition && Number(edition[1]) > 1 ? `${dated}, edition ${Number(edition[1])}` : dated, date }
}

/** An edition's folder (`ed-1`, Chronicling America's under the day's `1911-09-17`). */
const EDITION = /^ed(?:ition)?[-_]?(\d{1,2})$/iu
const EDITION_AT_END = /[-_ ]ed(?:ition)?[-_]?(\d{1,2})$/iu

function humanise(part: string): string {
  return part.replace(/[_\-.\s]+/g, ' ').trim()
}

export function displayNameOf(location: IssueLocation, root: string): string {
  if (location.kind === 'file') return location.only as string
  return issueFolderName(location.id === '.' ? root : location.dir)
}

/** The name an issue's folder goes by: its own; for an edition's folder that says only which
 * edition it is (`ed-1`), its day's and its own (`1911-09-17 ed-1`); for a day's folder under its
 * month's and year's (`1985/01/07`), the date they make (`1985-01-07`). */
export function issueFolderName(dir: string): string {
  const name = basename(dir)
  if (EDITION.test(name)) return `${issueFolderName(dirname(dir))} ${name}`
  const month = basename(dirname(dir))
  const year = basename(dirname(dirname(dir)))
  if (/^\d{1,2}$/u.test(name) && /^\d{1,2}$/u.test(month) && /^(?:1[6-9]|20)\d{2}$/u.test(year)) return `${year}-${month.padStart(2, '0')}-${name.padStart(2, '0')}`
  return name
}
