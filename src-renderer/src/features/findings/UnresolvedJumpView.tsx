// unresolved-jump: a jump line whose partner page is not in the issue; names the missing page and
// lets the editor add it (the finding resolves itself once the page is there).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block } from '../../../../src-main/core/model'
import { BlockLine } from './BlockLine'

export interface UnresolvedJumpViewProps {
  missingPage: string
  jumpLines: Block[]
  onAddPage: (path: string) => void
  onDismiss: () => void
  busy?: boolean
}

export function UnresolvedJumpView({ missingPage, jumpLines, onAddPage, onDismiss, busy }: UnresolvedJumpViewProps) {
  const { t } = useTranslation()
  const [path, setPath] = useState('')
  return (
    <section className="finding-view" aria-label={t('kind.unresolved-jump')}>
      <p className="lead">{t('unresolved.missing', { page: missingPage })}</p>
      {jumpLines.map((b) => (
        <BlockLine key={b.id} block={b} highlight />
      ))}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (path.trim()) onAddPage(path.trim())
        }}
      >
        <label>
          {t('unresolved.addPage', { page: missingPage })}
          <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('unresolved.pathPlaceholder')} />
        </label>
        <button type="submit" disabled={busy || !path.trim()}>
          {t('action.add')}
        </button>
      </form>
      <p className="hint">{t('unresolved.dropHint')}</p>
      <div className="actions">
        <button type="button" onClick={onDismiss} disabled={busy}>
          {t('unresolved.keep')} <kbd>D</kbd>
        </button>
      </div>
    </section>
  )
}
