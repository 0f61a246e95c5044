// The CLI's export-library: every issue exported with its report, a bad issue reported at the
// end with a non-zero exit, Ctrl-C leaving only whole files; readIssueOps for `export`.

import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readIssueOps, runExportLibrary } from '../../src-main/cli-library'
import { IssueStore } from '../../src-main/library/store'
import { CN_ISSUE, EN_ISSUE, fixtureLibrary, tempDir, cliIo } from './helpers'

describe('export-library', () => {
  it('exports every issue with a report and a progress line', async () => {
    const library = fixtureLibrary()
    const out = join(tempDir(), 'out')
    const t = cliIo()
    expect(await runExportLibrary([library, '--out', out, '--format', 'md'], t.io)).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['evening-post-1911-09-17.md', 'evening-post-1911-09-17.report.md', '晨报-2024-03-05.md', '晨报-2024-03-05.report.md'])
    expect(t.err()).toMatch(/2\/2 issues/)
    expect(t.err()).toMatch(/pages\/s/)
    expect(t.out().trim().split('\n')).toHaveLength(2)
  })

  it('goes on past a bad issue, reports it at the end and exits non-zero', async () => {
    const library = fixtureLibrary()
    mkdirSync(join(library, 'aaa-broken-2024-01-01'))
    writeFileSync(join(library, 'aaa-broken-2024-01-01', '01.md'), Buffer.from([0, 1, 2, 3, 0, 0]))
    const out = join(tempDir(), 'out')
    const t = cliIo()
    expect(await runExportLibrary([library, '--out', out, '--format', 'json', '--accept-all'], t.io)).toBe(1)
    expect(readdirSync(out).filter((n) => n.endsWith('.json') && !n.includes('report'))).toHaveLength(2)
    expect(t.err()).toMatch(/1 issue could not be exported:\n {2}aaa-broken-2024-01-01: binary: /)
  })

  it('leaves only whole files when interrupted', async () => {
    const library = join(tempDir(), 'big')
    for (let i = 0; i < 40; i++) cpSync(join(fixtureLibrary(), CN_ISSUE), join(library, `paper-${String(i).padStart(2, '0')}-2024-03-05`), { recursive: true })
    const out = join(tempDir(), 'out')
    const t = cliIo()
    const running = runExportLibrary([library, '--out', out, '--format', 'tei'], t.io)
    setTimeout(() => process.emit('SIGINT'), 150)
    expect(await running).toBe(130)
    const files = readdirSync(out)
    expect(files.some((n) => n.endsWith('.tmp'))).toBe(false)
    const exports = files.filter((n) => n.endsWith('.tei.xml'))
    expect(exports.length).toBeLessThan(40)
    for (const name of exports) {
      expect(readFileSync(join(out, name), 'utf8').trim().endsWith('</TEI>')).toBe(true)
      expect(files).toContain(name.replace('.tei.xml', '.report.md'))
    }
    expect(t.err()).toContain('Interrupted')
  })

  it('refuses an --out inside an issue folder (its .galley, a sub-folder) and writes nothing there', async () => {
    const library = fixtureLibrary()
    mkdirSync(join(library, EN_ISSUE, 'exports'))
    for (const out of [join(library, EN_ISSUE, '.galley'), join(library, EN_ISSUE, 'exports'), join(library, 'elsewhere', '..', CN_ISSUE)]) {
      await expect(runExportLibrary([library, '--out', out, '--format', 'json'], cliIo().io), out).rejects.toMatchObject({
        code: 'invalid-argument',
        message: expect.stringMatching(/write the export outside the issue folder/),
      })
    }
    expect(readdirSync(join(library, EN_ISSUE)).sort()).toEqual(['01.md', 'exports'])
    expect(readdirSync(join(library, EN_ISSUE, 'exports'))).toEqual([])
    expect(readdirSync(join(library, CN_ISSUE)).sort()).toEqual(['01.md', '02.md'])
  })

  it('refuses missing arguments with the usage', async () => {
    await expect(runExportLibrary(['lib'], cliIo().io)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('--out') })
    await expect(runExportLibrary(['lib', '--out', 'x', '--format', 'pdf'], cliIo().io)).rejects.toMatchObject({ code: 'invalid-argument' })
  })
})

describe('readIssueOps', () => {
  it('reads the active ops of an issue folder, none when it was never edited', async () => {
    const library = fixtureLibrary()
    expect(await readIssueOps(join(library, CN_ISSUE))).toEqual([])
    const store = new IssueStore(join(library, EN_ISSUE, '.galley', 'state.json'))
    const op = { kind: 'mark-reviewed' as const, articleId: 'a', reviewed: true, expect: {} }
    await store.append([op], {})
    await store.append([{ ...op, articleId: 'b' }], {})
    await store.undo()
    expect(await readIssueOps(join(library, EN_ISSUE))).toEqual([op])
  })

  it('reports a damaged log without moving it', async () => {
    const library = fixtureLibrary()
    mkdirSync(join(library, EN_ISSUE, '.galley'))
    writeFileSync(join(library, EN_ISSUE, '.galley', 'state.json'), '{')
    await expect(readIssueOps(join(library, EN_ISSUE))).rejects.toMatchObject({ code: 'state-corrupt' })
    expect(readdirSync(join(library, EN_ISSUE, '.galley'))).toEqual(['state.json'])
  })
})
