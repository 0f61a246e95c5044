// A snapshot a newer Galley folded (the library on a shared drive): its schema a later one, or an
// op kind this Galley does not know among its ops. It is no damage: set aside, that editor's edits
// up to the fold would drop from his own view. As with a newer Galley's journal line, the issue
// says a newer Galley wrote it and refuses edits, and the snapshot stays where it is, untouched.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IssueStore, readLogQuietly } from '../../src-main/library/store'
import { tempDir } from './helpers'

const PAGES = { '01.md': 'a'.repeat(64) }
const entry = (op: unknown) => ({ op, who: 'bob', editor: 'e2', when: new Date().toISOString(), group: 1, against: 'k', active: true })

function snapshotOf(state: unknown): { dir: string; file: string; text: string } {
  const dir = join(tempDir(), 'issue', '.galley')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'state.json')
  const text = `${JSON.stringify(state, null, 2)}\n`
  writeFileSync(file, text)
  return { dir, file, text }
}

const cases = {
  'a later schema': { schema: 'galley.state/3', revision: 500, nextGroup: 2, ops: [entry({ kind: 'mark-reviewed', articleId: '01-a', reviewed: true, expect: {} })], pageSets: { k: PAGES }, columns: {} },
  'an op kind this Galley does not know': { schema: 'galley.state/2', revision: 500, nextGroup: 2, ops: [entry({ kind: 'set-dateline', articleId: '01-a', text: 'LONDON', expect: {} })], pageSets: { k: PAGES } },
}

describe('a snapshot written by a newer Galley', () => {
  for (const [what, state] of Object.entries(cases)) {
    it(`with ${what} stays in place, untouched, and the issue refuses edits until Galley is updated`, async () => {
      const { dir, file, text } = snapshotOf(state)
      const store = new IssueStore(file)
      await expect(store.load()).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/newer Galley/) })
      await expect(store.append([{ kind: 'mark-reviewed', articleId: '01-b', reviewed: true, expect: {} }], PAGES)).rejects.toMatchObject({ code: 'read-only' })
      await expect(store.load()).rejects.toMatchObject({ code: 'read-only' })
      // What the newer Galley's editor finds: his snapshot as he left it, nothing set aside, no journal begun beside it.
      expect(readFileSync(file, 'utf8')).toBe(text)
      expect(readdirSync(dir)).toEqual(['state.json'])
      // The CLI says the same, instead of calling it damaged.
      expect(() => readLogQuietly(file)).toThrow(/newer Galley/)
    })
  }
})
