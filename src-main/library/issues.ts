// Where the issues of a library are on disk: every folder holding page files is an issue (the
// library folder itself included), or a single opened page file. Also the title and date an
// issue's folder name gives (`株洲日报-2024-01-30`, `zhongguo-qixiangbao-2026-07-17`).

import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join, relative, sep } from 'node:path'
import { GalleyError, pageNumberFromName } from '../core/index'
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

const PAGE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text'])
/** How deep below the library folder issues are looked for (library/2024/01/issue = 3). */
const MAX_DEPTH = 4

export function isPageFileName(name: string): boolean {
  if (name.startsWith('.')) return false
  if (/\.report\.(md|json)$/i.test(name)) return false
  return PAGE_EXTENSIONS.has(extname(name).toLowerCase()) && pageNumberFromName(name) !== null
}

/** Finds the issues under `root`, in a stable order (by id). `root` is a real, absolute folder. */
export async function findIssues(root: string, signal?: AbortSignal): Promise<IssueLocation[]> {
  const found: IssueLocation[] = []
  async function walk(dir: string, depth: number): Promise<void> {
    signal?.throwIfAborted()
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (err) {
      if (dir === root) throw toGalleyError(err, dir, 'read the library folder')
      return // an unreadable sub-folder is not an issue; the others still are
    }
    if (entries.some((e) => e.isFile() && isPageFileName(e.name))) {
      const rel = relative(root, dir)
      found.push({ id: rel === '' ? '.' : rel.split(sep).join('/'), dir, kind: 'folder' })
      return
    }
    if (depth >= MAX_DEPTH) return
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
        await walk(join(dir, entry.name), depth + 1)
      }
    }
  }
  await walk(root, 0)
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The page files of an issue, by name (not yet in page order: core's sortPages does that). */
export async function pageFilesOf(location: IssueLocation): Promise<string[]> {
  if (location.kind === 'file') return [location.only as string]
  let entries
  try {
    entries = await readdir(location.dir, { withFileTypes: true })
  } catch (err) {
    throw toGalleyError(err, location.dir, 'read the issue folder')
  }
  const names = entries.filter((e) => e.isFile() && isPageFileName(e.name)).map((e) => e.name)
  if (names.length === 0) {
    throw new GalleyError('not-found', `${location.dir} holds no page files (01.md, 02.md, …).`)
  }
  return names.sort()
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

const DATE_AT_END = /(?<!\d)((?:19|20)\d{2})[-_.年]?(\d{1,2})[-_.月]?(\d{1,2})日?$/u

/** Title and date from a folder or file name; `date` is null when the name carries none. */
export function titleFromName(name: string): { title: string; date: string | null } {
  const stem = name.replace(/\.(md|markdown|txt|text)$/i, '')
  const match = DATE_AT_END.exec(stem)
  if (!match) return { title: humanise(stem), date: null }
  const [year, month, day] = [match[1], match[2].padStart(2, '0'), match[3].padStart(2, '0')]
  const m = Number(month)
  const d = Number(day)
  if (m < 1 || m > 12 || d < 1 || d > 31) return { title: humanise(stem), date: null }
  const date = `${year}-${month}-${day}`
  const paper = humanise(stem.slice(0, match.index))
  return { title: paper ? `${paper} ${date}` : date, date }
}

function humanise(part: string): string {
  return part.replace(/[_\-.\s]+/g, ' ').trim()
}

export function displayNameOf(location: IssueLocation, root: string): string {
  if (location.kind === 'file') return location.only as string
  return location.id === '.' ? basename(root) : basename(location.dir)
}
