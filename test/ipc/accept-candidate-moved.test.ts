// Accepting a finding's candidate links the article the editor chose: the candidate is sent with
// the article it names, and where another window's edit moved another article to that place in the
// list meanwhile (an article of the page deleted, one split), the accept is refused, never applied
// to that other article.

import { cpSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueView } from '../../src-main/ipc/contract'
import { errorOf, FIXTURES, harness, tempDir, value } from '../library/helpers'

const ISSUE = 'herald-2024-06-01'

describe('accepting a candidate another window moved', () => {
  it('refuses to link the head to the article now in the chosen candidate\'s place', async () => {
    const library = join(tempDir(), 'library')
    mkdirSync(library)
    cpSync(join(FIXTURES, 'core', 'en-jumps'), join(library, ISSUE), { recursive: true })
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    const view = value(await h.dispatch('issue:open', { issueId: ISSUE, editor: 'w1' })) as IssueView
    const jump = view.findings.find((f) => f.kind === 'unresolved-jump' && (f.candidates?.length ?? 0) >= 3)!
    const [first, chosen] = jump.candidates!
    // Window 2 deletes the first candidate's story (every block of it).
    const gone = view.articles.find((a) => a.id === first.articleId)!
    value(await h.dispatch('op:apply', { issueId: ISSUE, editor: 'w2', op: { kind: 'delete-blocks', blockIds: gone.blocks.map((b) => b.id), expect: Object.fromEntries(gone.blocks.map((b) => [b.id, b.hash])) } }))
    // Window 1, still showing the list it had, links the second candidate.
    const error = errorOf(await h.dispatch('finding:accept', { issueId: ISSUE, editor: 'w1', findingId: jump.id, candidateIndex: 1, candidateArticleId: chosen.articleId }))
    expect(error.code).toBe('conflict')
    const after = value(await h.dispatch('issue:open', { issueId: ISSUE, editor: 'w1' })) as IssueView
    expect(after.log.map((e) => e.op.kind)).toEqual(['delete-blocks'])
  })
})
