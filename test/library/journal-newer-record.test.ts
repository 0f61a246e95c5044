// A journal line that is whole (ends in a newline, its checksum right) but holds a record this
// Galley does not know (an op kind a newer Galley on another machine added, the library on a shared
// drive) is no torn write, even as the last line: only an unterminated tail is. Galley says a newer
// Galley wrote it and refuses to edit, cutting nothing; a line whose checksum is wrong is damage.

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

/** An issue's `.galley` folder whose journal holds one good record of Ann's, and its journal's path. */
function journalOfAnn(): { dir: string; journal: string; known: string; when: string } {
  const dir = join(tempDir(), 'issue', '.galley')
  mkdirSync(dir, { recursive: true })
  const when = new Date().toISOString()
  const known = encodeLine(1, { t: 'append', editor: 'e1', who: 'ann', when, group: 1, against: 'k', pages: PAGES, ops: [{ kind: 'mark-reviewed', articleId: '01-a', reviewed: true, expect: {} }] })
  return { dir, journal: join(dir, 'state.journal.jsonl'), known, when }
}

describe('a whole journal record this Galley cannot read', () => {
  it('stays in the live journal, whole, and the issue refuses edits until Galley is updated', async () => {
    const { dir, journal, known, when } = journalOfAnn()
    const newer = line(2, { t: 'append', editor: 'e2', who: 'bob', when, group: 2, against: 'k', ops: [{ kind: 'set-dateline', articleId: '01-a', text: 'LONDON', expect: {} }] })
    writeFileSync(journal, known + newer)
    const store = new IssueStore(join(dir, 'state.json'))
    // Reading it says a newer Galley wrote it; an edit is refused the same way; nothing is cut.
    await expect(store.load()).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/newer Galley/) })
    await expect(store.append([{ kind: 'mark-reviewed', articleId: '01-b', reviewed: true, expect: {} }], PAGES)).rejects.toMatchObject({ code: 'read-only' })
    // What an archivist looks for: Bob's edit still in the live journal, whole, as he saved it.
    expect(readFileSync(journal, 'utf8')).toBe(known + newer)
    expect(readdirSync(dir).filter((name) => name.includes('corrupt'))).toEqual([])
  })

  it('stops no read of a damaged line (a bad checksum): that is set aside and reported as before', async () => {
    const { dir, journal, known } = journalOfAnn()
    writeFileSync(journal, `${known}{"seq":2,"crc":"00000000","rec":{}}\n`)
    await expect(new IssueStore(join(dir, 'state.json')).load()).rejects.toMatchObject({ code: 'state-corrupt' })
    expect(readdirSync(dir).some((name) => name.includes('corrupt') && existsSync(join(dir, name)))).toBe(true)
  })
})
