// Corrected articles as passim reads them (JSON Lines, one document a line: `id`, `series`,
// `text`, and metadata passim passes through to its output), so reprints can be found across an
// archive with passim on Spark over Galley's corrected text. An archive-level format: `id` and
// `series` are named from the issue's place in the library, which the issue alone does not know.

import type { Analysis } from '../analyze'
import type { Article } from '../model'

export interface PassimDocument {
  /** Unique across the archive: the issue's path in the library, then the article's id. */
  id: string
  /** The paper: passim tells reuse within one series (mastheads, ads) from reprints across papers. */
  series: string
  date?: string
  pages: string[]
  headline: string
  text: string
}

export interface PassimIssue {
  /** The issue's path relative to the library (`zhuzhou-daily/2024-01-30`). */
  path: string
  title: string
  date: string | null
}

/**
 * The paper an issue belongs to: its title without the date; when the title is only a date (an
 * archive laid out as `paper/2024-01-30/`, `paper/2024/01/30/`, Chronicling America's
 * `sn83045396/1911-09-17/ed-1/`), the nearest folder above the issue that names no day, month,
 * year or edition.
 */
export function seriesOf(issue: PassimIssue): string {
  const fromTitle = (issue.date ? issue.title.replace(issue.date, '') : issue.title).replace(/\s+/g, ' ').trim()
  if (fromTitle !== '') return fromTitle
  const folders = issue.path.split('/').filter((part) => part !== '' && part !== '.')
  return folders.slice(0, -1).findLast((folder) => !DAY_OR_EDITION.test(folder)) ?? issue.title
}

/** A folder named by a date or a part of one (`1911-09-17`, `1911`, `09`) or by an edition (`ed-1`). */
const DAY_OR_EDITION = /^(?:\d[\d\-_.]*|ed(?:ition)?[-_]?\d{1,2})$/iu

/** What reprint detection compares: the body as printed, paragraphs and subheads, one a line. */
function articleText(article: Article): string {
  return article.blocks
    .filter((block) => block.type === 'paragraph' || block.type === 'subhead')
    .map((block) => block.text)
    .join('\n')
}

export function toPassimDocuments(analysis: Analysis, issue: PassimIssue): PassimDocument[] {
  const series = seriesOf(issue)
  const date = analysis.issue.date ?? issue.date
  return analysis.issue.articles.map((article) => ({
    id: `${issue.path}/${article.id}`,
    series,
    ...(date ? { date } : {}),
    pages: article.pages,
    headline: article.headline.join(' '),
    text: articleText(article),
  }))
}

/** One JSON document a line; JSON.stringify escapes every newline inside the text. */
export function toPassimJsonl(analysis: Analysis, issue: PassimIssue): string {
  return toPassimDocuments(analysis, issue)
    .map((document) => `${JSON.stringify(document)}\n`)
    .join('')
}
