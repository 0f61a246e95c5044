// An ALTO page that declares an encoding other than UTF-8 (ISO-8859-1, as some archives' tools
// write it) opens while it holds only ASCII. Its corrected export is written as UTF-8 bytes under
// that same declaration: a correction outside ASCII (a curly apostrophe, an em dash, an accent)
// went in as UTF-8 bytes a reader takes for Latin-1 (this’ read as thisâ€™), silently. It goes in
// as a character reference instead, which means the same in any encoding, and nothing else changes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPageFiles } from '../../src-main/core/index'
import type { ExportResult, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { harbourPage } from '../fixtures/alto'
import { harness, tempDir, value } from './helpers'

const LATIN1 = harbourPage().replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>')

describe('the corrected ALTO export of a page declared ISO-8859-1', () => {
  it('writes a correction outside ASCII as a character reference, readable under its declaration', async () => {
    expect(LATIN1).toContain('encoding="ISO-8859-1"')
    const library = tempDir()
    mkdirSync(join(library, 'statesman-1824-02-17'))
    writeFileSync(join(library, 'statesman-1824-02-17', 'page_0001.xml'), LATIN1, 'latin1')
    const h = harness()
    const lib = value(await h.dispatch('library:open', { folder: library })) as LibraryView
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const block = view.articles.flatMap((a) => a.blocks).find((b) => b.text.includes('thsi'))!
    const text = block.text.replace('thsi', 'this’')
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'edit-text', blockId: block.id, text, expect: { [block.id]: block.hash } } }))
    const out = tempDir('galley-export-')
    value(await h.dispatch('export:choose-folder', { path: out }))
    const result = value(await h.dispatch('export:run', { issueIds: [issueId], format: 'alto', folder: out })) as ExportResult
    expect(result.failed).toEqual([])
    const bytes = readFileSync(join(result.files[0].file, 'page_0001.xml'))
    // Read as its declaration says, every byte is the character it was meant to be.
    expect(bytes.every((b) => b < 0x80)).toBe(true)
    expect(bytes.toString('latin1')).toBe(LATIN1.replace('CONTENT="thsi"', 'CONTENT="this&#x2019;"'))
    const reread = readPageFiles([{ name: 'page_0001.xml', bytes, sha256: 'x' }])
    expect(reread[0].text).toContain('this’ week')
  })
})
