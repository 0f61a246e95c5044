// Accepting every finding of a kind leaves alone a finding the editor dismissed: dismissing a
// paragraph break says those two paragraphs stay apart, and accept-a-kind finds it again after
// its first round of fixes.

import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueUpdate, IssueView } from '../../src-main/ipc/contract'
import { FIXTURES, harness, tempDir, value } from '../library/helpers'

/** An issue with three paragraph breaks. */
const ISSUE = '日报-2024-03-08'

describe('accepting every paragraph break', () => {
  it('does not join the paragraphs of a break the editor dismissed', async () => {
    const h = harness()
    const folder = join(tempDir(), 'library')
    cpSync(join(FIXTURES, 'structure-library'), folder, { recursive: true })
    value(await h.dispatch('library:open', { folder }))
    const call = async <T>(channel: string, arg: Record<string, unknown>) => value(await h.dispatch(channel as never, { issueId: ISSUE, editor: 'w1', ...arg } as never)) as T
    const view = await call<IssueView>('issue:open', {})
    const breaks = view.findings.filter((f) => f.kind === 'paragraph-break')
    expect(breaks.length).toBeGreaterThan(1)
    const [kept, ...others] = breaks
    await call<IssueUpdate>('finding:dismiss', { findingId: kept.id })
    await call<IssueUpdate>('findings:accept-kind', { kind: 'paragraph-break' })
    const after = await call<IssueView>('issue:open', {})
    const ids = new Set(after.articles.flatMap((a) => a.blocks.map((b) => b.id)))
    // The dismissed break's two paragraphs are both still there; the others were joined.
    for (const id of kept.blockIds) expect(ids.has(id)).toBe(true)
    for (const other of others) expect(other.blockIds.every((id) => ids.has(id))).toBe(false)
    expect(after.log.filter((e) => e.op.kind === 'join-paragraphs')).toHaveLength(others.length)
  })
})
