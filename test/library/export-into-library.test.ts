// An export into the library folder itself would leave a file there that the next scan reads as the
// library's one page: the library folder would become one issue and every real issue (with its edit
// log) would drop out of view. It is refused.

import { describe, expect, it } from 'vitest'
import type { LibraryView } from '../../src-main/ipc/contract'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CN_ISSUE, EN_ISSUE, fixtureLibrary, harness, tempDir, value } from './helpers'

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
    if (!exported.ok) expect(exported.error.message).toMatch(/is the library folder, with issues in its folders/)
    const after = value(await h.dispatch('library:open', { folder })) as LibraryView
    // What the editor sees on the next start: both issues, the edited one with its edit, still listed.
    expect(after.issues.map((i) => i.id).sort()).toEqual([EN_ISSUE, CN_ISSUE].sort())
  })

  it('is refused into any folder with issues below it (a year\'s folder), and allowed into one of its own', async () => {
    const root = tempDir()
    const year = join(root, '2024')
    mkdirSync(join(year, 'daily-2024-01-30'), { recursive: true })
    writeFileSync(join(year, 'daily-2024-01-30', '01.md'), '## Mayor opens bridge\n\nThe mayor opened the bridge.\n')
    mkdirSync(join(year, 'daily-2024-01-31'), { recursive: true })
    writeFileSync(join(year, 'daily-2024-01-31', '01.md'), '## Corn prices fall\n\nCorn fell again.\n')
    const h = harness()
    value(await h.dispatch('library:open', { folder: root }))
    const id = 'daily-2024-01-30'
    const issueId = `2024/${id}`
    const refused = await h.dispatch('export:run', { issueIds: [issueId], format: 'md', folder: year })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toMatch(/issues in its folders/)
    expect(readdirSync(year).sort()).toEqual(['daily-2024-01-30', 'daily-2024-01-31'])
    const own = join(root, 'exports')
    mkdirSync(own)
    const done = value(await h.dispatch('export:run', { issueIds: [issueId], format: 'md', folder: own })) as { files: unknown[] }
    expect(done.files).toHaveLength(1)
    const after = value(await h.dispatch('library:open', { folder: root })) as LibraryView
    expect(after.issues.map((i) => i.id)).toEqual(expect.arrayContaining(['2024/daily-2024-01-30', '2024/daily-2024-01-31']))
  })
})
