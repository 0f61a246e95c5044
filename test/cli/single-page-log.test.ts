// A page file opened by itself in the app is edited in its issue's log (`<folder>/.galley/state.json`,
// where it is its folder's one page; an earlier Galley's `<folder>/.galley/<file>.state.json`);
// `export` and `analyze` of that same file replay it, as they replay an issue folder's, instead of
// printing the page as if it had never been corrected.

import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from './run'
import { describe, expect, it } from 'vitest'
import { main } from '../../src-main/cli'
import { Library } from '../../src-main/library/library'
import { EN_ISSUE, FIXTURES, tempDir } from '../library/helpers'

const run = (...argv: string[]) => runCli(main, argv)

describe('galley export of a page file edited by itself in the app', () => {
  it('writes the headline the editor set', async () => {
    const folder = tempDir()
    cpSync(join(FIXTURES, 'library', EN_ISSUE, '01.md'), join(folder, '01.md'))
    const page = join(folder, '01.md')
    const library = await Library.open(page, { stateDir: tempDir(), emit: () => undefined, watch: false })
    const [id] = library.issueIds()
    const view = await library.openIssue(id)
    const article = view.articles[0]
    await library.applyOp(id, { kind: 'set-headline', articleId: article.id, parts: ['MAYOR OPENS THE NEW BRIDGE'], expect: {} })
    await library.close()

    const md = await run('export', page, '--format', 'md')
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('## MAYOR OPENS THE NEW BRIDGE')
    const json = JSON.parse((await run('analyze', page)).stdout) as { articles: { headline: string[] }[] }
    expect(json.articles[0].headline).toEqual(['MAYOR OPENS THE NEW BRIDGE'])
  })
})
