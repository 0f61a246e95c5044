// Which page the pane shows and what it looks for there: the current article's page (the page of
// the finding's first block in it, when there is a finding), and the finding's blocks printed on
// that page, with the headline of the candidate article it points to (a caption's, a jump's).
import type { Article, Block, Finding } from '../../../../src-main/core/model'
import type { PaneTarget } from './types'

export function pageOfBlock(block: Block): string | undefined {
  return block.page ?? block.source[0]?.page
}

export interface PanePlace {
  page: string | null
  targets: PaneTarget[]
}

export function panePlace(article: Article | null, finding: Finding | null, articles: Article[], candidateIndex: number): PanePlace {
  if (!article) return { page: null, targets: [] }
  const blocks = new Map<string, Block>()
  for (const a of articles) for (const b of a.blocks) blocks.set(b.id, b)
  const own = new Set(article.blocks.map((b) => b.id))
  const findingBlocks = (finding?.blockIds ?? []).map((id) => blocks.get(id)).filter((b): b is Block => b !== undefined)
  const anchor = findingBlocks.find((b) => own.has(b.id)) ?? findingBlocks[0]
  const page = (anchor && pageOfBlock(anchor)) ?? article.pages[0] ?? null
  if (page === null) return { page, targets: [] }
  const targets: PaneTarget[] = findingBlocks.filter((b) => pageOfBlock(b) === page).map((b) => ({ id: b.id, text: b.caption?.text ?? b.text }))
  const candidate = finding?.candidates?.[candidateIndex]
  const other = candidate && articles.find((a) => a.id === candidate.articleId)
  if (other && other.headline.length > 0 && other.pages.includes(page)) {
    targets.push({ id: other.headlineBlockId ?? other.id, text: other.headline.join('') })
  }
  return { page, targets }
}
