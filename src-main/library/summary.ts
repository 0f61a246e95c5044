// Views of an analysed issue for the renderer: the library row (IssueSummary) and the workspace
// (IssueView), built from core's Analysis and the edit log.

import { countByKind, type Analysis, type Page } from '../core/index'
import type { IssueSummary, IssueView, ReplyError } from './views'
import type { IssueContent } from './delta'
import { lastEdited, redoGroupOf, undoGroupOf, type IssueState } from './edit-log'

export interface Naming {
  id: string
  title: string
  date: string | null
}

export function summarize(naming: Naming, analysis: Analysis, state: IssueState, problem?: ReplyError, unopened: string[] = [], keptLogs: string[] = [], pageLogs: string[] = []): IssueSummary {
  const summary: IssueSummary = {
    id: naming.id,
    title: analysis.issue.title || naming.title,
    date: analysis.issue.date ?? naming.date,
    pageCount: pageCountOf(analysis),
    openFindings: countByKind(analysis.findings),
    reviewed: analysis.issue.articles.filter((a) => a.reviewed).length,
    articleCount: analysis.issue.articles.length,
    conflictCount: analysis.conflicts.length,
    lastEdited: lastEdited(state),
  }
  if (problem) summary.error = problem
  if (unopened.length > 0) summary.unopenedPages = unopened
  if (keptLogs.length > 0) summary.keptLogs = keptLogs
  if (pageLogs.length > 0) summary.pageLogs = pageLogs
  return summary
}

/** The pages an issue prints: its page files, or more where one file holds several (an export's
 * `<!-- galley:page NN -->` marks, an OCR file's folios). */
function pageCountOf(analysis: Analysis): number {
  const pages = new Set(analysis.issue.articles.flatMap((article) => article.pages))
  return Math.max(analysis.issue.pages.length, pages.size)
}

export function failedSummary(naming: Naming, pageCount: number, state: IssueState | null, error: ReplyError): IssueSummary {
  return {
    id: naming.id,
    title: naming.title,
    date: naming.date,
    pageCount,
    openFindings: countByKind([]),
    reviewed: 0,
    articleCount: 0,
    conflictCount: 0,
    lastEdited: state ? lastEdited(state) : null,
    error,
  }
}

/** The whole workspace view: what `issue:open` and `issue:add-page` send (no page texts: see PageView). */
export function issueView(content: IssueContent, pages: Page[], library: string): IssueView {
  return { ...content, library, pages: pages.map((p) => ({ number: p.number, file: p.file, sha256: p.sha256, encoding: p.encoding, ...(p.layout ? { layout: p.layout } : {}) })) }
}

/** What an edit can change of the view: everything but the pages. */
/** `editor`: who the view is for; Undo and Redo offer only that editor's own edits. */
export function issueContent(summary: IssueSummary, analysis: Analysis, state: IssueState, editor: string, pagesRevision: string, revision: string): IssueContent {
  return {
    summary,
    revision,
    pagesRevision,
    articles: analysis.issue.articles,
    findings: analysis.findings,
    conflicts: analysis.conflicts,
    canUndo: undoGroupOf(state, editor) !== null,
    canRedo: redoGroupOf(state, editor) !== null,
    log: state.ops.map((e, index) => ({
      index,
      op: e.op,
      who: e.who,
      when: e.when,
      active: e.active,
      group: e.group,
    })),
  }
}
