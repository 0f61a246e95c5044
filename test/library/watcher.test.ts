// Outside changes: a page edited by another program is re-analysed and the ops that no longer
// fit are listed as conflicts; a page added to the issue resolves its unresolved jump; another
// window's edit shows up as state-changed.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueChanged, IssueUpdate, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { CN_ISSUE, EN_ISSUE, fixtureLibrary, harness, tempDir, until, value } from './helpers'

function changes(h: ReturnType<typeof harness>, issueId: string): IssueChanged[] {
  return h.events.filter((e) => e.event === 'issue:changed').map((e) => e.payload as IssueChanged).filter((p) => p.issueId === issueId)
}

// Each test waits up to 8 s for the watcher (slow under a loaded CI machine): more than the default 5 s.
describe('watching page files', { timeout: 15_000 }, () => {
  it('lists the ops an outside change broke as conflicts, never dropping them', async () => {
    const library = fixtureLibrary()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    const brk = view.findings.find((f) => f.kind === 'paragraph-break')!
    const accepted = value(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: brk.id })) as IssueUpdate
    expect(accepted.log).toHaveLength(1)
    expect(accepted.conflicts).toEqual([])

    const page = join(library, EN_ISSUE, '01.md')
    writeFileSync(page, readFileSync(page, 'utf8').replace('a project the', 'a scheme the'))
    await until(() => changes(h, EN_ISSUE).some((c) => c.reason === 'pages-changed'), 8000, 'issue:changed after the page edit')
    expect(changes(h, EN_ISSUE).at(-1)!.summary.conflictCount).toBe(1)

    const after = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    expect(after.log).toHaveLength(1)
    expect(after.conflicts).toHaveLength(1)
    expect(after.conflicts[0].index).toBe(0)
    expect(after.pagesRevision).not.toBe(view.pagesRevision)
    const discarded = value(await h.dispatch('conflict:discard', { issueId: EN_ISSUE, index: 0 })) as IssueUpdate
    expect(discarded.log).toHaveLength(0)
    expect(discarded.conflicts).toEqual([])
    expect(discarded).not.toHaveProperty('pages')
    expect(discarded.pagesRevision).toBe(after.pagesRevision)
  })

  it('resolves an unresolved jump when the missing page is added', async () => {
    const library = join(tempDir(), 'lib')
    mkdirSync(join(library, CN_ISSUE), { recursive: true })
    const source = fixtureLibrary()
    copyFileSync(join(source, CN_ISSUE, '01.md'), join(library, CN_ISSUE, '01.md'))
    const h = harness()
    const opened = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(opened.issues[0].openFindings['unresolved-jump']).toBe(1)
    expect(opened.issues[0].openFindings.continuation).toBe(0)

    copyFileSync(join(source, CN_ISSUE, '02.md'), join(library, CN_ISSUE, '02.md'))
    await until(() => changes(h, CN_ISSUE).some((c) => c.reason === 'page-added'), 8000, 'issue:changed after the page was added')
    const summary = changes(h, CN_ISSUE).at(-1)!.summary
    expect(summary.pageCount).toBe(2)
    expect(summary.openFindings['unresolved-jump']).toBe(0)
    expect(summary.openFindings.continuation).toBe(1)
  })

  it('tells the window when another window or process changed the edit log', async () => {
    const library = fixtureLibrary()
    const first = harness()
    const second = harness()
    value(await first.dispatch('library:open', { folder: library }))
    value(await second.dispatch('library:open', { folder: library }))
    const view = value(await second.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    value(await second.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: view.findings[0].id }))
    await until(() => changes(first, EN_ISSUE).some((c) => c.reason === 'state-changed'), 8000, 'state-changed in the other window')
    const seen = value(await first.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    expect(seen.log).toHaveLength(1)
  })

  it('reports a page deleted while the issue is open, keeping the edit log', async () => {
    const library = fixtureLibrary()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    const view = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    const brk = view.findings.find((f) => f.kind === 'paragraph-break')!
    value(await h.dispatch('finding:accept', { issueId: CN_ISSUE, findingId: brk.id }))
    const { rmSync } = await import('node:fs')
    rmSync(join(library, CN_ISSUE, '02.md'))
    await until(() => changes(h, CN_ISSUE).some((c) => c.reason === 'page-removed'), 8000, 'page-removed')
    const after = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    expect(after.pages.map((p) => p.file)).toEqual(['01.md'])
    expect(after.log).toHaveLength(1)
    expect(after.findings.some((f) => f.kind === 'unresolved-jump')).toBe(true)
  })
})
