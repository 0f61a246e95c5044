// A journal line that is whole (ends in a newline, its checksum right) but holds a record this
// Galley does not know (an op kind a newer Galley on another machine added, the library on a shared
// drive) is no torn write, even as the last line: only an unterminated tail is. It is set aside
// with the journal's copy and reported, never cut off by the next edit with no copy kept.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeLine } from '../../src-main/library/journal'
import { IssueStore } from '../../src-main/library/store'
import { tempDir } from './helpers'

const PAGES = { '01.md': 'a'.repeat(64) }

function line(seq: number, rec: unknown): string {
  const body = JSON.stringify(rec)
  return `{"seq":${seq},"crc":"${crc32(`${seq}:${body}`).toString(16).padStart(8, '0')}","rec":${body}}\n`
}

describe('a whole journal record this Galley cannot read', () => {
  it('is kept (in the journal or a set-aside copy), not cut off by the next edit', async () => {
    const dir = join(tempDir(), 'issue', '.galley')
    mkdirSync(dir, { recursive: true })
    const journal = join(dir, 'state.journal.jsonl')
    const when = new Date().toISOString()
    const known = encodeLine(1, { t: 'append', editor: 'e1', who: 'ann', when, group: 1, against: 'k', pages: PAGES, ops: [{ kind: 'mark-reviewed', articleId: '01-a', reviewed: true, expect: {} }] })
    const newer = line(2, { t: 'append', editor: 'e2', who: 'bob', when, group: 2, against: 'k', ops: [{ kind: 'set-dateline', articleId: '01-a', text: 'LONDON', expect: {} }] })
    writeFileSync(journal, known + newer)
    const store = new IssueStore(join(dir, 'state.json'))
    await store.load().catch(() => undefined) // reporting it as damage is fine
    await store.append([{ kind: 'mark-reviewed', articleId: '01-b', reviewed: true, expect: {} }], PAGES).catch(() => undefined)
    // What an archivist looks for: Bob's edit is still on disk somewhere in the issue's .galley folder.
    const kept = readdirSync(dir).some((name) => name.startsWith('state.journal.jsonl') && existsSync(join(dir, name)) && readFileSync(join(dir, name), 'utf8').includes('set-dateline'))
    expect(kept).toBe(true)
  })
})
