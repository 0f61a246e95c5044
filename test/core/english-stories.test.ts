// English OCR pages without markup (one OCR line a row, no `#` marks): each story comes out as an
// article of its own, whatever its head looks like, and every jump is followed, OCR damage and all.
import { describe, expect, it } from 'vitest'
import { acceptAll, parseIssue, type Article, type Issue } from '../../src-main/core/index'
import { page } from './helpers'

const prose = (topic: string, n = 1) =>
  Array.from({ length: n }, (_, i) => `${i === 0 ? 'The' : 'Later the'} ${topic} drew a crowd of students and staff to the hearing on Tuesday, where speakers lined up for more than two hours to be heard.`)

function parse(...texts: string[][]): Issue {
  return parseIssue(texts.map((lines, i) => page(`${String(i + 1).padStart(2, '0')}.txt`, lines.join('\n') + '\n')))
}

function holding(issue: Issue, words: string): Article | undefined {
  return issue.articles.find((article) => article.blocks.some((block) => block.text.includes(words)))
}

/** Each phrase is in an article of its own, and no two phrases share one. */
function expectApart(issue: Issue, phrases: string[]): void {
  const articles = phrases.map((phrase) => holding(issue, phrase))
  phrases.forEach((phrase, i) => expect(articles[i], phrase).toBeDefined())
  expect(new Set(articles).size, phrases.join(' | ')).toBe(phrases.length)
}

describe('English OCR: a story starts where the page shows one', () => {
  it('starts a brief at its headline over plain prose (no byline)', () => {
    const issue = parse([
      'Council approves new bike lanes',
      'By Dana Whitfield',
      ...prose('bike lane plan', 2),
      'Library extends weekend hours',
      'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.',
      'Blood drive set for Thursday',
      'Donors can give blood in the student union from 9 a.m. to 3 p.m. on Thursday; appointments are not needed.',
    ])
    expectApart(issue, ['bike lane plan', 'campus library', 'Donors can give'])
    expect(holding(issue, 'campus library')?.headline).toEqual(['Library extends weekend hours'])
    expect(holding(issue, 'campus library')?.split?.reason).toBe('headline-over-paragraph')
  })

  it('starts a story at a headline over a byline that OCR damaged or that prints no "By"', () => {
    const issue = parse([
      'Council approves new bike lanes',
      'By Dana Whitfield',
      ...prose('bike lane plan', 2),
      'Rains flood the lower fields',
      'Marco Ellison',
      'Stafl Wrilor',
      'Three days of rain left the lower fields of the farm under a foot of water, and crews spent the weekend pumping them dry.',
    ])
    expectApart(issue, ['bike lane plan', 'Three days of rain'])
  })

  it('ends a letter at its signature, so the next letter is a story of its own', () => {
    const issue = parse([
      'Letters to the editor',
      'Parking is a mess',
      'Editor:',
      'Every morning I circle the lots for half an hour before I find a space, and then I am late for my first class again.',
      'Something has to change before the winter quarter starts.',
      '— Jamie Ortega',
      'Mechanical engineering junior',
      'I want to thank the crew who cleaned the stadium after the game; they worked until dawn and nobody thanked them.',
      'They deserve better than that from all of us.',
      '— Priya Nandakumar',
    ])
    expectApart(issue, ['Every morning I circle', 'I want to thank the crew'])
    expect(holding(issue, 'I want to thank the crew')?.split?.reason).toBe('signature-closed-letter')
  })

  it('ends a letter signed with a name and a class year, without a dash', () => {
    const issue = parse([
      'Parking is a mess',
      'Editor:',
      'Every morning I circle the lots for half an hour before I find a space, and then I am late for my first class again.',
      'Jamie Ortega',
      'Biology junior',
      'I want to thank the crew who cleaned the stadium after the game; they worked until dawn and nobody thanked them.',
    ])
    expectApart(issue, ['Every morning I circle', 'I want to thank the crew'])
  })

  it('starts a letter at its salutation and a wire item at its dateline, though neither has a headline', () => {
    const issue = parse([
      'Council approves new bike lanes',
      'By Dana Whitfield',
      ...prose('bike lane plan', 2),
      'Editor — Last quarter the student senate asked us to vote on a fee that nobody explained, and now we know why it was rushed.',
      'DENVER (AP) — A snowstorm closed the main highway over the mountains on Sunday, stranding hundreds of drivers overnight.',
    ])
    expectApart(issue, ['bike lane plan', 'Last quarter the student senate', 'A snowstorm closed'])
    expect(holding(issue, 'A snowstorm closed')?.split?.reason).toBe('wire-dateline')
  })

  it('keeps a byline printed above its headline with that story', () => {
    const issue = parse([
      'Council approves new bike lanes',
      'By Dana Whitfield',
      ...prose('bike lane plan', 2),
      'By Lee Carver',
      'Swimmers break two records',
      'The swim team broke two school records on Saturday in a meet that ran three hours longer than planned because of a storm.',
    ])
    expectApart(issue, ['bike lane plan', 'The swim team broke'])
    const swim = holding(issue, 'The swim team broke')!
    expect(swim.blocks.some((block) => block.type === 'byline' && block.text === 'By Lee Carver')).toBe(true)
  })

  it('does not start a story at a short line inside a paragraph cut by OCR', () => {
    const issue = parse([
      'Council approves new bike lanes',
      'By Dana Whitfield',
      ...prose('bike lane plan', 1),
      'Martin said the council, however, did seem',
      'ready to listen to the students who came to speak against the plan at the meeting on Tuesday night in the hall.',
    ])
    expect(issue.articles).toHaveLength(1)
  })
})

describe('English OCR: jump lines with OCR damage', () => {
  const jumpOf = (line: string) => {
    const issue = parse(['Council approves new bike lanes', 'By Dana Whitfield', ...prose('bike lane plan', 1), line, ...prose('second hearing', 1)])
    return issue.articles.flatMap((article) => article.blocks).find((block) => block.type === 'jump')?.jump
  }

  it('reads a jump line whose letters OCR confused', () => {
    for (const [line, direction, pageNo] of [
      ['Frorn pagc l', 'in', '01'],
      ['Fromp age 1', 'in', '01'],
      ["I'rom page 3", 'in', '03'],
      ['Plcase sce paga 2', 'out', '02'],
      ['See BUDGET, pag« 4', 'out', '04'],
      ['From pog« 3', 'in', '03'],
      ["P'rom page 1", 'in', '01'],
    ] as const) {
      expect(jumpOf(line), line).toMatchObject({ direction, page: pageNo })
    }
  })

  it('reads a damaged jump-out that closes a paragraph', () => {
    const issue = parse(['Council approves new bike lanes', 'By Dana Whitfield', `${prose('bike lane plan', 1)[0]} Plcase sce paga 2`])
    const blocks = issue.articles.flatMap((article) => article.blocks)
    expect(blocks.find((block) => block.type === 'jump')?.jump).toMatchObject({ direction: 'out', page: '02' })
  })

  it('does not read prose as a damaged jump line', () => {
    for (const line of ['Front page news travels fast', 'From pages of old books', 'Please see me after class']) expect(jumpOf(line), line).toBeUndefined()
  })

  it('reads a jump-in that the tail text follows on the same OCR line', () => {
    const issue = parse(['Council approves new bike lanes', 'By Dana Whitfield', ...prose('bike lane plan', 1), 'Frorn page 1 the council said it would return to the matter in the spring, after the students had been heard.'])
    const blocks = issue.articles.flatMap((article) => article.blocks)
    expect(blocks.find((block) => block.type === 'jump')?.jump).toMatchObject({ direction: 'in', page: '01' })
    expect(blocks.some((block) => block.type === 'paragraph' && block.text.startsWith('the council said it would return'))).toBe(true)
  })

  it('does not read a name and a unit code after “from” for a jump-in (Maj. Ann Lee, from B-52 crews…)', () => {
    const issue = parse(['Council approves new bike lanes', 'By Dana Whitfield', ...prose('bike lane plan', 1), 'Maj. Ann Lee, from B-52 crews stationed at the base, said the riders would be safer in lanes of their own.'])
    expect(issue.articles.flatMap((article) => article.blocks).filter((block) => block.type === 'jump')).toEqual([])
  })

  it('reads a slugged, bracketed jump-in that the tail text follows on the same OCR line', () => {
    const issue = parse(['Council approves new bike lanes', 'By Dana Whitfield', ...prose('bike lane plan', 1), 'BIKE LANES (Continued from page 1) The council said it would return to the matter in the spring.'])
    const blocks = issue.articles.flatMap((article) => article.blocks)
    expect(blocks.find((block) => block.type === 'jump')?.jump).toMatchObject({ direction: 'in', page: '01', keyword: 'BIKE LANES' })
    expect(blocks.some((block) => block.type === 'paragraph' && block.text.startsWith('The council said it would return'))).toBe(true)
  })
})

describe('English OCR: several stories jump to one page', () => {
  const front = [
    'Union strikes at the cannery',
    'By Dana Whitfield',
    'Workers at the cannery walked off the job on Monday after talks over wages broke down late on Sunday night, the union said.',
    'The company said it would keep the plant running with managers and temporary staff for as long as the strike lasted and',
    'See STRIKE, page 2',
    'Tuition rises again',
    'By Lee Carver',
    'Trustees voted on Thursday to raise tuition for the third year in a row, saying the state had cut its share of the budget and',
    'See TUITION, page 2',
  ]
  const inside = [
    'TUITION: Trustees cite cuts',
    'From page 1',
    'that the campus could not keep its classes open without the money, a spokesman for the trustees said after the vote.',
    'STRIKE: Union rejects offer',
    'From page 1',
    'that no manager could run the cutting lines alone, a union steward said outside the gate as the first shift ended.',
  ]

  it('reads each SLUG: headline tail head and merges each story with its own tail', () => {
    const { analysis } = acceptAll([page('01.txt', front.join('\n') + '\n'), page('02.txt', inside.join('\n') + '\n')])
    const strike = holding(analysis.issue, 'Workers at the cannery')!
    const tuition = holding(analysis.issue, 'Trustees voted on Thursday')!
    expect(strike).not.toBe(tuition)
    expect(strike.blocks.some((block) => block.text.includes('no manager could run the cutting lines'))).toBe(true)
    expect(tuition.blocks.some((block) => block.text.includes('the campus could not keep its classes open'))).toBe(true)
    expect(strike.pages).toEqual(['01', '02'])
  })

  it('merges the tail whose head words match the story when neither prints a slug', () => {
    const heads = front.map((line) => line.replace(/^See [A-Z]+, page 2$/u, 'Continued on page 2'))
    const tails = ['Trustees raise tuition', 'From page 1', inside[2], 'Union strike', 'From page 1', inside[5]]
    const { analysis } = acceptAll([page('01.txt', heads.join('\n') + '\n'), page('02.txt', tails.join('\n') + '\n')])
    const strike = holding(analysis.issue, 'Workers at the cannery')!
    const tuition = holding(analysis.issue, 'Trustees voted on Thursday')!
    expect(strike.blocks.some((block) => block.text.includes('no manager could run the cutting lines'))).toBe(true)
    expect(tuition.blocks.some((block) => block.text.includes('the campus could not keep its classes open'))).toBe(true)
  })
})

describe('English OCR: a slug OCR damaged', () => {
  it('pairs a head whose slug OCR misread (POSTF.R) with the tail under POSTER', () => {
    const front = ['Art student wins design prize', 'By Lee Carver', 'A senior in art and design won the state poster contest this week with a paper sculpture she built in her kitchen and', 'See POSTF.R, page 2']
    const inside = ['POSTER', 'From page 1', 'photographed on the roof of the library, where the light was best in the late afternoon, she said.']
    const { analysis } = acceptAll([page('01.txt', front.join('\n') + '\n'), page('02.txt', inside.join('\n') + '\n')])
    const story = holding(analysis.issue, 'A senior in art and design')!
    expect(story.blocks.some((block) => block.text.includes('photographed on the roof'))).toBe(true)
  })
})

describe('English OCR: dates in ad copy', () => {
  it('does not take a date inside an ad for a running head that starts the next page', () => {
    const front = [
      'Union strikes at the cannery',
      'By Dana Whitfield',
      'Workers at the cannery walked off the job on Monday after talks over wages broke down late on Sunday night, the union said.',
      'Two large pizzas $9.99',
      'Offer expires Oct. 12, 1988',
      'The company said it would keep the plant running with managers and temporary staff for as long as the strike lasted and',
      'See STRIKE, page 2',
    ]
    const inside = ['STRIKE', 'From page 1', 'that no manager could run the cutting lines alone, a union steward said outside the gate as the first shift ended.']
    const { analysis } = acceptAll([page('01.txt', front.join('\n') + '\n'), page('02.txt', inside.join('\n') + '\n')])
    const strike = holding(analysis.issue, 'Workers at the cannery')!
    expect(strike.pages).toEqual(['01', '02'])
    expect(strike.blocks.some((block) => block.text.includes('no manager could run the cutting lines'))).toBe(true)
  })
})
