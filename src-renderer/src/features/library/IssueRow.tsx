// One issue in the library list: select for batch export, open, and its state at a glance.
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FindingKind } from '../../../../src-main/core/model'
import type { IssueSummary } from '../../../../src-main/ipc/contract'
import { KindBadge } from '../../ui/KindBadge'
import { ProgressBar } from '../../ui/ProgressBar'

export interface IssueRowProps {
  issue: IssueSummary
  selected: boolean
  onToggle: (id: string) => void
  onOpen: (id: string) => void
  formatTime: (iso: string) => string
}

// Memoized: while the list scrolls, rows already on screen keep their props and skip rendering.
export const IssueRow = memo(function IssueRow({ issue, selected, onToggle, onOpen, formatTime }: IssueRowProps) {
  const { t } = useTranslation()
  const kinds = (Object.entries(issue.openFindings) as [FindingKind, number][]).filter(([, n]) => n > 0)
  return (
    <div role="listitem" className={`issue-row${issue.error ? ' has-error' : ''}`}>
      <input type="checkbox" checked={selected} aria-label={t('library.select', { title: issue.title })} onChange={() => onToggle(issue.id)} />
      <button type="button" className="issue-open" onClick={() => onOpen(issue.id)} disabled={Boolean(issue.error)}>
        {issue.title}
      </button>
      <span className="issue-date">{issue.date ?? '—'}</span>
      <span className="issue-pages">{t('library.pages', { count: issue.pageCount })}</span>
      <span className="issue-findings">
        {issue.error ? (
          <span className="error-text">{issue.error.message}</span>
        ) : kinds.length === 0 ? (
          <span className="muted">{t('library.clean')}</span>
        ) : (
          kinds.map(([kind, count]) => (
            <KindBadge key={kind} kind={kind} count={count} short={t(`kindShort.${kind}`)} label={t(`kindCount.${kind}`, { count })} />
          ))
        )}
        {issue.conflictCount > 0 && <span className="badge conflict">{t('library.conflicts', { count: issue.conflictCount })}</span>}
      </span>
      <span className="issue-progress">
        <ProgressBar
          value={issue.reviewed}
          max={issue.articleCount}
          label={t('library.reviewedOf', { title: issue.title })}
          detail={`${issue.reviewed} / ${issue.articleCount}`}
        />
      </span>
      <span className="issue-edited">{issue.lastEdited ? formatTime(issue.lastEdited) : t('library.never')}</span>
    </div>
  )
})
