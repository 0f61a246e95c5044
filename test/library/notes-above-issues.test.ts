// A folder's one text file whose name numbers no page is its page, so that a whole issue's OCR
// (`paper-1988-09-27.ocr.txt`) opens. A README or a notes file an archivist keeps in the library
// folder, or in a year's folder, is no such issue: taken for one, it hid every issue below it, and
// their edits, from the library without a word. Where folders below hold issues, they are the issues.

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueView, LibraryView } from '../../src-main/ipc/contract'
import { EN_ISSUE, fixtureLibrary, harness, tempDir, value } from './helpers'

describe('a text file above the issues of a library', () => {
  it('leaves the issues and their edits in view when the library folder holds a README', async () => {
    const library = fixtureLibrary()
    const h = harness()
    const opened = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    value(await h.dispatch('op:apply', { issueId: EN_ISSUE, op: { kind: 'mark-reviewed', articleId: view.articles[0].id, reviewed: true, expect: {} } }))

    writeFileSync(join(library, 'README.md'), '# Our newspaper archive\n\nScanned in 2024; ask the desk before moving folders.\n')
    const reopened = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(reopened.issues.map((i) => i.id)).toEqual(opened.issues.map((i) => i.id))
    expect(reopened.issues.find((i) => i.id === EN_ISSUE)?.reviewed).toBe(1)
  })

  it('leaves the issues of a year folder holding a notes file in view', async () => {
    const library = tempDir()
    mkdirSync(join(library, '1911', 'evening-post-1911-09-17'), { recursive: true })
    writeFileSync(join(library, '1911', 'notes.txt'), 'September: page 2 of the 17th is missing.\n')
    writeFileSync(join(library, '1911', 'evening-post-1911-09-17', '01.md'), '## Harbour reopens\n\nThe harbour reopened on Monday.\n')
    const view = value(await harness().dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.map((i) => i.id)).toEqual(['1911/evening-post-1911-09-17'])
  })

  it('still opens a folder of one unnumbered text with no issues below it as an issue', async () => {
    const library = tempDir()
    mkdirSync(join(library, 'paper-1988-09-27', 'scans'), { recursive: true })
    writeFileSync(join(library, 'paper-1988-09-27', 'paper-1988-09-27.ocr.txt'), 'CITY HALL\n\nThe council met on Monday.\n')
    const view = value(await harness().dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.map((i) => i.id)).toEqual(['paper-1988-09-27'])
  })
})
