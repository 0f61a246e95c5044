// An export never replaces another issue's original page files or its METS: not where the app's
// export folder holds a folder named as the export's own (`<issue>.alto`), and not where the CLI's
// --out names another issue's folder or one of its pages.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportResult, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { altoPage, harbourPage, metsFile } from '../fixtures/alto'
import { harness, runCliQuietly, tempDir, value } from './helpers'

const PAGE_A = harbourPage()
const PAGE_B = altoPage({ version: '2.1', blocks: [[['The', 'mayor', 'spoke', 'at', 'length.']]] })
const METS_B = metsFile(['page_0001.xml'], [{ title: 'THE MAYOR', areas: [['page_0001.xml', 1, 5]] }])

function issue(library: string, name: string, files: Record<string, string>): string {
  const dir = join(library, name)
  mkdirSync(dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
  return dir
}


describe('an export beside the originals', () => {
  it('app: a corrected ALTO export into the library folder leaves the pages of an issue named like its folder (<issue>.alto) untouched', async () => {
    const library = tempDir()
    issue(library, 'statesman-1824-02-17', { 'page_0001.xml': PAGE_A })
    // Another issue of the library: ALTO pages kept in a folder whose name ends in .alto (a batch's
    // folder, or an earlier corrected export taken into the library and edited there).
    const other = issue(library, 'statesman-1824-02-17.alto', { 'page_0001.xml': PAGE_B, 'mets.xml': METS_B })
    const h = harness()
    const lib = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(lib.issues.map((i) => i.id).sort()).toEqual(['statesman-1824-02-17', 'statesman-1824-02-17.alto'])
    const view = value(await h.dispatch('issue:open', { issueId: 'statesman-1824-02-17' })) as IssueView
    const block = view.articles.flatMap((a) => a.blocks).find((b) => b.text.includes('thsi'))!
    value(await h.dispatch('op:apply', { issueId: 'statesman-1824-02-17', op: { kind: 'edit-text', blockId: block.id, text: block.text.replace('thsi', 'this'), expect: { [block.id]: block.hash } } }))
    // Export into the library folder: not an issue folder, so it is allowed.
    const reply = await h.dispatch('export:run', { issueIds: ['statesman-1824-02-17'], format: 'alto', folder: lib.folder })
    if (reply.ok) expect((reply.value as ExportResult).files.length + (reply.value as ExportResult).failed.length).toBe(1)
    // What the archivist checks: the other issue's original page and METS are byte for byte as they were.
    expect(readFileSync(join(other, 'page_0001.xml'), 'utf8')).toBe(PAGE_B)
    expect(readFileSync(join(other, 'mets.xml'), 'utf8')).toBe(METS_B)
  })

  it('app: exports again over its own earlier export (its report beside it), but never over a file of that name it did not write', async () => {
    const library = tempDir()
    issue(library, 'daily-2024-01-30', { '01.md': '## Mayor opens bridge\n\nThe mayor opened the bridge.\n' })
    const out = tempDir()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    value(await h.dispatch('export:choose-folder', { path: out }))
    const first = value(await h.dispatch('export:run', { issueIds: ['daily-2024-01-30'], format: 'md', folder: out })) as ExportResult
    const again = value(await h.dispatch('export:run', { issueIds: ['daily-2024-01-30'], format: 'md', folder: out })) as ExportResult
    expect([first.files.length, again.files.length, again.failed.length]).toEqual([1, 1, 0])
    // A file of the export's name that Galley did not write (no report beside it) is left alone.
    const other = tempDir()
    const mine = '## Notes of my own\n\nKept here.\n'
    writeFileSync(join(other, 'daily-2024-01-30.md'), mine)
    value(await h.dispatch('export:choose-folder', { path: other }))
    const refused = value(await h.dispatch('export:run', { issueIds: ['daily-2024-01-30'], format: 'md', folder: other })) as ExportResult
    expect(refused.failed[0]?.error.message).toMatch(/never writes over it/)
    expect(readFileSync(join(other, 'daily-2024-01-30.md'), 'utf8')).toBe(mine)
  })

  it('app: an export named like another library’s issue’s earlier export (same folder name, another run) is written beside it, never over it', async () => {
    const out = tempDir()
    const exportFrom = async (text: string): Promise<ExportResult> => {
      const library = tempDir()
      issue(library, 'gazette-1911-09-17', { '01.md': text })
      const h = harness({ chooseFolder: async () => out })
      value(await h.dispatch('library:open', { folder: library }))
      value(await h.dispatch('export:choose-folder', {}))
      return value(await h.dispatch('export:run', { issueIds: ['gazette-1911-09-17'], format: 'md', folder: out })) as ExportResult
    }
    const first = await exportFrom('## Harbour reopens\n\nThe harbour reopened on Monday.\n')
    const second = await exportFrom('## Mayor resigns\n\nThe mayor resigned on Tuesday.\n')
    expect(first.failed).toEqual([])
    expect(second.failed).toEqual([])
    // What the archivist checks: both issues' exports are there, each with its own text.
    expect(readFileSync(join(out, 'gazette-1911-09-17.md'), 'utf8')).toContain('Harbour reopens')
    expect(readFileSync(join(out, 'gazette-1911-09-17-2.md'), 'utf8')).toContain('Mayor resigns')
    expect(readFileSync(join(out, 'gazette-1911-09-17-2.report.md'), 'utf8')).toMatch(/^- Issue folder: .*gazette-1911-09-17$/mu)
  })

  it('CLI: export --format alto --out <another issue folder> does not replace that issue’s page files and METS', async () => {
    const library = tempDir()
    const a = issue(library, 'statesman-1824-02-17', { 'page_0001.xml': PAGE_A })
    const b = issue(library, 'statesman-1824-02-18', { 'page_0001.xml': PAGE_B, 'mets.xml': METS_B })
    await runCliQuietly(['export', a, '--format', 'alto', '--out', b])
    expect(readFileSync(join(b, 'page_0001.xml'), 'utf8')).toBe(PAGE_B)
    expect(readFileSync(join(b, 'mets.xml'), 'utf8')).toBe(METS_B)
  })

  it('CLI: export --out <an issue of one page>/01.md leaves that page alone too', async () => {
    const library = tempDir()
    const a = issue(library, 'daily-2024-01-30', { '01.md': '## Mayor opens bridge\n\nThe mayor opened the bridge.\n' })
    const original = '## Corn prices fall\n\nCorn fell again this week.\n'
    const b = issue(library, 'daily-2024-01-31', { '01.md': original })
    const refused = await runCliQuietly(['export', a, '--format', 'md', '--out', join(b, '01.md')])
    expect(String(refused)).toMatch(/--replace/)
    expect(readFileSync(join(b, '01.md'), 'utf8')).toBe(original)
  })

  it('CLI: exports again over its earlier export only when asked (--replace), and beside other exports freely', async () => {
    const library = tempDir()
    const a = issue(library, 'daily-2024-01-30', { '01.md': '## Mayor opens bridge\n\nThe mayor opened the bridge.\n' })
    const b = issue(library, 'daily-2024-01-31', { '01.md': '## Corn prices fall\n\nCorn fell again this week.\n' })
    const out = tempDir()
    expect(await runCliQuietly(['export', a, '--format', 'md', '--out', join(out, 'a.md')])).toBe(0)
    expect(await runCliQuietly(['export', b, '--format', 'md', '--out', join(out, 'b.md')])).toBe(0)
    expect(String(await runCliQuietly(['export', a, '--format', 'md', '--out', join(out, 'a.md')]))).toMatch(/--replace/)
    expect(await runCliQuietly(['export', a, '--format', 'md', '--out', join(out, 'a.md'), '--replace'])).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['a.md', 'b.md'])
    const alto = issue(library, 'statesman-1824-02-17', { 'page_0001.xml': PAGE_A })
    const folder = join(out, 'statesman.alto')
    expect(await runCliQuietly(['export', alto, '--format', 'alto', '--out', folder])).toBe(0)
    expect(String(await runCliQuietly(['export', alto, '--format', 'alto', '--out', folder]))).toMatch(/--replace/)
    expect(await runCliQuietly(['export', alto, '--format', 'alto', '--out', folder, '--replace'])).toBe(0)
  })

  it('CLI: export --out <another issue>/01.md does not replace that issue’s original page file', async () => {
    const library = tempDir()
    const a = issue(library, 'daily-2024-01-30', { '01.md': '## Mayor opens bridge\n\nThe mayor opened the bridge.\n' })
    const original = '## Corn prices fall\n\nCorn fell again this week.\n'
    const b = issue(library, 'daily-2024-01-31', { '01.md': original, '02.md': '## Weather\n\nRain.\n' })
    await runCliQuietly(['export', a, '--format', 'md', '--out', join(b, '01.md')])
    expect(readFileSync(join(b, '01.md'), 'utf8')).toBe(original)
    expect(readdirSync(b).sort()).toEqual(['01.md', '02.md'])
  })
})
