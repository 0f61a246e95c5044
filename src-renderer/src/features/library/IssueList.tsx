// The library's issues as a virtualized list under a column header.
import { useTranslation } from 'react-i18next'
import type { IssueSummary } from '../../../../src-main/ipc/contract'
import { VirtualList } from '../../ui/VirtualList'
import { IssueRow } from './IssueRow'

export interface IssueListProps {
  issues: IssueSummary[]
  selected: Set<string>
  onToggle: (id: string) => void
  onToggleAll: (select: boolean) => void
  onOpen: (id: string) => void
  formatTime: (iso: string) => string
}

export function IssueList({ issues, selected, onToggle, onToggleAll, onOpen, formatTime }: IssueListProps) {
  const { t } = useTranslation()
  const all = issues.length > 0 && issues.every((i) => selected.has(i.id))
  return (
    <div className="issue-list">
      <div className="issue-row issue-head" aria-hidden="false">
        <input type="checkbox" checked={all} aria-label={t('library.selectAll')} onChange={(e) => onToggleAll(e.target.checked)} />
        <span>{t('library.col.title')}</span>
        <span>{t('library.col.date')}</span>
        <span>{t('library.col.pages')}</span>
        <span>{t('library.col.findings')}</span>
        <span>{t('library.col.reviewed')}</span>
        <span>{t('library.col.edited')}</span>
      </div>
      <VirtualList
        count={issues.length}
        estimateSize={() => 48}
        rowKey={(i) => issues[i]?.id ?? String(i)}
        role="list"
        label={t('library.issues')}
        className="issue-scroll"
        renderRow={(i) => {
          const issue = issues[i] as IssueSummary
          return <IssueRow issue={issue} selected={selected.has(issue.id)} onToggle={onToggle} onOpen={onOpen} formatTime={formatTime} />
        }}
      />
    </div>
  )
}
