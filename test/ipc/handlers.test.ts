// The IPC handlers, called as plain functions through the dispatcher: every channel answers a
// Reply, arguments are checked against the contract's schemas, errors come back as values.

import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVOKE_CHANNELS } from '../../src-main/ipc/channels'
import { ARG_SCHEMAS, PAGE_BOUND_FIELDS, type ArticleSource, type ExportPreview, type ExportResult, type FolderChoice, type IssueUpdate, type IssueView, type LibraryView, type TaskProgress } from '../../src-main/ipc/contract'
import { z } from 'zod'
import { makeFifo, within } from '../library/fifo'
import { sampleStateRoot } from '../../src-main/library/sample-state'
import { CN_ISSUE, EN_ISSUE, errorOf, fixtureLibrary, harness, tempDir, value } from '../library/helpers'

// The envelope of an edit's reply (IssueUpdate); articles, findings and ops are checked elsewhere.
const withId = z.looseObject({ id: z.string().min(1) })
const issueUpdateShape = z.strictObject({
  summary: z.looseObject({ id: z.string() }),
  revision: z.string().min(1),
  pagesRevision: z.string().min(1),
  base: z.string().min(1).nullable(),
  articleIds: z.array(z.string()),
  articles: z.array(withId),
  findingIds: z.array(z.string()),
  findings: z.array(withId),
  conflicts: z.array(z.unknown()),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  logFrom: z.int().min(0),
  log: z.array(z.looseObject({ index: z.int(), active: z.boolean(), who: z.string(), when: z.string() })),
})

async function openFixture() {
  const library = fixtureLibrary()
  const h = harness()
  const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
  return { h, library, view }
}

describe('argument validation', () => {
  it('has a schema for every channel', () => {
    expect(Object.keys(ARG_SCHEMAS).sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  it('refuses an unknown channel as forbidden', async () => {
    const h = harness()
    expect(errorOf(await h.dispatch('fs:read', { path: '/etc/passwd' })).code).toBe('forbidden')
  })

  it.each([
    ['library:open', { folder: 42 }],
    ['library:open', { folder: '/x', extra: true }],
    ['issue:open', {}],
    ['issue:open', { issueId: '' }],
    ['finding:accept', { issueId: 'a', findingId: 'b', candidateIndex: -1 }],
    ['op:apply', { issueId: 'a', op: { kind: 'rm-rf', path: '/' } }],
    ['op:apply', { issueId: 'a', op: { kind: 'edit-text', blockId: 'x', text: 5, expect: {} } }],
    ['conflict:discard', { issueId: 'a', index: 1.5 }],
    ['export:run', { issueIds: [], format: 'md', folder: '/tmp' }],
    ['export:run', { issueIds: ['a'], format: 'pdf', folder: '/tmp' }],
    ['export:preview', { issueId: 'a', format: 'docx' }],
    ['issue:add-page', { issueId: 'a', file: { name: '02.md' } }],
    ['task:cancel', {}],
    ['edit:undo', 'issue'],
  ])('refuses %s with %j as invalid-argument, naming the channel', async (channel, arg) => {
    const h = harness()
    const error = errorOf(await h.dispatch(channel, arg))
    expect(error.code).toBe('invalid-argument')
    expect(error.message).toContain(channel)
  })

  it('answers channels that need a library with a clear error before one is open', async () => {
    const h = harness()
    expect(value(await h.dispatch('library:current', {}))).toBeNull()
    expect(errorOf(await h.dispatch('issue:open', { issueId: CN_ISSUE }))).toMatchObject({ code: 'not-found', message: expect.stringContaining('No library is open') })
  })
})

describe('library channels', () => {
  it('names the paper for the whole library: every issue is titled with it, it is kept for the next open, and clearing it goes back', async () => {
    const { h, library } = await openFixture()
    const named = value(await h.dispatch('library:set-paper', { name: '  Riverside   Courier ' })) as LibraryView
    expect(named.paper).toBe('Riverside Courier')
    expect(named.issues.find((i) => i.id === CN_ISSUE)?.title).toBe('Riverside Courier 2024-03-05')
    expect((value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView).summary.title).toBe('Riverside Courier 2024-03-05')

    const reopened = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(reopened.issues.find((i) => i.id === EN_ISSUE)?.title).toBe('Riverside Courier 1911-09-17')

    const cleared = value(await h.dispatch('library:set-paper', { name: null })) as LibraryView
    expect(cleared.paper).toBeUndefined()
    expect(cleared.issues.find((i) => i.id === CN_ISSUE)?.title).toBe('晨报 2024-03-05')
    expect(errorOf(await h.dispatch('library:set-paper', { name: 'x'.repeat(81) }))).toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('at most 80 characters') })
  })

  it('opens the bundled sample library on first start, keeping its state in the state folder', async () => {
    const h = harness()
    const view = value(await h.dispatch('library:open', {})) as LibraryView
    expect(view.isSample).toBe(true)
    expect(view.issues.map((i) => i.title)).toEqual(['示例日报 2024-01-30'])
    const issueId = view.issues[0].id
    const issue = value(await h.dispatch('issue:open', { issueId })) as IssueView
    value(await h.dispatch('finding:accept', { issueId, findingId: issue.findings.find((f) => f.fix.length > 0)!.id }))
    expect(existsSync(join(sampleStateRoot(h.stateDir, realpathSync(join(h.resourcesDir, 'sample-library'))), issueId, 'state.journal.jsonl'))).toBe(true)
    expect(existsSync(join(h.resourcesDir, 'sample-library', issueId, '.galley'))).toBe(false)
  })

  it('lists issues with title, date, pages, open findings by kind and review counts, and remembers the library', async () => {
    const { h, library, view } = await openFixture()
    expect(view.isSample).toBe(false)
    expect(view.folder).toBe(realpathSync(library))
    const cn = view.issues.find((i) => i.id === CN_ISSUE)!
    expect(cn).toMatchObject({ title: '晨报 2024-03-05', date: '2024-03-05', pageCount: 2, articleCount: 3, reviewed: 0, lastEdited: null, conflictCount: 0 })
    expect(cn.openFindings).toMatchObject({ continuation: 1, 'paragraph-break': 1, 'unresolved-jump': 0 })
    expect(view.issues.find((i) => i.id === EN_ISSUE)).toMatchObject({ title: 'evening post 1911-09-17', date: '1911-09-17' })
    expect(value(await h.dispatch('library:current', {}))).toEqual(view)
    expect(JSON.parse(readFileSync(join(h.stateDir, 'settings.json'), 'utf8')).library).toBe(realpathSync(library))
  })

  it('opens a page file of an issue folder as that issue, and a file no issue holds as a library of one issue', async () => {
    const library = fixtureLibrary()
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: join(library, CN_ISSUE, '02.md') })) as LibraryView
    expect(view.folder).toBe(realpathSync(join(library, CN_ISSUE)))
    expect(view.issues.map((i) => [i.id, i.pageCount])).toEqual([['.', 2]])
    // Beside numbered pages, a file whose name numbers none is no page of the issue.
    writeFileSync(join(library, CN_ISSUE, 'notes.md'), '## 编者按\n\n这是一页笔记。\n')
    const alone = value(await h.dispatch('library:open', { folder: join(library, CN_ISSUE, 'notes.md') })) as LibraryView
    expect(alone.issues.map((i) => [i.id, i.pageCount])).toEqual([['notes.md', 1]])
  })

  it('says which folder is missing', async () => {
    const h = harness()
    expect(errorOf(await h.dispatch('library:open', { folder: '/no/such/library' }))).toMatchObject({ code: 'not-found', message: expect.stringContaining('/no/such/library') })
  })

  it('asks for a typed folder where there is no dialog, and uses the dialog where there is one', async () => {
    const web = harness()
    expect(value(await web.dispatch('library:choose-folder', {}))).toEqual({ folder: null, needsPath: true })
    const dir = tempDir()
    expect(value(await web.dispatch('library:choose-folder', { path: dir }))).toEqual({ folder: realpathSync(dir), needsPath: false })
    expect(errorOf(await web.dispatch('library:choose-folder', { path: join(dir, 'missing') })).code).toBe('not-found')
    const desktop = harness({ chooseFolder: async () => dir })
    expect(value(await desktop.dispatch('library:choose-folder', {}))).toEqual({ folder: dir, needsPath: false })
  })

  it('cancels a library being opened', async () => {
    const library = fixtureLibrary()
    const h = harness()
    const opening = h.dispatch('library:open', { folder: library, taskId: 'open-1' })
    expect(value(await h.dispatch('task:cancel', { taskId: 'open-1' }))).toEqual({ cancelled: true })
    expect(errorOf(await opening).code).toBe('cancelled')
    expect(value(await h.dispatch('task:cancel', { taskId: 'open-1' }))).toEqual({ cancelled: false })
  })

  it('reports progress while opening a library', async () => {
    const { h } = await openFixture()
    const progress = h.events.filter((e) => e.event === 'task:progress').map((e) => e.payload as TaskProgress)
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2, finished: true })
  })
})

describe('issue views', () => {
  const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1

  it('opens an issue sending each paragraph once: no page texts, no as-parsed copy of the articles', async () => {
    const { h } = await openFixture()
    const view = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    const reply = JSON.stringify(view)
    const paragraph = '据了解,项目全部采用装配式建造,施工周期比传统方式缩短三成。'
    expect(occurrences(reply, paragraph)).toBe(1)
    expect(view.pages.map((p) => p.file)).toEqual(['01.md', '02.md'])
    expect(view.pages[0]).not.toHaveProperty('text')
  })

  it("sends an article's original source lines on demand, with their line numbers and the headline line above", async () => {
    const { h } = await openFixture()
    const view = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    const first = view.articles[0]
    const source = value(await h.dispatch('issue:source', { issueId: CN_ISSUE, articleId: first.id })) as ArticleSource
    expect(source.articleId).toBe(first.id)
    const excerpt = source.excerpts.find((e) => e.page === '01')!
    expect(excerpt).toMatchObject({ file: '01.md', firstLine: 1 })
    expect(excerpt.lines[0]).toBe('## 城市新区建设提速 三大项目同日开工')
    expect(excerpt.lines).toContain('与老城之间的交通瓶颈。')
    expect(errorOf(await h.dispatch('issue:source', { issueId: CN_ISSUE, articleId: 'no-such-article' })).code).toBe('not-found')
  })
})

describe('editing channels', () => {
  it('accepts, undoes and redoes a finding, logging who and when', async () => {
    const { h } = await openFixture()
    const before = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    expect(before.pages.map((p) => p.file)).toEqual(['01.md', '02.md'])
    const continuation = before.findings.find((f) => f.kind === 'continuation')!
    const merged = value(await h.dispatch('finding:accept', { issueId: CN_ISSUE, findingId: continuation.id })) as IssueUpdate
    expect(merged.articleIds).toHaveLength(2)
    // Only the head changed (the tail is merged into it and gone): the reply carries that one article.
    expect(merged.articles.map((a) => [a.id, a.pages])).toEqual([[merged.articleIds[0], ['01', '02']]])
    expect(merged.pagesRevision).toBe(before.pagesRevision)
    const reopened = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    expect(reopened.articles).toHaveLength(2)
    expect(merged.log).toEqual([expect.objectContaining({ index: 0, active: true, who: expect.any(String), when: expect.any(String) })])
    expect(merged.canUndo).toBe(true)
    expect(merged.summary.lastEdited).toBe(merged.log[0].when)
    const undone = value(await h.dispatch('edit:undo', { issueId: CN_ISSUE })) as IssueUpdate
    expect(undone.articleIds).toHaveLength(3)
    expect(undone).toMatchObject({ canUndo: false, canRedo: true })
    expect(undone.log[0].active).toBe(false)
    const redone = value(await h.dispatch('edit:redo', { issueId: CN_ISSUE })) as IssueUpdate
    expect(redone.articleIds).toHaveLength(2)
    expect(errorOf(await h.dispatch('edit:redo', { issueId: CN_ISSUE })).code).toBe('invalid-argument')
  })

  it('replies to every edit without the pages, for the same pages revision', async () => {
    const { h, library } = await openFixture()
    const pageText = (view: IssueView) => readFileSync(join(library, view.summary.id, view.pages[0].file), 'utf8')
    const en = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    const cn = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    expect(en.pagesRevision).toMatch(/^[0-9a-f]{16}$/)
    expect(cn.pagesRevision).not.toBe(en.pagesRevision)
    const article = en.articles[0]
    const replies: [string, IssueView, unknown][] = [
      ['finding:accept', en, value(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: en.findings[0].id }))],
      ['edit:undo', en, value(await h.dispatch('edit:undo', { issueId: EN_ISSUE }))],
      ['edit:redo', en, value(await h.dispatch('edit:redo', { issueId: EN_ISSUE }))],
      ['op:apply', en, value(await h.dispatch('op:apply', { issueId: EN_ISSUE, op: { kind: 'mark-reviewed', articleId: article.id, reviewed: true, expect: {} } }))],
      ['finding:dismiss', cn, value(await h.dispatch('finding:dismiss', { issueId: CN_ISSUE, findingId: cn.findings[0].id }))],
    ]
    for (const [channel, view, reply] of replies) {
      for (const field of PAGE_BOUND_FIELDS) expect(reply, `${channel} carries ${field}`).not.toHaveProperty(field)
      expect(JSON.stringify(reply), channel).not.toContain(pageText(view).slice(0, 40))
      expect(reply, channel).toMatchObject({ pagesRevision: view.pagesRevision, summary: expect.any(Object), findings: expect.any(Array), log: expect.any(Array) })
    }
    const { pages, library: opened, ...lean } = en
    expect(pages.length).toBeGreaterThan(0)
    expect(opened).toBe(realpathSync(library))
    expect(Object.keys(replies[0][2] as object).sort()).toEqual([...Object.keys(lean), 'base', 'articleIds', 'findingIds', 'logFrom'].sort())
  })

  it('replies to an edit with only what changed since the view last sent, in the contract\'s shape', async () => {
    const { h } = await openFixture()
    const view = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    const brk = view.findings.find((f) => f.kind === 'paragraph-break')!
    const reply = issueUpdateShape.parse(value(await h.dispatch('finding:accept', { issueId: CN_ISSUE, findingId: brk.id })))
    expect(reply.base).toBe(view.revision)
    expect(reply.revision).not.toBe(view.revision)
    expect(reply.articleIds).toEqual(view.articles.map((a) => a.id))
    // The joined paragraphs are in one article; the others are not sent again.
    expect(reply.articles.map((a) => a.id)).toEqual(brk.articleIds)
    expect(reply.findingIds).not.toContain(brk.id)
    expect(reply.findings.every((f) => !view.findings.some((old) => JSON.stringify(old) === JSON.stringify(f)))).toBe(true)
    expect(reply).toMatchObject({ logFrom: 0, log: [expect.objectContaining({ index: 0, active: true })] })
    const undone = issueUpdateShape.parse(value(await h.dispatch('edit:undo', { issueId: CN_ISSUE })))
    expect(undone).toMatchObject({ base: reply.revision, logFrom: 0, log: [expect.objectContaining({ index: 0, active: false })] })
    expect(undone.findingIds).toContain(brk.id)
  })

  it('dismisses a finding so it stays dismissed', async () => {
    const { h } = await openFixture()
    const before = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    const after = value(await h.dispatch('finding:dismiss', { issueId: EN_ISSUE, findingId: before.findings[0].id })) as IssueUpdate
    expect(after.findings.map((f) => f.id)).not.toContain(before.findings[0].id)
    expect(after.log[0].op.kind).toBe('dismiss-finding')
    expect(errorOf(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: before.findings[0].id })).code).toBe('not-found')
  })

  it('applies a hand edit and a reviewed mark, and refuses an op that does not fit the page', async () => {
    const { h } = await openFixture()
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    const article = view.articles[0]
    const reviewed = value(await h.dispatch('op:apply', { issueId: EN_ISSUE, op: { kind: 'mark-reviewed', articleId: article.id, reviewed: true, expect: {} } })) as IssueUpdate
    expect(reviewed.summary.reviewed).toBe(1)
    const block = article.blocks.find((b) => b.type === 'paragraph')!
    const edited = value(await h.dispatch('op:apply', { issueId: EN_ISSUE, op: { kind: 'edit-text', blockId: block.id, text: 'Corrected text.', expect: { [block.id]: block.hash } } })) as IssueUpdate
    expect(edited.articles[0].blocks.some((b) => b.text === 'Corrected text.')).toBe(true)
    const stale = errorOf(await h.dispatch('op:apply', { issueId: EN_ISSUE, op: { kind: 'edit-text', blockId: 'nope-0000', text: 'x', expect: { 'nope-0000': 'ffff' } } }))
    expect(stale.code).toBe('conflict')
    const log = (value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView).log
    expect(log).toHaveLength(2)
  })

  it('discards only ops that are in conflict', async () => {
    const { h } = await openFixture()
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    value(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: view.findings[0].id }))
    expect(errorOf(await h.dispatch('conflict:discard', { issueId: EN_ISSUE, index: 0 })).code).toBe('invalid-argument')
  })

  it('adds a dropped page as a new file and re-analyses, refusing bad pages and overwrites', async () => {
    const library = fixtureLibrary()
    const second = readFileSync(join(library, CN_ISSUE, '02.md'))
    const { rmSync } = await import('node:fs')
    rmSync(join(library, CN_ISSUE, '02.md'))
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    const before = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    expect(before.findings.some((f) => f.kind === 'unresolved-jump')).toBe(true)
    const page = (name: string, bytes: Buffer) => ({ issueId: CN_ISSUE, file: { name, base64: bytes.toString('base64') } })
    expect(errorOf(await h.dispatch('issue:add-page', page('02.md', Buffer.from([0, 1, 2, 0, 255, 0])))).code).toBe('binary')
    expect(errorOf(await h.dispatch('issue:add-page', page('02.md', Buffer.alloc(0)))).code).toBe('empty')
    expect(errorOf(await h.dispatch('issue:add-page', page('../02.md', second))).code).toBe('not-a-page')
    expect(errorOf(await h.dispatch('issue:add-page', page('notes.md', second))).code).toBe('not-a-page')
    expect(existsSync(join(library, CN_ISSUE, '02.md'))).toBe(false)
    const after = value(await h.dispatch('issue:add-page', page('02.md', second))) as IssueView
    expect(after.pages.map((p) => p.file)).toEqual(['01.md', '02.md'])
    expect(after.articles.length).toBeGreaterThan(0)
    expect(after.pagesRevision).not.toBe(before.pagesRevision)
    expect(after.findings.some((f) => f.kind === 'unresolved-jump')).toBe(false)
    expect(after.findings.some((f) => f.kind === 'continuation')).toBe(true)
    const again = errorOf(await h.dispatch('issue:add-page', page('02.md', Buffer.from('## Other\n\nText.\n'))))
    expect(again.message).toContain('never replaces')
    expect(readFileSync(join(library, CN_ISSUE, '02.md')).equals(second)).toBe(true)
  })

  it('refuses to add a FIFO from the library as a page, naming it, and goes on answering', async (ctx) => {
    const { h, library } = await openFixture()
    mkdirSync(join(library, 'incoming'))
    const fifo = makeFifo(join(library, 'incoming'), '03.md', ctx)
    const refused = errorOf(await within(h.dispatch('issue:add-page', { issueId: CN_ISSUE, path: fifo }), 3_000, 'adding a FIFO'))
    expect(refused).toMatchObject({ code: 'not-a-page', message: expect.stringContaining('03.md is a named pipe') })
    expect(existsSync(join(library, CN_ISSUE, '03.md'))).toBe(false)
    const view = value(await within(h.dispatch('issue:open', { issueId: CN_ISSUE }), 3_000, 'opening the issue after')) as IssueView
    expect(view.pages.map((p) => p.file)).toEqual(['01.md', '02.md'])
  })

  it('refuses to add a FIFO already in the issue folder instead of answering as if it were added', async (ctx) => {
    const { h, library } = await openFixture()
    const fifo = makeFifo(join(library, CN_ISSUE), '03.md', ctx)
    const refused = errorOf(await within(h.dispatch('issue:add-page', { issueId: CN_ISSUE, path: fifo }), 3_000, 'adding a FIFO'))
    expect(refused).toMatchObject({ code: 'not-a-page', message: expect.stringContaining('03.md') })
    // Nor is it listed as a page of the issue, which still opens with the pages it has.
    const view = value(await within(h.dispatch('issue:open', { issueId: CN_ISSUE }), 3_000, 'opening the issue after')) as IssueView
    expect(view.pages.map((p) => p.file)).toEqual(['01.md', '02.md'])
  })

  it('shows a damaged edit log in the summary, kept aside, and goes on with an empty log', async () => {
    const library = fixtureLibrary()
    const { mkdirSync, writeFileSync, readdirSync } = await import('node:fs')
    mkdirSync(join(library, EN_ISSUE, '.galley'))
    writeFileSync(join(library, EN_ISSUE, '.galley', 'state.json'), '{ not json')
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.find((i) => i.id === EN_ISSUE)!.error).toMatchObject({ code: 'state-corrupt' })
    expect(readdirSync(join(library, EN_ISSUE, '.galley')).some((n) => n.startsWith('state.json.corrupt-'))).toBe(true)
    const issue = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    expect(issue.log).toEqual([])
  })

  it('refuses a page over the size limit, naming the file', async () => {
    const library = fixtureLibrary()
    const { mkdirSync, truncateSync, writeFileSync } = await import('node:fs')
    mkdirSync(join(library, 'huge-2024-01-01'))
    writeFileSync(join(library, 'huge-2024-01-01', '01.md'), '')
    truncateSync(join(library, 'huge-2024-01-01', '01.md'), 65 * 1024 * 1024) // sparse: no real 65 MB written
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.find((i) => i.id === 'huge-2024-01-01')!.error).toMatchObject({ code: 'too-large', message: expect.stringContaining('01.md') })
  })

  it('lists a binary page issue with its error and still opens the others', async () => {
    const library = fixtureLibrary()
    const { mkdirSync, writeFileSync } = await import('node:fs')
    mkdirSync(join(library, 'broken-2024-01-01'))
    writeFileSync(join(library, 'broken-2024-01-01', '01.md'), Buffer.from([0, 159, 146, 150, 0, 0, 1]))
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    expect(view.issues.find((i) => i.id === 'broken-2024-01-01')!.error).toMatchObject({ code: 'binary', message: expect.stringContaining('01.md') })
    expect(errorOf(await h.dispatch('issue:open', { issueId: 'broken-2024-01-01' })).code).toBe('binary')
    expect(view.issues.find((i) => i.id === CN_ISSUE)!.error).toBeUndefined()
  })

  it('opens an issue with an empty page (a full-page advertisement) as one page more, without articles', async () => {
    const library = fixtureLibrary()
    const { readdirSync, writeFileSync } = await import('node:fs')
    const pages = readdirSync(join(library, CN_ISSUE)).filter((name) => /^\d+\.md$/u.test(name))
    writeFileSync(join(library, CN_ISSUE, '09.md'), '')
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    const summary = view.issues.find((i) => i.id === CN_ISSUE)!
    expect(summary.error).toBeUndefined()
    expect(summary.pageCount).toBe(pages.length + 1)
  })
})

describe('export channels', () => {
  it('exports into a chosen folder with a change report, and previews without writing', async () => {
    const { h } = await openFixture()
    const out = tempDir('galley-export-')
    expect(value(await h.dispatch('export:choose-folder', {}))).toEqual({ folder: null, needsPath: true })
    expect((value(await h.dispatch('export:choose-folder', { path: out })) as FolderChoice).folder).toBe(realpathSync(out))
    const result = value(await h.dispatch('export:run', { issueIds: [CN_ISSUE, EN_ISSUE], format: 'html', folder: out, acceptAll: true })) as ExportResult
    expect(result.failed).toEqual([])
    expect(result.files.map((f) => f.file.replace(/^.*\//, ''))).toEqual(['晨报-2024-03-05.html', 'evening-post-1911-09-17.html'])
    expect(readFileSync(result.files[1].report, 'utf8')).toContain('Accepted at export')
    const preview = value(await h.dispatch('export:preview', { issueId: EN_ISSUE, format: 'md' })) as ExportPreview
    expect(preview.text).toContain('## Council Votes New Water Main')
  })

  it('refuses a typed export folder where a dialog exists, and an issue folder as target', async () => {
    const library = fixtureLibrary()
    const out = tempDir()
    const h = harness({ chooseFolder: async () => out })
    value(await h.dispatch('library:open', { folder: library }))
    expect(errorOf(await h.dispatch('export:choose-folder', { path: out })).code).toBe('forbidden')
    expect((value(await h.dispatch('export:choose-folder', {})) as FolderChoice).folder).toBe(realpathSync(out))
    expect(errorOf(await h.dispatch('export:run', { issueIds: [EN_ISSUE], format: 'md', folder: join(library, EN_ISSUE) })).code).toBe('invalid-argument')
  })

  it('refuses an export folder inside an issue folder, its .galley or a folder beside its pages', async () => {
    const library = fixtureLibrary()
    const { mkdirSync, readdirSync } = await import('node:fs')
    mkdirSync(join(library, EN_ISSUE, '.galley'))
    mkdirSync(join(library, EN_ISSUE, 'exports'))
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    for (const folder of [join(library, EN_ISSUE, '.galley'), join(library, EN_ISSUE, 'exports')]) {
      const error = errorOf(await h.dispatch('export:run', { issueIds: [EN_ISSUE], format: 'json', folder }))
      expect(error.code, folder).toBe('invalid-argument')
      expect(error.message).toMatch(/write the export outside the issue folder/)
      expect(readdirSync(folder)).toEqual([])
    }
  })

  it('reports an issue that cannot be exported and exports the rest', async () => {
    const { h } = await openFixture()
    const out = tempDir()
    value(await h.dispatch('export:choose-folder', { path: out }))
    const result = value(await h.dispatch('export:run', { issueIds: ['gone', EN_ISSUE], format: 'txt', folder: out })) as ExportResult
    expect(result.failed).toEqual([{ issueId: 'gone', error: expect.objectContaining({ code: 'not-found' }) }])
    expect(result.files).toHaveLength(1)
  })
})
