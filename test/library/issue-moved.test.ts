// An issue folder renamed or deleted (in the file manager) while Galley has it open. The
// next edit must be refused with a clear error; it must not be acknowledged into a folder Galley
// re-creates at the old path, away from the pages, while the issue's earlier edits vanish from view.

import { cpSync, existsSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { activeOps, IssueStore } from '../../src-main/library/store'
import { EN_ISSUE, FIXTURES, tempDir } from './helpers'

async function openLibrary() {
  const dir = join(tempDir(), 'library')
  cpSync(join(FIXTURES, 'library'), dir, { recursive: true })
  // No watcher: the same window exists with one, between the rename and the rescan it schedules.
  const library = await Library.open(dir, { stateDir: tempDir('galley-state-'), emit: () => undefined, watch: false })
  const view = await library.openIssue(EN_ISSUE, 'window-1')
  const articleId = view.articles[0].id
  await library.applyOp(EN_ISSUE, { kind: 'mark-reviewed', articleId, reviewed: true, expect: {} }, 'window-1')
  return { dir, library, articleId }
}

describe('an issue folder moved away while it is open', () => {
  it('refuses the next edit after the folder was renamed, and re-creates nothing at the old path', async () => {
    const { dir, library, articleId } = await openLibrary()
    renameSync(join(dir, EN_ISSUE), join(dir, 'renamed'))
    const edit = library.applyOp(EN_ISSUE, { kind: 'mark-reviewed', articleId, reviewed: false, expect: {} }, 'window-1')
    let acknowledged = false
    await edit.then(() => (acknowledged = true), () => undefined)
    await library.close()
    // What the archivist sees afterwards: no ghost folder under the old name holding an edit…
    expect(existsSync(join(dir, EN_ISSUE))).toBe(false)
    // …and no edit acknowledged that is in no issue's log.
    expect(acknowledged).toBe(false)
    // The renamed issue keeps the edit made before the rename.
    const moved = await new IssueStore(join(dir, 'renamed', '.galley', 'state.json')).load()
    expect(activeOps(moved)).toHaveLength(1)
  })

  it('refuses the next edit after the folder was deleted, instead of saving it into a folder without pages', async () => {
    const { dir, library, articleId } = await openLibrary()
    rmSync(join(dir, EN_ISSUE), { recursive: true })
    await expect(library.applyOp(EN_ISSUE, { kind: 'mark-reviewed', articleId, reviewed: false, expect: {} }, 'window-1')).rejects.toMatchObject({ code: 'not-found' })
    await library.close()
    expect(existsSync(join(dir, EN_ISSUE))).toBe(false)
  })
})
