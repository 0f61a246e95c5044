// Lost hyphens checked against the English word list the app installs (the `word-list` package):
// a cut word the issue never prints whole is joined when the list has it, and two words the list
// has each (`car` / `pet`) stay two.
import { afterEach, describe, expect, it } from 'vitest'
import { parseIssue, setDictionary, type Issue } from '../../src-main/core/index'
import { installWordList, isEnglishWord } from '../../src-main/library/word-list'
import { page } from '../core/helpers'

const parse = (lines: string[]): Issue => parseIssue([page('01.txt', lines.join('\n') + '\n')])
const bodyOf = (issue: Issue): string => issue.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('\n')

afterEach(() => {
  setDictionary(null)
})

describe('lost hyphens against the word list', () => {
  it('reads the list: words in it, pieces of words not', () => {
    expect(['committee', 'minicomputers', 'around'].map(isEnglishWord)).toEqual([true, true, true])
    expect(['mittee', 'puters', 'trus'].map(isEnglishWord)).toEqual([false, false, false])
  })

  it('joins a cut word the issue never prints whole once the list is installed', () => {
    const lines = ['# Computing', 'The old mainframes and minicom', 'puters will stay where they are for now.']
    expect(bodyOf(parse(lines))).toContain('minicom puters')
    installWordList()
    expect(bodyOf(parse(lines))).toContain('mainframes and minicomputers will stay')
  })

  it('joins a word whose ending the list also has as a word (engineer / ing)', () => {
    installWordList()
    const issue = parse(['# Jobs', 'She studied mechanical engineer', 'ing at the state college for four years.'])
    expect(bodyOf(issue)).toContain('mechanical engineering at the state college')
  })

  it('joins two words the list has each where the issue prints them as one again and again, inside its lines, and never apart', () => {
    installWordList()
    const lines = ['# Rally', 'The students marched to the plaza be', 'cause the board met there, and because the', 'vote came late because the chair was ill, they', 'stayed until the vote because it would be read.']
    expect(bodyOf(parse(lines))).toContain('to the plaza because the board met')
    // Printed apart inside a line too, the two stay two.
    const apart = [...lines, 'It will be cause for concern, the dean said later.']
    expect(bodyOf(parse(apart))).toContain('to the plaza be cause the board met')
  })

  it('keeps two short words apart whatever word they make (on / to: onto): a setter breaks no word so short', () => {
    installWordList()
    const issue = parse(['# Move', 'The crowd moved on', 'to the field and onto the track, then went', 'back to sit on the stands and onto the grass.'])
    expect(bodyOf(issue)).toContain('The crowd moved on to the field')
  })

  it('joins a cut word whose piece the list has as a word (import / ant) where the issue prints the whole word and never the piece alone', () => {
    installWordList()
    const issue = parse(['# Vote', 'The most import', 'ant vote of the year came on Tuesday, an important', 'one for the board and for the students.'])
    expect(bodyOf(issue)).toContain('The most important vote of the year')
  })

  it('keeps two words the list has each apart, though together they are a word too', () => {
    installWordList()
    const issue = parse(['# Sale', 'He sold the old car', 'pet shop on Monday and left the town.'])
    expect(bodyOf(issue)).toContain('the old car pet shop')
  })
})
