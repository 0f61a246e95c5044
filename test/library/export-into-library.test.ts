// An export into the library folder itself would leave a file there that the next scan reads as the
// library's one page: the library folder would become one issue and every real issue (with its edit
// log) would drop out of view. It is refused.

import { describe, expect, it } from 'vitest'
import type { LibraryView } from '../../src-main/ipc/contract'
import { CN_ISSUE, EN_ISSUE, fixtureLibrary, harness, value } from './helpers'

describe('an export written into the library folder', () => {
  it('leaves the library listing the same issues when it is opened again', async () => {
    const folder = fixtureLibrary()
    const h = harness()
    const before = value(await h.dispatch('library:open', { folder })) as LibraryView
    expect(before.issues.map((i) => i.id).sort()).toEqual([EN_ISSUE, CN_ISSUE].sort())
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as { articles: { id: string }[] }
    value(await h.dispatch('op:apply', { issueId: EN_ISSUE, op: { kind: 'mark-reviewed', articleId: view.articles[0].id, reviewed: true, expect: {} } }))
    const exported = await h.dispatch('export:run', { issueIds: [EN_ISSUE], format: 'md', folder: before.folder })
    // Refused, saying why and where to write instead; nothing is written there.
    expect(exported.ok).toBe(false)
    if (!exported.ok) expect(exported.error.message).toMatch(/is the library folder/)
    const after = value(await h.dispatch('library:open', { folder })) as LibraryView
    // What the editor sees on the next start: both issues, the edited one with its edit, still listed.
    expect(after.issues.map((i) => i.id).sort()).toEqual([EN_ISSUE, CN_ISSUE].sort())
  })
})
