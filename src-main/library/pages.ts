// Reads an issue's page files from disk into core Pages: size limit, sha256 of the raw bytes,
// decoding by core. Page files are only ever read here, never written.

import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { GalleyError, makePage, sortPages, type Page } from '../core/index'
import { toGalleyError } from './fs-errors'
import { pageFilesOf, type IssueLocation } from './issues'

/** Pages larger than this are refused: a newspaper page's text is a few hundred kilobytes. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024

export async function readPageBytes(path: string, name: string): Promise<Uint8Array> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (err) {
    throw toGalleyError(err, name, 'read the page')
  }
  try {
    const info = await handle.stat()
    if (info.isDirectory()) throw new GalleyError('not-a-page', `${name} is a folder, not a page file.`)
    if (info.size > MAX_PAGE_BYTES) {
      throw new GalleyError(
        'too-large',
        `${name} is ${(info.size / 1024 / 1024).toFixed(0)} MB; Galley opens pages up to ${MAX_PAGE_BYTES / 1024 / 1024} MB. Split the file into pages.`,
      )
    }
    return await handle.readFile()
  } catch (err) {
    throw toGalleyError(err, name, 'read the page')
  } finally {
    await handle.close()
  }
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function readPage(path: string, name: string): Promise<Page> {
  const bytes = await readPageBytes(path, name)
  return makePage(name, bytes, sha256Of(bytes))
}

/** Every page of the issue, in page order. */
export async function readIssuePages(location: IssueLocation): Promise<Page[]> {
  const files = await pageFilesOf(location)
  const pages: Page[] = []
  for (const file of files) pages.push(await readPage(join(location.dir, file), file))
  return sortPages(pages)
}
