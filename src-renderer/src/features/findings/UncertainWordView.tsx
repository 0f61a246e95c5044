// uncertain-word: a word the OCR doubted, shown in its sentence; A confirms it as printed, or the
// editor types what the print says and Enter puts it in the block (an edit-text op). The word as
// typed is kept as the article's edit fields keep theirs (unsaved.ts): over moving to another
// finding and back, a reload or a crash, and until its save went through; leaving the page asks.
import { useContext, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block } from '../../../../src-main/core/model'
import { DraftScope, draftOf, dropDraft, keepDraft, uncertainWordKey } from '../workspace/unsaved'

export interface UncertainWordViewProps {
  block: Block | null
  word: string
  /** Where the word starts in the block's text. */
  at: number
  confidence: string
  onConfirm: () => void
  /** Where it answers whether the save went through, the typed word stays until it did. */
  onRetype: (text: string) => Promise<boolean> | void
  busy?: boolean
}

const CONTEXT = 80

export function UncertainWordView({ block, word, at, confidence, onConfirm, onRetype, busy }: UncertainWordViewProps) {
  const { t } = useTranslation()
  const key = `${useContext(DraftScope)}\u0000${uncertainWordKey(block?.id ?? '', at)}`
  const [typed, setTypedShown] = useState(() => draftOf(key, word)?.typed ?? word)
  if (!block || block.text.slice(at, at + word.length) !== word) return <p className="hint">{t('finding.gone')}</p>
  const setTyped = (text: string) => {
    keepDraft(key, word, text)
    setTypedShown(text)
  }
  const before = block.text.slice(Math.max(0, at - CONTEXT), at)
  const after = block.text.slice(at + word.length, at + word.length + CONTEXT)
  const confirm = () => {
    dropDraft(key)
    onConfirm()
  }
  return (
    <section className="finding-view" aria-label={t('kind.uncertain-word')}>
      <p className="passage" data-testid="uncertain-context">
        {at > CONTEXT && '…'}
        {before}
        <mark className="uncertain" title={t('uncertain.confidence', { confidence })}>
          {word}
        </mark>
        {after}
        {at + word.length + CONTEXT < block.text.length && '…'}
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (typed.trim() === '' || typed === word) return confirm()
          const saving = onRetype(block.text.slice(0, at) + typed + block.text.slice(at + word.length))
          if (!saving) return dropDraft(key)
          // Kept until the save went through: refused (a conflict, a full disk), it can be saved again.
          void saving.then((ok) => {
            if (ok) dropDraft(key)
          })
        }}
      >
        <label>
          {t('uncertain.retype')}
          <input value={typed} onChange={(e) => setTyped(e.target.value)} aria-label={t('uncertain.retype')} disabled={busy} />
        </label>
        <button type="submit" disabled={busy}>
          {typed === word ? t('uncertain.confirm') : t('uncertain.replace')} <kbd>Enter</kbd>
        </button>
      </form>
      <div className="actions">
        <button type="button" className="primary" onClick={confirm} disabled={busy}>
          {t('uncertain.confirm')} <kbd>A</kbd>
        </button>
      </div>
    </section>
  )
}
