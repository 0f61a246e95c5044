// Stories from an ALTO page's layout, where no METS gives them: the page's columns from where its
// body blocks stand, the blocks in the file's reading order, and a new story at each headline — a
// short block in capitals set narrower than its column and centred in it, or one set in larger type
// than the page's text (a deck under it stays with it) — where the reading goes back to a column
// further left, and at whatever stands outside the columns (a masthead over them, a margin note).
// Under a headline set larger than the text, a heading in the text's size or smaller, in a column
// that headline stands over or its text begins in, is a subheading of its story (a report's
// sections under its title).
// The result has the shape of METS article areas, so one builder makes the articles either way.

import type { AltoRegion, MetsArea, Page } from '../model'

interface Column {
  left: number
  right: number
}

const centre = (r: AltoRegion): number => r.box.x + r.box.w / 2

/** Left edges of the blocks that look like running text, clustered into columns. */
function columnsOf(regions: AltoRegion[], pageWidth: number): Column[] {
  const words = (r: AltoRegion) => r.endWord - r.firstWord
  const running = regions.filter((r) => words(r) >= 20)
  // Narrower than half the page, so a masthead's run of words is no column; a page set in one
  // wide column (a book, a pamphlet) has only wide blocks.
  const narrow = running.filter((r) => r.box.w < pageWidth * 0.45)
  const body = narrow.length > 0 ? narrow : running.length > 0 ? running : regions
  const width = [...body.map((r) => r.box.w)].sort((a, b) => a - b)[Math.floor(body.length / 2)]
  const columns: Column[] = []
  for (const r of [...body].sort((a, b) => a.box.x - b.box.x)) {
    const last = columns[columns.length - 1]
    if (last && r.box.x - last.left < width * 0.5) last.right = Math.max(last.right, r.box.x + r.box.w)
    else columns.push({ left: r.box.x, right: r.box.x + r.box.w })
  }
  return columns
}

function columnOf(r: AltoRegion, columns: Column[]): number {
  const c = centre(r)
  const at = columns.findIndex((col) => c >= col.left && c <= col.right)
  if (at < 0) return -1
  const col = columns[at]
  // Wider than its column by half a column: set across columns (a masthead, a wide headline).
  return r.box.w > (col.right - col.left) * 1.5 ? -2 : at
}

/** A headline: short, narrower than its column and centred in it, or in larger type than the page's text. */
function isHeadline(page: Page, r: AltoRegion, col: Column, bodyLine: number): boolean {
  const words = r.endWord - r.firstWord
  if (words === 0 || words > 12) return false
  const width = col.right - col.left
  const centred = Math.abs(centre(r) - (col.left + col.right) / 2) < width * 0.12
  const narrow = r.box.w < width * 0.75
  const text = page.text.slice(r.start, r.end)
  const letters = text.replace(/[^\p{L}]/gu, '')
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length
  const shouting = letters.length >= 3 && capitals >= letters.length * 0.6
  // A title set in capitals a size above the text heads a story wherever it stands (a leader's
  // title over two columns).
  const raised = bodyLine > 0 && r.lineHeight >= bodyLine * 1.1 && words <= 6
  return (centred && narrow && shouting) || (shouting && raised && narrow) || (bodyLine > 0 && r.lineHeight > bodyLine * 1.6)
}

/** The columns a headline stands over: each it overlaps by a fifth of its own width, so a title
 * centred over the gutter heads both columns under it. */
function spanOf(r: AltoRegion, columns: Column[]): number[] {
  const span: number[] = []
  columns.forEach((col, i) => {
    const overlap = Math.min(col.right, r.box.x + r.box.w) - Math.max(col.left, r.box.x)
    if (overlap >= r.box.w * 0.2) span.push(i)
  })
  return span
}

/** The line height most of the page's words are set in (the median over words, not blocks). */
function bodyLineHeight(regions: AltoRegion[]): number {
  const sorted = [...regions].sort((a, b) => a.lineHeight - b.lineHeight)
  const total = sorted.reduce((sum, r) => sum + r.endWord - r.firstWord, 0)
  let seen = 0
  for (const r of sorted) {
    seen += r.endWord - r.firstWord
    if (seen * 2 >= total) return r.lineHeight
  }
  return 0
}

/** The page's blocks in reading order, cut into stories: METS-shaped areas, one id a story. */
export function layoutAreas(page: Page, orderBase = 0): MetsArea[] {
  const alto = page.alto
  if (!alto || alto.regions.length === 0) return []
  const columns = columnsOf(alto.regions, page.layout?.width || Math.max(...alto.regions.map((r) => r.box.x + r.box.w)))
  const bodyLine = bodyLineHeight(alto.regions)
  const placed = alto.regions.map((r) => ({ r, col: columnOf(r, columns) }))
  const top = Math.min(...placed.filter((p) => p.col >= 0).map((p) => p.r.box.y), Number.POSITIVE_INFINITY)
  // The file's TextBlocks are in reading order (ALTO's own); a block's rank is its column, what
  // stands over the columns before them, the margins after.
  const rank = (p: { r: AltoRegion; col: number }) => (p.col === -2 && p.r.box.y <= top ? -1 : p.col >= 0 ? p.col : columns.length + (p.col === -2 ? 0 : 1))
  const areas: MetsArea[] = []
  let story = -1
  let storyRank = Number.NaN
  /** The story so far is only its headline (a deck under it is still the head, not a new story). */
  let headOnly = false
  /** The story's headline, where it is set larger than the text: its subheadings stand under it. */
  let raisedHead: { span: number[]; textBegun: boolean } | null = null
  const raisedLine = bodyLine * 1.1
  for (const { r, col } of placed) {
    const own = col < 0
    const headline = !own && isHeadline(page, r, columns[col], bodyLine)
    // A story runs on down its column and into the next one to the right; reading on in a column
    // to the left of the last is a new story (the file's order went back across the page).
    const back = !own && storyRank >= 0 && col < storyRank
    // A heading no larger than the text under a title set larger heads a section of that title's
    // story, not a story of its own: type size is how a compositor ranks headings.
    const subhead = headline && !back && raisedHead !== null && r.lineHeight < raisedLine && raisedHead.span.includes(col)
    const starts: boolean = own
      ? rank({ r, col }) !== storyRank || col === -1
      : back || (headline && !subhead && !(headOnly && col === storyRank)) || storyRank < 0 || Number.isNaN(storyRank) || storyRank >= columns.length
    if (starts) raisedHead = headline && bodyLine > 0 && r.lineHeight >= raisedLine ? { span: spanOf(r, columns), textBegun: false } : null
    else if (raisedHead && !headline && !own && !raisedHead.textBegun) {
      // A title set at the foot of a column whose text begins at the head of the next heads that column too.
      if (!raisedHead.span.includes(col)) raisedHead.span.push(col)
      raisedHead.textBegun = true
    }
    headOnly = headline && !subhead && (starts || headOnly)
    if (starts || story < 0) story++
    storyRank = rank({ r, col })
    const id = `${page.number}-story${story + 1}`
    const title = starts && !own ? page.text.slice(r.start, r.end).replace(/\s+/gu, ' ').trim() : ''
    const headed = title !== '' && headline
    areas.push({ articleId: id, order: orderBase + story, title: headed ? title : '', firstWord: r.firstWord, lastWord: r.endWord - 1, ...(subhead ? { subhead } : {}) })
  }
  return areas
}
