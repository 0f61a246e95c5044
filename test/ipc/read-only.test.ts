// A library on a read-only file system (a CD, a read-only share, a locked archive mount): the
// editor can read every issue and export it elsewhere; the first edit says plainly that edits
// cannot be kept there, instead of "it does not exist".

import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ExportResult, IssueView } from '../../src-main/ipc/contract'
import { EN_ISSUE, errorOf, fixtureLibrary, harness, tempDir, value } from '../library/helpers'

/** A read-only mount holding a copy of the fixture library, where this machine lets a test make one (root on Linux). */
function readOnlyLibrary(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null
  const mount = mkdtempSync(join(tmpdir(), 'galley-ro-')) // not tempDir's: that is removed after each test, before the unmount
  afterAll(() => {
    spawnSync('umount', [mount])
    rmSync(mount, { recursive: true, force: true })
  })
  if (spawnSync('mount', ['-t', 'tmpfs', 'tmpfs', mount]).status !== 0) return null
  cpSync(fixtureLibrary(), join(mount, 'library'), { recursive: true })
  if (spawnSync('mount', ['-o', 'remount,ro', mount]).status !== 0) return null
  return join(mount, 'library')
}

const library = readOnlyLibrary()
if (!library) console.log('read-only library test skipped: this machine cannot make a read-only mount for it (needs root on Linux)')

describe.skipIf(!library)('a library on a read-only file system', () => {
  it('opens and exports its issues, and refuses an edit saying the folder is read-only', async () => {
    const h = harness()
    value(await h.dispatch('library:open', { folder: library as string }))
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    expect(view.articles.length).toBeGreaterThan(0)

    const refused = errorOf(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: view.findings[0].id }))
    expect(refused.code).toBe('read-only')
    expect(refused.message).toMatch(/read-only/)
    expect(refused.message).toMatch(/export/)
    expect(refused.message).not.toMatch(/does not exist/)

    const out = tempDir('galley-export-')
    mkdirSync(out, { recursive: true })
    value(await h.dispatch('export:choose-folder', { path: out }))
    const result = value(await h.dispatch('export:run', { issueIds: [EN_ISSUE], format: 'md', folder: out })) as ExportResult
    expect(result.failed).toEqual([])
    expect(result.files).toHaveLength(1)
  })
})
