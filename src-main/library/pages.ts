// Reads an issue's page files from disk into core Pages: size limit, sha256 of the raw bytes,
// decoding by core. Page files are only ever read here, never written.

import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { GalleyError, makePage, pageNumberFromName, sortPages, type Page } from '../core/index'
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
  return readPagesIn(location.dir, await pageFilesOf(location))
}

/**
 * The named page files of one issue folder, in page order. A page with no text (a full-page
 * advertisement or photo, extracted as an empty file) is a page without articles, so one such
 * page does not shut the editor out of the rest; an issue where no page has text is refused
 * with the first page's reason. Any other unreadable page refuses the issue, naming the page.
 */
export async function readPagesIn(dir: string, files: string[]): Promise<Page[]> {
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
