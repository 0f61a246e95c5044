// Corrected ALTO: the page's own XML with each String's CONTENT changed where the editor corrected
// the text, everything else (coordinates, styles, the version's namespace) byte for byte as it came.
// A corrected block is compared with the text its source ranges had; a character diff carries each
// String's span of the old text over to the new one.

import { diffChars } from 'diff'
import { GalleyError } from '../errors'
import type { Block, Issue, Page } from '../model'
import { headlineBlock } from '../parse/alto'
import { localName, parseXml } from '../read/alto'

/** A page's text between two offsets as a block reads it (whitespace runs as one space, trimmed),
 * with the page offset of each character kept. */
function normalised(page: Page, start: number, end: number): { text: string; at: number[] } {
  let text = ''
  const at: number[] = []
  let space = false
  for (let i = start; i < end; i++) {
    const ch = page.text[i]
    if (/\s/u.test(ch)) {
      space = text !== ''
      continue
    }
    if (space) {
      text += ' '
      at.push(i)
      space = false
    }
    text += ch
    at.push(i)
  }
  return { text, at }
}

interface Span {
  page: Page
  word: number
  /** The word's span in the block's old text. */
  start: number
  end: number
}

/** The block's text as its source ranges gave it, and where each ALTO word lies in it. */
function oldTextOf(block: Block, pages: Map<string, Page>): { text: string; spans: Span[] } {
  let text = ''
  const spans: Span[] = []
  for (const range of block.source) {
    const page = pages.get(range.page)
    if (!page?.alto) continue
    const piece = normalised(page, range.start, range.end)
    if (text !== '' && piece.text !== '') text += ' '
    const base = text.length
    const offsetOf = new Map(piece.at.map((pageOffset, i) => [pageOffset, i]))
    page.alto.words.forEach((word, index) => {
      if (word.start < range.start || word.end > range.end || word.end === word.start) return
      const s = offsetOf.get(word.start)
      const e = offsetOf.get(word.end - 1)
      if (s !== undefined && e !== undefined) spans.push({ page, word: index, start: base + s, end: base + e + 1 })
    })
    text += piece.text
  }
  return { text, spans }
}

/** Where each position of the old text is in the new one, and what was typed in at each. */
function carryOver(oldText: string, newText: string): { at: number[]; typed: Map<number, [number, number]> } {
  const at: number[] = []
  const typed = new Map<number, [number, number]>()
  let o = 0
  let n = 0
  for (const part of diffChars(oldText, newText)) {
    if (part.added) {
      typed.set(o, [n, n + part.value.length])
      n += part.value.length
      continue
    }
    for (let i = 0; i < part.value.length; i++) {
      at[o++] = n
      if (!part.removed) n++
    }
  }
  at[o] = n
  return { at, typed }
}

/** Every String whose CONTENT an edit changed: page file → (String index → new CONTENT). */
export function correctedContents(source: Issue, corrected: Issue): Map<string, Map<number, string>> {
  const pages = new Map(source.pages.map((page) => [page.number, page]))
  const out = new Map<string, Map<number, string>>()
  const original = new Map([...source.articles.flatMap(headlineBlock), ...source.articles.flatMap((a) => a.blocks)].map((b) => [b.id, b]))
  for (const block of [...corrected.articles.flatMap(headlineBlock), ...corrected.articles.flatMap((a) => a.blocks)]) {
    const before = original.get(block.id)
    if (before && before.hash === block.hash && before.source.length === block.source.length) continue
    const { text, spans } = oldTextOf(block, pages)
    if (spans.length === 0 || text === block.text) continue
    const { at, typed } = carryOver(text, block.text)
    spans.forEach((span, i) => {
      // Text typed in where the word starts is the word's; so is all text typed right after it
      // (words added after it, spaces and all: a String has no other place to keep them), unless
      // the next String starts there (the two halves of a hyphenated word).
      const start = typed.get(span.start)?.[0] ?? at[span.start]
      const tail = typed.get(span.end)
      const end = tail && spans[i + 1]?.start !== span.end ? tail[1] : tail ? tail[0] : at[span.end]
      const content = block.text.slice(start, Math.max(start, end)).trim()
      if (content === text.slice(span.start, span.end)) return
      const page = out.get(span.page.file) ?? new Map<number, string>()
      page.set(span.word, content)
      out.set(span.page.file, page)
    })
  }
  return out
}

export const escapeAttr = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;')

/**
 * escapeAttr for text written into `xml`. A file that declares an encoding other than UTF-8
 * (ISO-8859-1, windows-1252) is read only while it holds nothing but ASCII, and it is written back
 * as UTF-8 bytes under that same declaration: a character outside ASCII goes in as a character
 * reference, which means the same in any encoding, where its UTF-8 bytes would be read as others.
 */
export function escaperFor(xml: string): (text: string) => string {
  const declared = /^\uFEFF?<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/u.exec(xml)?.[1]
  if (declared === undefined || /^utf-?8$/iu.test(declared)) return escapeAttr
  return (text) => escapeAttr(text).replace(/[^\p{ASCII}]/gu, (c) => `&#x${(c.codePointAt(0) as number).toString(16).toUpperCase()};`)
}

/**
 * The ALTO file with the given Strings' CONTENT replaced. The String tags are found in the text
 * itself, so nothing else of the file changes; saxes counts them first, and a file whose tags the
 * two readings do not agree on (a String inside a comment) is refused rather than misnumbered.
 */
export function rewriteAlto(xml: string, file: string, contents: ReadonlyMap<number, string>): string {
  let strings = 0
  parseXml(xml, file, {
    open(tag) {
      if (localName(tag.name) === 'String') strings++
    },
  })
  const tag = /<(?:[A-Za-z_][\w.-]*:)?String\b[^>]*>/gu
  const escape = escaperFor(xml)
  let index = 0
  const out = xml.replace(tag, (whole) => {
    const content = contents.get(index++)
    if (content === undefined) return whole
    return whole.replace(/\bCONTENT\s*=\s*("[^"]*"|'[^']*')/u, `CONTENT="${escape(content)}"`)
  })
  if (index !== strings) {
    throw new GalleyError('internal', `${file}: Galley found ${index} String tags where the XML reader found ${strings}; the corrected ALTO was not written. Report this file.`)
  }
  return out
}

/** What the corrected ALTO export changes, page by page: the export preview's text. */
export function altoChangesText(source: Issue, corrected: Issue): string {
  if (!source.pages.some((page) => page.alto)) {
    throw new GalleyError('invalid-argument', `${source.title} has no ALTO pages; export it as Markdown, text, JSON, HTML or TEI.`)
  }
  const changes = correctedContents(source, corrected)
  const lines: string[] = []
  for (const page of source.pages) {
    if (!page.alto) continue
    const changed = changes.get(page.file)
    lines.push(`${page.file}: ${changed?.size ?? 0} String${changed?.size === 1 ? '' : 's'} corrected`)
    for (const [word, content] of changed ?? []) {
      const old = page.alto.words[word]
      lines.push(`  ${word + 1}: ${page.text.slice(old.start, old.end)} → ${content}`)
    }
  }
  return `${lines.join('\n')}\n`
}
