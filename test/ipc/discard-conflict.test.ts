// Discarding an edit in conflict removes it from the log for good, so it removes the edit the
// editor chose in the conflicts banner or nothing: two windows showing the same two conflicts,
// the second window's discard of the first must not take the other edit, which now sits there.

import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueUpdate, IssueView } from '../../src-main/ipc/contract'
import { CN_ISSUE, errorOf, fixtureLibrary, harness, value } from '../library/helpers'

describe('discarding an edit in conflict from two windows', () => {
  it('refuses a discard whose edit another window discarded already, keeping the other edit in conflict', async () => {
    const library = fixtureLibrary()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    const view = value(await h.dispatch('issue:open', { issueId: CN_ISSUE, editor: 'w1' })) as IssueView
    const [first, second] = view.articles.flatMap((a) => a.blocks).filter((b) => b.type === 'paragraph' && b.source[0].page === '01')
    for (const [block, text] of [[first, 'FIRST EDIT'], [second, 'SECOND EDIT']] as const) {
      value(await h.dispatch('op:apply', { issueId: CN_ISSUE, editor: 'w1', op: { kind: 'edit-text', blockId: block.id, text, expect: { [block.id]: block.hash } } }))
    }
    // Both paragraphs are corrected in the page file itself: both edits are in conflict.
    const page = join(library, CN_ISSUE, '01.md')
    writeFileSync(page, readFileSync(page, 'utf8').replace(first.text, `${first.text}甲`).replace(second.text, `${second.text}乙`))
    const w1 = value(await h.dispatch('issue:open', { issueId: CN_ISSUE, editor: 'w1' })) as IssueView
    const w2 = value(await h.dispatch('issue:open', { issueId: CN_ISSUE, editor: 'w2' })) as IssueView
    expect(w1.conflicts.map((c) => c.index)).toEqual([0, 1])

    // Window 2 discards the first edit; window 1, still showing both, discards the first too.
    const chosen = w2.conflicts[0]
    value(await h.dispatch('conflict:discard', { issueId: CN_ISSUE, editor: 'w2', index: chosen.index, op: chosen.op })) as IssueUpdate
    const late = w1.conflicts[0]
    const error = errorOf(await h.dispatch('conflict:discard', { issueId: CN_ISSUE, editor: 'w1', index: late.index, op: late.op }))
    expect(error.code).toBe('conflict')

    const after = value(await h.dispatch('issue:open', { issueId: CN_ISSUE, editor: 'w1' })) as IssueView
    expect(after.conflicts.map((c) => c.op)).toEqual([w1.conflicts[1].op])
  })
})
