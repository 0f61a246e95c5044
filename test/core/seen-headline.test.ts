// Replaying set-headline, set-byline and mark-reviewed onto an article changed since they were
// made: an op carrying what the editor saw is a conflict there; one from an older log, without it,
// applies as it always did.
import { describe, expect, it } from 'vitest'
import { apply, parseIssue } from '../../src-main/core/index'
import { page } from './helpers'

const TEXT = ['## Council Votes New Water Main', 'By JOHN SMITH', 'The city council voted last night to build a new water main.'].join('\n\n')

describe('replaying headline, byline and review ops', () => {
  const source = () => parseIssue([page('01.md', TEXT)])

  it('keeps the headline a later-replayed stale op would have written over', () => {
    const issue = source()
    const { id, headline } = issue.articles[0]
    const result = apply(issue, [
      { kind: 'set-headline', articleId: id, parts: ['WATER MAIN APPROVED'], expect: {}, seen: headline },
      { kind: 'set-headline', articleId: id, parts: ['COUNCIL BACKS WATER MAIN'], expect: {}, seen: headline },
    ])
    expect(result.issue.articles[0].headline).toEqual(['WATER MAIN APPROVED'])
    expect(result.conflicts.map((c) => c.index)).toEqual([1])
    expect(result.conflicts[0].reason).toContain('“WATER MAIN APPROVED” now, not “Council Votes New Water Main”')
  })

  it('keeps the byline a stale op would have written over, and refuses a byline added over one', () => {
    const issue = source()
    const { id } = issue.articles[0]
    const result = apply(issue, [
      { kind: 'set-byline', articleId: id, text: 'By JANE DOE', expect: {}, seen: 'By JOHN SMITH' },
      { kind: 'set-byline', articleId: id, text: 'By J. SMITH', expect: {}, seen: 'By JOHN SMITH' },
      { kind: 'set-byline', articleId: id, text: 'By A. N. OTHER', expect: {}, seen: null },
    ])
    expect(result.issue.articles[0].blocks.filter((b) => b.type === 'byline').map((b) => b.text)).toEqual(['By JANE DOE'])
    expect(result.conflicts.map((c) => c.index)).toEqual([1, 2])
  })

  it('does not mark reviewed an article whose headline changed since', () => {
    const issue = source()
    const { id, headline } = issue.articles[0]
    const result = apply(issue, [
      { kind: 'set-headline', articleId: id, parts: ['WATER MAIN APPROVED'], expect: {} },
      { kind: 'mark-reviewed', articleId: id, reviewed: true, expect: {}, seen: headline },
    ])
    expect(result.issue.articles[0].reviewed).toBe(false)
    expect(result.conflicts.map((c) => c.index)).toEqual([1])
  })

  it('replays ops of an older log, which carry no seen, as before', () => {
    const issue = source()
    const { id } = issue.articles[0]
    const result = apply(issue, [
      { kind: 'set-headline', articleId: id, parts: ['WATER MAIN APPROVED'], expect: {} },
      { kind: 'set-headline', articleId: id, parts: ['COUNCIL BACKS WATER MAIN'], expect: {} },
      { kind: 'mark-reviewed', articleId: id, reviewed: true, expect: {} },
    ])
    expect(result.conflicts).toEqual([])
    expect(result.issue.articles[0].headline).toEqual(['COUNCIL BACKS WATER MAIN'])
    expect(result.issue.articles[0].reviewed).toBe(true)
  })
})
