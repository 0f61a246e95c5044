// lowdb's JSONFile with a durable write. lowdb writes through steno (temp file + rename), which is
// atomic against a crash but never fsyncs and shares one fixed temp name between processes; this
// subclass keeps lowdb's reading and replaces the write with writeFileAtomic (unique temp, fsync,
// rename, folder fsync). A file that fails to parse is moved aside, never overwritten.

import { readdir, rename, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { GalleyError } from '../core/index'
import { writeFileAtomic } from './atomic'
import { errnoOf, toGalleyError } from './fs-errors'

export class DurableJSONFile<T> extends JSONFile<T> {
  readonly file: string

  constructor(file: string) {
    super(file)
    this.file = file
  }

  override async read(): Promise<T | null> {
    const data = await super.read()
    // JSONFile answers null both for "no file" and for a file holding `null`; the second is damage.
    if (data === null && (await exists(this.file))) throw new SyntaxError('the file holds null instead of an object')
    return data
  }

  override async write(data: T): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(data, null, 2) + '\n')
  }
}

export function openLow<T>(file: string, defaults: T): Low<T> {
  return new Low<T>(new DurableJSONFile<T>(file), defaults)
}

/**
 * Reads `db` from disk and checks it with `valid`. A file that does not parse (or holds the wrong
 * shape) is renamed to `<file>.corrupt-<time>` and reported as 'state-corrupt'; the caller decides
 * whether to go on with defaults. Returns false when the file does not exist.
 */
export async function readOrSetAside<T>(
  db: Low<T>,
  file: string,
  valid: (data: unknown) => string | null,
  startsWith = 'Galley starts this issue with an empty edit log',
): Promise<boolean> {
  let problem: string | null
  try {
    const data = await db.adapter.read()
    if (data === null) return false
    problem = valid(data)
    if (problem === null) {
      db.data = data
      return true
    }
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw toGalleyError(err, file, 'read')
    problem = err.message
  }
  const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
  try {
    await rename(file, aside)
  } catch (err) {
    throw toGalleyError(err, file, 'set aside the damaged state file')
  }
  throw new GalleyError(
    'state-corrupt',
    `${file} was damaged (${problem}) and has been kept as ${aside}. ${startsWith}; the old file is untouched for recovery.`,
  )
}

/**
 * The copies readOrSetAside (or the journal's own check) kept of a damaged `file`, as paths, oldest
 * first: [] where there are none. They hold edits the live file no longer has, so an issue's
 * notice of them lasts as long as they are there, not only until the next save.
 */
export async function keptCopiesOf(file: string): Promise<string[]> {
  const prefix = `${basename(file)}.corrupt-`
  let names: string[]
  try {
    names = await readdir(dirname(file))
  } catch (err) {
    const code = errnoOf(err)
    if (code === 'ENOENT' || code === 'ENOTDIR') return [] // never edited: no log folder yet
    throw toGalleyError(err, dirname(file), 'read')
  }
  return names.filter((name) => name.startsWith(prefix)).sort().map((name) => join(dirname(file), name))
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return false
    throw toGalleyError(err, file, 'read')
  }
}
