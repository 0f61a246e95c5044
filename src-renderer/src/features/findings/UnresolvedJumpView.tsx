// unresolved-jump: a jump line whose partner page is not in the issue; names the missing page and
// lets the editor add it (the finding resolves itself once the page is there). A jump to a page the
// issue has, where no article opens with a matching jump line, offers that page's articles instead.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block, Candidate } from '../../../../src-main/core/model'
import { BlockLine } from './BlockLine'
import { CandidateList } from './CandidateList'

export interface UnresolvedJumpViewProps {
  missingPage: string
  jumpLines: Block[]
  onAddPage: (path: string) => void
  onDismiss: () => void
  busy?: boolean
}

export interface UnmatchedJumpProps {
  page: string
  candidates: Candidate[]
  candidateIndex: number
  onChooseCandidate: (index: number) => void
  onLink: () => void
}

export function UnresolvedJumpView(props: UnresolvedJumpViewProps & { unmatched?: UnmatchedJumpProps }) {
  const { missingPage, jumpLines, onAddPage, onDismiss, busy, unmatched } = props
  const { t } = useTranslation()
  const [path, setPath] = useState('')
  if (unmatched) return <UnmatchedJump {...unmatched} jumpLines={jumpLines} onDismiss={onDismiss} busy={busy} />
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

function UnmatchedJump(props: UnmatchedJumpProps & { jumpLines: Block[]; onDismiss: () => void; busy?: boolean }) {
  const { t } = useTranslation()
  const { page, candidates, candidateIndex, busy } = props
  return (
    <section className="finding-view" aria-label={t('kind.unresolved-jump')}>
      {props.jumpLines.map((b) => (
        <BlockLine key={b.id} block={b} highlight />
      ))}
      <p className="lead">{t(candidates.length > 0 ? 'unmatchedJump.pick' : 'unmatchedJump.none', { page })}</p>
      {candidates.length > 0 && (
        <CandidateList label={t('unmatchedJump.candidates', { page })} candidates={candidates} chosen={candidateIndex} onChoose={props.onChooseCandidate} noScores />
      )}
      <div className="actions">
        {candidates.length > 0 && (
          <button type="button" className="primary" onClick={props.onLink} disabled={busy}>
            {t('unmatchedJump.link')} <kbd>A</kbd>
          </button>
        )}
        <button type="button" onClick={props.onDismiss} disabled={busy}>
          {t('unresolved.keep')} <kbd>D</kbd>
        </button>
      </div>
    </section>
  )
}
