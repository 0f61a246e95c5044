// The navigator's rows: each page, then the articles that start on it in reading order. A merged
// continuation appears once, under its first page, with every page it spans.
import type { Article, Finding, FindingKind } from '../../../../src-main/core/model'

export type NavigatorRow =
  | { type: 'page'; page: string; key: string }
  | {
      type: 'article'
      key: string
      article: Article
      kinds: { kind: FindingKind; count: number }[]
      matches: boolean
      /** ALTO issues: the share of the article's words the OCR doubted (0–100), when any. */
      uncertainPercent?: number
    }

export function navigatorRows(
  pages: readonly string[],
  articles: readonly Article[],
  findings: readonly Finding[],
  search = '',
): NavigatorRow[] {
  const byArticle = new Map<string, Map<FindingKind, number>>()
  for (const f of findings) {
    for (const id of new Set(f.articleIds)) {
      const kinds = byArticle.get(id) ?? new Map<FindingKind, number>()
      kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1)
      byArticle.set(id, kinds)
    }
  }
  const query = search.trim().toLowerCase()
  const matches = (a: Article) =>
    query === '' ||
    a.headline.join(' ').toLowerCase().includes(query) ||
    a.blocks.some((b) => b.text.toLowerCase().includes(query))
  const starts = new Map<string, Article[]>()
  for (const article of articles) {
    const first = article.pages[0] ?? ''
    starts.set(first, [...(starts.get(first) ?? []), article])
  }
  const order = [...pages, ...[...starts.keys()].filter((p) => !pages.includes(p))]
  const rows: NavigatorRow[] = []
  for (const page of order) {
    const list = (starts.get(page) ?? []).filter(matches)
    if (list.length === 0 && query !== '') continue
    rows.push({ type: 'page', page, key: `page-${page}` })
    for (const article of list) {
      const kinds = [...(byArticle.get(article.id) ?? new Map<FindingKind, number>())].map(([kind, count]) => ({ kind, count }))
      const row: NavigatorRow = { type: 'article', key: article.id, article, kinds, matches: query !== '' }
      const doubted = byArticle.get(article.id)?.get('uncertain-word') ?? 0
      if (doubted > 0) row.uncertainPercent = Math.max(1, Math.round((100 * doubted) / wordCount(article)))
      rows.push(row)
    }
  }
  return rows
}

function wordCount(article: Article): number {
  let count = 0
  for (const block of article.blocks) count += block.text.split(/\s+/u).filter((word) => word !== '').length
  return Math.max(1, count)
}
