// A page file of an issue folder opened by itself is that issue: an edit made there is in the
// issue when its folder is opened, and the other way round. A page an earlier Galley kept a log of
// its own for (`.galley/<file>.state.json`) still opens with the edits in it.

import { cpSync, existsSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { IssueStore } from '../../src-main/library/store'
import { runCli } from '../cli/run'
import { main } from '../../src-main/cli'
import { CN_ISSUE, EN_ISSUE, fixtureLibrary, tempDir } from './helpers'

const open = (path: string) => Library.open(path, { stateDir: tempDir(), emit: () => undefined, watch: false })

describe('a page file opened by itself', () => {
  it('opens its issue, so an edit made there is seen when the issue folder is opened', async () => {
    const issue = join(fixtureLibrary(), CN_ISSUE)
    const alone = await open(join(issue, '02.md'))
    expect(alone.issueIds()).toEqual(['.'])
    const view = await alone.openIssue('.')
    expect(view.pages.map((p) => p.number)).toEqual(['01', '02'])
    const article = view.articles[view.articles.length - 1]
    await alone.applyOp('.', { kind: 'set-headline', articleId: article.id, parts: ['轨道交通新线开通'], expect: {} })
    await alone.close()

    const folder = await open(issue)
    const again = await folder.openIssue('.')
    expect(again.articles.find((a) => a.id === article.id)?.headline).toEqual(['轨道交通新线开通'])
    await folder.close()
    expect(existsSync(join(issue, '.galley', '02.md.state.json'))).toBe(false)
  })

  it('shows the edits made on its issue folder', async () => {
    const issue = join(fixtureLibrary(), CN_ISSUE)
    const folder = await open(issue)
    const article = (await folder.openIssue('.')).articles[0]
    await folder.applyOp('.', { kind: 'set-headline', articleId: article.id, parts: ['新的标题'], expect: {} })
    await folder.close()

    const alone = await open(join(issue, '01.md'))
    const view = await alone.openIssue(alone.issueIds()[0])
    expect(view.articles.find((a) => a.id === article.id)?.headline).toEqual(['新的标题'])
    await alone.close()
  })

  it('still opens by itself, with its edits, where an earlier Galley kept it a log of its own', async () => {
    const issue = join(fixtureLibrary(), EN_ISSUE)
    const page = join(issue, '01.md')
    const earlier = await open(page)
    const article = (await earlier.openIssue(earlier.issueIds()[0])).articles[0]
    await earlier.close()
    // An earlier Galley's log of the page alone, where it kept it.
    const store = new IssueStore(join(issue, '.galley', '01.md.state.json'), page)
    await store.load()
    await store.append([{ kind: 'set-headline', articleId: article.id, parts: ['MAYOR OPENS THE NEW BRIDGE'], expect: {} }], {})

    const alone = await open(page)
    expect(alone.issueIds()).toEqual(['01.md'])
    const view = await alone.openIssue('01.md')
    expect(view.articles[0].headline).toEqual(['MAYOR OPENS THE NEW BRIDGE'])
    await alone.close()
  })

  it('is named by its issue folder where an earlier Galley kept it a log of its own, whose edits the issue lacks', async () => {
    const issue = join(fixtureLibrary(), CN_ISSUE)
    const folder = await open(issue)
    const view = await folder.openIssue('.')
    expect(view.summary.pageLogs).toBeUndefined()
    await folder.close()
    const store = new IssueStore(join(issue, '.galley', '02.md.state.json'), join(issue, '02.md'))
    await store.load()
    await store.append([{ kind: 'set-headline', articleId: view.articles[view.articles.length - 1].id, parts: ['轨道交通新线开通'], expect: {} }], {})

    const again = await open(issue)
    expect((await again.openIssue('.')).summary.pageLogs).toEqual([join(realpathSync(issue), '.galley', '02.md.state.journal.jsonl')])
    await again.close()
  })

  it('is exported by the CLI with its issue’s edits on it, where the issue has other pages', async () => {
    const issue = join(fixtureLibrary(), CN_ISSUE)
    const alone = await open(join(issue, '02.md'))
    const view = await alone.openIssue('.')
    const tail = view.articles.find((a) => a.pages.includes('02') && !a.pages.includes('01'))
    expect(tail).toBeDefined()
    await alone.applyOp('.', { kind: 'set-headline', articleId: (tail as { id: string }).id, parts: ['轨道交通新线开通'], expect: {} })
    await alone.close()
    const md = await runCli(main, ['export', join(issue, '02.md'), '--format', 'md'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('## 轨道交通新线开通')
  })

  it('is exported by the CLI with the edits the app made on it, where it is its issue’s one page', async () => {
    const folder = tempDir()
    cpSync(join(fixtureLibrary(), EN_ISSUE, '01.md'), join(folder, '01.md'))
    const page = join(folder, '01.md')
    const library = await open(page)
    const id = library.issueIds()[0]
    const article = (await library.openIssue(id)).articles[0]
    await library.applyOp(id, { kind: 'set-headline', articleId: article.id, parts: ['MAYOR OPENS THE NEW BRIDGE'], expect: {} })
    await library.close()
    const md = await runCli(main, ['export', page, '--format', 'md'])
    expect(md.stdout).toContain('## MAYOR OPENS THE NEW BRIDGE')
    const whole = await runCli(main, ['export', folder, '--format', 'md'])
    expect(whole.stdout).toContain('## MAYOR OPENS THE NEW BRIDGE')
  })
})
