// Where the review goes when the editor searches, picks an article, fixes the last finding of a
// filtered kind, or undoes (issue 15 §3 items 6, 7, 10, 13): never a finding the queue hides,
// never another article's finding, never a dead end while findings stay open.
import { describe, expect, it } from 'vitest'
import { initialReview, reviewReducer, visibleFindings, type ReviewState } from '../../src-renderer/src/features/workspace/reviewReducer'
import * as fx from './fixtures'

function loaded(): ReviewState {
  return reviewReducer(initialReview, { type: 'issue-loaded', findings: fx.findings, firstArticleId: '01-skills' })
}

describe('searching the findings', () => {
  it('moves off a finding the search hides to the first one it shows', () => {
    const s = reviewReducer(loaded(), { type: 'search-typed', query: 'passage repeated' })
    expect(s.currentFindingId).toBe('f-dup')
    expect(s.articleId).toBe('01-quality')
  })

  it('shows no finding when the search matches none, rather than one the queue does not list', () => {
    const s = reviewReducer(loaded(), { type: 'search-typed', query: 'no such words' })
    expect(visibleFindings(s)).toHaveLength(0)
    expect(s.currentFindingId).toBeNull()
  })

  it('Enter in the search goes to the next finding it shows', () => {
    let s = reviewReducer(loaded(), { type: 'search-typed', query: 'page 02' })
    expect(s.currentFindingId).toBe('f-cont')
    s = reviewReducer(s, { type: 'search-submitted' })
    expect(s.currentFindingId).toBe('f-jump')
  })

  it('clearing the search keeps the finding it had reached', () => {
    let s = reviewReducer(loaded(), { type: 'search-typed', query: 'page 02' })
    s = reviewReducer(s, { type: 'search-cleared' })
    expect(s.search).toBe('')
    expect(s.currentFindingId).toBe('f-cont')
  })
})

describe('choosing an article in the navigator', () => {
  it('shows that article’s first finding', () => {
    const s = reviewReducer(loaded(), { type: 'article-chosen', articleId: '01-expo' })
    expect(s.articleId).toBe('01-expo')
    expect(s.currentFindingId).toBe('f-cont')
  })

  it('shows no other article’s finding when the chosen one has none', () => {
    const s = reviewReducer(loaded(), { type: 'article-chosen', articleId: '01-blind' })
    expect(s.articleId).toBe('01-blind')
    expect(s.currentFindingId).toBeNull()
  })
})

describe('fixing the last finding of the kind the queue is filtered to', () => {
  it('lifts the filter and goes on with the finding after it while others are open', () => {
    let s = reviewReducer(loaded(), { type: 'kind-filtered', kind: 'duplicate-passage' })
    expect(s.currentFindingId).toBe('f-dup')
    s = reviewReducer(s, { type: 'issue-loaded', findings: fx.findings.filter((f) => f.id !== 'f-dup'), firstArticleId: '01-skills' })
    expect(s.kindFilter).toBe('all')
    expect(s.currentFindingId).toBe('f-cont')
    s = reviewReducer(s, { type: 'next-finding' })
    expect(s.currentFindingId).toBe('f-jump')
  })
})

describe('undo and redo', () => {
  it('select the finding the undo restored, not the one after it', () => {
    let s = reviewReducer(loaded(), { type: 'next-finding' })
    const without = fx.findings.filter((f) => f.id !== 'f-dup')
    s = reviewReducer(s, { type: 'issue-loaded', findings: without, firstArticleId: '01-skills' })
    expect(s.currentFindingId).toBe('f-cont')
    s = reviewReducer(s, { type: 'issue-loaded', findings: fx.findings, firstArticleId: '01-skills', changed: { articleIds: ['01-quality'] } })
    expect(s.currentFindingId).toBe('f-dup')
    expect(s.articleId).toBe('01-quality')
  })

  it('show the article the undo changed when it restored no finding', () => {
    const s = reviewReducer(loaded(), { type: 'issue-loaded', findings: fx.findings, firstArticleId: '01-skills', changed: { articleIds: ['01-blind'] } })
    expect(s.articleId).toBe('01-blind')
    expect(s.currentFindingId).toBeNull()
  })
})
