// A piece of article text the editor can change in place: shown as text with an edit button;
// editing opens a textarea; saving hands the new text up (the container turns it into an op).
import { useContext, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DraftScope, draftOf, dropDraft, keepDraft } from './unsaved'

export interface EditableTextProps {
  text: string
  /** What the text is (a block's id, `<article id>:headline`): typed text not saved is kept by it
   * (unsaved.ts), so the field opens again with it after moving elsewhere and back. */
  draftKey: string
  /** What is being edited, for the field's label ("paragraph 3", "headline"). */
  label: string
  /** The edit button's label ("Edit paragraph 3"), made by the caller with the other labels of its list. */
  editLabel: string
  /** Hands the new text up; where it answers whether the save went through, typed text a failed
   * save did not keep is kept (the field opens with it again). */
  onSave: (text: string) => Promise<boolean> | void
  children: ReactNode
  className?: string
  multiline?: boolean
  busy?: boolean
}

export function EditableText({ text, draftKey, label, editLabel, onSave, children, className, multiline = true, busy }: EditableTextProps) {
  // Shown as text, this is one of every paragraph of an article: no i18n hook here (its
  // subscription per paragraph was a large share of showing an article); the form has its own.
  const key = `${useContext(DraftScope)}\u0000${draftKey}`
  const [draft, setDraft] = useState<string | null>(() => draftOf(key, text)?.typed ?? null)
  const open = () => setDraft(draftOf(key, text)?.typed ?? text)
  if (draft === null) {
    return (
      <div className={`editable ${className ?? ''}`} onDoubleClick={() => !busy && open()}>
        {children}
        <button type="button" className="edit-button quiet" aria-label={editLabel} onClick={open} disabled={busy}>
          ✎
        </button>
      </div>
    )
  }
  return (
    <EditForm
      text={text}
      draft={draft}
      stale={draftOf(key, text)?.stale ?? false}
      recovered={draftOf(key, text)?.recovered ?? false}
      label={label}
      multiline={multiline}
      className={className}
      onDraft={(typed) => {
        keepDraft(key, text, typed)
        setDraft(typed)
      }}
      onDone={(saved) => {
        setDraft(null)
        const saving = saved !== null && saved !== text ? onSave(saved) : undefined
        if (!saving) return dropDraft(key)
        // Kept until the save went through: refused (a conflict, a full disk), it opens again.
        void saving.then((ok) => (ok ? dropDraft(key) : setDraft(draftOf(key, text)?.typed ?? null)))
      }}
    />
  )
}

interface EditFormProps {
  text: string
  draft: string
  /** The text was changed (by another window) after this was typed over it. */
  stale: boolean
  /** What was typed was recovered from a window that closed before it was saved. */
  recovered: boolean
  label: string
  multiline: boolean
  className?: string
  onDraft: (draft: string) => void
  /** The text to save, or null to cancel. */
  onDone: (saved: string | null) => void
}

function EditForm({ text, draft, stale, recovered, label, multiline, className, onDraft, onDone }: EditFormProps) {
  const { t } = useTranslation()
  return (
    <form
      className={`editing ${className ?? ''}`}
      onSubmit={(e) => {
        e.preventDefault()
        onDone(draft)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onDone(null)
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          onDone(draft)
        }
      }}
    >
      {recovered && (
        <p className="draft-stale" role="status">
          {t('edit.recovered')}
        </p>
      )}
      {stale && (
        <p className="draft-stale" role="status">
          {t('edit.stale')}
        </p>
      )}
      {multiline ? (
        <textarea aria-label={label} value={draft} autoFocus rows={Math.min(12, Math.max(3, Math.ceil(text.length / 40)))} onChange={(e) => onDraft(e.target.value)} />
      ) : (
        <input aria-label={label} value={draft} autoFocus onChange={(e) => onDraft(e.target.value)} />
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  )
}
