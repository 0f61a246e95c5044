// Reading ALTO of any version: the namespace each version declares (or none, in 1.x), its unit,
// its TextBlocks' rectangles and Strings' confidence, and a word hyphenated at a line end joined.
import { describe, expect, it } from 'vitest'
import { analyze, readPageFiles } from '../../src-main/core/index'
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
