// Pages as the app gets them: bytes of one file per page, decoded by the core's makePage.

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { makePage, type Page } from '../../src-main/core/index'

export function pageFromBytes(file: string, bytes: Uint8Array): Page {
  return makePage(file, bytes, createHash('sha256').update(bytes).digest('hex'))
}

export function pagesFromFolder(dir: string, files: string[]): Page[] {
  return files.map((file) => pageFromBytes(file, new Uint8Array(readFileSync(join(dir, file)))))
}
