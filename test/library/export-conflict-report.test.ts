// What an export says it carries, when an edit no longer fits the pages and an earlier edit was
// undone: the change report and TEI's revisionDesc name the edits that are in the export and list
// the one that is not as a conflict, never the other way round.

import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from '../../src-main/cli'
import { exportIssues } from '../../src-main/library/export'
import { Library } from '../../src-main/library/library'
import { CN_ISSUE, FIXTURES, tempDir } from './helpers'

/** A library whose issue's log is: an edit undone (by w1), an edit that fits (w2), an edit whose paragraph changed on disk since (w2). */
async function editedThenChanged() {
  const root = join(tempDir(), 'library')
  cpSync(join(FIXTURES, 'library'), root, { recursive: true })
  const library = await Library.open(root, { stateDir: tempDir(), emit: () => undefined, watch: false, summarize: false })
  const view = await library.openIssue(CN_ISSUE, 'w1')
  const paragraphs = view.articles.flatMap((a) => a.blocks).filter((b) => b.type === 'paragraph')
  const undone = paragraphs.find((b) => b.source[0].page === '01')!
  const kept = paragraphs.find((b) => b.source[0].page === '02')!
  const changed = paragraphs.filter((b) => b.source[0].page === '01').at(-1)!
  expect(new Set([undone.id, kept.id, changed.id]).size).toBe(3)
  await library.applyOp(CN_ISSUE, { kind: 'edit-text', blockId: undone.id, text: 'UNDONE EDIT', expect: { [undone.id]: undone.hash } }, 'w1')
  await library.undo(CN_ISSUE, 'w1')
  await library.applyOp(CN_ISSUE, { kind: 'edit-text', blockId: kept.id, text: 'KEPT EDIT', expect: { [kept.id]: kept.hash } }, 'w2')
  await library.applyOp(CN_ISSUE, { kind: 'edit-text', blockId: changed.id, text: 'CONFLICTING EDIT', expect: { [changed.id]: changed.hash } }, 'w2')
  // The paragraph the last edit was made on is corrected in the page file itself.
  const page = join(root, CN_ISSUE, '01.md')
  const text = readFileSync(page, 'utf8')
  expect(text).toContain(changed.text)
  writeFileSync(page, text.replace(changed.text, `${changed.text}（更正）`))
  return { root, library, kept, changed }
}

describe('an export of an issue with an undone edit and an edit in conflict', () => {
  it('reports, with --accept-all, the edit it carries as applied and the one that no longer fits as a conflict', async () => {
    const { library, kept, changed } = await editedThenChanged()
    const out = tempDir('galley-report-')
    const result = await exportIssues(library, { issueIds: [CN_ISSUE], format: 'md', folder: out, acceptAll: true, report: 'json' })
    await library.close()
    expect(result.failed).toEqual([])
    const md = readFileSync(join(out, `${CN_ISSUE}.md`), 'utf8')
    expect(md).toContain('KEPT EDIT')
    expect(md).not.toContain('CONFLICTING EDIT')
    const report = JSON.parse(readFileSync(join(out, `${CN_ISSUE}.report.json`), 'utf8')) as { applied: { index: number; op: { blockId?: string } }[]; conflicts: { index: number; op: { blockId?: string } }[] }
    expect(report.applied.map((a) => a.op.blockId)).toEqual([kept.id])
    expect(report.conflicts.map((c) => [c.index, c.op.blockId])).toEqual([[2, changed.id]])
  })

  it('lists in TEI revisionDesc, from the CLI, the edit it carries and not the one that no longer fits', async () => {
    const { root, library, kept, changed } = await editedThenChanged()
    await library.close()
    const stdout = new PassThrough()
    let xml = ''
    stdout.on('data', (chunk: Buffer) => (xml += chunk.toString()))
    expect(await main(['export', join(root, CN_ISSUE), '--format', 'tei'], stdout)).toBe(0)
    expect(xml).toContain('KEPT EDIT')
    expect(xml).not.toContain('CONFLICTING EDIT')
    const revisions = /<revisionDesc>([\s\S]*?)<\/revisionDesc>/.exec(xml)?.[1] ?? ''
    expect(revisions).toContain(`edit text of ${kept.id}`)
    expect(revisions).not.toContain(`edit text of ${changed.id}`)
  })
})
