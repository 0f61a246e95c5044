// An edit log's snapshot whose read failed for a moment (EIO, too many open files) is read again
// before the next edit: the edit is never saved on an empty log beside it, where the next read
// skips it as folded into the snapshot already and the next fold writes the empty log over it.

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Op } from '../../src-main/core/index'
import { DurableJSONFile } from '../../src-main/library/durable-json'
import { activeOps, IssueStore } from '../../src-main/library/store'
import { tempDir } from './helpers'

afterEach(() => vi.restoreAllMocks())

const edit = (n: number): Op => ({ kind: 'edit-text', blockId: `01-b${n}`, text: `text ${n}`, expect: {} })

describe('a snapshot read that failed', () => {
  it('keeps the snapshot\'s edits and the next one', async () => {
    const file = join(tempDir(), 'issue', '.galley', 'state.json')
    mkdirSync(dirname(file), { recursive: true })
    // A log folded into its snapshot (its journal gone, as a restore from a backup of state.json leaves it).
    const entry = { op: edit(1), who: 'ann', editor: 'w1', when: '2024-03-05T10:00:00.000Z', group: 1, against: 'k', active: true }
    writeFileSync(file, JSON.stringify({ schema: 'galley.state/2', revision: 1, nextGroup: 2, ops: [entry], pageSets: { k: { '01.md': 'a'.repeat(64) } } }))
    const read = DurableJSONFile.prototype.read
    vi.spyOn(DurableJSONFile.prototype, 'read').mockImplementationOnce(() => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })))
    const store = new IssueStore(file)
    await expect(store.load()).rejects.toThrow()
    vi.mocked(DurableJSONFile.prototype.read).mockImplementation(read)
    const state = await store.append([edit(2)], { '01.md': 'a'.repeat(64) }, 'w1')
    expect(activeOps(state)).toEqual([edit(1), edit(2)])
    expect(activeOps(await new IssueStore(file).load())).toEqual([edit(1), edit(2)])
  })
})
