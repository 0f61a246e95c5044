// ALTO XML → a page: the TextBlocks in the file's order, each one paragraph of the page's text,
// with its rectangle and each String's word confidence kept beside the text. Any ALTO 1.x–4.x:
// elements are matched by local name, so the version's namespace (or none, as 1.x has) does not
// matter. Read with saxes, a streaming parser: a page is 1–3 MB and only its Strings are kept.

import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { GalleyError } from '../errors'
import type { AltoLayout, AltoRegion, AltoWord, Box, PageLayout } from '../model'

export interface AltoRead {
  text: string
  alto: AltoLayout
  layout: PageLayout
  /** The scan the ALTO names (sourceImageInformation/fileName), as written there; '' for none. */
  imageName: string
  /** The words of each element whose ID the caller asked for (a METS area names it): first and
   * last String, 0-based; null for one that holds none (a picture, an empty block). */
  anchors: Map<string, { first: number; last: number } | null>
  /** Each word's rectangle, when asked for (the METS editor's new page areas): as the ALTO measures. */
  boxes?: Box[]
}

/** The element's name without its namespace prefix: `alto:String` and `String` alike. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/** Runs saxes over `xml`, turning its well-formedness errors into a GalleyError naming `file`. */
export function parseXml(
  xml: string,
  file: string,
  handlers: { open?: (tag: SaxesTagPlain) => void; close?: (tag: SaxesTagPlain) => void; text?: (text: string) => void },
): void {
  const parser = new SaxesParser<{ xmlns: false; fileName: string }>({ xmlns: false, fileName: file })
  let failure: Error | null = null
  parser.on('error', (err) => {
    failure ??= err
  })
  if (handlers.open) parser.on('opentag', handlers.open)
  if (handlers.close) parser.on('closetag', handlers.close)
  if (handlers.text) parser.on('text', handlers.text)
  parser.write(xml).close()
  if (failure) {
    throw new GalleyError(
      'undecodable',
      `${file} is not well-formed XML (${(failure as Error).message}). Galley reads ALTO and METS files as they are; repair or re-export the file.`,
    )
  }
}

/** The bytes as UTF-8 text, refusing bytes that are not (ALTO files are UTF-8 in practice). */
export function xmlText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new GalleyError('undecodable', `${file} is not valid UTF-8; Galley reads ALTO and METS files in UTF-8. Re-export the file as UTF-8.`)
  }
}

/** Which root the XML file has ('alto', 'mets', or another name), from its first element. */
export function xmlRoot(xml: string): string {
  const m = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/u.exec(xml)
  return m ? m[2].toLowerCase() : ''
}

const num = (value: string | undefined): number => {
  const n = Number.parseFloat(value ?? '')
  return Number.isFinite(n) ? n : 0
}

function boxOf(attrs: Record<string, string>): Box {
  return { x: num(attrs.HPOS), y: num(attrs.VPOS), w: num(attrs.WIDTH), h: num(attrs.HEIGHT) }
}

/** The version the root declares: SCHEMAVERSION, else the schema file's name (alto-2-1.xsd,
 * alto-1-4.xsd), else the namespace's major version (ns-v3#). */
function versionOf(attrs: Record<string, string>): string {
  if (attrs.SCHEMAVERSION) return attrs.SCHEMAVERSION
  const where = `${attrs['xsi:schemaLocation'] ?? ''} ${attrs['xsi:noNamespaceSchemaLocation'] ?? ''}`
  const file = /alto[-_]v?(\d+)[-_.](\d+)\.xsd/iu.exec(where)
  if (file) return `${file[1]}.${file[2]}`
  const ns = /alto\/ns-v(\d+)#/iu.exec(`${attrs.xmlns ?? ''} ${where}`)
  return ns ? ns[1] : ''
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** The ALTO elements that hold words a METS area may name by ID, besides a String itself: the
 * page and its spaces, and the blocks and lines in them. */
const CONTAINERS = new Set(['Page', 'PrintSpace', 'TopMargin', 'LeftMargin', 'RightMargin', 'BottomMargin', 'ComposedBlock', 'TextBlock', 'TextLine'])

/**
 * Reads one ALTO page. A line-end hyphen (HYP, or a String marked HypPart1) joins the word's two
 * Strings in the text with nothing between them, so the word reads whole and each String keeps its
 * own characters (an edit maps back to the CONTENT it came from).
 */
export function readAlto(xml: string, file: string, wanted: ReadonlySet<string> = new Set(), withBoxes = false): AltoRead {
  const words: AltoWord[] = []
  const boxes: Box[] = []
  const anchors = new Map<string, { first: number; last: number } | null>()
  /** The block and line elements open (asked for or not, so a nested one closes its own), each
   * with the word it starts at; a String is one word and needs none. */
  const opened: { id: string | null; first: number }[] = []
  const regions: AltoRegion[] = []
  const parts: string[] = []
  let length = 0
  let unit = 'pixel'
  let inUnit = false
  let inFileName = false
  let imageName = ''
  let version = ''
  let page: Box | null = null
  let region: { id: string; box: Box; start: number; firstWord: number; lineHeights: number[] } | null = null
  let lineHasWord = false
  let glue = false
  const emit = (text: string) => {
    parts.push(text)
    length += text.length
  }
  parseXml(xml, file, {
    open(tag) {
      const name = localName(tag.name)
      const attrs = tag.attributes
      const id = attrs.ID !== undefined && wanted.has(attrs.ID) ? attrs.ID : null
      if (CONTAINERS.has(name)) opened.push({ id, first: words.length })
      // A String is set below once its word is read; anything else named (an Illustration) holds none.
      else if (id !== null) anchors.set(id, null)
      if (name === 'alto') version = versionOf(attrs)
      else if (name === 'MeasurementUnit') inUnit = true
      else if (name === 'fileName') inFileName = true
      else if (name === 'Page' && !page) page = boxOf(attrs)
      else if (name === 'TextBlock') {
        if (region) return // a nested block reads as part of its parent
        if (regions.length > 0) emit('\n\n')
        region = { id: attrs.ID ?? `block${regions.length + 1}`, box: boxOf(attrs), start: length, firstWord: words.length, lineHeights: [] }
      } else if (name === 'TextLine' && region) {
        region.lineHeights.push(num(attrs.HEIGHT))
      } else if (name === 'String') {
        const content = attrs.CONTENT ?? ''
        if (!region) return
        if (lineHasWord && !glue) emit(' ')
        else if (!lineHasWord && length > region.start && !glue) emit('\n')
        glue = false
        const start = length
        emit(content)
        const wc = attrs.WC === undefined ? null : num(attrs.WC)
        words.push({ start, end: length, wc })
        if (withBoxes) boxes.push(boxOf(attrs))
        if (attrs.ID !== undefined && wanted.has(attrs.ID)) anchors.set(attrs.ID, { first: words.length - 1, last: words.length - 1 })
        lineHasWord = true
        if (attrs.SUBS_TYPE === 'HypPart1') glue = true
      } else if (name === 'HYP') glue = true
    },
    close(tag) {
      const name = localName(tag.name)
      const top = CONTAINERS.has(name) ? opened.pop() : undefined
      if (top?.id) anchors.set(top.id, words.length > top.first ? { first: top.first, last: words.length - 1 } : null)
      if (name === 'MeasurementUnit') inUnit = false
      else if (name === 'fileName') inFileName = false
      else if (name === 'TextLine') {
        // The line's last String carried the hyphen: the next line's first String joins it.
        lineHasWord = false
      } else if (name === 'TextBlock' && region) {
        // A hyphen at a block's end has no partner in this block: show it, as printed.
        if (glue) emit('-')
        glue = false
        regions.push({
          id: region.id,
          start: region.start,
          end: length,
          box: region.box,
          firstWord: region.firstWord,
          endWord: words.length,
          lineHeight: median(region.lineHeights),
        })
        region = null
      }
    },
    text(text) {
      if (inUnit) unit = text.trim() || unit
      else if (inFileName) imageName += text
    },
  })
  if (words.length === 0) {
    throw new GalleyError(
      'not-a-page',
      `${file} is an ALTO file without any String (no recognised words); Galley reads a page's text from its Strings. Re-run the OCR for this page or leave the file out of the issue.`,
    )
  }
  const size: Box = page ?? { x: 0, y: 0, w: 0, h: 0 }
  return {
    text: parts.join(''),
    alto: { version, regions: regions.filter((r) => r.endWord > r.firstWord), words },
    layout: { width: size.w, height: size.h, unit },
    imageName: imageName.trim(),
    anchors,
    ...(withBoxes ? { boxes } : {}),
  }
}
