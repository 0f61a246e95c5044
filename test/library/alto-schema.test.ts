// The corrected ALTO export is valid against the published schema of the ALTO version it came in
// (1.4 without a namespace, 2.x, 3.x, 4.x), and the METS Galley writes beside it against METS'.
// Validated by libxml2 itself (xmllint-wasm), with the schemas kept in test/fixtures/alto-schema.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import type { ExportResult, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { harbourPage, metsFile } from '../fixtures/alto'
import { FIXTURES, harness, tempDir, value } from './helpers'

const SCHEMAS = join(FIXTURES, 'alto-schema')
const XLINK = readFileSync(join(SCHEMAS, 'xlink.xsd'), 'utf8')
const SAMPLE = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples', 'alto', 'british-library-0002647-1824-02-17')

/** libxml2's schema errors for the document ([] when valid); the xlink import is served locally. */
async function schemaErrors(xml: string, schemaFile: string): Promise<string[]> {
  const schema = readFileSync(join(SCHEMAS, schemaFile), 'utf8')
  const imports = [...schema.matchAll(/<xsd:import[^>]*schemaLocation="([^"]+)"/gu)].map((m) => ({ fileName: m[1], contents: XLINK }))
  const result = await validateXML({ xml: [{ fileName: 'document.xml', contents: xml }], schema: [{ fileName: schemaFile, contents: schema }], preload: imports, maxMemoryPages: 16384 })
  return result.errors.map((error) => error.message)
}

const schemaOf = (version: string): string => ({ '1': 'alto-1-4.xsd', '2': 'alto-2-1.xsd', '3': 'alto-3-1.xsd', '4': 'alto-4-4.xsd' })[version.split('.')[0]]!

const page = harbourPage

/** Opens the folder's issue, applies `edit` to the first block that passes `pick`, exports ALTO; the export folder. */
async function correctAndExport(
  files: Record<string, string | Buffer>,
  pick: (text: string) => boolean,
  edit: (text: string) => string,
  more?: (h: ReturnType<typeof harness>, issueId: string, view: IssueView) => Promise<void>,
): Promise<string> {
  const library = tempDir()
  const dir = join(library, 'issue-1824-02-17')
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const h = harness()
  const lib = value(await h.dispatch('library:open', { folder: library })) as LibraryView
  const issueId = lib.issues[0].id
  const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
  const block = view.articles.flatMap((a) => a.blocks).find((b) => pick(b.text))!
  if (edit(block.text) !== block.text) value(await h.dispatch('op:apply', { issueId, op: { kind: 'edit-text', blockId: block.id, text: edit(block.text), expect: { [block.id]: block.hash } } }))
  await more?.(h, issueId, view)
  const out = join(library, 'exports')
  mkdirSync(out)
  const result = value(await h.dispatch('export:run', { issueIds: [issueId], format: 'alto', folder: out })) as ExportResult
  expect(result.failed).toEqual([])
  return result.files[0].file
}

describe('the corrected ALTO against the ALTO schema', () => {
  for (const version of ['1.4', '2.1', '3.1', '4.2']) {
    it(`stays valid ALTO ${version} after a correction that types markup characters`, async () => {
      const original = page(version)
      expect(await schemaErrors(original, schemaOf(version))).toEqual([])
      const written = await correctAndExport(
        { 'page_0001.xml': original },
        (text) => text.includes('thsi'),
        (text) => text.replace('thsi', 'this').replace('market.', 'market & "fair" <today>.'),
      )
      const corrected = readFileSync(join(written, 'page_0001.xml'), 'utf8')
      expect(corrected).toContain('CONTENT="market &amp; &quot;fair&quot; &lt;today&gt;."')
      expect(await schemaErrors(corrected, schemaOf(version))).toEqual([])
    })
  }

  it('edits the issue’s METS into valid METS when a story is split off one of its articles', async () => {
    const own = metsFile(['page_0001.xml'], [{ title: 'HARBOUR BRIDGE OPENED', areas: [['page_0001.xml', 1, 26]] }])
    expect(await schemaErrors(own, 'mets-1-12-1.xsd')).toEqual([])
    const written = await correctAndExport({ 'page_0001.xml': page('2.1'), 'mets.xml': own }, () => true, (text) => text, async (h, issueId, view) => {
      const blocks = view.articles[0].blocks
      const at = blocks[blocks.length - 1]
      value(await h.dispatch('op:apply', { issueId, op: { kind: 'split-article', articleId: view.articles[0].id, atBlockId: at.id, headline: ['PRICE OF CORN'], expect: {} } }))
    })
    const edited = readFileSync(join(written, 'mets.xml'), 'utf8')
    expect(edited.match(/TYPE="ARTICLE"/gu)).toHaveLength(2)
    expect(await schemaErrors(edited, 'mets-1-12-1.xsd')).toEqual([])
  })

  it('writes a METS for the articles Galley made that is valid METS', async () => {
    const written = await correctAndExport({ 'page_0001.xml': page('2.1'), 'page_0002.xml': page('2.1') }, (text) => text.includes('thsi'), (text) => text.replace('thsi', 'this'))
    expect(readdirSync(written)).toContain('mets.xml')
    expect(await schemaErrors(readFileSync(join(written, 'mets.xml'), 'utf8'), 'mets-1-12-1.xsd')).toEqual([])
  })

  it.runIf(existsSync(SAMPLE))('edits the British Library sample’s own METS after two of its articles are merged, and it stays valid METS', async () => {
    const files = Object.fromEntries(readdirSync(SAMPLE).map((name) => [name, readFileSync(join(SAMPLE, name))]))
    const metsName = readdirSync(SAMPLE).find((name) => /mets/u.test(name))!
    const original = readFileSync(join(SAMPLE, metsName), 'utf8')
    // Its PREMIS records name types of the PREMIS schema, not kept here: those are the only complaints.
    const before = await schemaErrors(original, 'mets-1-12-1.xsd')
    expect(before.every((message) => message.includes('premis'))).toBe(true)
    const written = await correctAndExport(files, () => true, (text) => text, async (h, issueId, view) => {
      const [first, second] = view.articles.filter((a) => a.headline.length > 0)
      value(await h.dispatch('op:apply', { issueId, op: { kind: 'merge-articles', articleId: second.id, intoId: first.id, headlineAs: 'subhead', expect: {} } }))
    })
    const edited = readFileSync(join(written, metsName), 'utf8')
    expect(edited).not.toBe(original)
    expect(edited.match(/TYPE="ARTICLE"/gu)!.length).toBe(original.match(/TYPE="ARTICLE"/gu)!.length - 1)
    // The archive's header, files and page areas (with their image coordinates) are kept as they were.
    for (const part of ['mets:fileSec', 'mets:amdSec ID="img0001-alto-amd"']) {
      const start = original.indexOf(`<${part}`)
      const end = original.indexOf(`</${part.split(' ')[0]}>`, start)
      expect(edited).toContain(original.slice(start, end))
    }
    expect(await schemaErrors(edited, 'mets-1-12-1.xsd')).toEqual(before)
  }, 60_000)

  it.runIf(existsSync(SAMPLE))('keeps the British Library sample valid ALTO 1.4, page by page', async () => {
    const files = Object.fromEntries(readdirSync(SAMPLE).map((name) => [name, readFileSync(join(SAMPLE, name))]))
    const written = await correctAndExport(files, (text) => text.split(' ').length > 40, (text) => `${text} [corrected & checked]`)
    const pages = readdirSync(written).filter((name) => !/mets/u.test(name))
    expect(pages).toHaveLength(4)
    let changed = 0
    for (const name of pages) {
      const corrected = readFileSync(join(written, name), 'utf8')
      if (corrected !== readFileSync(join(SAMPLE, name), 'utf8')) changed++
      expect(await schemaErrors(corrected, 'alto-1-4.xsd')).toEqual([])
    }
    expect(changed).toBe(1)
  }, 60_000)
})
if (!existsSync(SAMPLE)) console.log('alto-schema: ../shared/samples/alto is absent; the British Library sample check is skipped')
