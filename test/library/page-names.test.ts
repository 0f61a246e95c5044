// Which files of a folder are its pages (issue 15 §3 item 15): a folder with one page file is that
// page, a date in a name is no page number, and the app's own Markdown export re-opens as the
// pages its `<!-- galley:page NN -->` markers name.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LibraryView } from '../../src-main/ipc/contract'
import { harness, tempDir, value } from './helpers'

async function openLibrary(files: Record<string, string>): Promise<LibraryView> {
  const library = tempDir()
  const issue = join(library, 'paper-1988-09-27')
  mkdirSync(issue)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(issue, name), text)
  return value(await harness().dispatch('library:open', { folder: library })) as LibraryView
}

describe('page files of an issue folder', () => {
  it('opens a folder whose one page file has a date for a name as one page', async () => {
    const view = await openLibrary({ 'paper-1988-09-27.ocr.txt': 'CITY HALL\n\nThe council met on Monday.\n' })
    expect(view.issues).toHaveLength(1)
    expect(view.issues[0].error).toBeUndefined()
    expect(view.issues[0].pageCount).toBe(1)
  })

  it('re-opens the app’s own Markdown export as the four pages its markers name', async () => {
    const pages = ['01', '02', '03', '04'].map((n) => `<!-- galley:page ${n} -->\n\n## Story on page ${n}\n\nText of page ${n}.\n`)
    const view = await openLibrary({ 'paper-1988-09-27.md': pages.join('\n'), 'paper-1988-09-27.report.md': '# Report\n' })
    expect(view.issues).toHaveLength(1)
    expect(view.issues[0].error).toBeUndefined()
    expect(view.issues[0].pageCount).toBe(4)
  })

  it('still reads numbered page files beside other text files as the pages', async () => {
    const view = await openLibrary({ '01.md': '## One\n\nText.\n', '02.md': '## Two\n\nText.\n', 'notes.txt': 'not a page\n' })
    expect(view.issues[0].pageCount).toBe(2)
  })
})
