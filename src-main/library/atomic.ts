// Atomic, durable file writes: a unique temp file beside the target, fsync, rename over the
// target, fsync the folder. A crash at any point leaves either the old file or the new one.

import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { GalleyError } from '../core/index'
import { errnoOf, toGalleyError } from './fs-errors'
import { writeDurably } from './writer-thread'

/** Temp files still on disk, so an interrupted CLI run can remove them before it exits. */
const pending = new Set<string>()

export function pendingTempFiles(): string[] {
  return [...pending]
}

export function tempPathFor(file: string): string {
  // Unique per writer: two processes writing the same target never share a temp file
  // (steno's fixed `.name.tmp` would let them clobber each other's half-written bytes).
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

/**
 * Writes a file atomically and durably. The steps run on the writer thread (writer-thread.ts): they
 * begin at once, in this call, and go on while the caller computes.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  return place(file, content, true)
}

/**
 * Writes a new file atomically and refuses to replace an existing one (a page added to an
 * issue must never overwrite a page file): the temp file is hard-linked to its name, which fails
 * when the name is taken, then removed.
 */
export function createFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  return place(file, content, false)
}

async function place(file: string, content: string | Uint8Array, replace: boolean): Promise<void> {
  const temp = tempPathFor(file)
  pending.add(temp)
  try {
    await writeDurably(file, temp, content, replace)
  } catch (err) {
    if (!replace && errnoOf(err) === 'EEXIST') {
      throw new GalleyError('invalid-argument', `${basename(file)} already exists there; Galley never replaces a page file. Rename the new file and try again.`)
    }
    throw toGalleyError(err, file, 'write')
  } finally {
    pending.delete(temp)
  }
}
