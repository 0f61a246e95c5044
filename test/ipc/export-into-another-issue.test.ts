// An export folder outside the open library can still be an issue's folder: another library's (a
// colleague's, a backup), with its page files and its edit log. An export written there would be
// read as a page of that issue, or in place of its one page, the next time that library is opened.
// The app and export-library refuse it, as the CLI's export --out does, and write nothing there.

import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueView, LibraryView } from '../../src-main/ipc/contract'
import { runExportLibrary } from '../../src-main/cli-library'
import { cliIo, EN_ISSUE, FIXTURES, fixtureLibrary, harness, tempDir, value } from '../library/helpers'

/** A library of one issue, `weekly-7`, whose export is named `weekly-7.md` (a page 07, read as a name). */
function weeklyLibrary(): string {
  const root = tempDir()
  mkdirSync(join(root, 'weekly-7'))
  cpSync(join(FIXTURES, 'library', EN_ISSUE, '01.md'), join(root, 'weekly-7', '01.md'))
  return root
}

describe('an export into an issue folder of another library', () => {
  it('is refused, and that issue keeps its pages', async () => {
    const other = fixtureLibrary()
    const theirs = join(other, EN_ISSUE)
    const before = readdirSync(theirs).sort()
    const h = harness({ chooseFolder: async () => theirs })
    value(await h.dispatch('library:open', { folder: weeklyLibrary() }))
    value(await h.dispatch('export:choose-folder', {}))
    const exported = await h.dispatch('export:run', { issueIds: ['weekly-7'], format: 'md', folder: theirs })
    expect(exported.ok).toBe(false)
    if (!exported.ok) expect(exported.error.message).toMatch(/page files/)
    expect(readdirSync(theirs).sort()).toEqual(before)
    value(await h.dispatch('library:open', { folder: other }))
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    expect(view.pages.map((p) => p.number)).toEqual(['01'])
  })

  it('is refused where the folder keeps an edit log, whatever its page is named', async () => {
    // One unnumbered page, edited: an export's Markdown beside it would be read as the page instead.
    const other = tempDir()
    const theirs = join(other, 'gazette')
    mkdirSync(theirs)
    writeFileSync(join(theirs, 'gazette.ocr.txt'), '## Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n')
    const colleague = harness()
    value(await colleague.dispatch('library:open', { folder: other }))
    const theirView = value(await colleague.dispatch('issue:open', { issueId: 'gazette' })) as IssueView
    value(await colleague.dispatch('op:apply', { issueId: 'gazette', op: { kind: 'mark-reviewed', articleId: theirView.articles[0].id, reviewed: true, expect: {} } }))
    const before = readdirSync(theirs).sort()

    const h = harness({ chooseFolder: async () => theirs })
    value(await h.dispatch('library:open', { folder: fixtureLibrary() }))
    value(await h.dispatch('export:choose-folder', {}))
    const exported = await h.dispatch('export:run', { issueIds: [EN_ISSUE], format: 'md', folder: theirs })
    expect(exported.ok).toBe(false)
    if (!exported.ok) expect(exported.error.message).toMatch(/edit log/)
    expect(readdirSync(theirs).sort()).toEqual(before)

    const { io } = cliIo()
    await expect(runExportLibrary([fixtureLibrary(), '--out', theirs, '--format', 'md', '--jobs', '1'], io)).rejects.toThrow(/edit log/)
    expect(readdirSync(theirs).sort()).toEqual(before)
    const reopened = value(await colleague.dispatch('library:open', { folder: other })) as LibraryView
    expect(reopened.issues.map((i) => i.id)).toEqual(['gazette'])
    const view = value(await colleague.dispatch('issue:open', { issueId: 'gazette' })) as IssueView
    expect(view.pages.map((p) => p.file)).toEqual(['gazette.ocr.txt'])
  })
})
