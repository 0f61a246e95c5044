// A piece of article text the editor can change in place: shown as text with an edit button;
// editing opens a textarea; saving hands the new text up (the container turns it into an op).
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface EditableTextProps {
  text: string
  /** What is being edited, for the button's and the field's labels ("paragraph 3", "headline"). */
  label: string
  onSave: (text: string) => void
  children: ReactNode
  className?: string
  multiline?: boolean
  busy?: boolean
}

export function EditableText({ text, label, onSave, children, className, multiline = true, busy }: EditableTextProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  if (draft === null) {
    return (
      <div className={`editable ${className ?? ''}`}>
        {children}
        <button type="button" className="edit-button quiet" aria-label={t('edit.button', { what: label })} onClick={() => setDraft(text)} disabled={busy}>
          ✎
        </button>
      </div>
    )
  }
  const save = () => {
    if (draft !== text) onSave(draft)
    setDraft(null)
  }
  return (
    <form
      className={`editing ${className ?? ''}`}
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          setDraft(null)
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          save()
        }
      }}
    >
      {multiline ? (
        <textarea aria-label={label} value={draft} autoFocus rows={Math.min(12, Math.max(3, Math.ceil(text.length / 40)))} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input aria-label={label} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} />
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  )
}
