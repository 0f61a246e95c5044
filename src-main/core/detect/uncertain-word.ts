// Words the OCR doubted (ALTO word confidence under a threshold), one finding a word, in the
// article's reading order, as ABBYY's verification lists them: the editor confirms the word as
// printed (the fix records that in the edit log) or retypes it in its block. A word the block no
// longer holds (the editor retyped it) is no longer doubted.

import type { Article, Block, Finding, Issue, Page } from '../model'
import { headlineBlock } from '../parse/alto'
import { articleTitle, expectOf, findingId } from './common'

/** ALTO WC under this is doubted: about one word in twenty-five on the British Library's pages. */
export const UNCERTAIN_BELOW = 0.5

/** The first word whose start is at or after `offset` (words are in text order). */
function firstWordFrom(page: Page, offset: number): number {
  const words = page.alto?.words ?? []
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Where `word` is in `text`, the occurrence nearest `near`; -1 when the text no longer has it. */
function nearestIndex(text: string, word: string, near: number): number {
  let best = -1
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at
    if (at > near) break
  }
  return best
}

function blockFindings(block: Block, article: Article, pages: Map<string, Page>): Finding[] {
  const out: Finding[] = []
  for (const range of block.source) {
    const page = pages.get(range.page)
    const words = page?.alto?.words
    if (!page || !words) continue
    for (let i = firstWordFrom(page, range.start); i < words.length && words[i].end <= range.end; i++) {
      const word = words[i]
      if (word.wc === null || word.wc >= UNCERTAIN_BELOW || word.end === word.start) continue
      const text = page.text.slice(word.start, word.end)
      const at = nearestIndex(block.text, text, word.start - range.start)
      if (at < 0) continue
      const percent = String(Math.round(word.wc * 100))
      out.push({
        id: findingId('uncertain-word', [block.id, `${range.page}:${i}`]),
        kind: 'uncertain-word',
        articleIds: [article.id],
        blockIds: [block.id],
        message: `“${text}” in “${articleTitle(article)}”: the OCR was ${percent}% sure of it; confirm it as printed or retype it`,
        params: { word: text, confidence: percent, article: articleTitle(article), at: String(at) },
        confidence: 1 - word.wc,
        // A headline is no block of the issue: its confirmation expects nothing of it.
        fix: [{ kind: 'dismiss-finding', findingId: findingId('uncertain-word', [block.id, `${range.page}:${i}`]), expect: block.type === 'headline' ? {} : expectOf(block) }],
      })
    }
  }
  return out
}

export function detectUncertainWords(issue: Issue): Finding[] {
  if (!issue.pages.some((page) => page.alto)) return []
  const pages = new Map(issue.pages.map((page) => [page.number, page]))
  return issue.articles.flatMap((article) => [...headlineBlock(article), ...article.blocks].flatMap((block) => blockFindings(block, article, pages)))
}
