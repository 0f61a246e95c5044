// Where a finding sits, for its queue row: the page of its first block and a few words of its
// text (where a paragraph is cut: the words either side of the cut).
import type { Article, Finding } from '../../../../src-main/core/model'
import { codePoints, indexBlocks } from './evidence'

const WORDS = 18

function head(text: string): string {
  const chars = codePoints(text.trim())
  return chars.length > WORDS ? `${chars.slice(0, WORDS).join('')}…` : chars.join('')
}

function tail(text: string): string {
  const chars = codePoints(text.trim())
  return chars.length > WORDS / 2 ? `…${chars.slice(-WORDS / 2).join('')}` : chars.join('')
}

export function findingPlace(finding: Finding, articles: readonly Article[]): { page: string; snippet: string } {
  const index = indexBlocks(articles)
  const blocks = finding.blockIds.map((id) => index.get(id)).filter((b) => b !== undefined)
  const first = blocks[0]
  const page = first?.block.source[0]?.page ?? first?.article.pages[0] ?? articles.find((a) => a.id === finding.articleIds[0])?.pages[0] ?? ''
  if (finding.params?.snippet) return { page, snippet: finding.params.snippet }
  if (finding.kind === 'paragraph-break' && blocks.length >= 2) return { page, snippet: `${tail(blocks[0]!.block.text)} | ${head(blocks[1]!.block.text).slice(0, WORDS / 2)}…` }
  return { page, snippet: first ? head(first.block.text) : '' }
}
