// The whole issue's open findings as a queue, filterable by kind; the current one is selected.
// Rows are grouped by article (its headline heads the group's first row) and each names its page
// and a snippet of its text, so three breaks in one article are three different rows.
// Rows are memoised: an edit re-renders only the rows whose finding, label or selection changed.
import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding, FindingKind } from '../../../../src-main/core/model'
import { VirtualList } from '../../ui/VirtualList'
import { findingMessage } from './findingMessage'
import type { KindFilter } from '../workspace/reviewReducer'

// The renderer may import only types from src-main, so the kinds are listed again here; the
// check below stops the build if core reports a kind this list lacks.
const KINDS = ['paragraph-break', 'duplicate-passage', 'continuation', 'unresolved-jump', 'orphan-caption', 'split-suspect', 'auto-split', 'suspicious-text', 'uncertain-word'] as const satisfies readonly FindingKind[]
const everyKindListed: [Exclude<FindingKind, (typeof KINDS)[number]>] extends [never] ? true : never = true
void everyKindListed
export const FINDING_KINDS: FindingKind[] = [...KINDS]

export interface FindingsQueueProps {
  findings: Finding[]
  /** Open findings of each kind before filtering, for the filter's counts. */
  counts: Partial<Record<FindingKind, number>>
  currentId: string | null
  /** What a row names: the article the finding is about (its group). */
  describe: (finding: Finding) => string
  /** Where the finding sits: its page and a few words of its text. */
  locate?: (finding: Finding) => { page: string; snippet: string }
  kindFilter: KindFilter
  onChoose: (findingId: string) => void
  onFilter: (kind: KindFilter) => void
}

interface QueueRowProps {
  finding: Finding
  current: boolean
  description: string
  /** The article's headline, on the first row of its group; null on the others. */
  group: string | null
  page: string
  snippet: string
  onChoose: (findingId: string) => void
}

/** The option's element id, for aria-activedescendant: named by the finding, so a row keeps it when an accept removes a row above. */
const optionId = (f: Finding): string => `finding-${f.id}`

const QueueRow = memo(function QueueRow({ finding: f, current, description, group, page, snippet, onChoose }: QueueRowProps) {
  const { t } = useTranslation()
  return (
    <div
      id={optionId(f)}
      role="option"
      aria-selected={current}
      aria-label={`${t(`kind.${f.kind}`)}, ${description}${page ? `, ${t('queue.page', { page })}` : ''}${snippet ? `: ${snippet}` : ''}`}
      className={`queue-row${current ? ' current' : ''}${group !== null ? ' group-start' : ''}`}
      title={findingMessage(t, f)}
      onClick={() => onChoose(f.id)}
    >
      {group !== null && (
        <span className="queue-group" aria-hidden="true">
          {group}
        </span>
      )}
      <span className="queue-line">
        <span className={`kind-dot kind-${f.kind}`} aria-hidden="true" />
        <span className="queue-kind">{t(`kind.${f.kind}`)}</span>
        {page && <span className="queue-page">{t('queue.page', { page })}</span>}
        <span className="queue-message">{snippet || description}</span>
      </span>
    </div>
  )
})

const ROW = 36
const GROUP_ROW = 58

export const FindingsQueue = memo(function FindingsQueue({ findings, counts, currentId, describe, locate, kindFilter, onChoose, onFilter }: FindingsQueueProps) {
  const { t } = useTranslation()
  const active = findings.findIndex((f) => f.id === currentId)
  const startsGroup = useCallback((i: number) => i === 0 || findings[i - 1]?.articleIds[0] !== findings[i]?.articleIds[0], [findings])
  const rowSize = useCallback((i: number) => (startsGroup(i) ? GROUP_ROW : ROW), [startsGroup])
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0)
  const rowKey = useCallback((i: number) => findings[i]?.id ?? String(i), [findings])
  return (
    <section className="queue" aria-label={t('queue.title')}>
      <header className="pane-head">
        <h2>{t('queue.title')}</h2>
        <label className="filter">
          <span className="sr-only">{t('queue.filter')}</span>
          <select aria-label={t('queue.filter')} value={kindFilter} onChange={(e) => onFilter(e.target.value as KindFilter)}>
            <option value="all">{t('queue.all', { count: total })}</option>
            {FINDING_KINDS.filter((k) => (counts[k] ?? 0) > 0 || k === kindFilter).map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)} ({counts[k] ?? 0})
              </option>
            ))}
          </select>
        </label>
      </header>
      {findings.length === 0 ? (
        <p className="empty">{t('queue.empty')}</p>
      ) : (
        <VirtualList
          count={findings.length}
          estimateSize={rowSize}
          rowKey={rowKey}
          activeIndex={active}
          role="listbox"
          label={t('queue.title')}
          activeDescendant={active >= 0 ? optionId(findings[active] as Finding) : undefined}
          renderRow={(i) => {
            const f = findings[i] as Finding
            const where = locate?.(f) ?? { page: '', snippet: '' }
            return (
              <QueueRow
                finding={f}
                current={f.id === currentId}
                description={describe(f)}
                group={startsGroup(i) ? describe(f) : null}
                page={where.page}
                snippet={where.snippet}
                onChoose={onChoose}
              />
            )
          }}
        />
      )}
    </section>
  )
})
