// ALTO pages → articles. With a METS, its articles are the auto-split: each TextBlock is cut where
// an article's word range begins or ends, so every article holds exactly the words METS gives it.
// Without one, the page's text (one paragraph a TextBlock) goes through the text parser and each
// block gets the rectangle of the TextBlocks it came from.

import type { AltoRegion, Article, Block, Box, MetsArea, Page, SplitReason } from '../model'
import { comparePageNumbers } from '../pages'
import { BlockFactory, newArticle } from './issue'

/** The rectangle covering both. */
export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y }
}

/** The TextBlocks a source range of the page's text overlaps. */
export function regionsIn(page: Page, start: number, end: number): AltoRegion[] {
  return (page.alto?.regions ?? []).filter((region) => region.start < end && region.end > start)
}

/** Sets each block's box from the TextBlocks its source ranges came from. */
export function withBoxes(articles: Article[], page: Page): Article[] {
  for (const article of articles) {
    for (const block of article.blocks) boxBlock(block, page)
  }
  return articles
}

function boxBlock(block: Block, page: Page): void {
  let box: Box | null = null
  for (const range of block.source) {
    if (range.page !== page.number) continue
    for (const region of regionsIn(page, range.start, range.end)) box = box ? unionBox(box, region.box) : region.box
  }
  if (box) block.box = box
}

/** Letters and digits only, lower-cased: a MODS title against the block that prints it. */
const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

interface Piece {
  page: Page
  area: MetsArea | null
  first: number
  last: number
  region: AltoRegion
}

/** The page's words cut into runs of one TextBlock and one METS article (or none). */
function piecesOf(page: Page, areas: MetsArea[]): Piece[] {
  const alto = page.alto
  if (!alto) return []
  const owner: (MetsArea | null)[] = new Array<MetsArea | null>(alto.words.length).fill(null)
  for (const area of areas) owner.fill(area, area.firstWord, area.lastWord + 1)
  const pieces: Piece[] = []
  for (const region of alto.regions) {
    let start = region.firstWord
    for (let w = region.firstWord + 1; w <= region.endWord; w++) {
      if (w < region.endWord && owner[w]?.articleId === owner[start]?.articleId) continue
      pieces.push({ page, area: owner[start], first: start, last: w - 1, region })
      start = w
    }
  }
  return pieces
}

export function parseMetsIssue(
  pages: Page[],
  seen: Map<string, number>,
  areasOf: (page: Page) => MetsArea[] = (page) => page.mets ?? [],
  reason: SplitReason = 'mets-article',
): Article[] {
  const byArticle = new Map<string, { order: number; title: string; pieces: Piece[] }>()
  const loose: Piece[][] = []
  for (const page of pages) {
    let run: Piece[] | null = null
    for (const piece of piecesOf(page, areasOf(page))) {
      if (!piece.area) {
        if (!run) loose.push((run = []))
        run.push(piece)
        continue
      }
      run = null
      const entry = byArticle.get(piece.area.articleId) ?? { order: piece.area.order, title: piece.area.title, pieces: [] }
      entry.pieces.push(piece)
      byArticle.set(piece.area.articleId, entry)
    }
  }
  const factories = new Map<string, BlockFactory>()
  const factoryOf = (page: Page) => {
    let factory = factories.get(page.number)
    if (!factory) factories.set(page.number, (factory = new BlockFactory(page.number, seen)))
    return factory
  }
  const build = (pieces: Piece[], title: string): Article => {
    pieces.sort((a, b) => comparePageNumbers(a.page.number, b.page.number) || a.first - b.first)
    const blocks = pieces.map((piece) => blockOf(piece, factoryOf(piece.page)))
    let headline: Block | null = null
    if (title && bare(blocks[0].text) === bare(title)) {
      const first = pieces[0]
      headline = factoryOf(first.page).make('headline', blocks[0].text, blocks[0].source[0].start, blocks[0].source[0].end, { parts: [blocks[0].text] })
      headline.box = blocks[0].box
      blocks.shift()
    }
    const article = newArticle(headline, pieces[0].page.number, reason === 'mets-article' ? 0.9 : 0.6)
    article.split = { reason }
    if (headline) article.headlineSource = headline.source
    else {
      article.id = blocks[0].id
      if (title) article.headline = [title]
    }
    article.blocks = blocks
    article.pages = [...new Set(pieces.map((piece) => piece.page.number))]
    return article
  }
  const articles = [...byArticle.values()].sort((a, b) => a.order - b.order).map((entry) => build(entry.pieces, entry.title))
  // Words no METS article claims (a masthead, a folio) stay in the issue as untitled articles.
  return [...articles, ...loose.map((run) => build(run, ''))]
}

function blockOf(piece: Piece, factory: BlockFactory): Block {
  const words = piece.page.alto?.words ?? []
  const start = words[piece.first].start
  const end = words[piece.last].end
  const text = piece.page.text.slice(start, end).replace(/\s*\n\s*/gu, ' ').trim()
  const block = factory.make(piece.area?.subhead ? 'subhead' : 'paragraph', text, start, end)
  block.box = piece.region.box
  return block
}

/** An ALTO article's headline as a block over its Strings (none where the page printed none), for
 * what reads words by their place: the uncertain-word detector and the corrected ALTO. Its hash is
 * its text, so a changed headline reads as a changed block. */
export function headlineBlock(article: Article): Block[] {
  if (!article.headlineBlockId || !article.headlineSource || article.headlineSource.length === 0) return []
  const text = article.headline.join(' ')
  return [{ id: article.headlineBlockId, type: 'headline', text, hash: text, source: article.headlineSource }]
}
