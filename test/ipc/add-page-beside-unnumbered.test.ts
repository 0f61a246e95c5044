// An issue read from one text file whose name numbers no page (a whole issue's OCR,
// `gazette.ocr.txt`) is read from that file only while no numbered page file is beside it. Adding
// page 02, as its unresolved jump asks, would make the numbered file the issue's only page: the
// front page, and every edit made on it, would drop out of the issue. The page is refused instead,
// saying what to do, and nothing is written.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueView } from '../../src-main/ipc/contract'
import { errorOf, harness, tempDir, value } from '../library/helpers'

const ISSUE = 'gazette-1911-09-17'
const FRONT = '## Harbour reopens\n\nThe harbour reopened on Monday after the storm. Continued on Page 2.\n'
const SECOND = '## From Page 1\n\nShips waited outside the breakwater for three days.\n'

async function editedIssue() {
  const root = tempDir()
  const dir = join(root, ISSUE)
  mkdirSync(dir)
  writeFileSync(join(dir, 'gazette.ocr.txt'), FRONT)
  const h = harness()
  value(await h.dispatch('library:open', { folder: root }))
  const view = value(await h.dispatch('issue:open', { issueId: ISSUE })) as IssueView
  expect(view.findings.some((f) => f.kind === 'unresolved-jump')).toBe(true)
  value(await h.dispatch('op:apply', { issueId: ISSUE, op: { kind: 'mark-reviewed', articleId: view.articles[0].id, reviewed: true, expect: {} } }))
  return { h, root, dir }
}

describe('adding a page to an issue read from one unnumbered text file', () => {
  it('is refused, naming the file to rename, and the issue keeps its page and its edits', async () => {
    const { h, dir } = await editedIssue()
    const before = readdirSync(dir).sort()
    const refused = errorOf(await h.dispatch('issue:add-page', { issueId: ISSUE, file: { name: '02.md', base64: Buffer.from(SECOND).toString('base64') } }))
    expect(refused.code).toBe('invalid-argument')
    expect(refused.message).toContain('gazette.ocr.txt')
    expect(refused.message).toMatch(/rename/i)
    expect(existsSync(join(dir, '02.md'))).toBe(false)
    expect(readdirSync(dir).sort()).toEqual(before)

    const view = value(await h.dispatch('issue:open', { issueId: ISSUE })) as IssueView
    expect(view.pages.map((p) => p.file)).toEqual(['gazette.ocr.txt'])
    expect(view.conflicts).toEqual([])
    expect(view.articles[0].reviewed).toBe(true)
  })

  it('is refused for a page file from elsewhere in the library too', async () => {
    const { h, root, dir } = await editedIssue()
    mkdirSync(join(root, 'incoming'))
    writeFileSync(join(root, 'incoming', '02.md'), SECOND)
    const refused = errorOf(await h.dispatch('issue:add-page', { issueId: ISSUE, path: join(root, 'incoming', '02.md') }))
    expect(refused.message).toContain('gazette.ocr.txt')
    expect(existsSync(join(dir, '02.md'))).toBe(false)
  })
})
