// Reads an issue's page files from disk into core Pages: size limit, sha256 of the raw bytes,
// decoding by core. Page files are only ever read here, never written.

import { createHash } from 'node:crypto'
import { constants, type Stats } from 'node:fs'
import { lstat, open, readdir, stat, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { GalleyError, isXmlName, makePage, pageNumberFromName, readPageFiles, sortPages, type Page } from '../core/index'
import { errnoOf, toGalleyError } from './fs-errors'
import { pageFilesOf, type IssueLocation } from './issues'

/** Pages larger than this are refused: a newspaper page's text is a few hundred kilobytes. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024

export interface ReadOptions {
  /** Follow a symbolic link to what it names: only for a path a user typed (the CLI). In a
   * library a link is not followed, since it can lead out of the library. */
  followLinks?: boolean
  /** Bytes read at most (MAX_PAGE_BYTES unless a test asks for less). */
  limit?: number
}

/**
 * The bytes of one page file, refusing anything but a regular file before it is opened: opening
 * a FIFO blocks until a writer comes, holding one of the few file-system threads every later
 * request waits on, and a device never ends. The limit holds while reading, since the size on
 * disk is only what the file said when asked (0 for a device, less than it holds for a growing file).
 */
export async function readPageBytes(path: string, name: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const limit = options.limit ?? MAX_PAGE_BYTES
  const follow = options.followLinks === true
  let handle: FileHandle
  try {
    const info = follow ? await stat(path) : await lstat(path)
    refuseUnlessPageFile(info, name)
    refuseOverLimit(info.size, limit, name)
    // Should the path be swapped between the check and the open: O_NONBLOCK opens a FIFO at once
    // (fstat below refuses it) and O_NOFOLLOW refuses a link. Windows has neither, nor FIFOs.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (follow ? 0 : (constants.O_NOFOLLOW ?? 0)))
  } catch (err) {
    if (errnoOf(err) === 'ELOOP') throw linkRefused(name)
    throw toGalleyError(err, name, 'read the page')
  }
  try {
    const info = await handle.stat()
    refuseUnlessPageFile(info, name)
    refuseOverLimit(info.size, limit, name)
    return await readAtMost(handle, info.size, limit, name)
  } catch (err) {
    throw toGalleyError(err, name, 'read the page')
  } finally {
    await handle.close()
  }
}

/** Refuses a folder, link, FIFO, device or socket with a GalleyError naming `name` (a file name or path). */
export function refuseUnlessPageFile(info: Stats, name: string): void {
  if (info.isFile()) return
  if (info.isDirectory()) throw new GalleyError('not-a-page', `${name} is a folder, not a page file.`)
  if (info.isSymbolicLink()) throw linkRefused(name)
  if (info.isFIFO()) throw notAPage(name, 'is a named pipe (FIFO)')
  if (info.isCharacterDevice() || info.isBlockDevice()) throw notAPage(name, 'is a device')
  if (info.isSocket()) throw notAPage(name, 'is a socket')
  throw notAPage(name, 'is not a regular file')
}

function notAPage(name: string, what: string): GalleyError {
  return new GalleyError('not-a-page', `${name} ${what}, not a page file; Galley reads only regular files. Save the page's text to a file and open that.`)
}

function linkRefused(name: string): GalleyError {
  return new GalleyError(
    'not-a-page',
    `${name} is a symbolic link; in a library Galley reads only the page files themselves, since a link can lead out of it. Put the file itself in the issue folder.`,
  )
}

function refuseOverLimit(size: number, limit: number, name: string): void {
  if (size <= limit) return
  throw new GalleyError(
    'too-large',
    `${name} is ${(size / 1024 / 1024).toFixed(0)} MB; Galley opens pages up to ${formatLimit(limit)}. Split the file into pages.`,
  )
}

/** Reads to the end or until more than `limit` bytes have come; `sizeHint` (from fstat) sizes the first buffer. */
async function readAtMost(handle: FileHandle, sizeHint: number, limit: number, name: string): Promise<Uint8Array> {
  // One byte over the hint, so a file that is its stated size ends at the first read.
  let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(sizeHint + 1, 64 * 1024)))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) {
        throw new GalleyError('too-large', `${name} holds more than ${formatLimit(limit)}; Galley opens pages up to ${formatLimit(limit)}. Split the file into pages.`)
      }
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2))
      buffer.copy(bigger, 0, 0, length)
      buffer = bigger
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
    if (bytesRead === 0) return buffer.subarray(0, length)
    length += bytesRead
  }
}

function formatLimit(limit: number): string {
  return limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit} bytes`
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function readPage(path: string, name: string, options: ReadOptions = {}): Promise<Page> {
  const bytes = await readPageBytes(path, name, options)
  return makePage(name, bytes, sha256Of(bytes))
}

/** Every page of the issue, in page order. */
export async function readIssuePages(location: IssueLocation): Promise<Page[]> {
  return readPagesIn(location.dir, await pageFilesOf(location))
}

/**
 * The named page files of one issue folder, in page order. A page with no text (a full-page
 * advertisement or photo, extracted as an empty file) is a page without articles, so one such
 * page does not shut the editor out of the rest; an issue where no page has text is refused
 * with the first page's reason. Any other unreadable page refuses the issue, naming the page.
 */
export async function readPagesIn(dir: string, files: string[]): Promise<Page[]> {
  if (files.some(isXmlName)) return readXmlPagesIn(dir, files)
  const pages: Page[] = []
  let empty: GalleyError | null = null
  for (const file of files) {
    const bytes = await readPageBytes(join(dir, file), file)
    const sha256 = sha256Of(bytes)
    try {
      pages.push(makePage(file, bytes, sha256))
    } catch (err) {
      if (!(err instanceof GalleyError) || err.code !== 'empty') throw err
      empty ??= err
      pages.push({ number: pageNumberFromName(file) ?? '01', file, text: '', sha256, encoding: 'utf-8' })
    }
  }
  if (empty && pages.every((page) => page.text === '')) throw empty
  return sortPages(pages)
}

/** An ALTO issue: every XML file is read before any is taken in, since its METS (if any) gives the
 * others their page order and articles; the folder's images are the pages' scans. */
async function readXmlPagesIn(dir: string, files: string[]): Promise<Page[]> {
  const read = []
  for (const name of files) {
    const bytes = await readPageBytes(join(dir, name), name)
    read.push({ name, bytes, sha256: sha256Of(bytes) })
  }
  let images: string[] = []
  try {
    images = (await readdir(dir)).filter((name) => /\.(jpe?g|png|webp)$/iu.test(name))
  } catch (err) {
    throw toGalleyError(err, dir, 'read the issue folder')
  }
  return readPageFiles(read, images)
}
