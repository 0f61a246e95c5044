// The whole issue's open findings as a queue, filterable by kind; the current one is selected.
import { useTranslation } from 'react-i18next'
import type { Finding, FindingKind } from '../../../../src-main/core/model'
import { VirtualList } from '../../ui/VirtualList'
import { findingMessage } from './findingMessage'
import type { KindFilter } from '../workspace/reviewReducer'

export const FINDING_KINDS: FindingKind[] = [
  'paragraph-break',
  'duplicate-passage',
  'continuation',
  'unresolved-jump',
  'orphan-caption',
  'split-suspect',
  'auto-split',
]

export interface FindingsQueueProps {
  findings: Finding[]
  /** Open findings of each kind before filtering, for the filter's counts. */
  counts: Partial<Record<FindingKind, number>>
  currentId: string | null
  /** What a row names: the article the finding is about. */
  describe: (finding: Finding) => string
  kindFilter: KindFilter
  onChoose: (findingId: string) => void
  onFilter: (kind: KindFilter) => void
}

export function FindingsQueue({ findings, counts, currentId, describe, kindFilter, onChoose, onFilter }: FindingsQueueProps) {
  const { t } = useTranslation()
  const active = findings.findIndex((f) => f.id === currentId)
  const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0)
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
          estimateSize={() => 36}
          rowKey={(i) => findings[i]?.id ?? String(i)}
          activeIndex={active}
          role="listbox"
          label={t('queue.title')}
          activeDescendant={active >= 0 ? `finding-${active}` : undefined}
          renderRow={(i) => {
            const f = findings[i] as Finding
            return (
              <div
                id={`finding-${i}`}
                role="option"
                aria-selected={f.id === currentId}
                className={`queue-row${f.id === currentId ? ' current' : ''}`}
                title={findingMessage(t, f)}
                onClick={() => onChoose(f.id)}
              >
                <span className={`kind-dot kind-${f.kind}`} aria-hidden="true" />
                <span className="queue-kind">{t(`kind.${f.kind}`)}</span>
                <span className="queue-message">{describe(f)}</span>
              </div>
            )
          }}
        />
      )}
    </section>
  )
}
