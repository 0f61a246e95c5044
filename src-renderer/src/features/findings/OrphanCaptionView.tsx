// orphan-caption: a caption standing away from its photo's article, with the ranked articles it may
// belong to; attach it to the chosen one (its credit stays apart).
import { useTranslation } from 'react-i18next'
import type { Block, Candidate } from '../../../../src-main/core/model'
import { CandidateList } from './CandidateList'

export interface OrphanCaptionViewProps {
  caption: Block | null
  candidates: Candidate[]
  candidateIndex: number
  onChooseCandidate: (index: number) => void
  onAttach: () => void
  onDismiss: () => void
  busy?: boolean
}

export function OrphanCaptionView(props: OrphanCaptionViewProps) {
  const { caption, candidates, candidateIndex, busy } = props
  const { t } = useTranslation()
  return (
    <section className="finding-view" aria-label={t('kind.orphan-caption')}>
      <figure className="caption-card">
        <figcaption>{t('caption.caption')}</figcaption>
        <p className="passage">{caption?.caption?.text ?? caption?.text}</p>
        {caption?.caption?.credit && <p className="credit">{t('caption.credit', { credit: caption.caption.credit })}</p>}
      </figure>
      {candidates.length > 0 ? (
        <CandidateList
          label={t('caption.candidates')}
          candidates={candidates}
          chosen={candidateIndex}
          onChoose={props.onChooseCandidate}
        />
      ) : (
        <p className="hint">{t('caption.noCandidates')}</p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={props.onAttach} disabled={busy || candidates.length === 0}>
          {t('action.attach')} <kbd>A</kbd>
        </button>
        <button type="button" onClick={props.onDismiss} disabled={busy}>
          {t('action.dismiss')} <kbd>D</kbd>
        </button>
      </div>
    </section>
  )
}
