// Reading ALTO of any version: the namespace each version declares (or none, in 1.x), its unit,
// its TextBlocks' rectangles and Strings' confidence, and a word hyphenated at a line end joined.
import { describe, expect, it } from 'vitest'
import { analyze, editedMets, readPageFiles } from '../../src-main/core/index'
import { altoPage } from '../fixtures/alto'

const read = (xml: string, name = 'page_0001.xml') => readPageFiles([{ name, bytes: Buffer.from(xml), sha256: 'x' }])[0]

describe('an ALTO page of any version', () => {
  it.each(['1.4', '2.1', '3.1', '4.2'])('reads ALTO %s with its version, unit, blocks and words', (version) => {
    const page = read(altoPage({ version, unit: version === '4.2' ? 'mm10' : 'pixel', blocks: [[['Corn', 'rose', { text: 'thsi', wc: 0.31 }, 'week.']]] }))
    expect(page.alto?.version).toBe(version)
    expect(page.layout?.unit).toBe(version === '4.2' ? 'mm10' : 'pixel')
    expect(page.text).toBe('Corn rose thsi week.')
    expect(page.alto?.words.map((w) => w.wc)).toEqual([0.95, 0.95, 0.31, 0.95])
    expect(page.alto?.regions[0].box).toEqual({ x: 100, y: 100, w: 1800, h: 40 })
  })

  it('joins the two halves of a word hyphenated at a line end, each String keeping its own characters', () => {
    const page = read(altoPage({ blocks: [[['was', { text: 'yester', hyphen: 'yesterday' }], ['day', 'noon.']]] }))
    expect(page.text).toBe('was yesterday noon.')
    const [, first, second] = page.alto?.words ?? []
    expect(page.text.slice(first.start, first.end)).toBe('yester')
    expect(page.text.slice(second.start, second.end)).toBe('day')
  })

  it('finds no uncertain word where the ALTO gives no confidence', () => {
    const xml = altoPage({ blocks: [[['Corn', 'rose', 'thsi', 'week.']]] }).replace(/ WC="[^"]*"/gu, '')
    const page = read(xml)
    expect(page.alto?.words.every((w) => w.wc === null)).toBe(true)
    expect(analyze([page]).findings.filter((f) => f.kind === 'uncertain-word')).toEqual([])
  })

  it('takes the page number from the file name’s digits when there is no METS', () => {
    expect(read(altoPage({ blocks: [[['x']]] }), '0002647_18240217_0003.xml').number).toBe('03')
  })
})

/** A METS whose articles name their areas in their own fptr (as many libraries write it), each
 * area an ALTO element's ID: a TextBlock, or a run of Strings from one to another. */
function fptrMets(areas: { title: string; refs: [string, string][] }[]): string {
  const dmd = areas.map((a, i) => `<mets:dmdSec ID="MODS${i}"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods><mods:titleInfo><mods:title>${a.title}</mods:title></mods:titleInfo></mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>`).join('')
  const divs = areas
    .map((a, i) => `<mets:div ID="ART${i}" TYPE="ARTICLE" DMDID="MODS${i}"><mets:div TYPE="BODY"><mets:fptr><mets:seq>${a.refs.map(([begin, end]) => `<mets:area FILEID="ALTO1" BETYPE="IDREF" BEGIN="${begin}" END="${end}"/>`).join('')}</mets:seq></mets:fptr></mets:div></mets:div>`)
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink">${dmd}
<mets:fileSec><mets:fileGrp USE="TEXT"><mets:file ID="ALTO1" MIMETYPE="text/xml"><mets:FLocat LOCTYPE="URL" xlink:href="file://./alto/page_0001.xml"/></mets:file></mets:fileGrp></mets:fileSec>
<mets:structMap TYPE="PHYSICAL"><mets:div TYPE="page" ORDER="1"><mets:fptr FILEID="ALTO1"/></mets:div></mets:structMap>
<mets:structMap TYPE="LOGICAL"><mets:div TYPE="ISSUE">${divs}</mets:div></mets:structMap>
</mets:mets>
`
}

describe('a METS whose articles name ALTO elements in their own fptr', () => {
  const page = altoPage({ blocks: [[['HARBOUR', 'OPENED']], [['The', 'bridge', 'was', 'opened.']], [['Corn', 'rose', 'again.']]] })
  const open = (mets: string) => readPageFiles([
    { name: 'page_0001.xml', bytes: Buffer.from(page), sha256: 'a' },
    { name: 'mets.xml', bytes: Buffer.from(mets), sha256: 'm' },
  ])

  it('gives each article the words of the TextBlocks and String runs it names', () => {
    // The fixture's Strings are S1…S9 in order; TB1…TB3 its blocks.
    const [read] = open(fptrMets([
      { title: 'Harbour opened', refs: [['TB1', 'TB1'], ['TB2', 'TB2']] },
      { title: 'Corn', refs: [['S7', 'S9']] },
    ]))
    expect(read.mets?.map((area) => [area.title, area.firstWord, area.lastWord])).toEqual([
      ['Harbour opened', 0, 1],
      ['Harbour opened', 2, 5],
      ['Corn', 6, 8],
    ])
    const issue = analyze([read]).issue
    expect(issue.articles.map((article) => article.headline.join(' ').toLowerCase())).toEqual(['harbour opened', 'corn'])
    expect(issue.articles[1].blocks.map((block) => block.text).join(' ')).toBe('Corn rose again.')
  })

  it('is not edited in place on export (its structure is not the structLink one Galley edits): a new METS is written', () => {
    const mets = fptrMets([{ title: 'Corn', refs: [['TB3', 'TB3']] }])
    const issue = analyze(open(mets)).issue
    expect(editedMets(mets, issue, issue)).toBeNull()
  })

  it('gives an article the words of a ComposedBlock it names, and nothing for an Illustration', () => {
    const composed = page
      .replace('<TextBlock ID="TB2"', '<ComposedBlock ID="CB1"><TextBlock ID="TB2"')
      .replace(/(<TextBlock ID="TB3"[\s\S]*?<\/TextBlock>)/u, '$1</ComposedBlock><Illustration ID="IL1" HPOS="0" VPOS="0" WIDTH="10" HEIGHT="10"/>')
    const [read] = readPageFiles([
      { name: 'page_0001.xml', bytes: Buffer.from(composed), sha256: 'a' },
      { name: 'mets.xml', bytes: Buffer.from(fptrMets([{ title: 'Harbour opened', refs: [['TB1', 'TB1']] }, { title: 'Body', refs: [['CB1', 'CB1'], ['IL1', 'IL1']] }])), sha256: 'm' },
    ])
    expect(read.mets?.map((area) => [area.title, area.firstWord, area.lastWord])).toEqual([
      ['Harbour opened', 0, 1],
      ['Body', 2, 8],
    ])
  })

  it('refuses, naming it, an ID the page holds no element for', () => {
    expect(() => open(fptrMets([{ title: 'Lost', refs: [['TB9', 'TB9']] }]))).toThrow(/names TB9 on page_0001\.xml/u)
  })
})
