// Edits many at a time and the history's checkpoints through the IPC handlers (issue 15 §4):
// each bulk edit is one undo group, and returning to a checkpoint takes back only the caller's
// own later edits.

import { describe, expect, it } from 'vitest'
import type { CheckpointView, IssueUpdate, IssueView } from '../../src-main/ipc/contract'
import { emptyState, readSnapshot, type IssueState } from '../../src-main/library/edit-log'
import { CN_ISSUE, errorOf, fixtureLibrary, harness, value } from '../library/helpers'

async function opened() {
  const h = harness()
  const folder = fixtureLibrary()
  value(await h.dispatch('library:open', { folder }))
  // Channels whose answer does not depend on the editor take none (null).
  const call = async <T>(channel: string, arg: Record<string, unknown>, editor: string | null = 'window-a') =>
    value(await h.dispatch(channel as never, { issueId: CN_ISSUE, ...(editor ? { editor } : {}), ...arg } as never)) as T
  const view = await call<IssueView>('issue:open', {})
  return { h, call, view, folder }
}

describe('bulk edits', () => {
  it('applies several hand ops as one undo group', async () => {
    const { call, view } = await opened()
    const [a, b] = view.articles
    const update = await call<IssueUpdate>('ops:apply', {
      ops: [
        { kind: 'mark-reviewed', articleId: a.id, reviewed: true, expect: {} },
        { kind: 'mark-reviewed', articleId: b.id, reviewed: true, expect: {} },
      ],
    })
    expect(new Set(update.log.map((e) => e.group)).size).toBe(1)
    const undone = await call<IssueUpdate>('edit:undo', {})
    expect(undone.canUndo).toBe(false)
  })

  it('accepts every finding of a kind as one step that one undo takes back', async () => {
    const { call, view } = await opened()
    const breaks = view.findings.filter((f) => f.kind === 'paragraph-break')
    expect(breaks.length).toBeGreaterThan(0)
    const after = await call<IssueUpdate>('findings:accept-kind', { kind: 'paragraph-break' })
    const open = await call<IssueView>('issue:open', {})
    expect(open.findings.filter((f) => f.kind === 'paragraph-break')).toEqual([])
    expect(new Set(after.log.map((e) => e.group)).size).toBe(1)
    await call('edit:undo', {})
    const back = await call<IssueView>('issue:open', {})
    expect(back.findings.filter((f) => f.kind === 'paragraph-break').map((f) => f.id)).toEqual(breaks.map((f) => f.id))
  })

  it('previews a replace, applies it as one undo group, and names a bad pattern', async () => {
    const { h, call, view } = await opened()
    const word = Array.from(view.articles[0].headline[0]).slice(0, 2).join('')
    const query = { find: word, replace: '★', regex: false, matchCase: true }
    const { matches } = await call<{ matches: { before: string; after: string }[] }>('text:find', { query }, null)
    expect(matches.length).toBeGreaterThan(0)
    expect(matches[0].after).toContain('★')
    const replaced = await call<IssueUpdate>('text:replace', { query })
    expect(new Set(replaced.log.map((e) => e.group)).size).toBe(1)
    expect(replaced.log).toHaveLength(matches.length)
    const bad = errorOf(await h.dispatch('text:find', { issueId: CN_ISSUE, query: { find: '([', replace: '', regex: true, matchCase: true } }))
    expect(bad.code).toBe('invalid-argument')
    expect(bad.message).toMatch(/not a valid regular expression/)
  })
})

describe('checkpoints', () => {
  it('are kept in the edit log on disk: another process lists them, and a snapshot keeps them', async () => {
    const { call, folder } = await opened()
    await call('checkpoint:add', { name: '校对前' })
    const other = harness()
    value(await other.dispatch('library:open', { folder }))
    const listed = value(await other.dispatch('checkpoint:list', { issueId: CN_ISSUE })) as CheckpointView[]
    expect(listed.map((p) => p.name)).toEqual(['校对前'])
    const state = { ...emptyState(), checkpoints: listed }
    expect((readSnapshot(JSON.parse(JSON.stringify(state))) as IssueState).checkpoints).toEqual(listed)
  })

  it("returns to a checkpoint by undoing the caller's later edits, keeping another editor's", async () => {
    const { call, view } = await opened()
    const [a, b, c] = view.articles
    await call('op:apply', { op: { kind: 'mark-reviewed', articleId: a.id, reviewed: true, expect: {} } })
    const points = await call<CheckpointView[]>('checkpoint:add', { name: 'before the merges' })
    expect(points.map((p) => p.name)).toEqual(['before the merges'])
    await call('op:apply', { op: { kind: 'mark-reviewed', articleId: b.id, reviewed: true, expect: {} } })
    await call('op:apply', { op: { kind: 'mark-reviewed', articleId: c.id, reviewed: true, expect: {} } }, 'window-b')
    await call('op:apply', { op: { kind: 'set-headline', articleId: c.id, parts: ['新标题'], expect: {} } })

    const listed = await call<CheckpointView[]>('checkpoint:list', {}, null)
    await call<IssueUpdate>('checkpoint:return', { checkpointId: listed[0].id })
    const now = await call<IssueView>('issue:open', {})
    expect(now.log.filter((e) => e.active).map((e) => e.op.kind)).toEqual(['mark-reviewed', 'mark-reviewed'])
    expect(now.articles.find((x) => x.id === a.id)!.reviewed).toBe(true)
    expect(now.articles.find((x) => x.id === b.id)!.reviewed).toBe(false)
    expect(now.articles.find((x) => x.id === c.id)!.reviewed).toBe(true)
    expect(now.articles.find((x) => x.id === c.id)!.headline).toEqual(c.headline)
  })
})
