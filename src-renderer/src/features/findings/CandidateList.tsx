// Ranked candidates (continuation tails, caption targets) as a radio group; ←/→ move the choice.
import type { Candidate } from '../../../../src-main/core/model'

export interface CandidateListProps {
  label: string
  candidates: Candidate[]
  chosen: number
  onChoose: (index: number) => void
}

export function CandidateList({ label, candidates, chosen, onChoose }: CandidateListProps) {
  return (
    <fieldset className="candidates">
      <legend>{label}</legend>
      <ol>
        {candidates.map((c, i) => (
          <li key={`${c.articleId}-${i}`}>
            <label>
              <input type="radio" name={label} checked={i === chosen} onChange={() => onChoose(i)} />
              <span className="candidate-label">{c.label}</span>
              <span className="score" aria-hidden="true">
                {Math.round(c.score * 100)}%
              </span>
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  )
}
