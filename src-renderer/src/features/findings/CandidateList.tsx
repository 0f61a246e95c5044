// Ranked candidates (continuation tails, caption targets) as a radio group; ←/→ move the choice.
import { useTranslation } from 'react-i18next'
import type { Candidate } from '../../../../src-main/core/model'

export interface CandidateListProps {
  label: string
  candidates: Candidate[]
  chosen: number
  onChoose: (index: number) => void
  /** Candidates offered without a ranking (a page's articles to link a jump to). */
  noScores?: boolean
}

export function CandidateList({ label, candidates, chosen, onChoose, noScores }: CandidateListProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="candidates">
      <legend>{label}</legend>
      <ol>
        {candidates.map((c, i) => (
          <li key={`${c.articleId}-${i}`}>
            <label>
              <input type="radio" name={label} checked={i === chosen} onChange={() => onChoose(i)} />
              <span className="candidate-label">{c.label}</span>
              {c.evidence && c.evidence.length > 0 && (
                <span className="evidence">{c.evidence.map((e) => t(`evidence.${e}`)).join(' · ')}</span>
              )}
              {!noScores && (
                <span className="score" aria-hidden="true">
                  {/* A score is a share (0–1); clamped so an older analysis' raw sum never reads 300 %. */}
                  {Math.round(Math.min(1, Math.max(0, c.score)) * 100)}%
                </span>
              )}
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  )
}
