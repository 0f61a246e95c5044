// Export formats of the corrected issue.

import type { Analysis } from '../analyze'
import { toHtml } from './html'
import { jsonChunks } from './json-chunks'
import { toGalleyJson, toGalleyJsonLazily } from './json'
import { toMarkdown, toText } from './markdown'
import { toTei, type Revision } from './tei'

export type { Revision } from './tei'

/** What an export may say beyond the corrected issue: the edits that made it (TEI's revisionDesc). */
export interface ExportContext {
  revisions?: readonly Revision[]
}
import { altoChangesText } from './alto'

export const EXPORT_FORMATS = ['md', 'txt', 'json', 'html', 'tei', 'alto'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export function exportIssue(analysis: Analysis, format: ExportFormat, context: ExportContext = {}): string {
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
      return toTei(analysis, context.revisions)
    case 'alto':
      // The corrected files themselves need the original XML: the library writes them (one a
      // page); as text, the export says which Strings it changes.
      return altoChangesText(analysis.source, analysis.issue)
  }
}

/** The same text as exportIssue, in pieces a writer can send as they come: JSON, the largest, is made piece by piece. */
export function* exportIssueChunks(analysis: Analysis, format: ExportFormat, context: ExportContext = {}): Generator<string> {
  if (format !== 'json') return yield exportIssue(analysis, format, context)
  yield* jsonChunks(toGalleyJsonLazily(analysis), 2)
  yield '\n'
}
