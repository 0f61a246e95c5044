// A word OCR cut at a line's end and printed without its hyphen (`com` / `mittee`), as per-article
// OCR of a student daily gives every such word: joined again where the issue prints it whole
// elsewhere, and left as two words where both pieces are words the issue prints inside its lines
// (`a` / `round`) or nothing says they were one.
import { describe, expect, it } from 'vitest'
import { acceptAll, parseIssue, type Issue } from '../../src-main/core/index'
import { page } from './helpers'

const parse = (...files: string[][]): Issue => parseIssue(files.map((lines, i) => page(`0${i + 1}.txt`, lines.join('\n') + '\n')))
const bodyOf = (issue: Issue): string => issue.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('\n')

describe('a word cut at a line end without its hyphen', () => {
  it('is joined where the issue prints it whole elsewhere', () => {
    const issue = parse([
      '# Trustees meet',
      'The finance committee of the board met on',
      'Tuesday. Members of the com',
      'mittee said the budget would be ex',
      'pected to pass in the spring, as was expected.',
    ])
    const body = bodyOf(issue)
    expect(body).toContain('Members of the committee said the budget would be expected to pass')
  })

  it('is joined on the evidence of another page of the issue, or of its singular', () => {
    const issue = parse(
      ['# Growing pains', 'A space shortage in many University depart', 'ments led the board to act on Tuesday.'],
      ['# Notes', 'The history department will move to a new', 'building in the spring of next year.'],
    )
    expect(bodyOf(issue)).toContain('many University departments led the board')
  })

  it('stays two words where both pieces are words the issue prints inside its lines', () => {
    const issue = parse([
      '# Golf',
      'The club played a round of nine holes and then',
      'walked around the green before the second',
      'round began. The captain said it was a',
      'round he would not forget for a long time.',
    ])
    expect(bodyOf(issue)).toContain('it was a round he would not forget')
  })

  it('stays two words where the issue never prints them as one', () => {
    const issue = parse(['# Computing', 'The old mainframes and minicom', 'puters will stay where they are for now.'])
    expect(bodyOf(issue)).toContain('minicom puters')
  })

  it('never joins a one-letter piece: a typesetter leaves none at a break', () => {
    const issue = parse(['# Visit', 'The visit was short. It was a', 'nother matter to see another launch on Friday.'])
    expect(bodyOf(issue)).toContain('It was a nother matter')
  })

  it('is joined when accept-all joins a paragraph a column break cut inside that word', () => {
    const issue = acceptAll([page('01.txt', ['# Trustees meet', 'The board met on Tuesday and the finance com', '', 'mittee said the budget would pass. The committee', 'will meet again in the spring to review it.'].join('\n') + '\n')]).analysis.issue
    expect(bodyOf(issue)).toContain('the finance committee said the budget would pass')
  })
})
