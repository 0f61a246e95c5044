// A headline, a byline or a review mark saved from a window that had not yet shown another
// window's edit of it is refused as a conflict, naming what it is now: before, these ops checked
// nothing they replaced and wrote over the other edit unseen.

import { describe, expect, it } from 'vitest'
import type { IssueView } from '../../src-main/ipc/contract'
import type { Op } from '../../src-main/core/model'
import { EN_ISSUE, errorOf, fixtureLibrary, harness, value } from '../library/helpers'

async function twoWindows() {
  const h = harness()
  value(await h.dispatch('library:open', { folder: fixtureLibrary() }))
  const stale = value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'w1' })) as IssueView
  value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'w2' }))
  const article = stale.articles[0]
  const save = (editor: string, op: Op) => h.dispatch('op:apply', { issueId: EN_ISSUE, editor, op })
  const now = async () => (value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'w2' })) as IssueView).articles[0]
  return { article, save, now }
}

describe('an edit from a window that had not shown another window’s edit', () => {
  it('does not write over the headline the other window set', async () => {
    const { article, save, now } = await twoWindows()
    value(await save('w2', { kind: 'set-headline', articleId: article.id, parts: ['WATER MAIN APPROVED'], expect: {}, seen: article.headline }))
    const refused = errorOf(await save('w1', { kind: 'set-headline', articleId: article.id, parts: ['COUNCIL BACKS WATER MAIN'], expect: {}, seen: article.headline }))
    expect(refused.code).toBe('conflict')
    expect(refused.message).toContain('“WATER MAIN APPROVED” now')
    expect((await now()).headline).toEqual(['WATER MAIN APPROVED'])
  })

  it('does not write over the byline the other window set', async () => {
    const { article, save, now } = await twoWindows()
    const byline = article.blocks.find((b) => b.type === 'byline')?.text ?? null
    value(await save('w2', { kind: 'set-byline', articleId: article.id, text: 'By JANE DOE', expect: {}, seen: byline }))
    const refused = errorOf(await save('w1', { kind: 'set-byline', articleId: article.id, text: 'By J. SMITH', expect: {}, seen: byline }))
    expect(refused.code).toBe('conflict')
    expect(refused.message).toContain('“By JANE DOE” now')
    expect((await now()).blocks.find((b) => b.type === 'byline')?.text).toBe('By JANE DOE')
  })

  it('does not mark reviewed an article whose headline the other window changed', async () => {
    const { article, save, now } = await twoWindows()
    value(await save('w2', { kind: 'set-headline', articleId: article.id, parts: ['WATER MAIN APPROVED'], expect: {}, seen: article.headline }))
    const refused = errorOf(await save('w1', { kind: 'mark-reviewed', articleId: article.id, reviewed: true, expect: {}, seen: article.headline }))
    expect(refused.code).toBe('conflict')
    expect((await now()).reviewed).toBe(false)
  })

  it('saves as before where nothing changed meanwhile, and an op of an older log (no seen) still applies', async () => {
    const { article, save, now } = await twoWindows()
    value(await save('w1', { kind: 'set-headline', articleId: article.id, parts: ['COUNCIL BACKS WATER MAIN'], expect: {}, seen: article.headline }))
    value(await save('w2', { kind: 'set-headline', articleId: article.id, parts: ['WATER MAIN APPROVED'], expect: {} }))
    expect((await now()).headline).toEqual(['WATER MAIN APPROVED'])
  })
})
