// The printed page beside a page file: `01.pdf`, or an image `01.jpg|jpeg|png|webp`, next to
// `01.md` in the issue folder. Found and read here only (the renderer names a page, never a
// file), confined to the issue folder, regular files only and of bounded size.

import { readdir, realpath } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { GalleyError } from '../core/index'
import type { PageScan } from './views'
import { confine } from './confine'
import { toGalleyError } from './fs-errors'
import { readPageBytes } from './pages'

/** A scan as base64 crosses the transports; 48 MB of PDF or image is 64 MB as base64, browser mode's body budget. */
export const MAX_SCAN_BYTES = 48 * 1024 * 1024

/** By extension, in the order a page's scans are preferred: a PDF carries a text layer to find a finding in. */
const SCAN_TYPES: Record<string, Pick<PageScan, 'kind' | 'mime'>> = {
  '.pdf': { kind: 'pdf', mime: 'application/pdf' },
  '.png': { kind: 'image', mime: 'image/png' },
  '.webp': { kind: 'image', mime: 'image/webp' },
  '.jpg': { kind: 'image', mime: 'image/jpeg' },
  '.jpeg': { kind: 'image', mime: 'image/jpeg' },
}
const PREFERENCE = Object.keys(SCAN_TYPES)

function stemOf(name: string): string {
  return name.slice(0, name.length - extname(name).length)
}

/** The name of the scan beside `pageFile` in `dir` (same stem, a scan's extension in any case), or null. */
export async function scanNameBeside(dir: string, pageFile: string): Promise<string | null> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    throw toGalleyError(err, dir, 'look for the page scans in')
  }
  const stem = stemOf(pageFile)
  const scans = names.filter((name) => stemOf(name) === stem && PREFERENCE.includes(extname(name).toLowerCase()))
  scans.sort((a, b) => PREFERENCE.indexOf(extname(a).toLowerCase()) - PREFERENCE.indexOf(extname(b).toLowerCase()))
  return scans[0] ?? null
}

/**
 * Reads the scan `name` (a file name or a path relative to `dir`, such as the image an ALTO file
 * names) for page `page`, refusing anything whose real path leaves `dir` (a link out of it, `..`).
 */
export async function readScan(dir: string, name: string, page: string): Promise<PageScan> {
  const type = SCAN_TYPES[extname(name).toLowerCase()]
  if (!type) throw new GalleyError('invalid-argument', `${name} is not a page scan; Galley shows a .pdf, .jpg, .png or .webp file as the printed page.`)
  let root: string
  try {
    root = await realpath(dir)
  } catch (err) {
    throw toGalleyError(err, dir, 'read the page scan in')
  }
  const real = await confine(join(root, name), [root], `The page scan ${name}`)
  const bytes = await readPageBytes(real, name, { limit: MAX_SCAN_BYTES })
  return { page, file: name, ...type, base64: Buffer.from(bytes).toString('base64') }
}

/** The scan beside `pageFile`, or null when there is none. */
export async function scanBeside(dir: string, pageFile: string, page: string): Promise<PageScan | null> {
  const name = await scanNameBeside(dir, pageFile)
  return name === null ? null : readScan(dir, name, page)
}
