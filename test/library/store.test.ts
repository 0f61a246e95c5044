// The edit log on disk: round trip, undo/redo across reopening, damaged files kept aside, two
// writers, and a failed write that loses nothing.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Op } from '../../src-main/core/index'
import { toGalleyError } from '../../src-main/library/fs-errors'
import { activeOps, IssueStore } from '../../src-main/library/store'
import { tempDir } from './helpers'

const PAGES = { '01.md': 'a'.repeat(64) }
const edit = (n: number): Op => ({ kind: 'edit-text', blockId: `01-b${n}`, text: `text ${n}`, expect: {} })

function stateFile(): string {
  return join(tempDir(), 'issue', '.galley', 'state.json')
}

describe('issue edit log', () => {
  it('keeps ops with who and when across reopening', async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    await store.load()
    await store.append([edit(1)], PAGES)
    await store.append([edit(2), edit(3)], PAGES)
    const reopened = await new IssueStore(file).load()
    expect(activeOps(reopened)).toEqual([edit(1), edit(2), edit(3)])
    expect(reopened.ops[0].who).toBeTruthy()
    expect(Date.parse(reopened.ops[0].when)).not.toBeNaN()
    expect(reopened.ops[1].group).toBe(reopened.ops[2].group)
    expect(reopened.pageSets[reopened.ops[0].against]).toEqual(PAGES)
  })

  it('persists undo and redo, undoing an accepted finding as one step', async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    await store.append([edit(1)], PAGES)
    await store.append([edit(2), edit(3)], PAGES)
    await store.undo()
    let state = await new IssueStore(file).load()
    expect(activeOps(state)).toEqual([edit(1)])
    expect(state.ops).toHaveLength(3)
    const again = new IssueStore(file)
    await again.redo()
    state = await new IssueStore(file).load()
    expect(activeOps(state)).toEqual([edit(1), edit(2), edit(3)])
    await again.undo()
    await again.append([edit(4)], PAGES)
    state = await new IssueStore(file).load()
    expect(activeOps(state)).toEqual([edit(1), edit(4)])
  })

  it('refuses to undo past the start', async () => {
    const store = new IssueStore(stateFile())
    await expect(store.undo()).rejects.toMatchObject({ code: 'invalid-argument' })
  })

  it.each([
    ['broken JSON', '{"schema": "galley.state/1", "ops": ['],
    ['an empty file', ''],
    ['null', 'null'],
    ['the wrong shape', '{"schema":"galley.state/1","revision":1,"cursor":9,"nextGroup":1,"ops":[],"pageSets":{}}'],
    ['an unknown op', '{"schema":"galley.state/1","revision":1,"cursor":1,"nextGroup":2,"pageSets":{},"ops":[{"op":{"kind":"explode"},"who":"x","when":"t","group":1,"against":"k"}]}'],
  ])('keeps a state file holding %s aside instead of overwriting it', async (_, content) => {
    const file = stateFile()
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, content)
    const store = new IssueStore(file)
    await expect(store.load()).rejects.toMatchObject({ code: 'state-corrupt', message: expect.stringContaining('corrupt-') })
    const aside = readdirSync(join(file, '..')).filter((n) => n.startsWith('state.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(file, '..', aside[0]), 'utf8')).toBe(content)
    expect(existsSync(file)).toBe(false)
    // The issue goes on with an empty log, and the next write does not touch the kept copy.
    await store.append([edit(1)], PAGES)
    expect(readFileSync(join(file, '..', aside[0]), 'utf8')).toBe(content)
    expect(activeOps(await new IssueStore(file).load())).toEqual([edit(1)])
  })

  it('never loses an op when two windows write the same issue', async () => {
    const file = stateFile()
    const a = new IssueStore(file)
    const b = new IssueStore(file)
    await a.load()
    await b.load()
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).append([edit(i)], PAGES)))
    const state = await new IssueStore(file).load()
    expect(state.ops.map((e) => (e.op as { blockId: string }).blockId).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `01-b${i}`).sort())
    expect(state.ops.every((e) => e.active)).toBe(true)
  })

  it('keeps every saved op when a write fails, and saves again once the fault is gone', async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    await store.append([edit(1)], PAGES)
    const folder = join(file, '..')
    const saved = readFileSync(store.journalFile)
    rmSync(folder, { recursive: true })
    writeFileSync(folder, 'not a folder') // every write into it now fails
    await expect(store.append([edit(2)], PAGES)).rejects.toMatchObject({ code: expect.any(String) })
    expect(activeOps(store.state)).toEqual([edit(1)])
    rmSync(folder)
    mkdirSync(folder)
    writeFileSync(store.journalFile, saved)
    await store.append([edit(3)], PAGES)
    expect(activeOps(await new IssueStore(file).load())).toEqual([edit(1), edit(3)])
  })

  it('looks for findings while saving: the op is saved even when that work fails, and the failure is reported', async () => {
    const file = stateFile()
    const store = new IssueStore(file)
    const order: string[] = []
    await store.append([edit(1)], PAGES, undefined, () => order.push('check'), () => order.push('meanwhile'))
    expect(order).toEqual(['check', 'meanwhile'])
    await expect(
      store.append([edit(2)], PAGES, undefined, undefined, () => {
        throw new Error('analysis failed')
      }),
    ).rejects.toThrow('analysis failed')
    expect(activeOps(await new IssueStore(file).load())).toEqual([edit(1), edit(2)])
    // A refused check writes nothing and skips the rest.
    const later: string[] = []
    await expect(
      store.append([edit(3)], PAGES, undefined, () => {
        throw new Error('does not fit')
      }, () => later.push('meanwhile')),
    ).rejects.toThrow('does not fit')
    expect(later).toEqual([])
    expect(activeOps(await new IssueStore(file).load())).toEqual([edit(1), edit(2)])
  })

  it('never lets a read of the log, made while an edit is being saved, put back what the edit replaced', async () => {
    for (let round = 0; round < 20; round++) {
      const file = stateFile()
      const store = new IssueStore(file)
      await store.append([edit(1)], PAGES)
      await new IssueStore(file).append([edit(2)], PAGES) // another window: our copy is now stale
      const [saved, read] = await Promise.all([store.append([edit(3)], PAGES), store.load()])
      expect(activeOps(saved)).toEqual([edit(1), edit(2), edit(3)])
      expect(activeOps(read)).toEqual([edit(1), edit(2), edit(3)])
      expect(activeOps(await store.load())).toEqual([edit(1), edit(2), edit(3)])
    }
  })

  it('names the fault of a read-only folder or a full disk', () => {
    expect(toGalleyError(Object.assign(new Error('x'), { code: 'EROFS' }), '/lib/a/.galley/state.json', 'save')).toMatchObject({ code: 'read-only', message: expect.stringContaining('/lib/a/.galley/state.json') })
    expect(toGalleyError(Object.assign(new Error('x'), { code: 'EACCES' }), 'f', 'save').code).toBe('read-only')
    expect(toGalleyError(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'f', 'save')).toMatchObject({ code: 'disk-full', message: expect.stringContaining('disk is full') })
    expect(toGalleyError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'f', 'read').code).toBe('not-found')
  })

  it.skipIf(process.getuid?.() === 0)('reports a read-only library folder as read-only', async () => {
    const { chmodSync } = await import('node:fs')
    const file = stateFile()
    const issue = join(file, '..', '..')
    mkdirSync(issue, { recursive: true })
    chmodSync(issue, 0o555)
    try {
      await expect(new IssueStore(file).append([edit(1)], PAGES)).rejects.toMatchObject({ code: 'read-only' })
    } finally {
      chmodSync(issue, 0o755)
    }
  })
})
