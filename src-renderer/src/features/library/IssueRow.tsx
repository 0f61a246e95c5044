// One issue in the library list: select for batch export, open, and its state at a glance.
import { memo } from 'react'
import type { FindingKind } from '../../../../src-main/core/model'
import type { IssueSummary } from '../../../../src-main/ipc/contract'
import { KindBadge } from '../../ui/KindBadge'
import { ProgressBar } from '../../ui/ProgressBar'
import type { RowText } from './rowText'

export interface IssueRowProps {
  issue: IssueSummary
  selected: boolean
  onToggle: (id: string) => void
  onOpen: (id: string) => void
  formatTime: (iso: string) => string
  /** The row's labels in the interface language (one lookup per language, shared by every row). */
  text: RowText
}

// Memoized: while the list scrolls, rows already on screen keep their props and skip rendering.
export const IssueRow = memo(function IssueRow({ issue, selected, onToggle, onOpen, formatTime, text }: IssueRowProps) {
  const kinds = (Object.entries(issue.openFindings) as [FindingKind, number][]).filter(([, n]) => n > 0)
  return (
    <div role="listitem" className={`issue-row${issue.error ? ' has-error' : ''}`}>
      <input type="checkbox" checked={selected} aria-label={text.select(issue.title)} onChange={() => onToggle(issue.id)} />
      <button type="button" className="issue-open" onClick={() => onOpen(issue.id)} disabled={Boolean(issue.error)}>
        {issue.title}
      </button>
      <span className="issue-date">{issue.date ?? '—'}</span>
      <span className="issue-pages">{text.pages(issue.pageCount)}</span>
      <span className="issue-findings">
        {issue.error ? (
          <span className="error-text">{issue.error.message}</span>
        ) : kinds.length === 0 ? (
          <span className="muted">{text.clean}</span>
        ) : (
          kinds.map(([kind, count]) => <KindBadge key={kind} kind={kind} count={count} short={text.kindShort(kind)} label={text.kindCount(kind, count)} />)
        )}
        {issue.conflictCount > 0 && <span className="badge conflict">{text.conflicts(issue.conflictCount)}</span>}
        {issue.keptLogs && issue.keptLogs.length > 0 && (
          <span className="badge kept-logs" title={issue.keptLogs.join('\n')}>
            {text.keptLogs}
          </span>
        )}
        {issue.unopenedPages && issue.unopenedPages.length > 0 && (
          <span className="badge unopened" title={issue.unopenedPages.join('\n')}>
            {text.unopened(issue.unopenedPages.length)}
          </span>
        )}
      </span>
      <span className="issue-progress">
        <ProgressBar value={issue.reviewed} max={issue.articleCount} label={text.reviewedOf(issue.title)} detail={`${issue.reviewed} / ${issue.articleCount}`} />
      </span>
      <span className="issue-edited">{issue.lastEdited ? formatTime(issue.lastEdited) : text.never}</span>
    </div>
  )
})
