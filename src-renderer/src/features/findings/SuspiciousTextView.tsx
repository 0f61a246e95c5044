// suspicious-text: a spot the OCR may have got wrong, marked in its block's text; the editor
// retypes the text from the print, takes the proposed fix where there is one (a stray space), or
// confirms it as printed (which dismisses the finding).
import { useContext, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block, Finding, Op } from '../../../../src-main/core/model'
import { DraftScope, draftOf, dropDraft, keepDraft } from '../workspace/unsaved'

export interface SuspiciousTextViewProps {
  finding: Finding
  block: Block | null
  onAccept: () => void
  onDismiss: () => void
  /** Where it answers whether the save went through, the retyped text stays until it did. */
  onApply: (ops: Op[]) => Promise<boolean> | void
  busy?: boolean
}

/** The block's text in three parts: before, the suspect spot, after (code-unit offsets from the core). */
function marked(text: string, finding: Finding): [string, string, string] {
  const at = Number(finding.params?.at ?? 0)
  const length = Number(finding.params?.length ?? 0)
  if (!Number.isInteger(at) || at < 0 || at > text.length) return [text, '', '']
  return [text.slice(0, at), text.slice(at, at + length), text.slice(at + length)]
}

export function SuspiciousTextView({ finding, block, onAccept, onDismiss, onApply, busy }: SuspiciousTextViewProps) {
  const { t } = useTranslation()
  // The retyped text is the block's typed text, kept as its edit field in the article keeps it
  // (unsaved.ts): over moving to another finding and back, and asked about on leaving the page.
  const key = `${useContext(DraftScope)}\u0000${block?.id ?? ''}`
  const [draft, setDraftShown] = useState<string | null>(() => (block ? (draftOf(key, block.text)?.typed ?? null) : null))
  const [unchanged, setUnchanged] = useState(false)
  if (!block) return <p className="hint">{t('finding.gone')}</p>
  const [before, spot, after] = marked(block.text, finding)
  const setDraft = (text: string | null) => {
    if (text === null) dropDraft(key)
    else keepDraft(key, block.text, text)
    setDraftShown(text)
  }
  const save = () => {
    if (draft === null || draft === block.text) return setUnchanged(true)
    const saving = onApply([{ kind: 'edit-text', blockId: block.id, text: draft, expect: { [block.id]: block.hash } }])
    if (!saving) return setDraft(null)
    // Kept until the save went through: refused (a conflict, a full disk), it can be saved again.
    void saving.then((ok) => {
      if (ok) setDraft(null)
    })
  }
  const stale = draft !== null && (draftOf(key, block.text)?.stale ?? false)
  return (
    <section className="finding-view" aria-label={t('kind.suspicious-text')}>
      <figure>
        <figcaption>{t('suspicious.text')}</figcaption>
        <p className="passage suspicious" data-testid="suspicious-text">
          {before}
          <mark className="suspect">{spot === ' ' || spot === '\u3000' ? '␣' : spot}</mark>
          {after}
        </p>
      </figure>
      {stale && (
        <p className="draft-stale" role="status">
          {t('edit.stale')}
        </p>
      )}
      {draft !== null && (
        <label className="retype">
          {t('suspicious.retypeLabel')}
          <textarea
            value={draft}
            autoFocus
            rows={Math.min(8, Math.max(2, Math.ceil(draft.length / 60)))}
            onChange={(e) => {
              setDraft(e.target.value)
              setUnchanged(false)
            }}
            onKeyDown={(e) => {
              // The workspace's single-key shortcuts must not fire while typing.
              e.stopPropagation()
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save()
              if (e.key === 'Escape') setDraft(null)
            }}
          />
        </label>
      )}
      {unchanged && <p className="hint" role="status">{t('suspicious.unchanged')}</p>}
      <div className="actions">
        {finding.fix.length > 0 && draft === null && (
          <button type="button" className="primary" onClick={onAccept} disabled={busy}>
            {t('suspicious.fix')} <kbd>A</kbd>
          </button>
        )}
        {draft === null ? (
          // Opens on what is typed for the block already (its paragraph's field), never dropping it.
          <button type="button" onClick={() => setDraftShown(draftOf(key, block.text)?.typed ?? block.text)} disabled={busy}>
            {t('suspicious.retype')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={save} disabled={busy}>
            {t('suspicious.save')} <kbd>Ctrl+Enter</kbd>
          </button>
        )}
        <button type="button" onClick={onDismiss} disabled={busy}>
          {t('suspicious.confirm')} <kbd>D</kbd>
        </button>
      </div>
    </section>
  )
}
