// Two windows of one app (or two tabs of browser mode) share one main process: an edit saved in
// one is told to the other as `issue:changed` (state-changed), as another process's edit is, so the
// other window shows it (and marks text typed over the old one as stale) instead of going on from
// what it last showed and, saving a headline, writing over the edit unseen.

import { describe, expect, it } from 'vitest'
import type { IssueChanged, IssueView } from '../../src-main/ipc/contract'
import { createClient } from '../../src-renderer/src/api'
import { EN_ISSUE, fixtureLibrary, harness, value } from '../library/helpers'

describe('an edit in one window of the app', () => {
  it('is told to the other windows as state-changed, naming the window it came from', async () => {
    const h = harness()
    value(await h.dispatch('library:open', { folder: fixtureLibrary() }))
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'w1' })) as IssueView
    value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'w2' }))
    const before = h.events.length
    value(await h.dispatch('op:apply', { issueId: EN_ISSUE, editor: 'w2', op: { kind: 'set-headline', articleId: view.articles[0].id, parts: ['MAYOR OPENS BRIDGE'], expect: {} } }))
    const told = h.events.slice(before).filter((e) => e.event === 'issue:changed').map((e) => e.payload as IssueChanged)
    expect(told).toEqual([expect.objectContaining({ issueId: EN_ISSUE, reason: 'state-changed', editor: 'w2' })])
  })

  it('is not told back to the window that made it', () => {
    const listeners: ((payload: unknown) => void)[] = []
    const api = { invoke: () => Promise.resolve({ ok: true, value: null }), on: (_event: string, cb: (payload: unknown) => void) => (listeners.push(cb), () => undefined) }
    const seen: string[] = []
    createClient(api as never, 'w2').on('issue:changed', (e) => seen.push(e.editor ?? 'outside'))
    createClient(api as never, 'w1').on('issue:changed', (e) => seen.push(`w1 saw ${e.editor ?? 'outside'}`))
    for (const cb of listeners) cb({ issueId: EN_ISSUE, reason: 'state-changed', editor: 'w2' })
    expect(seen).toEqual(['w1 saw w2'])
  })
})
