// Atomic, durable file writes: a unique temp file beside the target, fsync, rename over the
// target, fsync the folder. A crash at any point leaves either the old file or the new one.

import { randomBytes } from 'node:crypto'
import { link, open, unlink } from 'node:fs/promises'
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
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(file)
  pending.add(temp)
  try {
    await writeDurably(file, temp, content)
  } catch (err) {
    throw toGalleyError(err, file, 'write')
  } finally {
    pending.delete(temp)
  }
}

/**
 * Writes a new file atomically and refuses to replace an existing one (a page added to an
 * issue must never overwrite a page file): the temp file is hard-linked to its name, which fails
 * when the name is taken, then removed.
 */
export async function createFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await writeThenPlace(file, content, async (temp) => {
    try {
      await link(temp, file)
    } catch (err) {
      if (errnoOf(err) === 'EEXIST') {
        throw new GalleyError('invalid-argument', `${basename(file)} already exists there; Galley never replaces a page file. Rename the new file and try again.`)
      }
      throw err
    }
    await unlink(temp)
  })
}

async function writeThenPlace(file: string, content: string | Uint8Array, place: (temp: string) => Promise<void>): Promise<void> {
  const temp = tempPathFor(file)
  pending.add(temp)
  try {
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await place(temp)
    pending.delete(temp)
    await syncFolder(dirname(file))
  } catch (err) {
    await unlink(temp).catch(() => undefined) // may already be renamed away; nothing else to undo
    pending.delete(temp)
    throw toGalleyError(err, file, 'write')
  }
}

/** Makes the rename itself durable. Some file systems refuse to fsync a folder; that is not an error. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // EISDIR/EINVAL/EPERM on platforms without directory fsync: the rename is still atomic.
  }
}
