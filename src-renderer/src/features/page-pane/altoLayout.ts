// The ALTO page view's boxes: every block of the page where the ALTO put it, the current
// article's and the current finding's blocks marked, in the page's ALTO unit.
import type { Article, Finding, PageLayout } from '../../../../src-main/core/model'
import { pageOfBlock } from './pageTargets'
import type { PaneBox, PaneLayout } from './types'

export function altoPaneLayout(layout: PageLayout | undefined, page: string | null, articles: readonly Article[], article: Article | null, finding: Finding | null): PaneLayout | undefined {
  if (!layout || page === null || layout.width <= 0 || layout.height <= 0) return undefined
  const own = new Set(article?.blocks.map((b) => b.id) ?? [])
  const marked = new Set(finding?.blockIds ?? [])
  const boxes: PaneBox[] = []
  for (const a of articles) {
    for (const block of a.blocks) {
      if (!block.box || pageOfBlock(block) !== page) continue
      const box: PaneBox = { id: block.id, ...block.box }
      if (marked.has(block.id)) box.highlight = 'finding'
      else if (own.has(block.id)) box.highlight = 'article'
      boxes.push(box)
    }
  }
  return { width: layout.width, height: layout.height, boxes }
}

/** The article holding a block, for a click on its box. */
export function articleOfBlock(articles: readonly Article[], blockId: string): Article | undefined {
  return articles.find((a) => a.blocks.some((b) => b.id === blockId))
}
