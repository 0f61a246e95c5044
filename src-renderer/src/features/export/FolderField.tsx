// Choosing the export folder: the system dialog on the desktop, a typed path in browser mode
// (the main process answers needsPath when it has no dialog).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { asGalleyError } from '../../api'
import { useClient } from '../../ClientContext'

export interface FolderFieldProps {
  folder: string | null
  disabled?: boolean
  onChosen: (folder: string) => void
}

export function FolderField({ folder, disabled, onChosen }: FolderFieldProps) {
  const { t } = useTranslation()
  const client = useClient()
  const [typing, setTyping] = useState(false)
  const [path, setPath] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function choose(typed?: string) {
    setError(null)
    try {
      const choice = await client.call('export:choose-folder', typed === undefined ? {} : { path: typed })
      if (choice.needsPath) setTyping(true)
      else if (choice.folder) {
        onChosen(choice.folder)
        setTyping(false)
      }
    } catch (err) {
      setError(asGalleyError(err).message)
    }
  }

  return (
    <fieldset className="folder-field" disabled={disabled}>
      <legend>{t('export.folder')}</legend>
      <p className="folder-path">{folder ? <code>{folder}</code> : <span className="muted">{t('export.noFolder')}</span>}</p>
      {typing ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (path.trim()) void choose(path.trim())
          }}
        >
          <label>
            {t('export.typedFolder')}
            <input value={path} onChange={(e) => setPath(e.target.value)} autoFocus />
          </label>
          <button type="submit" disabled={!path.trim()}>
            {t('action.use')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => void choose()}>
          {t('export.chooseFolder')}
        </button>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
