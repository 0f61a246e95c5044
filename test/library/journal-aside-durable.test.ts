// A journal damaged in the middle is copied aside, then cut back to its last good line. The copy
// holds the only record of the edits after the damage, and it was never fsync'd: a power cut soon
// after could leave the live journal cut (its cut is a change of the file's size, which the file
// system journals first) and the copy empty, and those edits were gone. The copy is on disk
// before the live journal is cut.

import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Op } from '../../src-main/core/index'
import { IssueStore, journalFileOf } from '../../src-main/library/store'
import { tempDir } from './helpers'

const calls = vi.hoisted(() => ({ log: [] as string[], fds: new Map<number, string>() }))

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>()
  return {
    ...real,
    copyFileSync: (from: string, to: string, mode?: number) => {
      real.copyFileSync(from, to, mode)
      calls.log.push(`copy ${to}`)
    },
    openSync: (path: string, flags: Parameters<typeof real.openSync>[1], mode?: number) => {
      const fd = real.openSync(path, flags, mode)
      calls.fds.set(fd, String(path))
      return fd
    },
    fsyncSync: (fd: number) => {
      real.fsyncSync(fd)
      calls.log.push(`fsync ${calls.fds.get(fd) ?? fd}`)
    },
    truncateSync: (path: string, length?: number) => {
      real.truncateSync(path, length)
      calls.log.push(`truncate ${path}`)
    },
  }
})

afterEach(() => {
  calls.log.length = 0
  calls.fds.clear()
})

const PAGES = { '01.md': 'a'.repeat(64) }
const edit = (n: number): Op => ({ kind: 'edit-text', blockId: `01-b${n}`, text: `text ${n}`, expect: {} })

describe('a damaged journal kept aside', () => {
  it('has its copy on disk before the live journal is cut back', async () => {
    const file = join(tempDir(), 'issue', '.galley', 'state.json')
    const store = new IssueStore(file)
    for (let n = 1; n <= 3; n++) await store.append([edit(n)], PAGES)
    const journal = journalFileOf(file)
    const lines = readFileSync(journal, 'utf8').split('\n').filter(Boolean)
    writeFileSync(journal, [lines[0], lines[1].replace('text 2', 'text X'), lines[2], ''].join('\n'))
    calls.log.length = 0
    await expect(new IssueStore(file).load()).rejects.toMatchObject({ code: 'state-corrupt' })
    const copied = calls.log.findIndex((c) => c.startsWith('copy '))
    const aside = calls.log[copied].slice('copy '.length)
    const cut = calls.log.indexOf(`truncate ${journal}`)
    expect(copied).toBeGreaterThanOrEqual(0)
    expect(cut).toBeGreaterThan(copied)
    expect(calls.log.slice(copied, cut)).toContain(`fsync ${aside}`)
    expect(readFileSync(aside, 'utf8')).toContain('text X')
  })
})
