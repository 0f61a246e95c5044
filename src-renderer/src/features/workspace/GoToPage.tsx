// G: go to a page of the issue, its first article shown; the pages the issue has are offered.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'

export interface GoToPageProps {
  pages: string[]
  onGo: (page: string) => void
  onClose: () => void
}

/** The page a typed number means: `2` is page 02. */
export function pageFor(typed: string, pages: readonly string[]): string | null {
  const want = typed.trim().replace(/^0+(?=\d)/, '')
  return pages.find((p) => p === typed.trim() || p.replace(/^0+(?=\d)/, '') === want) ?? null
}

export function GoToPage({ pages, onGo, onClose }: GoToPageProps) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState('')
  const [unknown, setUnknown] = useState(false)
  return (
    <Dialog title={t('goToPage.title')} onClose={onClose} className="go-to-page">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const page = pageFor(typed, pages)
          if (page === null) return setUnknown(true)
          onGo(page)
        }}
      >
        <label>
          {t('goToPage.label')}
          <input value={typed} inputMode="numeric" list="issue-pages" onChange={(e) => (setTyped(e.target.value), setUnknown(false))} />
        </label>
        <datalist id="issue-pages">
          {pages.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        {unknown && (
          <p className="hint" role="alert">
            {t('goToPage.unknown', { page: typed.trim(), pages: pages.join(', ') })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {t('goToPage.go')}
          </button>
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
