// The lock two Galley processes take turns by: a live owner's lock is never taken over, however
// long it holds it (a save it went on with would be written beside the taker's), and a process
// releasing a lock removes only its own.

import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LOCK_TIMES, startTimeOf, withFileLock } from '../../src-main/library/lock'
import { IssueStore } from '../../src-main/library/store'
import { tempDir } from './helpers'

const saved = { ...LOCK_TIMES }
afterEach(() => Object.assign(LOCK_TIMES, saved))

describe('the issue lock', () => {
  it('is not taken from a live owner on this machine, however old the lock is', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      await new Promise((r) => setTimeout(r, 200))
      const dir = join(tempDir(), '.galley')
      mkdirSync(dir, { recursive: true })
      const lock = join(dir, 'state.json.lock')
      const theirs = `${JSON.stringify({ pid: child.pid, host: hostname(), started: startTimeOf(child.pid!) })}\n`
      writeFileSync(lock, theirs)
      const minuteAgo = new Date(Date.now() - 60_000)
      utimesSync(lock, minuteAgo, minuteAgo)
      Object.assign(LOCK_TIMES, { waitMs: 300, staleMs: 1_000 })
      let ran = false
      await expect(withFileLock(lock, async () => { ran = true })).rejects.toMatchObject({ code: 'conflict' })
      expect(ran).toBe(false)
      expect(readFileSync(lock, 'utf8')).toBe(theirs)
    } finally {
      child.kill()
    }
  })

  it('is removed on release only while it is still ours', async () => {
    const lock = join(tempDir(), 'state.json.lock')
    const other = `${JSON.stringify({ pid: 999_999, host: 'elsewhere', started: null })}\n`
    await withFileLock(lock, async () => {
      // Another machine's process took the lock over meanwhile (its owner could not be checked).
      writeFileSync(lock, other)
    })
    expect(existsSync(lock) && readFileSync(lock, 'utf8')).toBe(other)
  })
})

describe('a damaged journal met while another process holds the lock', () => {
  it('is cut back by no one meanwhile, and set aside with its copy once the lock is free', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      await new Promise((r) => setTimeout(r, 200))
      const dir = join(tempDir(), 'issue', '.galley')
      mkdirSync(dir, { recursive: true })
      const file = join(dir, 'state.json')
      const pages = { '01.md': 'a'.repeat(64) }
      const edit = (n: number) => [{ kind: 'mark-reviewed' as const, articleId: `01-a${n}`, reviewed: true, expect: {} }]
      await new IssueStore(file).append(edit(1), pages)
      await new IssueStore(file).append(edit(2), pages)
      // The first record damaged in place: a good one follows it.
      const journal = join(dir, 'state.journal.jsonl')
      const text = readFileSync(journal, 'utf8')
      writeFileSync(journal, text.replace('01-a1', '01-aX'))
      const damaged = readFileSync(journal, 'utf8')
      const lock = `${file}.lock`
      writeFileSync(lock, `${JSON.stringify({ pid: child.pid, host: hostname(), started: startTimeOf(child.pid!) })}\n`)
      Object.assign(LOCK_TIMES, { waitMs: 300 })
      const store = new IssueStore(file)
      await expect(store.load()).rejects.toMatchObject({ code: 'conflict' })
      expect(readFileSync(journal, 'utf8')).toBe(damaged)
      unlinkSync(lock)
      await expect(store.append(edit(3), pages)).rejects.toMatchObject({ code: 'state-corrupt' })
      const copies = readdirSync(dir).filter((name) => name.startsWith('state.journal.jsonl.corrupt-'))
      expect(copies).toHaveLength(1)
      expect(readFileSync(join(dir, copies[0]), 'utf8')).toBe(damaged)
    } finally {
      child.kill()
    }
  })
})
