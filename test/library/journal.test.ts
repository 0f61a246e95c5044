// The edit log on disk is a snapshot plus an append-only journal: an edit appends one checked
// record, a torn last record (a crash mid-append) is ignored, damage is kept aside, the journal is
// folded into the snapshot now and then, logs of earlier versions open, and what a crash left
// behind (temp files, a lock whose pid now belongs to another program) is cleaned up.

import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src-main/core/index'
import { startTimeOf } from '../../src-main/library/lock'
import { activeOps, COMPACT_EVERY, IssueStore, journalFileOf } from '../../src-main/library/store'
import { tempDir } from './helpers'

const PAGES = { '01.md': 'a'.repeat(64) }
const edit = (n: number): Op => ({ kind: 'edit-text', blockId: `01-b${n}`, text: `text ${n}`, expect: {} })
const ids = (ops: Op[]) => ops.map((op) => (op as { blockId: string }).blockId)

function stateFile(): string {
  return join(tempDir(), 'issue', '.galley', 'state.json')
}

function journalLines(file: string): string[] {
  return readFileSync(journalFileOf(file), 'utf8').split('\n').filter(Boolean)
}

describe('the edit journal', () => {
  it('appends one record per edit and leaves the snapshot alone', async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    for (let n = 1; n <= 3; n++) await store.append([edit(n)], PAGES)
    await store.undo()
    expect(existsSync(file)).toBe(false)
    expect(journalLines(file)).toHaveLength(4)
    for (const line of journalLines(file)) expect(JSON.parse(line)).toMatchObject({ seq: expect.any(Number), crc: expect.stringMatching(/^[0-9a-f]{8}$/) })
    expect(ids(activeOps(await new IssueStore(file).load()))).toEqual(['01-b1', '01-b2'])
  })

  it('ignores a torn last record and appends the next edit cleanly after the last good one', async () => {
    const file = stateFile()
    await new IssueStore(file).append([edit(1)], PAGES)
    await new IssueStore(file).append([edit(2)], PAGES)
    const whole = readFileSync(journalFileOf(file), 'utf8')
    appendFileSync(journalFileOf(file), whole.split('\n')[1].slice(0, 40)) // a crash mid-append
    const store = new IssueStore(file)
    expect(ids(activeOps(await store.load()))).toEqual(['01-b1', '01-b2'])
    await store.append([edit(3)], PAGES)
    expect(journalLines(file)).toHaveLength(3)
    expect(ids(activeOps(await new IssueStore(file).load()))).toEqual(['01-b1', '01-b2', '01-b3'])
  })

  it('reports a damaged record with good ones after it, keeps a copy, and goes on with the edits before it', async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    for (let n = 1; n <= 3; n++) await store.append([edit(n)], PAGES)
    const lines = journalLines(file)
    writeFileSync(journalFileOf(file), [lines[0], lines[1].replace('text 2', 'text X'), lines[2], ''].join('\n'))
    const reopened = new IssueStore(file)
    await expect(reopened.load()).rejects.toMatchObject({ code: 'state-corrupt', message: expect.stringContaining('checksum') })
    expect(ids(activeOps(reopened.state))).toEqual(['01-b1'])
    const copies = readdirSync(join(file, '..')).filter((n) => n.includes('journal.jsonl.corrupt-'))
    expect(copies).toHaveLength(1)
    expect(readFileSync(join(file, '..', copies[0]), 'utf8')).toContain('text X')
    await reopened.append([edit(4)], PAGES)
    expect(ids(activeOps(await new IssueStore(file).load()))).toEqual(['01-b1', '01-b4'])
  })

  it(`folds the journal into the snapshot after ${COMPACT_EVERY} edits, losing and doubling nothing`, async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    for (let n = 0; n < COMPACT_EVERY + 3; n++) await store.append([edit(n)], PAGES)
    expect(existsSync(file)).toBe(true)
    expect(journalLines(file)).toHaveLength(3)
    const state = await new IssueStore(file).load()
    expect(ids(activeOps(state))).toEqual(Array.from({ length: COMPACT_EVERY + 3 }, (_, n) => `01-b${n}`))
  }, 60_000)

  it('skips records already in the snapshot (a crash between writing it and emptying the journal)', async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    for (let n = 0; n < COMPACT_EVERY - 1; n++) await store.append([edit(n)], PAGES)
    const beforeFolding = readFileSync(journalFileOf(file), 'utf8')
    await store.append([edit(COMPACT_EVERY - 1)], PAGES) // folds
    expect(journalLines(file)).toHaveLength(0)
    writeFileSync(journalFileOf(file), beforeFolding) // as if the crash came before the emptying
    const reopened = new IssueStore(file)
    expect(activeOps(await reopened.load())).toHaveLength(COMPACT_EVERY)
    await reopened.append([edit(COMPACT_EVERY)], PAGES)
    expect(ids(activeOps(await new IssueStore(file).load()))).toEqual(Array.from({ length: COMPACT_EVERY + 1 }, (_, n) => `01-b${n}`))
  }, 60_000)

  it('opens a log written before undo was per editor: undone ops stay undone, and no editor can undo the old ones', async () => {
    const file = stateFile()
    mkdirSync(join(file, '..'), { recursive: true })
    const entry = (n: number, group: number) => ({ op: edit(n), who: 'ann', when: '2024-03-05T10:00:00.000Z', group, against: 'k' })
    writeFileSync(file, JSON.stringify({ schema: 'galley.state/1', revision: 3, cursor: 1, nextGroup: 3, ops: [entry(1, 1), entry(2, 2)], pageSets: { k: PAGES } }))
    const store = new IssueStore(file)
    const state = await store.load()
    expect(state.ops.map((e) => e.active)).toEqual([true, false])
    await expect(store.undo()).rejects.toMatchObject({ code: 'invalid-argument' })
    await store.append([edit(3)], PAGES)
    expect(ids(activeOps(await new IssueStore(file).load()))).toEqual(['01-b1', '01-b3'])
  })

  it('removes temp files that an interrupted snapshot write left, once their writer is gone', async () => {
    const file = stateFile()
    mkdirSync(join(file, '..'), { recursive: true })
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout
    const leftover = join(file, '..', `.state.json.${dead}.0123abcd.tmp`)
    const live = join(file, '..', `.state.json.${process.pid}.4567abcd.tmp`)
    writeFileSync(leftover, '{"half": ')
    writeFileSync(live, '{"being written')
    await new IssueStore(file).load()
    expect(existsSync(leftover)).toBe(false)
    expect(existsSync(live)).toBe(true) // a live writer's (this process's here) is not touched
  })
})

describe('the cross-process lock', () => {
  function liveProcess() {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' })
    return child
  }

  it('takes over a lock whose pid now belongs to another program (reused after a restart) at once', async () => {
    const file = stateFile()
    mkdirSync(join(file, '..'), { recursive: true })
    const other = liveProcess()
    try {
      const started = startTimeOf(other.pid as number)
      const lock = { pid: other.pid, host: hostname(), started: (started ?? Date.now()) - 3_600_000 } // the Galley that took it started an hour earlier
      writeFileSync(`${file}.lock`, JSON.stringify(lock))
      const t0 = Date.now()
      await new IssueStore(file).append([edit(1)], PAGES)
      expect(Date.now() - t0).toBeLessThan(5_000) // not the 10 s wait for a live owner
      expect(existsSync(`${file}.lock`)).toBe(false)
    } finally {
      other.kill()
    }
  })

  it('waits for a lock held by a live Galley process, and goes on once it is released', async () => {
    const file = stateFile()
    mkdirSync(join(file, '..'), { recursive: true })
    const owner = liveProcess()
    try {
      writeFileSync(`${file}.lock`, JSON.stringify({ pid: owner.pid, host: hostname(), started: startTimeOf(owner.pid as number) }))
      let released = false
      setTimeout(() => {
        released = true
        rmSync(`${file}.lock`)
      }, 300)
      await new IssueStore(file).append([edit(1)], PAGES)
      expect(released).toBe(true)
    } finally {
      owner.kill()
    }
  })
})
