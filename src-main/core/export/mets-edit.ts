// The issue's own METS, edited where the editor changed its articles: every byte of it kept (its
// header, administrative and file sections, the issue's MODS, the page areas with their image
// coordinates) but the article divisions, their MODS titles and their structLink. An article that
// still holds a METS article's words keeps that article's ID and MODS; a new one (a split-off
// story) gets its own; a METS article no corrected article holds any more is taken out. Words
// an article gained are linked through the page areas that lie wholly inside them, and new page
// areas (`word000128`…, as METS names a page's Nth String) for the rest.

import { SaxesParser, type SaxesTagPlain } from 'saxes'
import type { Box, Issue } from '../model'
import { localName } from '../read/alto'
import { baseName, WORD_REF, wordIndex } from '../read/mets'
import { escaperFor } from './alto'
import { areasOf, wordRef, type Area } from './mets'

const XLINK_NS = 'http://www.w3.org/1999/xlink'
const MODS_NS = 'http://www.loc.gov/mods/v3'

interface Range {
  start: number
  end: number
}

interface Parsed {
  prefix: string
  xlink: string | null
  fileOf: Map<string, string>
  /** Each file ID's MIMETYPE: a page's scan is the file of an image type among its fptrs. */
  mimeOf: Map<string, string>
  dmd: Map<string, Range & { title: Range | null; modsOpenEnd: number | null; modsPrefix: string }>
  afterDmd: number
  lastAgentEnd: number | null
  articles: (Range & { id: string; dmd: string })[]
  pages: { files: string[]; closeStart: number; areas: { id: string; file: string; first: number; last: number }[] }[]
  structLink: (Range & { closeStart: number }) | null
  lastStructMapEnd: number
  links: (Range & { ids: string[] })[]
  ids: Set<string>
}

/** The rectangle round words `first`…`last` (`x1,y1,x2,y2`), or null without their boxes. */
function rectOf(boxes: readonly Box[] | null, first: number, last: number): string | null {
  if (!boxes || last >= boxes.length || first > last) return null
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity]
  for (let w = first; w <= last; w++) {
    const b = boxes[w]
    x1 = Math.min(x1, b.x)
    y1 = Math.min(y1, b.y)
    x2 = Math.max(x2, b.x + b.w)
    y2 = Math.max(y2, b.y + b.h)
  }
  return `${Math.round(x1)},${Math.round(y1)},${Math.round(x2)},${Math.round(y2)}`
}

/** `mets:` of `mets:div`, '' for an unprefixed name. */
const prefixOf = (name: string): string => (name.includes(':') ? `${name.split(':')[0]}:` : '')

/** One pass over the METS, noting where each part it may edit lies in the text; null when the
 * parser's positions do not match the text (the edit is then not attempted). */
function parse(xml: string): Parsed | null {
  const parser = new SaxesParser({ xmlns: false })
  let broken = false
  parser.on('error', () => (broken = true))
  const p: Parsed = { prefix: '', xlink: null, fileOf: new Map(), mimeOf: new Map(), dmd: new Map(), afterDmd: -1, lastAgentEnd: null, articles: [], pages: [], structLink: null, lastStructMapEnd: -1, links: [], ids: new Set() }
  const open: { name: string; start: number; openEnd: number; tag: SaxesTagPlain }[] = []
  let structMap = ''
  let dmd: string | null = null
  let fileId = ''
  let page: Parsed['pages'][number] | null = null
  let area: string | null = null
  let rootEnd = -1
  let hdrEnd = -1
  let foreign = false
  const tagStart = (end: number): number => xml.lastIndexOf('<', end - 1)
  parser.on('opentag', (tag) => {
    const end = parser.position
    if (xml[end - 1] !== '>') broken = true
    const start = tagStart(end)
    const name = localName(tag.name)
    const a = tag.attributes as Record<string, string>
    if (a.ID) p.ids.add(a.ID)
    if (open.length === 0) {
      p.prefix = prefixOf(tag.name)
      const decl = Object.entries(a).find(([key, value]) => key.startsWith('xmlns:') && value === XLINK_NS)
      p.xlink = decl ? decl[0].slice(6) : null
      rootEnd = end
    }
    if (name === 'dmdSec' && a.ID) {
      dmd = a.ID
      p.dmd.set(dmd, { start, end: -1, title: null, modsOpenEnd: null, modsPrefix: '' })
    } else if (name === 'mods' && dmd && p.dmd.get(dmd)!.modsOpenEnd === null && !tag.isSelfClosing) {
      p.dmd.get(dmd)!.modsOpenEnd = end
      p.dmd.get(dmd)!.modsPrefix = prefixOf(tag.name)
    } else if (name === 'file') {
      fileId = a.ID ?? ''
      p.mimeOf.set(fileId, a.MIMETYPE ?? '')
    }
    else if (name === 'FLocat' && fileId) p.fileOf.set(fileId, baseName(a['xlink:href'] ?? a.href ?? ''))
    else if (name === 'structMap') structMap = (a.TYPE ?? '').toUpperCase()
    else if (name === 'div' && structMap === 'PHYSICAL' && /^page$/iu.test(a.TYPE ?? '')) {
      page = { files: [], closeStart: tag.isSelfClosing ? -1 : -2, areas: [] }
      p.pages.push(page)
    } else if (name === 'div' && structMap === 'PHYSICAL' && page) area = a.ID ?? null
    else if (name === 'fptr' && page && !area && a.FILEID) page.files.push(a.FILEID)
    else if (name === 'area' && page && area && a.BEGIN && a.FILEID) page.areas.push({ id: area, file: a.FILEID, first: wordIndex(a.BEGIN), last: wordIndex(a.END ?? a.BEGIN) })
    else if (name === 'structLink') p.structLink = { start, end: -1, closeStart: -1 }
    // An article that names its areas in its own fptr, or an area that names an ALTO element by
    // its ID rather than as the Nth word: not the structure edited here (a new METS is written).
    if (name === 'area' && (structMap === 'LOGICAL' || (a.BEGIN !== undefined && !WORD_REF.test(a.BEGIN)))) foreign = true
    open.push({ name, start, openEnd: end, tag })
  })
  parser.on('closetag', (tag) => {
    const end = parser.position
    if (xml[end - 1] !== '>') broken = true
    const top = open.pop()!
    const name = top.name
    const a = top.tag.attributes as Record<string, string>
    const closeStart = tag.isSelfClosing ? -1 : tagStart(end)
    if (name === 'dmdSec' && dmd) {
      p.dmd.get(dmd)!.end = end
      p.afterDmd = end
      dmd = null
    } else if (name === 'title' && dmd && !p.dmd.get(dmd)!.title && closeStart >= 0) p.dmd.get(dmd)!.title = { start: top.openEnd, end: closeStart }
    else if (name === 'metsHdr') hdrEnd = end
    else if (name === 'agent' && open.some((o) => o.name === 'metsHdr')) p.lastAgentEnd = end
    else if (name === 'file') fileId = ''
    else if (name === 'structMap') {
      structMap = ''
      p.lastStructMapEnd = end
    } else if (name === 'div' && structMap === 'LOGICAL' && a.DMDID && a.TYPE && !/^(ISSUE|NEWSPAPER|VOLUME)$/iu.test(a.TYPE)) {
      p.articles.push({ id: a.ID ?? '', dmd: a.DMDID, start: top.start, end })
    } else if (name === 'div' && structMap === 'PHYSICAL' && page && area && a.ID === area) area = null
    else if (name === 'div' && structMap === 'PHYSICAL' && page && !area) {
      page.closeStart = closeStart
      page = null
    } else if ((name === 'smLinkGrp' || name === 'smLink') && p.structLink) p.links.push({ start: top.start, end, ids: linkedIds(xml.slice(top.start, end)) })
    else if (name === 'structLink' && p.structLink) Object.assign(p.structLink, { end, closeStart })
  })
  parser.write(xml).close()
  if (broken || rootEnd < 0 || foreign) return null
  p.afterDmd = p.afterDmd >= 0 ? p.afterDmd : hdrEnd >= 0 ? hdrEnd : rootEnd
  return p
}

/** The IDs a link element points at (hrefs `#id`, and smLink's from/to). */
function linkedIds(text: string): string[] {
  return [...text.matchAll(/(?:href|from|to)\s*=\s*"#?([^"]*)"/gu)].map((m) => m[1])
}

const keyOf = (area: Area): string => `${area.file}:${area.first}-${area.last}`
const signature = (areas: Area[]): string => areas.map(keyOf).join(',')

/** Each article's METS article ID: the one whose words it holds most of, each ID given once. */
function metsIdsOf(runs: Area[][], owner: Map<string, Map<number, string>>): (string | null)[] {
  const pairs: { article: number; id: string; words: number }[] = []
  runs.forEach((areas, article) => {
    const count = new Map<string, number>()
    for (const area of areas) {
      const page = owner.get(area.file)
      for (let w = area.first; w <= area.last; w++) {
        const id = page?.get(w)
        if (id) count.set(id, (count.get(id) ?? 0) + 1)
      }
    }
    for (const [id, words] of count) pairs.push({ article, id, words })
  })
  pairs.sort((x, y) => y.words - x.words || x.article - y.article)
  const out: (string | null)[] = runs.map(() => null)
  const taken = new Set<string>()
  for (const pair of pairs) {
    if (out[pair.article] !== null || taken.has(pair.id)) continue
    out[pair.article] = pair.id
    taken.add(pair.id)
  }
  return out
}

/**
 * The issue's METS with its articles as the corrected issue has them, or null where it cannot be
 * edited in place (a METS the parser's positions do not fit; the caller then writes a new one).
 */
export function editedMets(xml: string, source: Issue, corrected: Issue, wordBoxes: (file: string) => readonly Box[] | null = () => null): string | null {
  const parsed = parse(xml)
  if (!parsed) return null
  const esc = escaperFor(xml)
  const P = parsed.prefix
  const pagesByNumber = new Map(corrected.pages.filter((page) => page.alto).map((page) => [page.number, page]))
  const owner = new Map<string, Map<number, string>>()
  for (const page of source.pages) {
    const words = new Map<number, string>()
    for (const area of page.mets ?? []) for (let w = area.firstWord; w <= area.lastWord; w++) words.set(w, area.articleId)
    owner.set(page.file, words)
  }
  const sourceRuns = source.articles.map((article) => areasOf(article, pagesByNumber))
  const sourceIds = metsIdsOf(sourceRuns, owner)
  const before = new Map<string, { runs: string; title: string }>()
  const loose = new Set<string>()
  sourceIds.forEach((id, i) => {
    if (id) before.set(id, { runs: signature(sourceRuns[i]), title: source.articles[i].headline.join(' ') })
    else loose.add(signature(sourceRuns[i]))
  })
  const runs = corrected.articles.map((article) => areasOf(article, pagesByNumber))
  const ids = metsIdsOf(runs, owner)
  const byId = new Map(parsed.articles.map((div) => [div.id, div]))
  const edits: { start: number; end: number; text: string }[] = []
  const fileIdOf = new Map([...parsed.fileOf].map(([id, file]) => [file, id]))
  const xl = parsed.xlink ?? 'xlink'
  const xlinkDecl = parsed.xlink ? '' : ` xmlns:xlink="${XLINK_NS}"`
  const fresh = (stem: string): string => {
    let n = 1
    while (parsed.ids.has(`${stem}${n}`)) n++
    parsed.ids.add(`${stem}${n}`)
    return `${stem}${n}`
  }
  const divs: string[] = []
  const newDmd: string[] = []
  const newLinks: string[] = []
  const newAreas = new Map<number, string[]>()
  const relinked = new Set<string>()
  corrected.articles.forEach((article, i) => {
    if (runs[i].length === 0) return
    const title = article.headline.join(' ')
    const id = ids[i]
    const div = id ? byId.get(id) : undefined
    const was = id ? before.get(id) : undefined
    if (!id && loose.has(signature(runs[i]))) return
    let articleId: string
    if (div && was) {
      articleId = div.id
      divs.push(xml.slice(div.start, div.end))
      const dmd = parsed.dmd.get(div.dmd)
      if (title !== was.title && dmd) {
        if (dmd.title) edits.push({ start: dmd.title.start, end: dmd.title.end, text: esc(title) })
        else if (dmd.modsOpenEnd !== null) {
          const m = dmd.modsPrefix
          edits.push({ start: dmd.modsOpenEnd, end: dmd.modsOpenEnd, text: `<${m}titleInfo><${m}title>${esc(title)}</${m}title></${m}titleInfo>` })
        }
      }
      if (signature(runs[i]) === was.runs) return
    } else {
      articleId = fresh('galleyart')
      const dmdId = fresh('galleymods')
      divs.push(`<${P}div ID="${articleId}" TYPE="ARTICLE" DMDID="${dmdId}"/>`)
      const titleInfo = title ? `<mods:titleInfo><mods:title>${esc(title)}</mods:title></mods:titleInfo>` : ''
      newDmd.push(`<${P}dmdSec ID="${dmdId}"><${P}mdWrap MDTYPE="MODS"><${P}xmlData><mods:mods xmlns:mods="${MODS_NS}">${titleInfo}</mods:mods></${P}xmlData></${P}mdWrap></${P}dmdSec>`)
    }
    relinked.add(articleId)
    const areaIds: string[] = []
    for (const run of runs[i]) {
      const pageAt = parsed.pages.findIndex((pg) => pg.files.some((f) => parsed.fileOf.get(f) === run.file))
      const page = parsed.pages[pageAt]
      const covered = new Set<number>()
      for (const area of page?.areas ?? []) {
        if (parsed.fileOf.get(area.file) !== run.file || area.first < run.first || area.last > run.last || area.last < area.first) continue
        areaIds.push(area.id)
        for (let w = area.first; w <= area.last; w++) covered.add(w)
      }
      let w = run.first
      while (w <= run.last) {
        if (covered.has(w)) {
          w++
          continue
        }
        const first = w
        while (w <= run.last && !covered.has(w)) w++
        const areaId = fresh('galleypa')
        areaIds.push(areaId)
        const list = newAreas.get(pageAt) ?? []
        // Where the page's scan is listed and its ALTO measures in the scan's pixels, the area's
        // rectangle on the scan too, as the issue's own areas give it (x1,y1,x2,y2).
        const scan = page?.files.find((f) => /^image\//iu.test(parsed.mimeOf.get(f) ?? ''))
        const rect = scan ? rectOf(wordBoxes(run.file), first, w - 1) : null
        const onScan = scan && rect ? `<${P}fptr><${P}area FILEID="${scan}" SHAPE="RECT" COORDS="${rect}"/></${P}fptr>` : ''
        list.push(`<${P}div ID="${areaId}" TYPE="pagearea">${onScan}<${P}fptr><${P}area FILEID="${fileIdOf.get(run.file)}" BETYPE="IDREF" BEGIN="${wordRef(first)}" END="${wordRef(w - 1)}"/></${P}fptr></${P}div>`)
        newAreas.set(pageAt, list)
      }
    }
    const locators = areaIds.map((a) => `<${P}smLocatorLink ${xl}:href="#${a}" ${xl}:label="${a}" ${xl}:type="locator"/>`).join('')
    const arcs = areaIds.map((a) => `<${P}smArcLink ${xl}:type="arc" ${xl}:from="article" ${xl}:to="${a}"/>`).join('')
    newLinks.push(`<${P}smLinkGrp${xlinkDecl}><${P}smLocatorLink ${xl}:href="#${articleId}" ${xl}:label="article" ${xl}:type="locator"/>${locators}${arcs}</${P}smLinkGrp>`)
  })
  if (newAreas.size > 0 && [...newAreas.keys()].some((at) => at < 0 || parsed.pages[at].closeStart < 0)) return null
  const kept = new Set(divs.map((text) => /\bID="([^"]*)"/u.exec(text)?.[1]))
  // The article divisions, in the corrected order where the first one stood.
  if (parsed.articles.length === 0) return null
  const unchanged = divs.length === parsed.articles.length && parsed.articles.every((div, i) => xml.slice(div.start, div.end) === divs[i])
  if (!unchanged) parsed.articles.forEach((div, i) => edits.push({ start: div.start, end: div.end, text: i === 0 ? divs.join('\n') : '' }))
  for (const div of parsed.articles) {
    if (kept.has(div.id)) continue
    relinked.add(div.id)
    const dmd = parsed.dmd.get(div.dmd)
    if (dmd && !parsed.articles.some((other) => other !== div && kept.has(other.id) && other.dmd === div.dmd)) edits.push({ start: dmd.start, end: dmd.end, text: '' })
  }
  if (newDmd.length > 0) edits.push({ start: parsed.afterDmd, end: parsed.afterDmd, text: `\n${newDmd.join('\n')}` })
  for (const [at, list] of newAreas) edits.push({ start: parsed.pages[at].closeStart, end: parsed.pages[at].closeStart, text: list.join('') })
  for (const link of parsed.links) if (link.ids.some((id) => relinked.has(id))) edits.push({ start: link.start, end: link.end, text: '' })
  if (parsed.structLink && parsed.structLink.closeStart >= 0) edits.push({ start: parsed.structLink.closeStart, end: parsed.structLink.closeStart, text: newLinks.join('\n') })
  else if (parsed.structLink) return null
  else edits.push({ start: parsed.lastStructMapEnd, end: parsed.lastStructMapEnd, text: `\n<${P}structLink${xlinkDecl}>${newLinks.join('\n')}</${P}structLink>` })
  if (parsed.lastAgentEnd !== null) {
    edits.push({ start: parsed.lastAgentEnd, end: parsed.lastAgentEnd, text: `<${P}agent ROLE="EDITOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><${P}name>Galley</${P}name></${P}agent>` })
  }
  edits.sort((a, b) => b.start - a.start || b.end - a.end)
  let out = xml
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}
