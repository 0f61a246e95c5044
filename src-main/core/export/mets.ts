// A METS file for the corrected ALTO export, written when Galley made the issue's articles (there
// was no METS) or the editor changed them (split, merged, moved paragraphs): the ALTO pages in
// page order, one ARTICLE division a corrected article with its headline as MODS title, and
// through structLink its page areas, each a run of the page's Strings (`word000128`, the Nth).

import { create } from 'xmlbuilder2'
import type { Article, Issue, Page } from '../model'

const METS_NS = 'http://www.loc.gov/METS/'
const MODS_NS = 'http://www.loc.gov/mods/v3'
const XLINK_NS = 'http://www.w3.org/1999/xlink'

export interface Area {
  file: string
  first: number
  last: number
}

/** The runs of consecutive Strings an article's headline and blocks came from, page by page (0-based, inclusive). */
export function areasOf(article: Article, pages: Map<string, Page>): Area[] {
  const words = new Map<string, number[]>()
  for (const range of [...(article.headlineSource ?? []), ...article.blocks.flatMap((block) => block.source)]) {
    const page = pages.get(range.page)
    if (!page?.alto) continue
    const list = words.get(page.file) ?? []
    page.alto.words.forEach((word, i) => {
      if (word.start >= range.start && word.end <= range.end && word.end > word.start) list.push(i)
    })
    words.set(page.file, list)
  }
  const areas: Area[] = []
  for (const [file, list] of words) {
    const sorted = [...new Set(list)].sort((a, b) => a - b)
    for (const i of sorted) {
      const last = areas[areas.length - 1]
      if (last && last.file === file && last.last === i - 1) last.last = i
      else areas.push({ file, first: i, last: i })
    }
  }
  return areas
}

export const wordRef = (i: number): string => `word${String(i + 1).padStart(6, '0')}`

/** The articles as `title|file:first-last,…` lines, to tell whether the editor changed them. */
function signature(articles: { title: string; areas: Area[] }[]): string {
  return articles
    .map((a) => `${a.title}|${a.areas.map((x) => `${x.file}:${x.first}-${x.last}`).join(',')}`)
    .sort()
    .join('\n')
}

function articleAreas(issue: Issue, pages: Map<string, Page>): { title: string; areas: Area[] }[] {
  return issue.articles.map((article) => ({ title: article.headline.join(' '), areas: areasOf(article, pages) })).filter((a) => a.areas.length > 0)
}

/** The METS to write beside the corrected ALTO pages, or null when the issue's own METS still holds. */
export function correctedMets(source: Issue, corrected: Issue): string | null {
  const pages = corrected.pages.filter((page) => page.alto)
  if (pages.length === 0) return null
  const byNumber = new Map(pages.map((page) => [page.number, page]))
  const articles = articleAreas(corrected, byNumber)
  // The METS articles as Galley read them: unchanged, the METS still holds.
  const fromMets = source.pages.some((page) => page.mets && page.mets.length > 0)
  if (fromMets && signature(articleAreas(source, byNumber)) === signature(articles)) return null
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const mets = doc.ele(METS_NS, 'mets:mets', { TYPE: 'Newspaper' }).att('http://www.w3.org/2000/xmlns/', 'xmlns:mods', MODS_NS).att('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK_NS)
  mets.ele(METS_NS, 'mets:metsHdr').ele(METS_NS, 'mets:agent', { ROLE: 'EDITOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' }).ele(METS_NS, 'mets:name').txt('Galley')
  articles.forEach((article, i) => {
    const mods = mets.ele(METS_NS, 'mets:dmdSec', { ID: `modsarticle${i + 1}` }).ele(METS_NS, 'mets:mdWrap', { MDTYPE: 'MODS' }).ele(METS_NS, 'mets:xmlData').ele(MODS_NS, 'mods:mods')
    if (article.title) mods.ele(MODS_NS, 'mods:titleInfo').ele(MODS_NS, 'mods:title').txt(article.title)
  })
  const group = mets.ele(METS_NS, 'mets:fileSec').ele(METS_NS, 'mets:fileGrp', { USE: 'Fulltext' })
  pages.forEach((page, p) => {
    group.ele(METS_NS, 'mets:file', { ID: `alto${p + 1}`, MIMETYPE: 'text/xml' }).ele(METS_NS, 'mets:FLocat', { LOCTYPE: 'URL' }).att(XLINK_NS, 'xlink:href', page.file)
  })
  const logical = mets.ele(METS_NS, 'mets:structMap', { TYPE: 'LOGICAL' }).ele(METS_NS, 'mets:div', { ID: 'issue', TYPE: 'ISSUE', LABEL: corrected.title })
  articles.forEach((_, i) => logical.ele(METS_NS, 'mets:div', { ID: `art${i + 1}`, TYPE: 'ARTICLE', DMDID: `modsarticle${i + 1}` }))
  const physical = mets.ele(METS_NS, 'mets:structMap', { TYPE: 'PHYSICAL' }).ele(METS_NS, 'mets:div', { ID: 'phys0', TYPE: 'physSequence' })
  const areaIds = articles.map(() => [] as string[])
  pages.forEach((page, p) => {
    const div = physical.ele(METS_NS, 'mets:div', { ID: `phys${p + 1}`, ORDER: String(p + 1), ORDERLABEL: page.number, TYPE: 'page' })
    div.ele(METS_NS, 'mets:fptr', { FILEID: `alto${p + 1}` })
    articles.forEach((article, i) => {
      article.areas
        .filter((area) => area.file === page.file)
        .forEach((area) => {
          const id = `pa${String(p + 1).padStart(4, '0')}${String(areaIds.flat().length + 1).padStart(4, '0')}`
          areaIds[i].push(id)
          div
            .ele(METS_NS, 'mets:div', { ID: id, TYPE: 'pagearea' })
            .ele(METS_NS, 'mets:fptr')
            .ele(METS_NS, 'mets:area', { FILEID: `alto${p + 1}`, BETYPE: 'IDREF', BEGIN: wordRef(area.first), END: wordRef(area.last) })
        })
    })
  })
  const links = mets.ele(METS_NS, 'mets:structLink')
  articles.forEach((_, i) => {
    const grp = links.ele(METS_NS, 'mets:smLinkGrp')
    grp.ele(METS_NS, 'mets:smLocatorLink').att(XLINK_NS, 'xlink:href', `#art${i + 1}`).att(XLINK_NS, 'xlink:label', 'article').att(XLINK_NS, 'xlink:type', 'locator')
    for (const id of areaIds[i]) grp.ele(METS_NS, 'mets:smLocatorLink').att(XLINK_NS, 'xlink:href', `#${id}`).att(XLINK_NS, 'xlink:label', id).att(XLINK_NS, 'xlink:type', 'locator')
    for (const id of areaIds[i]) grp.ele(METS_NS, 'mets:smArcLink').att(XLINK_NS, 'xlink:type', 'arc').att(XLINK_NS, 'xlink:from', 'article').att(XLINK_NS, 'xlink:to', id)
  })
  return `${doc.end({ prettyPrint: true })}\n`
}
