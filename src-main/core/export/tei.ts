// TEI P5: the corrected issue as XML built with xmlbuilder2. Each article is a
// `<div type="article">` with its `<head>` (headline parts), `<byline>`, `<p>`s, subheads opening
// `<div type="section"><head type="sub">` (so every head stays at the start of its div, as TEI
// requires), captions as `<figure><figDesc>`, a `<pb n="NN"/>` where each page begins (and where a
// merged article crosses pages), the reporters Galley read in a byline as `<persName>`, the issue's
// language as `xml:lang`, and the edit log's ops as `<revisionDesc>` changes.

import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces'
import type { Analysis } from '../analyze'
import type { Article, Block, Byline, Page } from '../model'
import { articleByline } from './json'
import { issueLanguage } from './language'

/** One edit of the log, as the TEI header's revision description lists it. */
export interface Revision {
  /** ISO time; none for fixes taken at export, which belong to no moment of the log. */
  when?: string
  who: string
  change: string
}

const TEI_NS = 'http://www.tei-c.org/ns/1.0'
const XML_NS = 'http://www.w3.org/XML/1998/namespace'

/** Characters XML 1.0 cannot hold at all (control characters OCR sometimes leaves behind). */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

function clean(text: string): string {
  return text.replace(NOT_XML, '')
}

/** An xml:id must be an NCName: a letter first, no colons or spaces. */
function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`
}

/** A byline's text with each reporter and correspondent Galley read in it as a `<persName>`, in the order printed. */
function bylineText(parent: XMLBuilder, text: string, byline: Byline | undefined): void {
  const names = byline ? [...byline.reporters, ...byline.correspondents].filter((n) => n.length > 0) : []
  let at = 0
  while (names.length > 0) {
    let next = -1
    let name = ''
    for (const candidate of names) {
      const i = text.indexOf(candidate, at)
      if (i >= 0 && (next < 0 || i < next)) [next, name] = [i, candidate]
    }
    if (next < 0) break
    if (next > at) parent.txt(clean(text.slice(at, next)))
    parent.ele('persName').txt(clean(name))
    at = next + name.length
  }
  if (at < text.length) parent.txt(clean(text.slice(at)))
}

/** ALTO blocks point at their zone in the facsimile (`facs="#z-…"`); other blocks have none. */
function facs(block: Block): Record<string, string> {
  return block.box ? { facs: `#${xmlId('z', block.id)}` } : {}
}

/**
 * `<facsimile>`: one `<surface>` a page that has a layout (ALTO), its scan as `<graphic>`, and a
 * `<zone>` for each block's rectangle, in the page's ALTO unit.
 */
function facsimile(tei: XMLBuilder, pages: Page[], articles: Article[]): void {
  const laidOut = pages.filter((page) => page.layout)
  if (laidOut.length === 0) return
  const fac = tei.ele('facsimile')
  for (const page of laidOut) {
    const layout = page.layout as NonNullable<Page['layout']>
    const surface = fac.ele('surface', { n: page.number, ulx: '0', uly: '0', lrx: String(layout.width), lry: String(layout.height) })
    if (layout.image) surface.ele('graphic', { url: layout.image })
    for (const block of articles.flatMap((a) => a.blocks)) {
      if (!block.box || block.source[0]?.page !== page.number) continue
      const { x, y, w, h } = block.box
      surface.ele('zone', { ulx: String(x), uly: String(y), lrx: String(x + w), lry: String(y + h) }).att(XML_NS, 'xml:id', xmlId('z', block.id))
    }
  }
}

function paragraph(parent: XMLBuilder, block: Block): void {
  const p = parent.ele('p', facs(block))
  // A dateline byline that opens the paragraph stays in it, as printed, marked as a seg.
  if (block.byline && block.text.startsWith(block.byline.text)) {
    bylineText(p.ele('seg', { type: 'byline' }), block.byline.text, block.byline)
    const rest = block.text.slice(block.byline.text.length)
    if (rest) p.txt(clean(rest))
  } else {
    p.txt(clean(block.text))
  }
}

function figure(parent: XMLBuilder, block: Block): void {
  const fig = parent.ele('figure')
  fig.ele('figDesc').txt(clean(block.caption?.text ?? block.text))
  if (block.caption?.credit) fig.ele('note', { type: 'credit' }).txt(clean(block.caption.credit))
}

function articleDiv(body: XMLBuilder, article: Article): void {
  const div = body.ele('div', { type: 'article' }).att(XML_NS, 'xml:id', xmlId('a', article.id))
  if (article.pages.length > 0) div.att('n', article.pages.join(' '))
  if (article.headline.length > 0) {
    const head = div.ele('head')
    article.headline.forEach((part, i) => {
      if (i > 0) head.ele('lb')
      head.txt(clean(part))
    })
  }
  const bylineBlock = article.blocks.find((b) => b.type === 'byline')
  if (bylineBlock) bylineText(div.ele('byline'), bylineBlock.text, bylineBlock.byline)
  else {
    const byline = articleByline(article)
    // An inline dateline is kept in its paragraph (as a seg); one from elsewhere is given here.
    if (byline && !article.blocks.some((b) => b.byline)) bylineText(div.ele('byline'), byline.text, byline)
  }
  let container = div
  let page = article.blocks[0]?.source[0]?.page ?? article.pages[0]
  const captions: Block[] = []
  for (const block of article.blocks) {
    if (block === bylineBlock) continue
    if (block.type === 'caption') {
      captions.push(block)
      continue
    }
    const blockPage = block.source[0]?.page
    if (block.type === 'subhead' || block.type === 'headline') {
      container = div.ele('div', { type: 'section' })
      if (blockPage && page && blockPage !== page) container.ele('pb', { n: blockPage })
      container.ele('head', { type: 'sub', ...facs(block) }).txt(clean(block.text))
    } else {
      if (blockPage && page && blockPage !== page) container.ele('pb', { n: blockPage })
      if (block.type === 'byline') bylineText(container.ele('p').ele('seg', { type: 'byline' }), block.text, block.byline)
      else if (block.type === 'jump') container.ele('note', { type: 'jump', subtype: block.jump?.direction ?? 'out' }).txt(clean(block.text))
      else paragraph(container, block)
    }
    if (blockPage) page = blockPage
  }
  for (const block of captions) figure(container, block)
}

export function toTei(analysis: Analysis, revisions: readonly Revision[] = []): string {
  const { issue } = analysis
  const tei = create({ version: '1.0', encoding: 'UTF-8' }).ele(TEI_NS, 'TEI')
  const lang = issueLanguage(issue)
  if (lang) tei.att(XML_NS, 'xml:lang', lang)
  const header = tei.ele('teiHeader')
  const fileDesc = header.ele('fileDesc')
  fileDesc.ele('titleStmt').ele('title').txt(clean(issue.title))
  fileDesc.ele('publicationStmt').ele('p').txt('Corrected with Galley from the page texts listed in the source description.')
  const bibl = fileDesc.ele('sourceDesc').ele('bibl')
  bibl.ele('title').txt(clean(issue.title))
  if (issue.date) bibl.ele('date', { when: issue.date }).txt(issue.date)
  for (const page of issue.pages) {
    bibl.ele('note', { type: 'page', n: page.number }).txt(`${clean(page.file)} sha256:${page.sha256} (${page.encoding})`)
  }
  if (revisions.length > 0) {
    const desc = header.ele('revisionDesc')
    for (const r of revisions) {
      const change = desc.ele('change', r.when ? { when: r.when } : {})
      change.ele('name').txt(clean(r.who))
      change.txt(`: ${clean(r.change)}`)
    }
  }
  facsimile(tei, issue.pages, issue.articles)
  const body = tei.ele('text').ele('body')
  if (issue.articles.length === 0) body.ele('p')
  // Each page begins once in the text: before the first article printed on it, unless a merged
  // article already crossed onto it (its own <pb>); pages without articles in their place.
  const begun = new Set<string>()
  const order = issue.pages.map((p) => p.number)
  let next = 0
  const beginPagesUpTo = (page: string | undefined): void => {
    const until = page === undefined ? order.length : order.indexOf(page) + 1
    for (; next < until; next++) if (!begun.has(order[next])) body.ele('pb', { n: order[next] })
  }
  for (const article of issue.articles) {
    beginPagesUpTo(article.blocks[0]?.source[0]?.page ?? article.pages[0])
    for (const block of article.blocks) for (const s of block.source) begun.add(s.page)
    articleDiv(body, article)
  }
  beginPagesUpTo(undefined)
  return `${lineUp(tei.end({ prettyPrint: false }))}\n`
}

/** Elements whose content is other elements only: a line break around them changes no text. */
const ELEMENT_ONLY = 'TEI|teiHeader|fileDesc|titleStmt|publicationStmt|sourceDesc|bibl|revisionDesc|facsimile|surface|text|body|div|figure'

/**
 * One element per line without touching mixed content: xmlbuilder2's prettyPrint would indent
 * inside `<head>` and `<p>` (around `<lb/>` and `<seg>`), adding spaces to the text itself. Text
 * is escaped, so every `<` here starts a tag.
 */
function lineUp(xml: string): string {
  return xml
    .replace(/(?<!^)<(?!\/|seg[ >]|lb\/|persName>|name>|\?)/g, '\n<')
    .replace(new RegExp(`</(${ELEMENT_ONLY})>`, 'g'), '\n</$1>')
}
