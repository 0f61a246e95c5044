// The corrected ALTO export: a folder holding each ALTO page of the issue under its own name, its
// Strings' CONTENT changed where the editor corrected the text. The original files are only read,
// and each must still be the file the issue was analysed from (its sha256), or nothing is written.
// A mets.xml is written beside them when Galley made or the editor changed the articles.
// The pages are written into a staging folder beside the export first, and the staged folder takes
// the export's place in one rename once every page is on disk: a write that fails (a full disk)
// leaves no half export, and an earlier export being replaced is all old or all new at every
// moment, a crash's included (for the instant of the swap it is kept aside, and the next export
// puts it back if a crash left it there). The report is staged with the pages and takes its place
// right after the folder; what a crash left between the two, the next export finishes.

import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { correctedContents, correctedMets, editedMets, GalleyError, readAlto, rewriteAlto, xmlText, type Analysis, type Box } from '../core/index'
import { writeFileAtomic } from './atomic'
import type { ExportMaterial } from './export'
import { toGalleyError } from './fs-errors'
import { isProcessGone } from './lock'
import { readPageBytes, sha256Of } from './pages'

/** The report written with an export: its file, and its text made from the sha256 of each file
 * the export writes (by its path inside the export folder). */
export interface StagedReport {
  file: string
  text: (written: Record<string, string>) => string
}

/** Writes the corrected pages into `folder` (made if absent), and `report` beside it, in place
 * right after them; returns the folder. */
export async function writeAltoExport(material: Pick<ExportMaterial, 'pages' | 'title' | 'dir'>, analysis: Analysis, folder: string, report?: StagedReport): Promise<string> {
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
  if (exporting.has(folder)) throw new GalleyError('conflict', `${folder} is being exported already; wait for that export to end, then export again.`)
  exporting.add(folder)
  try {
    await finishInterrupted(folder, report?.file)
    await stageAndPlace(folder, written, report)
  } finally {
    exporting.delete(folder)
  }
  return folder
}

/** Export folders this process is writing now: what is staged beside them is no crash's. */
const exporting = new Set<string>()

/** What a crash left of an earlier export of `folder` (and its `report`), put back or finished
 * (see finishInterrupted), for a caller that reads the report before it exports again. */
export async function finishInterruptedExport(folder: string, report: string): Promise<void> {
  if (!exporting.has(folder)) await finishInterrupted(folder, report)
}

/** The names one export's steps go by beside `folder`: its staged pages, the earlier export kept
 * aside for the swap, and the staged report, all carrying the writer's pid and a random part. */
function stepNames(folder: string, token: string, report?: string): { staging: string; aside: string; report: string | null } {
  const at = (name: string, kind: string) => join(dirname(name), `.${basename(name)}.${token}.${kind}`)
  return { staging: at(folder, 'partial'), aside: at(folder, 'replaced'), report: report === undefined ? null : at(report, 'pending') }
}

async function stageAndPlace(folder: string, written: { file: string; text: string }[], report?: StagedReport): Promise<void> {
  const steps = stepNames(folder, `${process.pid}.${randomBytes(4).toString('hex')}`, report?.file)
  const staging = steps.staging
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
    if (report && steps.report) await writeFileAtomic(steps.report, report.text(Object.fromEntries(written.map((page) => [page.file, sha256Of(Buffer.from(page.text))]))))
    const replaced = await placeStaged(staging, steps.aside, folder, written.map((page) => page.file))
    if (report && steps.report) {
      try {
        await rename(steps.report, report.file)
      } catch (err) {
        // No new export without its report: the earlier one (or none) is put back.
        await rename(folder, staging)
        if (replaced) await rename(steps.aside, folder)
        throw toGalleyError(err, report.file, 'write')
      }
    }
    if (replaced) await rm(steps.aside, { recursive: true, force: true }).catch(() => {})
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => {})
    if (steps.report) await rm(steps.report, { force: true }).catch(() => {})
  }
}

/**
 * Finishes or undoes an export of `folder` that a crash stopped (its writer gone), before another
 * is written: an earlier export kept aside with nothing in its place is put back; a report staged
 * for an export already in place takes its place (the pages are there: only the report was left);
 * a staged folder or report that never got there is removed.
 */
async function finishInterrupted(folder: string, report: string | undefined): Promise<void> {
  const parent = dirname(folder)
  const names = await readdir(parent).catch(() => [] as string[])
  const tokens = new Set<string>()
  const ofFolder = new RegExp(`^\\.${escaped(basename(folder))}\\.((\\d+)\\.[0-9a-f]+)\\.(?:partial|replaced)$`, 'u')
  const ofReport = report === undefined ? null : new RegExp(`^\\.${escaped(basename(report))}\\.((\\d+)\\.[0-9a-f]+)\\.pending$`, 'u')
  for (const name of names) {
    const match = ofFolder.exec(name) ?? ofReport?.exec(name)
    if (match && (isProcessGone(Number(match[2])) || Number(match[2]) === process.pid)) tokens.add(match[1])
  }
  try {
    for (const token of tokens) {
      const steps = stepNames(folder, token, report)
      const [staged, aside, pending] = await Promise.all([exists(steps.staging), exists(steps.aside), steps.report ? exists(steps.report) : false])
      const placed = !staged && (await exists(folder))
      if (aside && !(await exists(folder))) await rename(steps.aside, folder)
      else if (placed && pending && report && steps.report) await rename(steps.report, report)
      if (aside && (await exists(steps.aside))) await rm(steps.aside, { recursive: true, force: true })
      await rm(steps.staging, { recursive: true, force: true })
      if (steps.report) await rm(steps.report, { force: true })
    }
  } catch (err) {
    throw toGalleyError(err, folder, 'finish the export a crash stopped')
  }
}

function escaped(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** Moves the staged export into place: the whole folder where none is there yet; over an earlier
 * export, the staged folder takes its place in one rename (the earlier one set aside as `aside`
 * for that instant), the files of the earlier one it does not write again (the editor's) carried
 * into it first. True where an earlier export was set aside (the caller removes it). */
async function placeStaged(staging: string, aside: string, folder: string, files: string[]): Promise<boolean> {
  try {
    if (!(await stat(folder).then((info) => info.isDirectory(), () => false))) {
      await mkdir(dirname(folder), { recursive: true })
      await rename(staging, folder)
      return false
    }
    await carryOver(folder, staging, '', new Set(files))
    await rename(folder, aside)
    try {
      await rename(staging, folder)
    } catch (err) {
      await rename(aside, folder)
      throw err
    }
    return true
  } catch (err) {
    throw toGalleyError(err, folder, 'move the export into place')
  }
}

/** Gives the staged folder the earlier export's other files (at `rel` below both), as hard links
 * where the file system has them, else as copies; what it writes again (`written`) it keeps. */
async function carryOver(from: string, to: string, rel: string, written: Set<string>): Promise<void> {
  for (const entry of await readdir(join(from, rel), { withFileTypes: true })) {
    const name = rel === '' ? entry.name : `${rel}/${entry.name}`
    const [source, target] = [join(from, name), join(to, name)]
    if (entry.isDirectory()) {
      await mkdir(target, { recursive: true })
      await carryOver(from, to, name, written)
    } else if (written.has(name)) {
      continue
    } else if (entry.isSymbolicLink()) {
      await symlink(await readlink(source), target)
    } else if (entry.isFile()) {
      await link(source, target).catch(() => copyFile(source, target))
    } else {
      throw new GalleyError('invalid-argument', `${source} is neither a file nor a folder, so Galley cannot carry it into the new export; nothing was replaced. Move it out of ${from}, then export again.`)
    }
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
