// English OCR jumps: markers OCR damaged past what the first repairs read, and slugs with two
// letters misread, still tie a story's head to its tail.
import { describe, expect, it } from 'vitest'
import { acceptAll, parseIssue, type Article, type Issue } from '../../src-main/core/index'
import { page } from './helpers'

/** Accept-all over a front page and the page its stories jump to. */
const accepted = (front: string[], inside: string[]): Issue => acceptAll([page('01.txt', front.join('\n') + '\n'), page('02.txt', inside.join('\n') + '\n')]).analysis.issue
const fields = {
  head: ['Rains flood the lower fields', 'By Dana Whitfield', 'Three days of rain left the lower fields of the farm under a foot of water, and crews spent the weekend pumping them', 'See FIELDS, page 2'],
  tail: 'dry before the planting could start again, the farm manager said on Monday morning.',
}

const holding = (issue: Issue, words: string): Article | undefined => issue.articles.find((article) => article.blocks.some((block) => block.text.includes(words)))

describe('English OCR: a jump-in OCR ran together or misread', () => {
  const jumpOf = (line: string) => {
    const issue = parseIssue([page('01.txt', ['Council approves new bike lanes', 'By Dana Whitfield', 'The council voted on Tuesday to paint bike lanes on four downtown streets before the fall quarter begins.', line, 'that the lanes would be finished before the first snow, the city engineer said after the vote.'].join('\n') + '\n')])
    return issue.articles.flatMap((article) => article.blocks).find((block) => block.type === 'jump')?.jump
  }

  it.each([
    ['FroMpsgcl', '01'],
    ['FroM psge 4', '04'],
    ['Frorn psgc 2', '02'],
  ])('reads %s as a jump from page %s', (line, from) => {
    expect(jumpOf(line)).toMatchObject({ direction: 'in', page: from })
  })

  it('reads no prose word with those letters as a jump', () => {
    for (const line of ['From passage to passage', 'FroM psalms to hymns']) expect(jumpOf(line), line).toBeUndefined()
  })

  it.each([
    ['Prom page 3', 'in', '03'],
    ['Continucd frompage 1', 'in', '01'],
    ['Continuedonpage 8', 'out', '08'],
    ['Continued an pege 6', 'out', '06'],
    ['5ee $TRIKE, paye 4', 'out', '04'],
    ['BUDGET,fr0m page i0', 'in', '10'],
    ['See FEES, page1', 'out', '01'],
  ])('reads %s, a marker whose words are a letter or two off or run together, as a jump (%s, page %s)', (line, direction, to) => {
    expect(jumpOf(line)).toMatchObject({ direction, page: to })
  })

  it('reads no short line of other words as a jump, however close to the marker words', () => {
    for (const line of ['Prom night', 'Prom 1988', 'From Paris 5', 'Back to 1', 'Free page 2', 'Next to page 5', 'From 1 to 5']) expect(jumpOf(line), line).toBeUndefined()
  })
})

describe('English OCR: a slug with two letters misread', () => {
  it('pairs a head whose seven-letter slug OCR misread twice (BUDCFTS) with the tail under BUDGETS', () => {
    const front = [
      'Trustees weigh campus budgets',
      'By Lee Carver',
      'The trustees spent most of Thursday on next year’s budgets for the three campuses, and the smallest of them may lose',
      'See BUDCFTS, page 2',
      ...fields.head,
    ]
    const inside = [
      'FIELDS: Pumps run all weekend',
      'From page 1',
      fields.tail,
      'BUDGETS: Small campus may lose staff',
      'From page 1',
      'two of its four counsellors if the state does not restore the money it cut in the spring, a trustee said.',
    ]
    const issue = accepted(front, inside)
    const budgets = holding(issue, 'The trustees spent most of Thursday')!
    expect(budgets.blocks.some((block) => block.text.includes('two of its four counsellors'))).toBe(true)
    expect(budgets.pages).toEqual(['01', '02'])
  })
})

describe('English OCR: tails whose slugs OCR read stacked above their jump lines', () => {
  it('gives each jump-in the slug in the same order and merges each tail with its own story', () => {
    const front = [
      'Students asked to keep noise down',
      'By Lee Carver',
      'Neighbours of the campus met with the student council on Monday to talk about the parties that keep them up at night and',
      'See NOISE, page 2',
      ...fields.head,
    ]
    const inside = [
      'NOISE',
      'FIELDS',
      'From page 1',
      'asked the council to remind students that the city fines a loud party after ten on a weeknight, a neighbour said.',
      'From page 1',
      fields.tail,
    ]
    const issue = accepted(front, inside)
    const noise = holding(issue, 'Neighbours of the campus')!
    const rains = holding(issue, 'Three days of rain')!
    expect(noise.blocks.some((block) => block.text.includes('the city fines a loud party'))).toBe(true)
    expect(rains.blocks.some((block) => block.text.includes('before the planting could start'))).toBe(true)
    expect(noise).not.toBe(rains)
  })
})

describe('English OCR: a tail that prints its slug but no jump line', () => {
  const front = ['Art student wins design prize', 'By Lee Carver', 'A senior in art and design won the state poster contest this week with a paper sculpture she built in her kitchen.', 'See POSTER, page 2']
  it('merges the story with the tail under its slug on the page it jumps to', () => {
    const inside = ['Library hours extended', 'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.', 'POSTER', 'Second and third place went to two juniors in the same class, whose entries hang in the union gallery this week.']
    const issue = accepted(front, inside)
    const story = holding(issue, 'A senior in art and design')!
    expect(story.blocks.some((block) => block.text.includes('Second and third place'))).toBe(true)
    expect(story.pages).toEqual(['01', '02'])
    expect(story.blocks.some((block) => block.text.includes('campus library'))).toBe(false)
  })

  it('merges nothing when no slug on that page agrees', () => {
    const inside = ['LIBRARY', 'Second and third place went to two juniors in the same class, whose entries hang in the union gallery this week.']
    const issue = accepted(front, inside)
    expect(holding(issue, 'A senior in art and design')).not.toBe(holding(issue, 'Second and third place'))
  })
})

describe('English OCR: a page file cut a few lines off the printed page', () => {
  it('follows the tail whose head ends one file and whose text opens the next', () => {
    const inside = ['Library extends weekend hours', 'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.', 'FIELDS', 'From page 1']
    const issue = acceptAll([page('01.txt', fields.head.join('\n') + '\n'), page('02.txt', inside.join('\n') + '\n'), page('03.txt', fields.tail + '\n')]).analysis.issue
    expect(holding(issue, 'dry before the planting')).toBe(holding(issue, 'Three days of rain'))
  })
})

describe('Jumps to the page beside this one', () => {
  const story = (line: string) => ['Library opens its new reading room', 'By Dana Whitfield', 'The library opened its new reading room on Monday, with seats for sixty readers and a wall of windows over the river, and the first', line]
  const tail = (line: string) => ['Library', line, 'readers were waiting at the door an hour before it opened, the head librarian said.']

  it('merges a story continued on the next page with its tail continued from the previous page', () => {
    const issue = accepted(story('Continued on next page'), tail('Continued from previous page'))
    const library = holding(issue, 'The library opened its new reading room')!
    expect(library.blocks.some((block) => block.text.includes('readers were waiting at the door'))).toBe(true)
    expect(library.pages).toEqual(['01', '02'])
  })

  it('reads a jump-in that names the column too', () => {
    const issue = accepted(story('Continued on page 2'), tail('Continued from page 1, column 4'))
    expect(holding(issue, 'The library opened its new reading room')!.pages).toEqual(['01', '02'])
  })

  it('names the missing page when the next page is not in the issue', () => {
    const analysis = acceptAll([page('01.txt', ['Council news', 'The council met on Monday and heard from residents of the east side about the bus route, which', 'Continued on next page'].join('\n') + '\n')]).analysis
    const open = analysis.findings.find((finding) => finding.kind === 'unresolved-jump')
    expect(open?.missingPage).toBe('02')
  })

  it('takes no prose that mentions the next page for a jump', () => {
    const issue = accepted(['Printer fixed', 'By Lee Carver', 'The new press prints the next page of the paper while the first is still drying, the foreman said.'], ['Sports', 'The team won on Saturday.'])
    expect(issue.articles.flatMap((article) => article.blocks).filter((block) => block.type === 'jump')).toEqual([])
  })
})

describe('English OCR: a jump-out with no slug that names the back page or a column', () => {
  const front = (line: string) => ['Library opens its new reading room', 'By Dana Whitfield', 'The library opened its new reading room on Monday, with seats for sixty readers and a wall of windows over the river, and the first', line]
  const back = ['Library', 'From page 1', 'readers were waiting at the door an hour before it opened, the head librarian said.']

  it.each(['See Back Page', 'Turn to back page', 'See page 2, column 3'])('reads %s as the jump out and follows it to its tail', (line) => {
    const parsed = parseIssue([page('01.txt', front(line).join('\n') + '\n'), page('02.txt', back.join('\n') + '\n')])
    const marker = parsed.articles.flatMap((article) => article.blocks).find((block) => block.text === line)
    expect(marker).toMatchObject({ type: 'jump', jump: { direction: 'out' } })
    const issue = accepted(front(line), back)
    const library = holding(issue, 'The library opened its new reading room')!
    expect(library.blocks.some((block) => block.text.includes('readers were waiting at the door'))).toBe(true)
    expect(library.pages).toEqual(['01', '02'])
  })

  it('reads no sentence that sees the back page as a jump', () => {
    const issue = accepted(['Printer fixed', 'By Lee Carver', 'The new press prints the front and the back page in one pass, and readers can see the back page.'], ['Sports', 'The team won on Saturday.'])
    expect(issue.articles.flatMap((article) => article.blocks).filter((block) => block.type === 'jump')).toEqual([])
  })
})

describe('English OCR: two stories jumping to one page, their tails with no slug or headline', () => {
  const front = [
    'Hospital plans new wing',
    'By Carla Mendes',
    'Mercy Hospital will add a wing for heart patients, its board announced Wednesday, the largest expansion in the hospital’s history.',
    'The wing will open in two years, said the hospital’s president, who added that',
    'Continued on Page 2',
    'Farmers brace for frost',
    'By Dale Porter',
    'Orchard growers in the valley spent the night lighting smudge pots as the temperature dropped toward freezing again.',
    'The growers said a hard frost now, with the trees in bloom, could cost them most of this year’s',
    'Continued on Page 2',
  ]
  const tails = (a: string[], b: string[]) => ['Continued from Page 1', ...a, 'Continued from Page 1', ...b]
  const frost = ['crop of peaches and apricots, the growers said.', 'Some orchard owners hired helicopters to stir the air over the trees.']
  const wing = ['the hospital had raised half the money from donors and would borrow the rest.', 'Work on the wing will begin in the spring.']

  it('merges each head with the tail whose words it shares and the other tail does not', () => {
    const issue = accepted(front, tails(frost, wing))
    expect(holding(issue, 'Mercy Hospital will add')?.blocks.some((block) => block.text.includes('raised half the money'))).toBe(true)
    expect(holding(issue, 'Orchard growers in the valley')?.blocks.some((block) => block.text.includes('peaches and apricots'))).toBe(true)
  })

  it('leaves the pairing to the editor where the tails share nothing with either head', () => {
    const issue = accepted(front, tails(['the council said on Monday.'], ['the mayor said on Tuesday.']))
    expect(holding(issue, 'Mercy Hospital will add')?.pages).toEqual(['01'])
    expect(holding(issue, 'Orchard growers in the valley')?.pages).toEqual(['01'])
  })
})
