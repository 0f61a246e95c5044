// Path confinement: a path that comes from the renderer is trusted only once its real path
// (symlinks resolved) lies inside one of the allowed roots: the open library or a chosen export folder.

import { realpath } from 'node:fs/promises'
import { dirname, isAbsolute, basename, join, relative, resolve, sep } from 'node:path'
import { GalleyError } from '../core/index'
import { errnoOf } from './fs-errors'

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
  const real = await realpathOfExistingPart(absolute)
  if (!roots.some((root) => isInside(root, real))) throw outside(path, what)
  return real
}

async function realpathOfExistingPart(absolute: string): Promise<string> {
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
