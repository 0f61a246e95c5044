// Two editors on one issue (two windows of one app, or two Galley processes): each one's undo
// and redo are its own, no edit ever removes another editor's op, and an undo that would pull
// the ground from under someone else's later edit is refused.

import { describe, expect, it } from 'vitest'
import type { IssueUpdate, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { CN_ISSUE, EN_ISSUE, errorOf, fixtureLibrary, harness, value } from '../library/helpers'

async function twoClients(sameProcess: boolean) {
  const library = fixtureLibrary()
  const first = harness()
  const second = sameProcess ? first : harness()
  value(await first.dispatch('library:open', { folder: library }))
  if (!sameProcess) value((await second.dispatch('library:open', { folder: library })) as never as { ok: true; value: LibraryView })
  const client = (h: typeof first, editor: string) => ({
    open: async () => value(await h.dispatch('issue:open', { issueId: CN_ISSUE, editor })) as IssueView,
    accept: async (findingId: string) => value(await h.dispatch('finding:accept', { issueId: CN_ISSUE, findingId, editor })) as IssueUpdate,
    undo: () => h.dispatch('edit:undo', { issueId: CN_ISSUE, editor }),
    redo: () => h.dispatch('edit:redo', { issueId: CN_ISSUE, editor }),
    apply: async (op: unknown) => value(await h.dispatch('op:apply', { issueId: CN_ISSUE, op, editor } as never)) as IssueUpdate,
  })
  return { a: client(first, 'window-a'), b: client(second, 'window-b') }
}

describe.each([
  ['two windows of one app', true],
  ['two Galley processes', false],
])('undo with %s on one issue', (_, sameProcess) => {
  it("undoes only the undoer's own edit, and the undoer's next edit keeps the other's in the log", async () => {
    const { a, b } = await twoClients(sameProcess)
    const aFinding = (await a.open()).findings.find((f) => f.kind === 'paragraph-break')!
    await a.accept(aFinding.id)
    const bFinding = (await b.open()).findings.find((f) => f.kind === 'continuation')!
    await b.accept(bFinding.id)

    const undone = value(await a.undo()) as IssueUpdate
    // B's merge is still applied; A's join is back as an open finding.
    expect(undone.findingIds).toContain(aFinding.id)
    expect(undone.findingIds).not.toContain(bFinding.id)
    expect(undone.canUndo).toBe(false)
    expect(undone.canRedo).toBe(true)
    expect((await b.open()).canUndo).toBe(true)

    const article = (await a.open()).articles[0]
    await a.apply({ kind: 'mark-reviewed', articleId: article.id, reviewed: true, expect: {} })
    const log = (await b.open()).log
    expect(log.filter((e) => e.active).map((e) => e.op.kind)).toEqual(['merge-continuation', 'mark-reviewed'])
    // B can still take back its own merge, and only that.
    const bUndone = value(await b.undo()) as IssueUpdate
    expect(bUndone.findingIds).toContain(bFinding.id)
    expect(bUndone.log.filter((e) => e.active).map((e) => e.op.kind)).toEqual(['mark-reviewed'])
  })

  it("refuses to undo an edit another editor's later edit builds on, naming it", async () => {
    const { a, b } = await twoClients(sameProcess)
    const view = await a.open()
    const block = view.articles[0].blocks.find((x) => x.type === 'paragraph')!
    const first = await a.apply({ kind: 'edit-text', blockId: block.id, text: 'First correction.', expect: { [block.id]: block.hash } })
    const edited = first.articles.flatMap((x) => x.blocks).find((x) => x.id === block.id)!
    await b.apply({ kind: 'edit-text', blockId: block.id, text: 'Second correction.', expect: { [block.id]: edited.hash } })

    const refused = errorOf(await a.undo())
    expect(refused.code).toBe('conflict')
    expect(refused.message).toMatch(/later edit by .*edit/)
    // Nothing changed: both edits are still applied.
    const after = await a.open()
    expect(after.log.map((e) => e.active)).toEqual([true, true])
    expect(after.articles[0].blocks.some((x) => x.text === 'Second correction.')).toBe(true)

    value(await b.undo())
    value(await a.undo())
    expect((await b.open()).log.map((e) => e.active)).toEqual([false, false])
    // Each redoes its own: A first (B's edit fits only on top of A's).
    expect(errorOf(await b.redo()).code).toBe('conflict')
    value(await a.redo())
    value(await b.redo())
    expect((await a.open()).articles[0].blocks.some((x) => x.text === 'Second correction.')).toBe(true)
  })
})

describe('an editor with nothing of its own', () => {
  it('has nothing to undo, even when the issue holds other editors\' edits', async () => {
    const library = fixtureLibrary()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'window-a' })) as IssueView
    value(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: view.findings[0].id, editor: 'window-a' }))
    const other = value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'window-b' })) as IssueView
    expect(other).toMatchObject({ canUndo: false, canRedo: false })
    expect(errorOf(await h.dispatch('edit:undo', { issueId: EN_ISSUE, editor: 'window-b' }))).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('nothing of yours') })
    expect((value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'window-a' })) as IssueView).log[0].active).toBe(true)
  })
})
