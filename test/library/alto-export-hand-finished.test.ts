// An ALTO export finished by hand since Galley wrote it (a page's String corrected in another
// tool) is someone's work: exporting the issue again wrote over it with no word, where the text
// formats' exports are refused. Its report now names every page it wrote with its sha256, and a
// page that is no longer what it names is refused, named, and left as it is.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportResult, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { writeHarbourIssue } from '../fixtures/alto'
import { harness, tempDir, value } from './helpers'

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

async function exported() {
  const library = tempDir()
  writeHarbourIssue(library)
  const h = harness()
  const issueId = (value(await h.dispatch('library:open', { folder: library })) as LibraryView).issues[0].id
  const out = join(library, 'exports')
  mkdirSync(out)
  const edit = async (from: string, to: string) => {
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const block = view.articles.flatMap((a) => a.blocks).find((b) => b.text.includes(from))!
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'edit-text', blockId: block.id, text: block.text.replace(from, to), expect: { [block.id]: block.hash } } }))
  }
  const run = async () => value(await h.dispatch('export:run', { issueIds: [issueId], format: 'alto', folder: out })) as ExportResult
  return { out, edit, run }
}

describe('a corrected ALTO export exported again', () => {
  it('names each page it wrote, with its sha256, in its report', async () => {
    const { run } = await exported()
    const result = await run()
    const report = readFileSync(result.files[0].report, 'utf8')
    for (const name of ['page_0001.xml', 'page_0002.xml']) {
      expect(report).toContain(`harbour-1824-02-17.alto/${name} ${sha256(readFileSync(join(result.files[0].file, name), 'utf8'))}`)
    }
  })

  it('refuses to write over a page finished by hand since, and leaves every page as it was', async () => {
    const { edit, run } = await exported()
    await edit('full', 'crowded')
    const first = await run()
    const folder = first.files[0].file
    const byHand = readFileSync(join(folder, 'page_0002.xml'), 'utf8').replace('CONTENT="quiet."', 'CONTENT="silent."')
    writeFileSync(join(folder, 'page_0002.xml'), byHand)
    const pageOne = readFileSync(join(folder, 'page_0001.xml'), 'utf8')
    await edit('crowded', 'empty')

    const again = await run()
    expect(again.files).toEqual([])
    expect(again.failed[0]?.error.message).toMatch(/page_0002\.xml was changed since Galley exported it/u)
    expect(readFileSync(join(folder, 'page_0002.xml'), 'utf8')).toBe(byHand)
    expect(readFileSync(join(folder, 'page_0001.xml'), 'utf8')).toBe(pageOne)
  })
})
