// A METS file → the issue's page order and its articles: the logical structMap's divisions (ARTICLE,
// and ADVERT and the like, which are stories of the page too), their MODS titles, and the page
// areas each one covers, each area a range of the ALTO page's Strings: linked through structLink to
// the physical map's areas, or named in the article's own fptr (as many libraries' METS profiles
// write it), an area then naming an ALTO element by its ID (a ComposedBlock, TextBlock, TextLine or
// String; an Illustration, which holds no text, adds none).

import { GalleyError } from '../errors'
import { localName, parseXml } from './alto'

export interface MetsArticleArea {
  /** The ALTO file (as the METS names it, relative to the METS). */
  file: string
  /** The area's word range as METS writes it: `word000128` (the Nth String of the page), or the ID
   * of the ALTO element (TextBlock, TextLine, String) it begins or ends with. */
  begin: string
  end: string
}

export interface MetsArticle {
  id: string
  type: string
  title: string
  areas: MetsArticleArea[]
}

export interface MetsRead {
  title: string
  date: string | null
  /** ALTO file names in the physical structMap's page order. */
  pageOrder: string[]
  articles: MetsArticle[]
}

export const baseName = (href: string): string => decodeURIComponent(href.replace(/^file:\/\//u, '')).replace(/^.*[\\/]/u, '')

export function readMets(xml: string, file: string): MetsRead {
  const hrefOf = new Map<string, string>()
  const mimeOf = new Map<string, string>()
  const titleOf = new Map<string, string>()
  const logical: { id: string; type: string; dmd: string }[] = []
  const areasOf = new Map<string, MetsArticleArea[]>()
  const pages: { order: number; files: string[] }[] = []
  const links: { from: string; to: string }[] = []
  const stack: string[] = []
  let structMap = ''
  let dmd = ''
  let fileId = ''
  let area: string | null = null
  let currentPage: { order: number; files: string[] } | null = null
  let inTitle = false
  let title = ''
  let issueDate = ''
  let inDate = false
  let locators = new Map<string, string>()
  /** The logical divisions open around the parser: an article's ID, or null for another division. */
  const logicalOpen: (string | null)[] = []
  const ownAreas = new Map<string, MetsArticleArea[]>()
  parseXml(xml, file, {
    open(tag) {
      const name = localName(tag.name)
      const a = tag.attributes
      stack.push(name)
      if (name === 'dmdSec') dmd = a.ID ?? ''
      else if (name === 'title' && dmd && !titleOf.has(dmd)) {
        inTitle = true
        title = ''
      } else if (name === 'dateIssued' && !issueDate) inDate = true
      else if (name === 'file') {
        fileId = a.ID ?? ''
        mimeOf.set(fileId, a.MIMETYPE ?? '')
      } else if (name === 'FLocat' && fileId) hrefOf.set(fileId, a['xlink:href'] ?? a.href ?? '')
      else if (name === 'structMap') structMap = (a.TYPE ?? '').toUpperCase()
      else if (name === 'div' && structMap === 'LOGICAL') {
        const article = a.DMDID && a.TYPE && !/^(ISSUE|NEWSPAPER|VOLUME)$/iu.test(a.TYPE)
        if (article) logical.push({ id: a.ID ?? '', type: a.TYPE, dmd: a.DMDID })
        logicalOpen.push(article ? (a.ID ?? '') : null)
      } else if (name === 'area' && structMap === 'LOGICAL' && a.FILEID && a.BEGIN) {
        // An area in an article's own fptr (or a part's, a paragraph or headline division inside
        // it) is that article's, the innermost one open.
        const owner = logicalOpen.findLast((id) => id !== null)
        if (owner) {
          const list = ownAreas.get(owner) ?? []
          list.push({ file: a.FILEID, begin: a.BEGIN, end: a.END ?? a.BEGIN })
          ownAreas.set(owner, list)
        }
      } else if (name === 'div' && structMap === 'PHYSICAL' && /^page$/iu.test(a.TYPE ?? '')) {
        currentPage = { order: Number.parseInt(a.ORDER ?? '', 10) || pages.length + 1, files: [] }
        pages.push(currentPage)
      } else if (name === 'div' && structMap === 'PHYSICAL' && currentPage) area = a.ID ?? null
      else if (name === 'fptr' && currentPage && !area && a.FILEID) currentPage.files.push(a.FILEID)
      else if (name === 'area' && area && a.BEGIN && a.FILEID) {
        const list = areasOf.get(area) ?? []
        list.push({ file: a.FILEID, begin: a.BEGIN, end: a.END ?? a.BEGIN })
        areasOf.set(area, list)
      } else if (name === 'smLinkGrp') locators = new Map()
      else if (name === 'smLocatorLink') locators.set(a['xlink:label'] ?? '', (a['xlink:href'] ?? '').replace(/^#/u, ''))
      else if (name === 'smArcLink') links.push({ from: locators.get(a['xlink:from'] ?? '') ?? '', to: locators.get(a['xlink:to'] ?? '') ?? '' })
      else if (name === 'smLink') links.push({ from: (a['xlink:from'] ?? '').replace(/^#/u, ''), to: (a['xlink:to'] ?? '').replace(/^#/u, '') })
    },
    close(tag) {
      const name = localName(tag.name)
      stack.pop()
      if (name === 'title' && inTitle) {
        inTitle = false
        if (title.trim()) titleOf.set(dmd, title.trim().replace(/\s+/gu, ' '))
      } else if (name === 'dateIssued') inDate = false
      else if (name === 'dmdSec') dmd = ''
      else if (name === 'file') fileId = ''
      else if (name === 'structMap') structMap = ''
      else if (name === 'div' && structMap === 'LOGICAL') logicalOpen.pop()
      else if (name === 'div' && area && structMap === 'PHYSICAL' && stack[stack.length - 1] === 'div') area = null
      else if (name === 'div' && currentPage && !area) currentPage = null
    },
    text(text) {
      if (inTitle) title += text
      else if (inDate) issueDate += text
    },
  })
  const altoFile = (id: string) => baseName(hrefOf.get(id) ?? '')
  const isAlto = (id: string) => /xml/iu.test(mimeOf.get(id) ?? '') || /\.xml$/iu.test(hrefOf.get(id) ?? '')
  for (const [id, list] of [...areasOf, ...ownAreas]) {
    for (const one of list) {
      if (!hrefOf.has(one.file)) {
        throw new GalleyError('not-found', `${file} links ${id} to file ${one.file}, which its fileSec does not list; the METS is incomplete. Re-export it, or open the ALTO pages without it.`)
      }
      one.file = altoFile(one.file)
    }
  }
  const pageOrder = pages
    .sort((x, y) => x.order - y.order)
    .map((p) => p.files.find(isAlto))
    .filter((id): id is string => id !== undefined)
    .map(altoFile)
  const articles = logical.map((div) => ({
    id: div.id,
    type: div.type,
    title: titleOf.get(div.dmd) ?? '',
    areas: [...(ownAreas.get(div.id) ?? []), ...links.filter((link) => link.from === div.id).flatMap((link) => areasOf.get(link.to) ?? [])],
  }))
  const issueDmd = [...titleOf.keys()][0]
  return {
    title: issueDmd ? (titleOf.get(issueDmd) ?? '') : '',
    date: /^\d{4}-\d{2}-\d{2}/u.test(issueDate.trim()) ? issueDate.trim().slice(0, 10) : null,
    pageOrder,
    articles: articles.filter((article) => article.areas.length > 0),
  }
}

/** `word000128`: an area's end named as the page's Nth String (as the British Library's METS
 * writes it), not as an ALTO element's ID. */
export const WORD_REF = /^word_?\d+$/iu

/** `word000128` is the page's 128th String (0-based here: 127). */
export function wordIndex(ref: string): number {
  const digits = /(\d+)\D*$/u.exec(ref)
  return digits ? Number.parseInt(digits[1], 10) - 1 : -1
}
