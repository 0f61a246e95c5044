// Browser mode's tabs (and the app's windows) are served by one handler context, one open library.
// Tab 1 edits an issue of library A; tab 2 opens library B (here a copy of A: a backup, a
// colleague's copy). Tab 1 still shows A, so its next edit is refused, never written into B.

import { cpSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueView, LibraryView } from '../../src-main/ipc/contract'
import { activeOps, IssueStore } from '../../src-main/library/store'
import { EN_ISSUE, fixtureLibrary, harness, tempDir, value } from './helpers'

describe('two tabs, two libraries', () => {
  it('keeps an edit made in the tab showing library A in library A, never in the library another tab opened', async () => {
    const a = fixtureLibrary()
    const b = join(tempDir(), 'backup-copy')
    cpSync(a, b, { recursive: true })
    const h = harness()
    value(await h.dispatch('library:open', { folder: a })) as LibraryView
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'tab-1' })) as IssueView
    const articleId = view.articles[0].id
    value(await h.dispatch('op:apply', { issueId: EN_ISSUE, editor: 'tab-1', op: { kind: 'mark-reviewed', articleId, reviewed: true, expect: {} } }))
    // Tab 2 opens another library.
    value(await h.dispatch('library:open', { folder: b })) as LibraryView
    // Tab 1, still on A's issue, makes its next edit.
    const reply = await h.dispatch('op:apply', { issueId: EN_ISSUE, editor: 'tab-1', op: { kind: 'mark-reviewed', articleId, reviewed: false, expect: {} } })
    h.dispose()
    const inA = activeOps(await new IssueStore(join(a, EN_ISSUE, '.galley', 'state.json')).load())
    // What the editor checks: nothing of tab 1's went into the other library…
    expect(existsSync(join(b, EN_ISSUE, '.galley'))).toBe(false)
    // …and the edit was refused, saying why, with library A's log as it was.
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/nothing was saved/) })
    expect(inA).toHaveLength(1)
  })

  it('goes on saving when another tab opens the same library again', async () => {
    const a = fixtureLibrary()
    const h = harness()
    value(await h.dispatch('library:open', { folder: a }))
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'tab-1' })) as IssueView
    value(await h.dispatch('library:open', { folder: a }))
    const reply = await h.dispatch('op:apply', { issueId: EN_ISSUE, editor: 'tab-1', op: { kind: 'mark-reviewed', articleId: view.articles[0].id, reviewed: true, expect: {} } })
    h.dispose()
    expect(reply.ok).toBe(true)
    expect(activeOps(await new IssueStore(join(a, EN_ISSUE, '.galley', 'state.json')).load())).toHaveLength(1)
  })
})
