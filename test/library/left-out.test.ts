// What a library scan cannot open is named, not dropped: a page file or folder whose name is not
// valid UTF-8 (its bytes shown escaped), an issue deeper than the scan looks. In the library view
// and in export-library's failed list.

import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runExportLibrary } from '../../src-main/cli-library'
import type { IssueView, LibraryView } from '../../src-main/ipc/contract'
import { CN_ISSUE, EN_ISSUE, FIXTURES, fixtureLibrary, harness, tempDir, value } from './helpers'

/** A path whose last name is these raw bytes (not UTF-8): `Buffer` paths keep them as they are. */
function bytePath(dir: string, ...name: (string | number[])[]): Buffer {
  return Buffer.concat([Buffer.from(`${dir}/`), ...name.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)))])
}

// Some file systems (APFS, most Windows ones) refuse names that are not UTF-8: nothing to test there.
const bytesAllowed = (() => {
  const dir = tempDir('galley-bytes-')
  try {
    writeFileSync(bytePath(dir, [0xff], '01.md'), 'x')
    return true
  } catch {
    console.log('skipped: this file system does not allow file names that are not UTF-8')
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})()

const page = (headline: string) => `## ${headline}\n\n本报讯 昨日上午,新桥正式通车,市民纷纷前往参观。\n`

function io() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let err = ''
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  stdout.resume()
  return { io: { stdout, stderr }, err: () => err }
}

describe.skipIf(!bytesAllowed)('names that are not UTF-8', () => {
  it('opens an issue with its other pages and names the page file it cannot open, bytes escaped', async () => {
    const library = fixtureLibrary()
    writeFileSync(bytePath(join(library, CN_ISSUE), [0xff, 0xfe], '03.md'), page('第三版'))
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    const summary = view.issues.find((i) => i.id === CN_ISSUE)!
    expect(summary.error).toBeUndefined()
    expect(summary.pageCount).toBe(2)
    expect(summary.unopenedPages).toEqual(['\\xff\\xfe03.md'])
    const issue = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    expect(issue.pages.map((p) => p.file)).toEqual(['01.md', '02.md'])
  })

  it('lists a folder it cannot open as left out of the library, bytes escaped, with why', async () => {
    const library = fixtureLibrary()
    const folder = bytePath(library, 'caf', [0xe9], '-2024-01-01')
    mkdirSync(folder)
    writeFileSync(Buffer.concat([folder, Buffer.from('/01.md')]), page('咖啡'))
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.map((i) => i.id).sort()).toEqual([EN_ISSUE, CN_ISSUE].sort())
    expect(view.skipped).toEqual([{ path: 'caf\\xe9-2024-01-01', reason: 'undecodable-name', depth: 1 }])
  })

  // On worker threads too (--jobs 2), where the pages are read by a worker, not by the main thread.
  it.each(['1', '2'])('names in export-library\'s failed list the folder and the page file it could not open, and exports the rest (--jobs %s)', async (jobs) => {
    const library = fixtureLibrary()
    writeFileSync(bytePath(join(library, CN_ISSUE), [0xff], '03.md'), page('第三版'))
    const folder = bytePath(library, 'caf', [0xe9], '-2024-01-01')
    mkdirSync(folder)
    writeFileSync(Buffer.concat([folder, Buffer.from('/01.md')]), page('咖啡'))
    const out = join(tempDir(), 'out')
    const t = io()
    expect(await runExportLibrary([library, '--out', out, '--format', 'md', '--jobs', jobs], t.io)).toBe(1)
    expect(readdirSync(out).filter((n) => !n.includes('.report.')).sort()).toEqual([`${EN_ISSUE}.md`, `${CN_ISSUE}.md`].sort())
    expect(t.err()).toMatch(/could not be exported:\n(?: {2}.*\n)* {2}caf\\xe9-2024-01-01: undecodable: .*not valid UTF-8/u)
    expect(t.err()).toMatch(new RegExp(` {2}${CN_ISSUE}/\\\\xff03\\.md: undecodable: .*exported without it`, 'u'))
  })
})

describe('issues deeper than the scan looks', () => {
  function deepLibrary(): string {
    const library = fixtureLibrary()
    cpSync(join(FIXTURES, 'library', EN_ISSUE), join(library, 'a', 'b', 'c', 'd', 'evening-post-1911-09-18'), { recursive: true })
    return library
  }

  it('lists an issue nested too deep as skipped, with how deep it is', async () => {
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: deepLibrary() })) as LibraryView
    expect(view.issues.map((i) => i.id).sort()).toEqual([EN_ISSUE, CN_ISSUE].sort())
    expect(view.skipped).toEqual([{ path: 'a/b/c/d/evening-post-1911-09-18', reason: 'too-deep', depth: 5 }])
  })

  it('names it in export-library\'s failed list and exits non-zero', async () => {
    const out = join(tempDir(), 'out')
    const t = io()
    expect(await runExportLibrary([deepLibrary(), '--out', out, '--format', 'txt'], t.io)).toBe(1)
    expect(t.err()).toMatch(/ {2}a\/b\/c\/d\/evening-post-1911-09-18: skipped: .*5 folders below the library/u)
  })
})
