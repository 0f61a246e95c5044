// Stories from an ALTO page's layout where no METS came with it: where a heading is a story's own
// and where it is only a section of the story above it.
import { describe, expect, it } from 'vitest'
import { parseIssue, readPageFiles } from '../../src-main/core/index'
import { altoPage } from '../fixtures/alto'

const read = (xml: string) => readPageFiles([{ name: 'page_0001.xml', bytes: Buffer.from(xml), sha256: 'x' }])
const headlines = (xml: string) => parseIssue(read(xml)).articles.map((a) => a.headline.join(' '))

/** A paragraph of running text: five lines of five words, enough to read as a column's text. */
const paragraph = (first: string) => [[first, 'and', 'the', 'other', 'word'], ...Array.from({ length: 4 }, () => ['then', 'some', 'more', 'plain', 'words'])]

/** Three columns 500 wide at x 100, 700 and 1300: a title over the first two, a report under it
 * with a section heading in the second column, and a headed item in the third. */
function reportPage(titleLine: number): string {
  return altoPage({
    blocks: [[['THE', 'WEEKLY', 'REPORT']], paragraph('First'), paragraph('Second'), [['COUNTY', 'SESSIONS']], paragraph('Third'), [['MARKETS']], paragraph('Fourth')],
    lineHeight: [titleLine, 30, 30, 24, 30, 24, 30],
    place: [
      { x: 300, y: 100, w: 600 },
      { x: 100, y: 200, w: 500 },
      { x: 700, y: 200, w: 500 },
      { x: 850, y: 420, w: 200 },
      { x: 700, y: 470, w: 500 },
      { x: 1400, y: 100, w: 300 },
      { x: 1300, y: 150, w: 500 },
    ],
  })
}

/** One column at x 100, 500 wide: a title, a paragraph, a heading in smaller type, a paragraph. */
function columnPage(titleLine: number): string {
  return altoPage({
    blocks: [[['THE', 'WEEKLY', 'REPORT']], paragraph('First'), [['COUNTY', 'SESSIONS']], paragraph('Second'), paragraph('Third')],
    lineHeight: [titleLine, 30, 24, 30, 30],
    place: [{ x: 200, y: 100, w: 300 }, { x: 100, y: 200, w: 500 }, { x: 250, y: 420, w: 200 }, { x: 100, y: 470, w: 500 }, { x: 700, y: 100, w: 500 }],
  })
}

/** Two columns at x 100 and 700: a paragraph, then a title at the foot of the first column whose
 * text begins at the head of the second, where a heading in smaller type follows. */
function footTitlePage(): string {
  return altoPage({
    blocks: [paragraph('Earlier'), [['THE', 'WEEKLY', 'REPORT']], paragraph('First'), [['HARBOUR', 'NEWS']], paragraph('Second')],
    lineHeight: [30, 60, 30, 24, 30],
    place: [{ x: 100, y: 100, w: 500 }, { x: 200, y: 400, w: 300 }, { x: 700, y: 100, w: 500 }, { x: 850, y: 320, w: 200 }, { x: 700, y: 370, w: 500 }],
  })
}

describe('stories from an ALTO page without its METS', () => {
  it('keeps a section heading set no larger than the text with the story whose title, set larger, stands over its column', () => {
    expect(headlines(reportPage(60))).toEqual(['THE WEEKLY REPORT', 'MARKETS'])
    expect(headlines(columnPage(60))).toEqual(['THE WEEKLY REPORT'])
    const [report] = parseIssue(read(reportPage(60))).articles
    expect(report.blocks.map((b) => [b.type, b.text.split(' ')[0]])).toEqual([
      ['paragraph', 'First'],
      ['paragraph', 'Second'],
      ['subhead', 'COUNTY'],
      ['paragraph', 'Third'],
    ])
    // Under a title in the text's own size, the same heading is a story's own.
    expect(headlines(columnPage(24))).toEqual(['THE WEEKLY REPORT', 'COUNTY SESSIONS'])
  })

  it('keeps a section heading with a title set at the foot of a column whose text begins at the head of the next', () => {
    expect(headlines(footTitlePage())).toEqual(['', 'THE WEEKLY REPORT'])
  })
})
