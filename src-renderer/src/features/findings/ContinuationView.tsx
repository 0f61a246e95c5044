// continuation: the end of the head article and the start of the candidate tail side by side, with
// their jump lines; merge, choose another ranked candidate, or say there is no continuation.
import { useTranslation } from 'react-i18next'
import type { Article, Block, Candidate } from '../../../../src-main/core/model'
import { BlockLine } from './BlockLine'
import { CandidateList } from './CandidateList'

export interface ContinuationViewProps {
  head: Article | null
  tail: Article | null
  headEnd: Block[]
  tailStart: Block[]
  candidates: Candidate[]
  candidateIndex: number
  onChooseCandidate: (index: number) => void
  onMerge: () => void
  onNoContinuation: () => void
  busy?: boolean
}

function headlineOf(article: Article | null, fallback: string): string {
  return article && article.headline.length > 0 ? article.headline.join(' ') : fallback
}

export function ContinuationView(props: ContinuationViewProps) {
  const { head, tail, headEnd, tailStart, candidates, candidateIndex, busy } = props
  const { t } = useTranslation()
  return (
    <section className="finding-view" aria-label={t('kind.continuation')}>
      <div className="two-parts">
        <figure aria-label={t('continuation.headEnd')}>
          <figcaption>
            {t('continuation.headEnd')} · {t('page', { page: head?.pages.join('–') ?? '?' })}
            <strong className="article-title">{headlineOf(head, t('untitled'))}</strong>
          </figcaption>
          {headEnd.map((b) => (
            <BlockLine key={b.id} block={b} highlight={b.type === 'jump'} />
          ))}
        </figure>
        <figure aria-label={t('continuation.tailStart')}>
          <figcaption>
            {t('continuation.tailStart')} · {t('page', { page: tail?.pages.join('–') ?? '?' })}
            <strong className="article-title">{headlineOf(tail, t('untitled'))}</strong>
          </figcaption>
          {tailStart.map((b) => (
            <BlockLine key={b.id} block={b} highlight={b.type === 'jump'} />
          ))}
        </figure>
      </div>
      {candidates.length > 1 && (
        <CandidateList
          label={t('continuation.candidates')}
          candidates={candidates}
          chosen={candidateIndex}
          onChoose={props.onChooseCandidate}
        />
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={props.onMerge} disabled={busy || !tail}>
          {t('action.merge')} <kbd>A</kbd>
        </button>
        <button type="button" onClick={props.onNoContinuation} disabled={busy}>
          {t('continuation.none')} <kbd>D</kbd>
        </button>
      </div>
    </section>
  )
}
