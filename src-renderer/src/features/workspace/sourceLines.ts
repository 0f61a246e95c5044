// Which source lines an article came from: per page, the whole lines spanning its blocks' ranges.
import type { Article } from '../../../../src-main/core/model'

export interface SourceExcerpt {
  page: string
  file: string
  /** 1-based number of the first line shown. */
  firstLine: number
  lines: string[]
}

export function sourceExcerpts(article: Article, pages: { number: string; file: string; text: string }[]): SourceExcerpt[] {
  const spans = new Map<string, { start: number; end: number }>()
  for (const block of article.blocks) {
    for (const range of block.source) {
      const span = spans.get(range.page)
      spans.set(range.page, span ? { start: Math.min(span.start, range.start), end: Math.max(span.end, range.end) } : { start: range.start, end: range.end })
    }
  }
  const excerpts: SourceExcerpt[] = []
  for (const page of pages) {
    const span = spans.get(page.number)
    if (!span) continue
    let start = page.text.lastIndexOf('\n', span.start - 1) + 1
    // The headline line sits above the first block (blank lines between): show it too.
    const above = page.text.slice(0, start).replace(/\n+$/, '')
    const lineStart = above.lastIndexOf('\n') + 1
    if (above.slice(lineStart).startsWith('## ')) start = lineStart
    const endNl = page.text.indexOf('\n', span.end)
    const end = endNl < 0 ? page.text.length : endNl
    const firstLine = page.text.slice(0, start).split('\n').length
    excerpts.push({ page: page.number, file: page.file, firstLine, lines: page.text.slice(start, end).split('\n') })
  }
  return excerpts
}
