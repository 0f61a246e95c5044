// The read stage: one reader per input format, each giving the same page model. Text pages are
// decoded (core/pages' makePage); ALTO pages are read from their Strings and, where the issue has a
// METS file, given its page order and its article areas. Everything after this is format-blind.

import { GalleyError } from '../errors'
import type { MetsArea, Page } from '../model'
import { makePage, normalisePageNumber, pageNumberFromName, sortPages } from '../pages'
import { readAlto, xmlRoot, xmlText } from './alto'
import { readMets, WORD_REF, wordIndex, type MetsRead } from './mets'

export interface PageFile {
  name: string
  bytes: Uint8Array
  sha256: string
}

export const isXmlName = (name: string): boolean => /\.xml$/iu.test(name)

/**
 * An issue's files → its pages in page order. `images` are the issue folder's image files: an ALTO
 * page's scan is the file its ALTO names, or the one with the page file's own name.
 */
export function readPageFiles(files: PageFile[], images: readonly string[] = []): Page[] {
  const xml = files.filter((f) => isXmlName(f.name))
  if (xml.length === 0) return sortPages(files.map((f) => makePage(f.name, f.bytes, f.sha256)))
  const texts = xml.map((f) => ({ file: f, text: xmlText(f.bytes, f.name) }))
  const metsFiles = texts.filter((t) => xmlRoot(t.text) === 'mets')
  const altoFiles = texts.filter((t) => xmlRoot(t.text) === 'alto')
  for (const other of texts) {
    if (!metsFiles.includes(other) && !altoFiles.includes(other)) {
      throw new GalleyError('not-a-page', `${other.file.name} is XML but neither ALTO nor METS (its root is <${xmlRoot(other.text) || '?'}>); take it out of the issue folder.`)
    }
  }
  if (altoFiles.length === 0) {
    throw new GalleyError('not-found', `${metsFiles[0].file.name} is a METS file, but the folder holds none of the ALTO pages it lists; put the ALTO files beside it.`)
  }
  const mets = metsFiles.length > 0 ? readMets(metsFiles[0].text, metsFiles[0].file.name) : null
  if (mets) refuseMissing(mets, metsFiles[0].file.name, new Set(altoFiles.map((t) => t.file.name)))
  // The ALTO elements the METS names by ID (`P1_TB00003`), not as the Nth word (`word000128`).
  const wanted = new Set(mets?.articles.flatMap((article) => article.areas.flatMap((area) => [area.begin, area.end])).filter((ref) => !WORD_REF.test(ref)))
  const pages = altoFiles.map(({ file, text }) => {
    const read = readAlto(text, file.name, wanted)
    const image = imageFor(file.name, read.imageName, images)
    const page: Page = {
      number: pageNumberOf(file.name, mets),
      file: file.name,
      text: read.text,
      sha256: file.sha256,
      encoding: 'utf-8',
      alto: read.alto,
      layout: image ? { ...read.layout, image } : read.layout,
    }
    if (mets) {
      page.mets = areasOn(mets, page, read.anchors)
      page.metsFile = { file: metsFiles[0].file.name, sha256: metsFiles[0].file.sha256 }
    }
    return page
  })
  // Plain text pages in the same folder are read as text: a page may have come without its ALTO.
  const plain = files.filter((f) => !isXmlName(f.name)).map((f) => makePage(f.name, f.bytes, f.sha256))
  return sortPages([...pages, ...plain])
}

function pageNumberOf(name: string, mets: MetsRead | null): string {
  const at = mets ? mets.pageOrder.indexOf(name) : -1
  if (at >= 0) return normalisePageNumber(String(at + 1))
  return pageNumberFromName(name) ?? '01'
}

function refuseMissing(mets: MetsRead, file: string, present: Set<string>): void {
  const named = new Set([...mets.pageOrder, ...mets.articles.flatMap((a) => a.areas.map((area) => area.file))])
  const missing = [...named].filter((name) => !present.has(name)).sort()
  if (missing.length === 0) return
  throw new GalleyError(
    'not-found',
    `${file} names ALTO page${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, not in the issue folder. Put ${missing.length > 1 ? 'them' : 'it'} beside the METS, or move the METS out to open the pages without it.`,
  )
}

/** The word a `wordN` reference names; an ID the page holds no element for is refused, naming it. */
function wordAt(ref: string, page: Page): number {
  if (WORD_REF.test(ref)) return wordIndex(ref)
  throw new GalleyError('not-found', `The issue's METS names ${ref} on ${page.file}, but that page holds no element with that ID; the METS does not match its ALTO. Re-export them together, or open the ALTO pages without the METS.`)
}

function areasOn(mets: MetsRead, page: Page, anchors: ReadonlyMap<string, { first: number; last: number } | null>): MetsArea[] {
  const out: MetsArea[] = []
  const count = page.alto?.words.length ?? 0
  mets.articles.forEach((article, order) => {
    for (const area of article.areas) {
      if (area.file !== page.file) continue
      // An element with no words (an illustration, an empty block): the area holds no text.
      if (anchors.get(area.begin) === null || anchors.get(area.end) === null) continue
      const first = Math.max(0, anchors.get(area.begin)?.first ?? wordAt(area.begin, page))
      const last = Math.min(count - 1, anchors.get(area.end)?.last ?? wordAt(area.end, page))
      if (last >= first) out.push({ articleId: article.id, order, title: article.title, firstWord: first, lastWord: last })
    }
  })
  return out.sort((a, b) => a.firstWord - b.firstWord)
}

const IMAGE = /\.(jpe?g|png|webp)$/iu

function imageFor(file: string, named: string, images: readonly string[]): string | undefined {
  const namedBase = named.replace(/^.*[\\/]/u, '')
  if (namedBase && images.includes(namedBase)) return namedBase
  const stem = file.replace(/\.[^.]*$/u, '')
  return images.find((image) => IMAGE.test(image) && image.replace(/\.[^.]*$/u, '') === stem)
}
