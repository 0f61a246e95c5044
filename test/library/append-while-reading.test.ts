// Two Galley processes on one issue (a library on a shared drive): one reads the edit log, unlocked,
// to show the other's edit, while the other saves its next edit or folds the journal. What the
// reader remembers of each file must be what it read: remembered as the file was a moment later,
// the reader took the other's new line for a torn tail and cut it off with its own next edit, or
// kept an edit log from before the fold and numbered its own next edit as one the fold had taken in.

import { appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { JournalRead } from '../../src-main/library/journal'
import { tempDir } from './helpers'

/** Runs once, just after the reader's next read of the journal, before it looks at the file again. */
let afterRead: (() => void) | null = null

vi.mock('../../src-main/library/journal', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src-main/library/journal')>()
  return {
    ...real,
    readJournal: (file: string, from: number): JournalRead => {
      const read = real.readJournal(file, from)
      const then = afterRead
      afterRead = null
      then?.()
      return read
    },
  }
})

const { activeOps, COMPACT_EVERY, IssueStore } = await import('../../src-main/library/store')
const { encodeLine } = await import('../../src-main/library/journal')

const PAGES = { '01.md': 'a'.repeat(64) }
const review = (n: number) => ({ kind: 'mark-reviewed' as const, articleId: `01-a${n}`, reviewed: true, expect: {} })

describe('the edit log, as another process saves to it while this one reads it', () => {
  it('keeps the other\'s edit saved just after this one read the journal, when this one saves its next edit', async () => {
    const file = join(tempDir(), 'issue', '.galley', 'state.json')
    const other = new IssueStore(file)
    await other.append([review(1)], PAGES, 'other-window')
    const reader = new IssueStore(file)
    await reader.load()
    await other.append([review(2)], PAGES, 'other-window')
    // The other process's third edit lands (under its lock, fsync'd, answered saved) just after the
    // reader read the journal for the second.
    afterRead = () => {
      const state = { ...other.state }
      appendFileSync(other.journalFile, encodeLine(state.revision + 1, { t: 'append', editor: 'other-window', who: 'ann', when: new Date().toISOString(), group: state.nextGroup, against: Object.keys(state.pageSets)[0], ops: [review(3)] }))
    }
    await reader.load()
    expect(afterRead).toBeNull()
    await reader.append([review(4)], PAGES, 'this-window')
    // What both editors check on reopening: every edit each was told was saved.
    const reopened = activeOps(await new IssueStore(file).load()).map((op) => (op as { articleId: string }).articleId)
    expect(reopened).toEqual(['01-a1', '01-a2', '01-a3', '01-a4'])
  })

  it('keeps this process\'s next edit when the other folds the journal while this one reads the snapshot', async () => {
    const file = join(tempDir(), 'issue', '.galley', 'state.json')
    const other = new IssueStore(file)
    const reader = new IssueStore(file)
    // The other process saves enough edits to fold its journal just after the reader read the snapshot.
    const adapter = (reader as unknown as { db: { adapter: { read: () => Promise<unknown> } } }).db.adapter
    const read = adapter.read.bind(adapter)
    adapter.read = async () => {
      const data = await read()
      adapter.read = read
      for (let n = 1; n <= COMPACT_EVERY; n++) await other.append([review(n)], PAGES, 'other-window')
      return data
    }
    await reader.load()
    await reader.append([review(0)], PAGES, 'this-window')
    const reopened = activeOps(await new IssueStore(file).load()).map((op) => (op as { articleId: string }).articleId)
    expect(reopened).toHaveLength(COMPACT_EVERY + 1)
    expect(reopened.at(-1)).toBe('01-a0')
  }, 60_000)
})
