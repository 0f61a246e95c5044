// A damaged edit log is set aside as a kept copy holding the edits made before; the issue's
// summary names that copy for as long as it is there: after the editor's next save, in another
// window, and when the app is started again. Before, the notice went with the next save.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IssueSummary, IssueUpdate, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { EN_ISSUE, fixtureLibrary, harness, value } from '../library/helpers'

function damagedLogLibrary(): { library: string; galley: string } {
  const library = fixtureLibrary()
  const galley = join(library, EN_ISSUE, '.galley')
  mkdirSync(galley)
  writeFileSync(join(galley, 'state.json'), '{ "schema": "galley.state/1", "ops": [ { "op"')
  return { library, galley }
}

const summaryIn = (view: LibraryView): IssueSummary => view.issues.find((i) => i.id === EN_ISSUE) as IssueSummary

describe('the notice of a damaged edit log set aside', () => {
  it('names the kept copy after the editor’s next save, in another window and after a restart', async () => {
    const { library, galley } = damagedLogLibrary()
    const h = harness()
    const opened = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    const kept = readdirSync(galley).filter((name) => name.startsWith('state.json.corrupt-'))
    expect(kept).toHaveLength(1)
    expect(summaryIn(opened).keptLogs).toEqual([join(galley, kept[0])])

    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE, editor: 'w1' })) as IssueView
    const saved = value(
      await h.dispatch('op:apply', { issueId: EN_ISSUE, editor: 'w1', op: { kind: 'set-headline', articleId: view.articles[0].id, parts: ['WATER MAIN APPROVED'], expect: {} } }),
    ) as IssueUpdate
    expect(saved.summary.keptLogs).toEqual([join(galley, kept[0])])
    expect(summaryIn(value(await h.dispatch('library:current', {})) as LibraryView).keptLogs).toEqual([join(galley, kept[0])])

    h.dispose()
    const restarted = harness()
    expect(summaryIn(value(await restarted.dispatch('library:open', { folder: library })) as LibraryView).keptLogs).toEqual([join(galley, kept[0])])
  })

  it('goes once the kept copy is moved away, and is never shown for a whole log', async () => {
    const { library, galley } = damagedLogLibrary()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    for (const name of readdirSync(galley).filter((n) => n.startsWith('state.json.corrupt-'))) rmSync(join(galley, name))
    const view = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    expect(view.summary.keptLogs).toBeUndefined()
    const fresh = harness()
    expect(summaryIn(value(await fresh.dispatch('library:open', { folder: fixtureLibrary() })) as LibraryView).keptLogs).toBeUndefined()
  })
})
