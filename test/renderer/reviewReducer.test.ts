// The review reducer: moving through the findings queue, filtering by kind, and going on to the
// next finding when the current one is resolved.
import { describe, expect, it } from 'vitest'
import { initialReview, reviewReducer, visibleFindings, type ReviewState } from '../../src-renderer/src/features/workspace/reviewReducer'
import * as fx from './fixtures'

function loaded(): ReviewState {
  return reviewReducer(initialReview, { type: 'issue-loaded', findings: fx.findings, firstArticleId: '01-skills' })
}

describe('review reducer', () => {
  it('starts at the first finding and its article', () => {
    const s = loaded()
    expect(s.currentFindingId).toBe('f-break')
    expect(s.articleId).toBe('01-skills')
  })

  it('goes to the next and previous finding and stops at the ends', () => {
    let s = loaded()
    s = reviewReducer(s, { type: 'next-finding' })
    expect(s.currentFindingId).toBe('f-dup')
    expect(s.articleId).toBe('01-quality')
    s = reviewReducer(s, { type: 'previous-finding' })
    s = reviewReducer(s, { type: 'previous-finding' })
    expect(s.currentFindingId).toBe('f-break')
  })

  it('goes on with the following finding when the current one is resolved', () => {
    let s = reviewReducer(loaded(), { type: 'next-finding' })
    s = reviewReducer(s, { type: 'issue-loaded', findings: fx.findings.filter((f) => f.id !== 'f-dup'), firstArticleId: '01-skills' })
    expect(s.currentFindingId).toBe('f-cont')
  })

  it('filters the queue by kind', () => {
    const s = reviewReducer(loaded(), { type: 'kind-filtered', kind: 'continuation' })
    expect(visibleFindings(s).map((f) => f.id)).toEqual(['f-cont'])
    expect(s.currentFindingId).toBe('f-cont')
  })

  it('chooses left or right copy of a duplicate with the arrow keys, candidates otherwise', () => {
    let s = reviewReducer(loaded(), { type: 'finding-chosen', findingId: 'f-dup' })
    s = reviewReducer(s, { type: 'choice-moved', step: 1 })
    expect(s.side).toBe('right')
    s = reviewReducer(s, { type: 'finding-chosen', findingId: 'f-cont' })
    expect(s.side).toBe('left')
    s = reviewReducer(s, { type: 'choice-moved', step: 1 })
    s = reviewReducer(s, { type: 'choice-moved', step: 1 })
    expect(s.candidateIndex).toBe(1)
  })
})
