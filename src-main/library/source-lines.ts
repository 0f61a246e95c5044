// Which source lines an article came from: per page, the whole lines spanning its blocks' source
// ranges, with the headline line above them. Made in the main process, which holds the page
// texts, so the renderer is sent the lines it shows and never a whole page.

import type { Article, Page } from '../core/index'
import type { SourceExcerpt } from './views'

export function sourceExcerpts(article: Article, pages: readonly Page[]): SourceExcerpt[] {
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
    const text = page.text
    let start = text.lastIndexOf('\n', span.start - 1) + 1
    // The headline line sits above the first block (blank lines between): show it too.
    let aboveEnd = start
    while (aboveEnd > 0 && text[aboveEnd - 1] === '\n') aboveEnd--
    const lineStart = aboveEnd > 0 ? text.lastIndexOf('\n', aboveEnd - 1) + 1 : 0
    if (lineStart + 3 <= aboveEnd && text.startsWith('## ', lineStart)) start = lineStart
    const endNl = text.indexOf('\n', span.end)
    const end = endNl < 0 ? text.length : endNl
    excerpts.push({ page: page.number, file: page.file, firstLine: lineNumberAt(text, start), lines: text.slice(start, end).split('\n') })
  }
  return excerpts
}

/** The 1-based line at an offset, counted without copying the text before it (a page can be tens of MB). */
function lineNumberAt(text: string, offset: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++
  return line
}
