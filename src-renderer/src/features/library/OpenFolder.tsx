// Opening a library folder: the system dialog on the desktop; in browser mode (no dialog) a typed path.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface OpenFolderProps {
  /** True once the main process said it has no dialog: show the path field. */
  needsPath: boolean
  busy: boolean
  onChoose: () => void
  onPath: (path: string) => void
  onCancel: () => void
}

export function OpenFolder({ needsPath, busy, onChoose, onPath, onCancel }: OpenFolderProps) {
  const { t } = useTranslation()
  const [path, setPath] = useState('')
  if (!needsPath) {
    return (
      <button type="button" onClick={onChoose} disabled={busy}>
        {t('library.open')}
      </button>
    )
  }
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (path.trim()) onPath(path.trim())
      }}
    >
      <label>
        {t('library.typedPath')}
        <input value={path} onChange={(e) => setPath(e.target.value)} autoFocus placeholder="/home/…/library" />
      </label>
      <button type="submit" disabled={busy || !path.trim()}>
        {t('action.open')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('action.cancel')}
      </button>
    </form>
  )
}
