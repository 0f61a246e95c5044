// An archive's folder of ALTO pages (with or without its METS) opens as an issue like page texts
// do; broken XML, an ALTO without words and a METS naming absent pages are refused by name.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPageFiles } from '../../src-main/core/index'
import type { ExportResult, IssueUpdate, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { altoPage, harbourPage, metsFile } from '../fixtures/alto'
import { harness, tempDir, value } from './helpers'

const PAGE1 = harbourPage()
const PAGE2 = altoPage({ version: '2.1', blocks: [[['The', 'mayor', 'spoke', 'at', 'length.']]] })

function issueFolder(files: Record<string, string>): { library: string; issue: string } {
  const library = tempDir()
  const issue = join(library, 'statesman-1824-02-17')
  mkdirSync(issue)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(issue, name), text)
  return { library, issue }
}

async function open(files: Record<string, string>) {
  const { library, issue } = issueFolder(files)
  const h = harness()
  const lib = value(await h.dispatch('library:open', { folder: library })) as LibraryView
  return { h, lib, issue }
}

describe('an ALTO issue in the library', () => {
  it('lists a folder of ALTO pages as an issue and opens it with the blocks’ rectangles and the page’s size', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'page_0002.xml': PAGE2 })
    expect(lib.issues).toHaveLength(1)
    expect(lib.issues[0]).toMatchObject({ pageCount: 2 })
    expect(lib.issues[0].error).toBeUndefined()
    const view = value(await h.dispatch('issue:open', { issueId: lib.issues[0].id })) as IssueView
    expect(view.pages.map((p) => p.number)).toEqual(['01', '02'])
    expect(view.pages[0].layout).toMatchObject({ width: 2000, height: 3000, unit: 'pixel' })
    const blocks = view.articles.flatMap((a) => a.blocks)
    expect(blocks.some((b) => b.text.includes('opened yesterday by the mayor.'))).toBe(true)
    expect(blocks.every((b) => b.box !== undefined)).toBe(true)
  })

  it('without a METS, starts a story at each headline set larger than the column’s text', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'page_0002.xml': PAGE2 })
    const view = value(await h.dispatch('issue:open', { issueId: lib.issues[0].id })) as IssueView
    expect(view.articles.map((a) => a.headline)).toEqual([['HARBOUR BRIDGE OPENED'], ['PRICE OF CORN'], []])
  })

  it('takes the METS articles as the split, headed by their MODS titles', async () => {
    const mets = metsFile(['page_0001.xml', 'page_0002.xml'], [
      { title: 'HARBOUR BRIDGE OPENED', areas: [['page_0001.xml', 1, 16], ['page_0002.xml', 1, 5]] },
      { title: 'PRICE OF CORN', areas: [['page_0001.xml', 17, 26]] },
    ])
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'page_0002.xml': PAGE2, 'mets.xml': mets })
    const view = value(await h.dispatch('issue:open', { issueId: lib.issues[0].id })) as IssueView
    expect(view.articles.map((a) => a.headline)).toEqual([['HARBOUR BRIDGE OPENED'], ['PRICE OF CORN']])
    expect(view.articles[0].pages).toEqual(['01', '02'])
    expect(view.articles[0].blocks.map((b) => b.text)).toEqual(['The new bridge over the harbour was opened yesterday by the mayor.', 'The mayor spoke at length.'])
    // Each is the split to review, worded as the METS's.
    const review = view.findings.filter((f) => f.kind === 'auto-split')
    expect(review.map((f) => [f.articleIds[0], f.variant])).toEqual(view.articles.map((a) => [a.id, 'mets']))
  })
})

describe('words the OCR doubted', () => {
  const pages = { 'page_0001.xml': PAGE1.replace('CONTENT="new" WC="0.95"', 'CONTENT="new" WC="0.40"') }

  it('lists each word under the confidence threshold as an uncertain-word finding, in reading order', async () => {
    const { h, lib } = await open(pages)
    const view = value(await h.dispatch('issue:open', { issueId: lib.issues[0].id })) as IssueView
    const doubted = view.findings.filter((f) => f.kind === 'uncertain-word')
    expect(doubted.map((f) => [f.params?.word, f.params?.confidence])).toEqual([['new', '40'], ['thsi', '31']])
    expect(lib.issues[0].openFindings['uncertain-word']).toBe(2)
  })

  it('confirms a word with one accept, recorded in the edit log, and drops a retyped one', async () => {
    const { h, lib } = await open(pages)
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const [first, second] = view.findings.filter((f) => f.kind === 'uncertain-word')
    const confirmed = value(await h.dispatch('finding:accept', { issueId, findingId: first.id })) as IssueUpdate
    expect(confirmed.findingIds).not.toContain(first.id)
    expect(confirmed.log.at(-1)?.op).toMatchObject({ kind: 'dismiss-finding', findingId: first.id })
    const block = view.articles.flatMap((a) => a.blocks).find((b) => b.id === second.blockIds[0])!
    const retyped = value(
      await h.dispatch('op:apply', { issueId, op: { kind: 'edit-text', blockId: block.id, text: block.text.replace('thsi', 'this'), expect: { [block.id]: block.hash } } }),
    ) as IssueUpdate
    expect(retyped.findingIds.filter((id) => id.startsWith('uncertain-word'))).toEqual([])
  })
})

describe('the corrected ALTO export', () => {
  it('writes each page again with CONTENT changed only where the text was corrected, coordinates kept, the original untouched', async () => {
    const { h, lib, issue } = await open({ 'page_0001.xml': PAGE1, 'page_0002.xml': PAGE2 })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const block = view.articles.flatMap((a) => a.blocks).find((b) => b.text.includes('thsi'))!
    const text = block.text.replace('thsi', 'this').replace('market.', 'market-place.')
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'edit-text', blockId: block.id, text, expect: { [block.id]: block.hash } } }))
    const out = join(lib.folder, 'exports')
    mkdirSync(out)
    const result = value(await h.dispatch('export:run', { issueIds: [issueId], format: 'alto', folder: out })) as ExportResult
    expect(result.failed).toEqual([])
    const written = result.files[0].file
    // No METS came with the pages: Galley made the articles, and writes them as one.
    expect(readdirSync(written).sort()).toEqual(['mets.xml', 'page_0001.xml', 'page_0002.xml'])
    const corrected = readFileSync(join(written, 'page_0001.xml'), 'utf8')
    expect(corrected).toBe(PAGE1.replace('CONTENT="thsi"', 'CONTENT="this"').replace('CONTENT="market."', 'CONTENT="market-place."'))
    expect(readFileSync(join(written, 'page_0002.xml'), 'utf8')).toBe(PAGE2)
    expect(readFileSync(join(issue, 'page_0001.xml'), 'utf8')).toBe(PAGE1)
    // Well-formed, and still an ALTO the reader takes: the same Strings in the same places.
    const reread = readPageFiles([{ name: 'page_0001.xml', bytes: Buffer.from(corrected), sha256: 'x' }])
    expect(reread[0].alto?.words.length).toBe(26)
    expect(reread[0].text).toContain('again this week at market-place.')
  })
  it('keeps words the editor added after a block’s last word, in that word’s String', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1 })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const block = view.articles.flatMap((a) => a.blocks).find((b) => b.text.includes('market.'))!
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'edit-text', blockId: block.id, text: `${block.text} Wheat fell.`, expect: { [block.id]: block.hash } } }))
    const out = join(lib.folder, 'exports')
    mkdirSync(out)
    const result = value(await h.dispatch('export:run', { issueIds: [issueId], format: 'alto', folder: out })) as ExportResult
    const corrected = readFileSync(join(result.files[0].file, 'page_0001.xml'), 'utf8')
    expect(corrected).toBe(PAGE1.replace('CONTENT="market."', 'CONTENT="market. Wheat fell."'))
  })
})

describe('the METS written with the corrected ALTO', () => {
  const mets = metsFile(['page_0001.xml'], [
    { title: 'HARBOUR BRIDGE OPENED', areas: [['page_0001.xml', 1, 16]] },
    { title: 'PRICE OF CORN', areas: [['page_0001.xml', 17, 26]] },
  ])

  async function exportAlto(h: Awaited<ReturnType<typeof open>>['h'], library: string, issueId: string): Promise<string> {
    const out = join(library, 'exports')
    mkdirSync(out, { recursive: true })
    const result = value(await h.dispatch('export:run', { issueIds: [issueId], format: 'alto', folder: out })) as ExportResult
    expect(result.failed).toEqual([])
    return result.files[0].file
  }

  it('is not written while the METS articles stand as they came', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'mets.xml': mets })
    const written = await exportAlto(h, lib.folder, lib.issues[0].id)
    expect(readdirSync(written)).toEqual(['page_0001.xml'])
  })

  it('names each article and its words again once the editor merged two', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'mets.xml': mets })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const [first, second] = view.articles
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'merge-articles', articleId: second.id, intoId: first.id, headlineAs: 'subhead', expect: {} } }))
    const written = await exportAlto(h, lib.folder, issueId)
    const text = readFileSync(join(written, 'mets.xml'), 'utf8')
    expect(text.match(/TYPE="ARTICLE"/gu)).toHaveLength(1)
    expect(text).toContain('<mods:title>HARBOUR BRIDGE OPENED</mods:title>')
    // The issue's own METS edited: the merged-away article, its MODS and its link are gone, the rest stands.
    expect(text).not.toContain('modsart2')
    expect(text).toContain(mets.slice(mets.indexOf('<mets:fileSec>'), mets.indexOf('</mets:fileSec>')))
    // Read back by Galley: one article holding the words of both, their headlines' included.
    const reread = readPageFiles([
      { name: 'page_0001.xml', bytes: Buffer.from(PAGE1), sha256: 'a' },
      { name: 'mets.xml', bytes: Buffer.from(text), sha256: 'b' },
    ])
    expect(new Set(reread[0].mets?.map((a) => a.articleId))).toEqual(new Set(['art1']))
    expect(reread[0].mets?.flatMap((a) => Array.from({ length: a.lastWord - a.firstWord + 1 }, (_, i) => a.firstWord + i))).toEqual(Array.from({ length: 26 }, (_, i) => i))
  })

  it('edits the issue’s own METS under its own name: a new headline changes its MODS title and nothing else but the editor’s mark', async () => {
    const agent = '<mets:metsHdr><mets:agent ROLE="CREATOR" TYPE="ORGANIZATION"><mets:name>State Library</mets:name></mets:agent></mets:metsHdr>'
    const own = mets.replace('<mets:dmdSec', `${agent}\n<mets:dmdSec`)
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'statesman_mets.xml': own })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'set-headline', articleId: view.articles[1].id, parts: ['PRICE OF WHEAT'], expect: {} } }))
    const written = await exportAlto(h, lib.folder, issueId)
    expect(readdirSync(written).sort()).toEqual(['page_0001.xml', 'statesman_mets.xml'])
    const galley = '<mets:agent ROLE="EDITOR" TYPE="OTHER" OTHERTYPE="SOFTWARE"><mets:name>Galley</mets:name></mets:agent>'
    const expected = own.replace('<mods:title>PRICE OF CORN</mods:title>', '<mods:title>PRICE OF WHEAT</mods:title>').replace('</mets:agent>', `</mets:agent>${galley}`)
    expect(readFileSync(join(written, 'statesman_mets.xml'), 'utf8')).toBe(expected)
  })

  it('gives a story split off a METS article an article of its own, and keeps the first part’s ID', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'page_0002.xml': PAGE2, 'mets.xml': metsFile(['page_0001.xml', 'page_0002.xml'], [
      { title: 'HARBOUR BRIDGE OPENED', areas: [['page_0001.xml', 1, 16], ['page_0002.xml', 1, 5]] },
      { title: 'PRICE OF CORN', areas: [['page_0001.xml', 17, 26]] },
    ]) })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const bridge = view.articles[0]
    const at = bridge.blocks[bridge.blocks.length - 1]
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'split-article', articleId: bridge.id, atBlockId: at.id, headline: ['MAYOR SPEAKS'], expect: {} } }))
    const written = await exportAlto(h, lib.folder, issueId)
    const text = readFileSync(join(written, 'mets.xml'), 'utf8')
    expect(text.match(/TYPE="ARTICLE"/gu)).toHaveLength(3)
    expect(text).toContain('<mods:title>MAYOR SPEAKS</mods:title>')
    const reread = readPageFiles([
      { name: 'page_0001.xml', bytes: Buffer.from(PAGE1), sha256: 'a' },
      { name: 'page_0002.xml', bytes: Buffer.from(PAGE2), sha256: 'b' },
      { name: 'mets.xml', bytes: Buffer.from(text), sha256: 'c' },
    ])
    // Page 1's bridge words stay art1's; page 2's are the new article's; the corn story is untouched.
    expect(reread[0].mets?.map((a) => [a.articleId, a.firstWord, a.lastWord])).toEqual([['art1', 0, 15], ['art2', 16, 25]])
    expect(reread[1].mets?.map((a) => [a.title, a.firstWord, a.lastWord])).toEqual([['MAYOR SPEAKS', 0, 4]])
  })

  it('gives a new page area its rectangle on the scan where the METS lists the page’s scan', async () => {
    // One METS article over both stories of the page, which the editor splits: each part needs a
    // page area of its own.
    const withScans = metsFile(['page_0001.xml'], [{ title: 'HARBOUR BRIDGE OPENED', areas: [['page_0001.xml', 1, 26]] }])
      .replace('</mets:fileGrp>', '</mets:fileGrp><mets:fileGrp USE="Images"><mets:file ID="img1" MIMETYPE="image/jp2"><mets:FLocat LOCTYPE="URL" xlink:href="page_0001.jp2"/></mets:file></mets:fileGrp>')
      .replace('<mets:fptr FILEID="alto1"/>', '<mets:fptr FILEID="img1"/><mets:fptr FILEID="alto1"/>')
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'mets.xml': withScans })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const bridge = view.articles[0]
    const corn = bridge.blocks.find((block) => block.text.startsWith('PRICE OF CORN'))!
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'split-article', articleId: bridge.id, atBlockId: corn.id, headline: ['PRICE OF CORN'], expect: {} } }))
    const written = readFileSync(join(await exportAlto(h, lib.folder, issueId), 'mets.xml'), 'utf8')
    const scanned = [...written.matchAll(/<mets:area FILEID="img1" SHAPE="RECT" COORDS="([^"]*)"\/><\/mets:fptr><mets:fptr><mets:area FILEID="alto1" BETYPE="IDREF" BEGIN="(word\d+)"/gu)].map((m) => [m[2], m[1]])
    // The bridge story's sixteen words stand at x 100–585, y 100–320 (its three-line paragraph's
    // longest line reaches 585); the corn story's ten at x 100–790, y 370–510.
    expect(scanned).toEqual([['word000001', '100,100,585,320'], ['word000017', '100,370,790,510']])
  })

  it('doubts a headline’s word too, and confirms it without a conflict', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1.replace('CONTENT="BRIDGE" WC="0.95"', 'CONTENT="BRIDGE" WC="0.20"'), 'mets.xml': mets })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const doubted = view.findings.find((f) => f.kind === 'uncertain-word' && f.params?.word === 'BRIDGE')!
    expect(doubted.blockIds).toEqual([view.articles[0].headlineBlockId])
    const update = value(await h.dispatch('finding:accept', { issueId, findingId: doubted.id })) as IssueUpdate
    expect(update.findingIds).not.toContain(doubted.id)
    expect(update.conflicts).toEqual([])
  })

  it('carries a corrected headline into its Strings', async () => {
    const { h, lib, issue } = await open({ 'page_0001.xml': PAGE1, 'mets.xml': mets })
    const issueId = lib.issues[0].id
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    const corn = view.articles[1]
    value(await h.dispatch('op:apply', { issueId, op: { kind: 'set-headline', articleId: corn.id, parts: ['PRICE OF WHEAT'], expect: {} } }))
    const written = await exportAlto(h, lib.folder, issueId)
    expect(readFileSync(join(written, 'page_0001.xml'), 'utf8')).toBe(PAGE1.replace('CONTENT="CORN"', 'CONTENT="WHEAT"'))
    expect(readFileSync(join(issue, 'page_0001.xml'), 'utf8')).toBe(PAGE1)
  })
})

describe('the TEI export of an ALTO issue', () => {
  it('gives each page a surface and each block a zone with its rectangle, which the block points at', async () => {
    const { h, lib } = await open({ 'page_0001.xml': PAGE1, 'page_0002.xml': PAGE2 })
    const preview = value(await h.dispatch('export:preview', { issueId: lib.issues[0].id, format: 'tei' })) as { text: string }
    expect(preview.text).toMatch(/<surface n="01" ulx="0" uly="0" lrx="2000" lry="3000">/u)
    const zones = [...preview.text.matchAll(/<zone ulx="(\d+)" uly="(\d+)" lrx="(\d+)" lry="(\d+)" xml:id="([^"]+)"\/>/gu)]
    const pointed = [...preview.text.matchAll(/<p facs="#([^"]+)">/gu)].map((m) => m[1])
    expect(pointed.length).toBeGreaterThan(0)
    expect(pointed.every((id) => zones.some((z) => z[5] === id))).toBe(true)
    // The block 'The new bridge…' is TextBlock 2 of page 1: x 100, y 210, 1800 wide.
    expect(zones.some((z) => z[1] === '100' && z[2] === '210' && z[3] === '1900')).toBe(true)
  })
})

describe('a broken ALTO issue', () => {
  it.each([
    ['XML that is not well-formed', { 'page_0001.xml': PAGE1.replace('</TextBlock>', '') }, /page_0001\.xml is not well-formed XML/u],
    ['an ALTO page without a String', { 'page_0001.xml': altoPage({ blocks: [] }) }, /page_0001\.xml is an ALTO file without any String/u],
    [
      'a METS naming a page that is not there',
      { 'page_0001.xml': PAGE1, 'mets.xml': metsFile(['page_0001.xml', 'page_0002.xml'], [{ title: 'X', areas: [['page_0002.xml', 1, 3]] }]) },
      /mets\.xml names ALTO page page_0002\.xml, not in the issue folder/u,
    ],
  ])('refuses %s with an error naming the file, writing nothing', async (_what, files, message) => {
    const { h, lib, issue } = await open(files)
    const before = readdirSync(issue).sort()
    expect(lib.issues[0].error?.message).toMatch(message)
    const reply = await h.dispatch('issue:open', { issueId: lib.issues[0].id })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.message).toMatch(message)
    expect(readdirSync(issue).sort()).toEqual(before)
  })
})
