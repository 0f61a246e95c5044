// Ops in the edit log that no longer fit the page files (they changed outside Galley): listed with
// their reason, never dropped silently; the editor may discard each one.
import { useTranslation } from 'react-i18next'
import type { Conflict } from '../../../../src-main/core/model'
import { Banner } from '../../ui/Banner'

export interface ConflictsBannerProps {
  conflicts: Conflict[]
  /** Gets the conflict itself: the main process discards its op only if it is still the one at its index. */
  onDiscard: (conflict: Conflict) => void
}

export function ConflictsBanner({ conflicts, onDiscard }: ConflictsBannerProps) {
  const { t } = useTranslation()
  if (conflicts.length === 0) return null
  return (
    <Banner tone="warning">
      <p>
        <strong>{t('conflicts.title', { count: conflicts.length })}</strong> {t('conflicts.explain')}
      </p>
      <ul className="conflicts">
        {conflicts.map((c) => (
          <li key={c.index}>
            <code>{t(`op.${c.op.kind}`)}</code> — {c.reason}{' '}
            <button type="button" className="quiet" onClick={() => onDiscard(c)}>
              {t('conflicts.discard')}
            </button>
          </li>
        ))}
      </ul>
    </Banner>
  )
}
