// The corrected ALTO export: a folder holding each ALTO page of the issue under its own name, its
// Strings' CONTENT changed where the editor corrected the text. The original files are only read,
// and each must still be the file the issue was analysed from (its sha256), or nothing is written.
// A mets.xml is written beside them when Galley made or the editor changed the articles.
// The pages are written into a staging folder beside the export first, and moved into place only
// once every one is on disk: a write that fails (a full disk) leaves no half export, and an earlier
// export being replaced keeps all its old pages.

import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { correctedContents, correctedMets, editedMets, GalleyError, readAlto, rewriteAlto, xmlText, type Analysis, type Box } from '../core/index'
import { writeFileAtomic } from './atomic'
import type { ExportMaterial } from './export'
import { toGalleyError } from './fs-errors'
import { readPageBytes, sha256Of } from './pages'

/** Writes the corrected pages into `folder` (made if absent); returns the folder. */
export async function writeAltoExport(material: Pick<ExportMaterial, 'pages' | 'title' | 'dir'>, analysis: Analysis, folder: string): Promise<string> {
  const pages = material.pages.filter((page) => page.alto)
  if (pages.length === 0 || !material.dir) {
    throw new GalleyError('invalid-argument', `${material.title} has no ALTO pages; export it as Markdown, text, JSON, HTML or TEI instead.`)
  }
  const changes = correctedContents(analysis.source, analysis.issue)
  // Every page is made before any is written, so a page that fails leaves no half export.
  const written: { file: string; text: string }[] = []
  const originals = new Map<string, string>()
  for (const page of pages) {
    const bytes = await readPageBytes(join(material.dir, page.file), page.file)
    if (sha256Of(bytes) !== page.sha256) {
      throw new GalleyError('conflict', `${page.file} changed on disk since the issue was opened; reopen the issue, check the edits, then export again.`)
    }
    const xml = xmlText(bytes, page.file)
    originals.set(page.file, xml)
    written.push({ file: page.file, text: rewriteAlto(xml, page.file, changes.get(page.file) ?? new Map()) })
  }
  // A new METS page area's rectangle on the scan: from its words' boxes, where the ALTO measures in
  // the scan's pixels (another unit needs the scan's resolution, which the ALTO may not give).
  const boxes = new Map<string, Box[] | null>()
  const wordBoxes = (file: string): Box[] | null => {
    if (!boxes.has(file)) {
      // Read once a page, however many new areas it gets.
      const xml = originals.get(file)
      const page = pages.find((one) => one.file === file)
      boxes.set(file, xml !== undefined && page?.layout?.unit === 'pixel' ? (readAlto(xml, file, undefined, true).boxes ?? null) : null)
    }
    return boxes.get(file) ?? null
  }
  // Galley's articles, where it made them (no METS came) or the editor changed the METS ones:
  // then the issue's own METS is written again under its name, edited only in its articles.
  const mets = correctedMets(analysis.source, analysis.issue)
  if (mets !== null) written.push(await metsToWrite(material.dir, pages, analysis, mets, wordBoxes))
  const staging = join(dirname(folder), `.${basename(folder)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`)
  try {
    await mkdir(staging, { recursive: true })
    // Pages each in a page folder of their own (`seq-3/ocr.xml`) are written the same way.
    for (const sub of new Set(written.map((page) => dirname(page.file)))) if (sub !== '.') await mkdir(join(staging, sub), { recursive: true })
  } catch (err) {
    await rm(staging, { recursive: true, force: true }).catch(() => {})
    throw toGalleyError(err, folder, 'make the export folder')
  }
  try {
    for (const page of written) await writeFileAtomic(join(staging, page.file), page.text)
    await placeStaged(staging, folder, written.map((page) => page.file))
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => {})
  }
  return folder
}

/** Moves the staged export into place: the whole folder where none is there yet, else each page
 * over its earlier export's (other files in that folder are the editor's, and stay). The staging
 * folder, with what is left in it, is removed by the caller. */
async function placeStaged(staging: string, folder: string, files: string[]): Promise<void> {
  const there = await stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  )
  try {
    if (!there) {
      await mkdir(dirname(folder), { recursive: true })
      await rename(staging, folder)
      return
    }
    for (const sub of new Set(files.map((file) => dirname(file)))) if (sub !== '.') await mkdir(join(folder, sub), { recursive: true })
    for (const file of files) await rename(join(staging, file), join(folder, file))
  } catch (err) {
    throw toGalleyError(err, folder, 'move the export into place')
  }
}

/** The issue's METS edited in place where one came with the pages (and still is the file read);
 * otherwise, or where its layout cannot be edited in place, the new `mets.xml`. */
async function metsToWrite(dir: string, pages: ExportMaterial['pages'], analysis: Analysis, made: string, wordBoxes: (file: string) => Box[] | null): Promise<{ file: string; text: string }> {
  const from = pages.find((page) => page.metsFile)?.metsFile
  if (!from) return { file: 'mets.xml', text: made }
  const bytes = await readPageBytes(join(dir, from.file), from.file)
  if (sha256Of(bytes) !== from.sha256) {
    throw new GalleyError('conflict', `${from.file} changed on disk since the issue was opened; reopen the issue, check the edits, then export again.`)
  }
  const edited = editedMets(xmlText(bytes, from.file), analysis.source, analysis.issue, wordBoxes)
  return { file: from.file, text: edited ?? made }
}
