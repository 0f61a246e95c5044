// An issue whose pages each sit in a folder of their own, as a Chronicling America download keeps
// them (`sn83045396/1911-09-17/ed-1/seq-1/ocr.txt`, with the page's ALTO as `ocr.xml` beside it):
// one issue of all its pages, numbered by their folders, so a story's jump to another page is
// followed; and an outside change to one of those pages is seen like any other page's. Also the
// date an archive's folders give an issue: `1985/01/07`, and a paper's name of any century.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueChanged, IssueUpdate, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { pageNumberFromName, makePage } from '../../src-main/core/index'
import { FIXTURES, harness, tempDir, until, value } from './helpers'

/** A library holding a copy of test/fixtures/page-folders (one made-up Chronicling America
 * edition, its story jumping from page 1 to page 2; an empty ALTO page beside each text), the
 * edition folder named `edition`; returns the library and the edition's folder. */
function caLibrary(edition = 'ed-1'): { library: string; dir: string } {
  const library = tempDir()
  const dir = join(library, 'sn83045396', '1911-09-17', edition)
  cpSync(join(FIXTURES, 'page-folders', 'sn83045396', '1911-09-17', 'ed-1'), dir, { recursive: true })
  return { library, dir }
}

describe('pages each in a folder of their own', { timeout: 15_000 }, () => {
  it('numbers a page by its folder and keeps the folder in its name', () => {
    expect(['seq-3/ocr.txt', 'page-12/text.md', 'p4/ocr.txt', 'seq-10\\ocr.txt'].map(pageNumberFromName)).toEqual(['03', '12', '04', '10'])
    const page = makePage('/archive/ed-1/seq-3/ocr.txt', new TextEncoder().encode('Text.\n'), 'x')
    expect(page).toMatchObject({ number: '03', file: 'seq-3/ocr.txt' })
    // A folder that is no page folder still leaves the name alone.
    expect(makePage('/archive/1911-09-17/03.md', new TextEncoder().encode('Text.\n'), 'x')).toMatchObject({ number: '03', file: '03.md' })
  })

  it('opens an edition folder as one issue of its pages, dated by its day, and follows the jump between them', async () => {
    const { library } = caLibrary()
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.map((issue) => issue.id)).toEqual(['sn83045396/1911-09-17/ed-1'])
    expect(view.issues[0]).toMatchObject({ pageCount: 2, date: '1911-09-17', title: '1911-09-17' })
    expect(view.issues[0].error).toBeUndefined()
    const issue = value(await h.dispatch('issue:open', { issueId: 'sn83045396/1911-09-17/ed-1' })) as IssueView
    // The text, not the ALTO beside it, is each page read.
    expect(issue.pages.map((page) => [page.number, page.file])).toEqual([['01', 'seq-1/ocr.txt'], ['02', 'seq-2/ocr.txt']])
    const jump = issue.findings.find((finding) => finding.kind === 'continuation')
    expect(jump).toBeDefined()
    const after = value(await h.dispatch('finding:accept', { issueId: 'sn83045396/1911-09-17/ed-1', findingId: jump!.id })) as IssueUpdate
    const story = after.articles.find((article) => article.blocks.some((block) => block.text.includes('Six men')))!
    expect(story.pages).toEqual(['01', '02'])
    expect(story.blocks.map((block) => block.text).join(' ')).toContain('town turned out')
  })

  it('keeps a page folder that holds edits of its own an issue by itself, its edits shown', async () => {
    const { library, dir } = caLibrary()
    // An edit made with the page folder opened on its own, as an earlier Galley read it.
    const alone = harness()
    value(await alone.dispatch('library:open', { folder: join(dir, 'seq-1') }))
    const page = value(await alone.dispatch('issue:open', { issueId: '.' })) as IssueView
    const finding = page.findings.find((f) => f.kind === 'unresolved-jump') ?? page.findings[0]
    expect(finding).toBeDefined()
    value(await alone.dispatch('finding:dismiss', { issueId: '.', findingId: finding.id }))
    alone.dispose()

    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.map((issue) => issue.id)).toEqual(['sn83045396/1911-09-17/ed-1/seq-1', 'sn83045396/1911-09-17/ed-1/seq-2'])
    const edited = value(await h.dispatch('issue:open', { issueId: 'sn83045396/1911-09-17/ed-1/seq-1' })) as IssueView
    expect(edited.log).toHaveLength(1)
  })

  it('dates an issue by its year, month and day folders (`1985/01/07`), and a paper of any century by its name', async () => {
    const library = tempDir()
    for (const dir of [join(library, 'stanford', '1985', '01', '07'), join(library, 'herald-1824-02-17')]) {
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, '01.txt'), 'CITY HALL\n\nThe council met on Monday.\n')
    }
    const view = value(await harness().dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.map((issue) => [issue.id, issue.date])).toEqual([['herald-1824-02-17', '1824-02-17'], ['stanford/1985/01/07', '1985-01-07']])
    // A dated name's day is no page number: the one text of the issue is its page 01.
    expect(pageNumberFromName('herald-1824-02-17.ocr.txt')).toBeNull()
  })

  it('names a later edition of the day as such', async () => {
    const { library } = caLibrary('ed-2')
    const view = value(await harness().dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues[0]).toMatchObject({ date: '1911-09-17', title: '1911-09-17, edition 2' })
  })

  it('sees a page in its page folder changed on disk', async () => {
    const { library, dir } = caLibrary()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    const id = 'sn83045396/1911-09-17/ed-1'
    value(await h.dispatch('issue:open', { issueId: id }))
    const page = join(dir, 'seq-2', 'ocr.txt')
    writeFileSync(page, readFileSync(page, 'utf8').replace('coffee', 'bread'))
    const changed = () => h.events.filter((e) => e.event === 'issue:changed').map((e) => e.payload as IssueChanged).filter((p) => p.issueId === id)
    await until(() => changed().some((c) => c.reason === 'pages-changed'), 8000, 'issue:changed after the page edit')
  })

  it('sees the one unnumbered text of an issue folder changed on disk', async () => {
    const library = tempDir()
    const dir = join(library, 'paper-1988-09-27')
    mkdirSync(dir)
    writeFileSync(join(dir, 'paper-1988-09-27.ocr.txt'), 'CITY HALL\n\nThe council met on Monday.\n')
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    value(await h.dispatch('issue:open', { issueId: 'paper-1988-09-27' }))
    const changed = () => h.events.filter((e) => e.event === 'issue:changed').map((e) => e.payload as IssueChanged).filter((p) => p.issueId === 'paper-1988-09-27')
    // Twice: the first change may be caught by the look Galley takes once the watcher is ready; the second only by the watcher.
    for (const [n, day] of [[1, 'Tuesday'], [2, 'Wednesday']] as const) {
      writeFileSync(join(dir, 'paper-1988-09-27.ocr.txt'), `CITY HALL\n\nThe council met on ${day}.\n`)
      await until(() => changed().filter((c) => c.reason === 'pages-changed').length >= n, 8000, `issue:changed after page edit ${n}`)
    }
  })
})
