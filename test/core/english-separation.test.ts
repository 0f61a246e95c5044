// English OCR pages without markup: lines that look short like a headline but are none (a line OCR
// cut mid-word or mid-clause, a photo credit), and an ad set into a story's column, leave the
// story whole.
import { describe, expect, it } from 'vitest'
import { parseIssue, type Article, type Issue } from '../../src-main/core/index'
import { page } from './helpers'

function parse(lines: string[]): Issue {
  return parseIssue([page('01.txt', lines.join('\n') + '\n')])
}

function holding(issue: Issue, words: string): Article | undefined {
  return issue.articles.find((article) => article.blocks.some((block) => block.text.includes(words)))
}

const opening = [
  'Farmers market moves downtown',
  'By Rosa Delgado',
  'The weekly farmers market will move from the fairground lot to the plaza downtown next month, the city said on Monday.',
]
const closing = 'Vendors who sell there now will keep their places, and new stalls will be given out by lottery at the end of the month.'

describe('English OCR: a short line inside a paragraph is no headline', () => {
  it.each([
    ['a word cut at its hyphen', 'Growers hope the move will help them reach custom-'],
    ['a quotation that opens and does not close', '“We want families downtown to walk there'],
    ['a clause that ends on a preposition', 'In the first weeks of the summer against'],
    ['a clause after a comma', 'Earlier in the week, the council'],
    ['two sentences run together', 'Stalls open at eight. Parking is free'],
  ])('keeps the story whole across %s', (_kind, line) => {
    const issue = parse([...opening, line, closing])
    expect(issue.articles).toHaveLength(1)
    expect(holding(issue, 'new stalls')).toBe(holding(issue, 'weekly farmers market'))
  })

  it('keeps the story whole across a photo credit set between its paragraphs', () => {
    for (const credit of ['ANNA BRIGHT/Valley Courier', 'Photo by Tom Weller', 'Photo courtesy of the city parks office']) {
      const issue = parse([...opening, credit, closing])
      expect(holding(issue, 'new stalls'), credit).toBe(holding(issue, 'weekly farmers market'))
    }
  })
})

describe('English OCR: an ad set into a story’s column', () => {
  it('goes on with the story cut mid-sentence above the ad, not with the ad', () => {
    const issue = parse([
      ...opening,
      'The market board, which runs the stalls, will vote on the new rules when it',
      'SPRING TIRE SALE',
      'All sizes 20% off',
      'Bring this coupon to the shop on Main Street for a free rotation with every set of four tires, offer good through May.',
      'meets again on the first Thursday of next month in the council chamber.',
      closing,
    ])
    const story = holding(issue, 'weekly farmers market')!
    expect(holding(issue, 'meets again on the first Thursday')).toBe(story)
    expect(holding(issue, 'new stalls')).toBe(story)
    expect(story.blocks.some((block) => block.text.includes('free rotation'))).toBe(false)
  })
})
