// duplicate-passage: the two copies side by side, paragraphs aligned and character differences
// marked; keep left, keep right, keep both (not a duplicate), or edit the kept copy.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Side } from '../workspace/reviewReducer'
import { DiffText } from './DiffText'
import type { AlignedPair } from './duplicateDiff'

export interface DuplicateViewProps {
  pairs: AlignedPair[]
  side: Side
  /** Text of the copy that would be kept, offered for editing. */
  keptText: string
  onKeep: (side: Side) => void
  onEditKept: (text: string) => void
  busy?: boolean
}

function Cell({ pair, side }: { pair: AlignedPair; side: 'left' | 'right' }) {
  const text = pair[side]
  if (text === null) return <td className="missing" />
  return <td lang="zh">{pair.hunks ? <DiffText hunks={pair.hunks} side={side} /> : text}</td>
}

export function DuplicateView({ pairs, side, keptText, onKeep, onEditKept, busy }: DuplicateViewProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<string | null>(null)
  const tooBig = pairs.some((p) => p.left !== null && p.right !== null && p.hunks === null)
  return (
    <section className="finding-view" aria-label={t('kind.duplicate-passage')}>
      <table className="side-by-side">
        <thead>
          <tr>
            <th scope="col" className={side === 'left' ? 'chosen' : ''}>
              {t('duplicate.left')}
            </th>
            <th scope="col" className={side === 'right' ? 'chosen' : ''}>
              {t('duplicate.right')}
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair, i) => (
            <tr key={i}>
              <Cell pair={pair} side="left" />
              <Cell pair={pair} side="right" />
            </tr>
          ))}
        </tbody>
      </table>
      {tooBig && <p className="hint">{t('duplicate.tooBig')}</p>}
      <div className="actions" role="group" aria-label={t('duplicate.choose')}>
        {(['left', 'right', 'both'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className={side === s ? 'primary' : ''}
            aria-pressed={side === s}
            disabled={busy}
            onClick={() => onKeep(s)}
          >
            {t(`duplicate.keep.${s}`)}
            {s !== 'both' && <kbd>{s === 'left' ? '←' : '→'}</kbd>}
          </button>
        ))}
        <button type="button" onClick={() => setEditing(keptText)} disabled={busy || side === 'both'}>
          {t('duplicate.edit')}
        </button>
      </div>
      {editing !== null && (
        <form
          className="edit-kept"
          onSubmit={(e) => {
            e.preventDefault()
            onEditKept(editing)
            setEditing(null)
          }}
        >
          <label>
            {t('duplicate.editLabel')}
            <textarea value={editing} onChange={(e) => setEditing(e.target.value)} rows={6} />
          </label>
          <button type="submit" className="primary">
            {t('action.save')}
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            {t('action.cancel')}
          </button>
        </form>
      )}
    </section>
  )
}
