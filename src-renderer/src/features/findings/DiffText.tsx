// One side of a character diff (or both, inline): differences marked with <del>/<ins>, which the
// stylesheet strikes through and underlines, and which say what they are to a screen reader and
// on hover, so a difference is never told by colour alone.
import { useTranslation } from 'react-i18next'
import type { Hunk } from './duplicateDiff'

export interface DiffTextProps {
  hunks: Hunk[]
  side: 'left' | 'right' | 'both'
}

export function DiffText({ hunks, side }: DiffTextProps) {
  const { t } = useTranslation()
  const hidden = side === 'left' ? 'added' : side === 'right' ? 'removed' : null
  return (
    <>
      {hunks.map((h, i) =>
        h.kind === hidden ? null : h.kind === 'same' ? (
          <span key={i}>{h.text}</span>
        ) : h.kind === 'removed' ? (
          <del key={i} className="diff-removed" title={t('duplicate.onlyLeft')}>
            {h.text}
          </del>
        ) : (
          <ins key={i} className="diff-added" title={t('duplicate.onlyRight')}>
            {h.text}
          </ins>
        ),
      )}
    </>
  )
}
