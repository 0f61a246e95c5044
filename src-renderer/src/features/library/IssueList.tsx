// The library's issues as a virtualized list under a column header.
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { IssueSummary } from '../../../../src-main/ipc/contract'
import { VirtualList } from '../../ui/VirtualList'
import { IssueRow } from './IssueRow'
import { rowText } from './rowText'

export interface IssueListProps {
  issues: IssueSummary[]
  selected: Set<string>
  onToggle: (id: string) => void
  onToggleAll: (select: boolean) => void
  onOpen: (id: string) => void
  formatTime: (iso: string) => string
}

const rowSize = () => 48

export function IssueList({ issues, selected, onToggle, onToggleAll, onOpen, formatTime }: IssueListProps) {
  const { t } = useTranslation()
  const text = useMemo(() => rowText(t), [t])
  const all = useMemo(() => issues.length > 0 && issues.every((i) => selected.has(i.id)), [issues, selected])
  // Stable while the list is: the virtualizer recomputes every row's position whenever its key
  // function changes, which on each scroll step would walk all 2,000 issues.
  const rowKey = useCallback((i: number) => issues[i]?.id ?? String(i), [issues])
  const renderRow = useCallback(
    (i: number) => {
      const issue = issues[i] as IssueSummary
      return <IssueRow issue={issue} selected={selected.has(issue.id)} onToggle={onToggle} onOpen={onOpen} formatTime={formatTime} text={text} />
    },
    [issues, selected, onToggle, onOpen, formatTime, text],
  )
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
        estimateSize={rowSize}
        rowKey={rowKey}
        role="list"
        label={t('library.issues')}
        className="issue-scroll"
        renderRow={renderRow}
      />
    </div>
  )
}
