// One side of a character diff: the hunks of that side, differences marked with <ins>/<del>.
import type { Hunk } from './duplicateDiff'

export interface DiffTextProps {
  hunks: Hunk[]
  side: 'left' | 'right'
}

export function DiffText({ hunks, side }: DiffTextProps) {
  const hidden = side === 'left' ? 'added' : 'removed'
  return (
    <>
      {hunks.map((h, i) =>
        h.kind === hidden ? null : h.kind === 'same' ? (
          <span key={i}>{h.text}</span>
        ) : side === 'left' ? (
          <del key={i} className="diff-removed">
            {h.text}
          </del>
        ) : (
          <ins key={i} className="diff-added">
            {h.text}
          </ins>
        ),
      )}
    </>
  )
}
