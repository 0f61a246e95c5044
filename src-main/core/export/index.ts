// Export formats of the corrected issue.

import type { Analysis } from '../analyze'
import { toHtml } from './html'
import { jsonChunks } from './json-chunks'
import { toGalleyJson, toGalleyJsonLazily } from './json'
import { toMarkdown, toText } from './markdown'
import { toTei } from './tei'

export const EXPORT_FORMATS = ['md', 'txt', 'json', 'html', 'tei'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export function exportIssue(analysis: Analysis, format: ExportFormat): string {
  switch (format) {
    case 'md':
      return toMarkdown(analysis)
    case 'txt':
      return toText(analysis)
    case 'json':
      return `${JSON.stringify(toGalleyJson(analysis), null, 2)}\n`
    case 'html':
      return toHtml(analysis)
    case 'tei':
      return toTei(analysis)
  }
}

/** The same text as exportIssue, in pieces a writer can send as they come: JSON, the largest, is made piece by piece. */
export function* exportIssueChunks(analysis: Analysis, format: ExportFormat): Generator<string> {
  if (format !== 'json') return yield exportIssue(analysis, format)
  yield* jsonChunks(toGalleyJsonLazily(analysis), 2)
  yield '\n'
}
