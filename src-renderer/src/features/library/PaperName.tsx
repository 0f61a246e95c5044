// The paper's name for the whole library, which every issue's title starts with: shown beside the
// folder, set or cleared in place. Empty means "read it from the pages, or use the folder's name".
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface PaperNameProps {
  paper: string | undefined
  busy: boolean
  onSave: (name: string | null) => void
}

export function PaperName({ paper, busy, onSave }: PaperNameProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  if (draft === null) {
    return (
      <p className="paper-name">
        <span>{paper ? t('library.paper.named', { paper }) : t('library.paper.unnamed')}</span>{' '}
        <button type="button" className="link" onClick={() => setDraft(paper ?? '')} disabled={busy}>
          {paper ? t('library.paper.rename') : t('library.paper.name')}
        </button>
      </p>
    )
  }
  const save = () => {
    onSave(draft.trim() || null)
    setDraft(null)
  }
  return (
    <form
      className="paper-name"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <label>
        {t('library.paper.label')}
        <input
          value={draft}
          autoFocus
          maxLength={80}
          placeholder={t('library.paper.placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
        />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t('action.save')}
      </button>
      <button type="button" onClick={() => setDraft(null)}>
        {t('action.cancel')}
      </button>
    </form>
  )
}
