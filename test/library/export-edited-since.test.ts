// An export the archivist finished by hand afterwards (a last correction typed into the exported
// Markdown, a note added to its text) is no longer what Galley wrote. Exporting the issue again
// into the same folder wrote over it, since its report still stood beside it, and the hand work
// was gone. The report now holds what each file it names held when written; a file changed since
// is refused, named, and left as it is. One exported again unchanged is replaced as before.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportResult } from '../../src-main/ipc/contract'
import { harness, tempDir, value } from './helpers'

const ISSUE = 'daily-2024-01-30'

async function exported(formats: ('md' | 'txt')[], report?: 'md' | 'json') {
  const library = tempDir()
  mkdirSync(join(library, ISSUE))
  writeFileSync(join(library, ISSUE, '01.md'), '## Mayor opens bridge\n\nThe mayor opened the bridge.\n')
  const out = tempDir('galley-out-')
  const h = harness()
  value(await h.dispatch('library:open', { folder: library }))
  value(await h.dispatch('export:choose-folder', { path: out }))
  const run = async () => {
    const results: ExportResult[] = []
    for (const format of formats) results.push(value(await h.dispatch('export:run', { issueIds: [ISSUE], format, folder: out, alongside: formats, ...(report ? { report } : {}) })) as ExportResult)
    return results
  }
  const first = await run()
  expect(first.flatMap((r) => r.failed)).toEqual([])
  return { out, run }
}

describe('exporting again over an export changed by hand since', () => {
  it('refuses it, naming the file, and keeps the hand work', async () => {
    const { out, run } = await exported(['md'])
    const file = join(out, `${ISSUE}.md`)
    const finished = readFileSync(file, 'utf8').replace('opened the bridge', 'opened the new bridge')
    writeFileSync(file, finished)
    const [again] = await run()
    expect(again.files).toEqual([])
    expect(again.failed[0]?.error.message).toContain(file)
    expect(again.failed[0]?.error.message).toMatch(/changed since/)
    expect(readFileSync(file, 'utf8')).toBe(finished)
  })

  it('refuses the one format changed by hand in an export of several, with a JSON report', async () => {
    const { out, run } = await exported(['md', 'txt'], 'json')
    const text = join(out, `${ISSUE}.txt`)
    writeFileSync(text, `${readFileSync(text, 'utf8')}\nChecked against the print, 3 March.\n`)
    const finished = readFileSync(text, 'utf8')
    const [md, txt] = await run()
    expect(md.failed).toEqual([])
    expect(txt.failed[0]?.error.message).toContain(text)
    expect(readFileSync(text, 'utf8')).toBe(finished)
  })

  it('replaces an export left as Galley wrote it', async () => {
    const { out, run } = await exported(['md', 'txt'])
    const [md, txt] = await run()
    expect([md.failed, txt.failed]).toEqual([[], []])
    expect(md.files.map((f) => f.file)).toEqual([join(out, `${ISSUE}.md`)])
  })
})
