// A read of the edit log by one process (the CLI's export, the app's view or export) while another
// folds the journal into a new snapshot: read between the two, the snapshot from before the fold
// and the journal from after it (emptied) make an edit log without the edits the fold took in, and
// nothing looks damaged. The read must notice the snapshot changed under it and read again.

import { renameSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { JournalRead } from '../../src-main/library/journal'
import { tempDir } from './helpers'

/** Runs once, just before the next read of a journal. */
let beforeRead: (() => void) | null = null

vi.mock('../../src-main/library/journal', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src-main/library/journal')>()
  return {
    ...real,
    readJournal: (file: string, from: number): JournalRead => {
      const then = beforeRead
      beforeRead = null
      then?.()
      return real.readJournal(file, from)
    },
  }
})

const { activeOps, IssueStore, readLogQuietly } = await import('../../src-main/library/store')

const PAGES = { '01.md': 'a'.repeat(64) }
const review = (n: number) => ({ kind: 'mark-reviewed' as const, articleId: `01-a${n}`, reviewed: true, expect: {} })

/** An issue with `count` edits in its journal, and the fold another process makes of them. */
async function issueWithEdits(count: number): Promise<{ file: string; fold: () => void }> {
  const file = join(tempDir(), 'issue', '.galley', 'state.json')
  const editor = new IssueStore(file)
  for (let n = 1; n <= count; n++) await editor.append([review(n)], PAGES, 'ann')
  const folded = `${JSON.stringify(editor.state, null, 2)}\n`
  // As IssueStore's fold does it: the new snapshot put in place, then the journal emptied.
  const fold = () => {
    writeFileSync(`${file}.folding.tmp`, folded)
    renameSync(`${file}.folding.tmp`, file)
    truncateSync(editor.journalFile, 0)
  }
  return { file, fold }
}

describe('an edit log read while another process folds its journal', () => {
  it('gives the CLI every edit, not the snapshot from before the fold with the journal after it', async () => {
    const { file, fold } = await issueWithEdits(3)
    beforeRead = fold
    expect(activeOps(readLogQuietly(file))).toHaveLength(3)
    expect(beforeRead).toBeNull()
  })

  it('gives the app every edit, to show and to export', async () => {
    const { file, fold } = await issueWithEdits(3)
    const reader = new IssueStore(file)
    beforeRead = fold
    expect(activeOps(await reader.load())).toHaveLength(3)
    expect(beforeRead).toBeNull()
  })
})
