// Two Galley processes on one issue (a library on a shared drive): one reads the edit log, the
// snapshot first and then the journal, while the other folds the journal into a new snapshot and
// saves another edit in between. The reader must not take the journal it then finds for damage and
// cut the other process's confirmed edit out of it: it reads both again under the lock.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { activeOps, COMPACT_EVERY, IssueStore } from '../../src-main/library/store'
import { tempDir } from './helpers'

const PAGES = { '01.md': 'a'.repeat(64) }
const edit = (n: number) => [{ kind: 'mark-reviewed' as const, articleId: `01-a${n}`, reviewed: true, expect: {} }]

describe('an edit log folded by another process while this one reads it', () => {
  it('keeps the edit the other process confirmed after folding, and reports no damage', async () => {
    const file = join(tempDir(), 'issue', '.galley', 'state.json')
    const other = new IssueStore(file)
    await other.append(edit(0), PAGES)
    const reader = new IssueStore(file)
    // Between the reader's two reads, the other process reaches the fold and saves one edit more.
    const inner = reader as unknown as { readSnapshot: () => Promise<void> }
    const readSnapshot = inner.readSnapshot.bind(reader)
    let raced = false
    inner.readSnapshot = async () => {
      await readSnapshot()
      if (raced) return
      raced = true
      for (let n = 1; n < COMPACT_EVERY; n++) await other.append(edit(n), PAGES)
      await other.append(edit(COMPACT_EVERY), PAGES)
    }
    const state = await reader.load()
    expect(activeOps(state)).toHaveLength(COMPACT_EVERY + 1)
    // What the other editor checks on reopening: every edit it was told was saved.
    expect(activeOps(await new IssueStore(file).load())).toHaveLength(COMPACT_EVERY + 1)
  }, 60_000)
})
