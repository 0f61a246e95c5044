// A small count badge for one finding kind, coloured per kind, with a spoken label.
import type { FindingKind } from '../../../src-main/core/model'

export interface KindBadgeProps {
  kind: FindingKind
  count: number
  /** Accessible text, e.g. "2 paragraph breaks". */
  label: string
  short: string
}

export function KindBadge({ kind, count, label, short }: KindBadgeProps) {
  return (
    <span className={`badge kind-${kind}`} title={label} aria-label={label} role="img">
      {short}
      {count > 1 ? ` ${count}` : ''}
    </span>
  )
}
