// Path confinement: a path that comes from the renderer is trusted only once its real path
// (symlinks resolved) lies inside one of the allowed roots: the open library or a chosen export
// folder; and the other way round, an export target is refused when it lies inside an issue.

import { readdir, realpath } from 'node:fs/promises'
import { dirname, isAbsolute, basename, join, relative, resolve, sep } from 'node:path'
import { GalleyError } from '../core/index'
import { errnoOf, toGalleyError } from './fs-errors'
import { isPageFileName } from './issues'
import { EXTENSIONS } from './export'

export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..')
}

/**
 * Resolves `path` (absolute, or relative to the first root) and returns its real path when it lies
 * inside one of `roots` (themselves real paths). A path that does not exist yet (an export target)
 * is judged by its nearest existing parent. Throws 'not-in-library' otherwise.
 */
export async function confine(path: string, roots: string[], what = 'This path'): Promise<string> {
  if (roots.length === 0) throw new GalleyError('not-in-library', `${what} cannot be used: no library is open.`)
  if (path.includes('\0')) throw new GalleyError('not-in-library', `${what} is not a valid path.`)
  const absolute = isAbsolute(path) ? resolve(path) : resolve(roots[0], path)
  // Lexical check first so `..` is refused even where the target does not exist.
  if (!roots.some((root) => isInside(root, absolute))) throw outside(path, what)
  const real = await realPathOf(absolute)
  if (!roots.some((root) => isInside(root, real))) throw outside(path, what)
  return real
}

/** The real path of `absolute`; for a path that does not exist yet, its nearest existing parent's real path and the rest. */
export async function realPathOf(absolute: string): Promise<string> {
  const missing: string[] = []
  let current = absolute
  for (;;) {
    try {
      const real = await realpath(current)
      return missing.length ? join(real, ...missing.reverse()) : real
    } catch (err) {
      const code = errnoOf(err)
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err
      const parent = dirname(current)
      if (parent === current) return absolute
      missing.push(basename(current))
      current = parent
    }
  }
}

function outside(path: string, what: string): GalleyError {
  return new GalleyError(
    'not-in-library',
    `${what} (${path}) is outside the open library and the chosen export folder; Galley only reads and writes there.`,
  )
}

/**
 * The one rule for where an export may go (the CLI's `export --out` file, `export-library --out`
 * and the app's export folder): never a page file of an issue being read, never inside one of
 * those issues' folders (page files and the `.galley/` edit log live there), never one of them.
 * Paths are compared as real paths, so neither a symlink nor `..` gets around it. Returns the
 * real path of `out` (judged by its nearest existing parent when it does not exist yet), which is
 * where the caller writes. `label` names the path in the message (`--out`, `The export folder`).
 */
export async function refuseOutputInsideIssues(out: string, issueFolders: readonly string[], label: string): Promise<string> {
  if (out.includes('\0')) throw new GalleyError('invalid-argument', `${label} ${out} is not a valid path.`)
  let real: string
  let folders: string[]
  try {
    real = await realPathOf(resolve(out))
    folders = await Promise.all(issueFolders.map((f) => realPathOf(resolve(f))))
  } catch (err) {
    throw toGalleyError(err, out, 'write the export to')
  }
  for (const folder of folders) {
    if (!isInside(folder, real)) continue
    throw new GalleyError('invalid-argument', `${label} ${out} is ${whereInside(folder, real)}; write the export outside the issue folder.`)
  }
  return real
}

/**
 * An export into a folder with issues below it (the library folder, a year's folder) is refused:
 * the export's file there would make that folder an issue of its own on the next scan, and the
 * issues below it (with their edit logs) would drop out of view. `real` is a real path.
 */
export function refuseLibraryFolder(real: string, root: string, issueFolders: readonly string[], label: string): void {
  if (!issueFolders.some((folder) => folder !== real && isInside(real, folder))) return
  const which = real === root ? 'the library folder' : 'a folder of the library'
  throw new GalleyError('invalid-argument', `${label} ${real} is ${which}, with issues in its folders: an export written there would be read as an issue of its own and hide them. Export into a folder of its own, with no issues below it.`)
}

/**
 * An export folder outside the open library may still be an issue's (another library's: a
 * colleague's, a backup), which refuseOutputInsideIssues cannot know of: one holding an edit log
 * (`.galley/`), or numbered page files that are not Galley's own exports (each has its report
 * beside it). An export written there would be read as a page of that issue, or in place of its
 * one page, the next time that library is opened. As the CLI's `export --out` rule. `real` is a
 * real path; a folder not made yet holds nothing.
 */
export async function refuseIssueFolder(real: string, label: string): Promise<void> {
  let names: string[]
  let edited = false
  try {
    const entries = await readdir(real, { withFileTypes: true })
    edited = entries.some((entry) => entry.isDirectory() && entry.name === '.galley')
    names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name)
  } catch {
    return // not there yet: export-library makes it
  }
  const exported = (name: string) =>
    Object.values(EXTENSIONS).some((ext) => name.endsWith(ext) && [`.report.md`, `.report.json`].some((report) => names.includes(name.slice(0, -ext.length) + report)))
  const pages = names.filter((name) => isPageFileName(name) && !exported(name))
  if (!edited && pages.length === 0) return
  const what = edited ? `an issue's edit log (${join(real, '.galley')})` : `an issue's page files (${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''})`
  throw new GalleyError('invalid-argument', `${label} ${real} holds ${what}: an export written there would be read as a page of that issue. Export into a folder of its own.`)
}

function whereInside(folder: string, real: string): string {
  if (real === folder) return `the issue folder ${folder}, which holds its page files`
  const rel = relative(folder, real).split(sep)
  if (rel[0] === '.galley') return `inside ${join(folder, '.galley')}, where the issue's edit log is kept`
  if (rel.length === 1 && isPageFileName(rel[0])) return `a page file of the issue in ${folder}, and Galley never writes page files`
  return `inside the issue folder ${folder}, beside its page files`
}
