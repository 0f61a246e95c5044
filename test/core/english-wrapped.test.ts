// Hard-wrapped English columns, as the OCR of an older paper gives them (one printed line a row, no
// blank lines, headlines in capitals over decks, datelines, jump lines in the older forms): each
// story comes out as an article with its headline, and its jumps are read and followed.
import { describe, expect, it } from 'vitest'
import { acceptAll, parseIssue, type Article, type Issue } from '../../src-main/core/index'
import { page } from './helpers'

const parse = (lines: string[], file = '01.txt'): Issue => parseIssue([page(file, lines.join('\n') + '\n')])
const holding = (issue: Issue, words: string): Article | undefined =>
  issue.articles.find((article) => article.blocks.some((block) => block.text.includes(words)))
const textOf = (article: Article | undefined): string => (article?.blocks ?? []).map((block) => block.text).join('\n')

const FRONT = [
  'THE MORNING COURIER.',
  'VOL. IX. NO. 88. ASHFORD, KAN., TUESDAY, MARCH 3, 1908. PRICE TWO CENTS.',
  'NEW BRIDGE OPENED',
  'ACROSS THE RIVER',
  'Crowd of Two Thousand Sees the',
  'Mayor Cut the Ribbon at Noon.',
  'ASHFORD, Kan., March 2.—The new steel',
  'bridge over the river was opened to',
  'wagons and foot traffic at noon today',
  'before a crowd of two thousand, and the',
  'mayor drove the first team across it.',
  'The bridge cost the county forty thou-',
  'sand dollars and took two years to build.',
  'STORM DAMAGES ORCHARDS',
  'Hail Strips the Young Trees on',
  'Farms North of Town.',
  'A hail storm on Sunday night stripped',
  'the young apple trees on the farms north',
  'of town, and the growers fear that the',
  'crop will be light this year.',
  '(Continued on Page Four.)',
  'SCHOOL BOARD ELECTS',
  'The school board met last night and',
  'named Mr. Harlan Voss as its president',
  'for the coming year.',
]
const INSIDE = [
  'THE MORNING COURIER, ASHFORD, KAN., TUESDAY, MARCH 3, 1908. PAGE FOUR.',
  'STORM DAMAGES ORCHARDS',
  '(Continued From First Page.)',
  'The county agent said he would visit',
  'every orchard before the end of the week.',
]

describe('English OCR: hard-wrapped columns of an older paper', () => {
  it('starts a story at each headline set in capitals, with its deck, and reflows its text', () => {
    const issue = parse(FRONT)
    const bridge = holding(issue, 'The new steel bridge')
    expect(bridge?.headline).toEqual(['NEW BRIDGE OPENED ACROSS THE RIVER', 'Crowd of Two Thousand Sees the Mayor Cut the Ribbon at Noon.'])
    expect(bridge?.split?.reason).toBe('capitals-headline')
    expect(textOf(bridge)).toContain('forty thousand dollars and took two years to build.')
    expect(textOf(bridge)).not.toContain('hail storm')
    expect(holding(issue, 'A hail storm on Sunday')?.headline).toEqual(['STORM DAMAGES ORCHARDS', 'Hail Strips the Young Trees on Farms North of Town.'])
    expect(holding(issue, 'The school board met')?.headline).toEqual(['SCHOOL BOARD ELECTS'])
    expect(new Set([bridge, holding(issue, 'hail storm'), holding(issue, 'school board')]).size).toBe(3)
  })

  it('takes the nameplate in capitals and the date under it for the title, no story, and drops the running heads in capitals', () => {
    const issue = parseIssue([page('01.txt', FRONT.join('\n') + '\n'), page('04.txt', INSIDE.join('\n') + '\n')])
    expect(issue.title).toBe('The Morning Courier 1908-03-03')
    expect(issue.date).toBe('1908-03-03')
    expect(issue.articles.flatMap((article) => article.headline).join('\n')).not.toContain('COURIER')
    const all = issue.articles.map(textOf).join('\n')
    expect(all).not.toContain('PRICE TWO CENTS')
    expect(all).not.toContain('PAGE FOUR.')
    expect(holding(issue, 'The county agent')?.pages).toEqual(['04'])
  })

  it('follows a story continued on another page in the older words, and accept-all merges it', () => {
    const issue = acceptAll([page('01.txt', FRONT.join('\n') + '\n'), page('04.txt', INSIDE.join('\n') + '\n')]).analysis.issue
    const storm = holding(issue, 'A hail storm on Sunday')
    expect(storm?.pages).toEqual(['01', '04'])
    expect(textOf(storm)).toContain('every orchard before the end of the week.')
    expect(textOf(holding(issue, 'The new steel bridge'))).not.toContain('orchard')
  })

  it('reads a smaller head over a wire credit or a dateline, and the credit as its byline', () => {
    const issue = parse([
      ...FRONT.slice(13, 20),
      'Bank Robbed at Dawn.',
      'By Associated Press.',
      'OMAHA, Neb., March 2.—Two men held up',
      'the cashier of the Farmers bank as he',
      'opened the doors this morning.',
    ])
    const robbery = holding(issue, 'Two men held up')
    expect(robbery?.headline).toEqual(['Bank Robbed at Dawn.'])
    expect(robbery?.split?.reason).toBe('headline-byline')
    expect(robbery?.blocks.find((block) => block.type === 'byline')?.text).toBe('By Associated Press.')
    expect(textOf(holding(issue, 'A hail storm'))).not.toContain('Bank Robbed')
  })

  it('reads the wire credit whose B OCR lost (`y Associated Press.`) as the credit, not a headline', () => {
    for (const credit of ['y Associated Press.', "ly Associated-' Press."]) {
      const issue = parse([...FRONT.slice(13, 20), 'Bank Robbed at Dawn.', credit, 'OMAHA, Neb., March 2.—Two men held up', 'the cashier of the Farmers bank as he', 'opened the doors this morning.'])
      const robbery = holding(issue, 'Two men held up')
      expect(robbery?.headline, credit).toEqual(['Bank Robbed at Dawn.'])
      expect(robbery?.blocks.find((block) => block.type === 'byline')?.text, credit).toBe(credit)
    }
  })

  it('runs a deck to its stop over a word cut at its hyphen', () => {
    const issue = parse([
      'COUNCIL MEETS TONIGHT',
      'Paving of Fifth Street Will Be Tak-',
      'en up by the aldermen.',
      'The city council will meet tonight in',
      'regular session and the paving of the',
      'street will be the chief business.',
    ])
    expect(holding(issue, 'The city council')?.headline).toEqual(['COUNCIL MEETS TONIGHT', 'Paving of Fifth Street Will Be Taken up by the aldermen.'])
  })

  it('takes a deck set with no stop for the head\'s, up to the next bank in capitals or the dateline', () => {
    const issue = parse([
      'FIRE DESTROYS',
      'MILL ON RIVER',
      'Loss Is Placed at $40,000 as',
      'Flames Sweep Old Building',
      'THREE FIREMEN HURT',
      'Fire of unknown origin destroyed',
      'the old flour mill on River street',
      'early this morning.',
      'SENATE PASSES',
      'TAX REDUCTION',
      'Measure Goes to House With',
      'Big Majority Behind It',
      'WASHINGTON, March 3.—The sen-',
      'ate today passed the tax reduction',
      'bill by a vote of 62 to 21.',
    ])
    expect(holding(issue, 'Fire of unknown origin')?.headline).toEqual(['FIRE DESTROYS MILL ON RIVER', 'Loss Is Placed at $40,000 as Flames Sweep Old Building', 'THREE FIREMEN HURT'])
    expect(textOf(holding(issue, 'Fire of unknown origin'))).toBe('Fire of unknown origin destroyed the old flour mill on River street early this morning.')
    expect(holding(issue, 'passed the tax reduction')?.headline).toEqual(['SENATE PASSES TAX REDUCTION', 'Measure Goes to House With Big Majority Behind It'])
    expect(textOf(holding(issue, 'passed the tax reduction'))).toMatch(/^WASHINGTON, March 3\.—The senate today/u)
  })

  it('starts a story at a head in capitals that names someone by the age set between commas (WOMAN, 92, DIES)', () => {
    const issue = parse([
      'BOY SCOUTS TO MEET',
      'The Boy Scouts of Troop 4 will meet',
      'tonight at the Methodist church.',
      'WOMAN, 92, DIES',
      'Mrs. Sarah Whitcomb, one of the old-',
      'est residents of the county, died at',
      'her home last night.',
    ])
    expect(holding(issue, 'Mrs. Sarah Whitcomb')?.headline).toEqual(['WOMAN, 92, DIES'])
    expect(textOf(holding(issue, 'Boy Scouts of Troop'))).not.toContain('Whitcomb')
  })

  it('keeps words in capitals inside a sentence, and a roll of names, as the text', () => {
    const issue = parse([
      'FIRE AT THE DEPOT',
      'The fire was reported by a member of the',
      'AMERICAN LEGION',
      'who saw the smoke from the street and',
      'ran to the station for help, and the',
      'firemen had the blaze out within the',
      'hour, though the roof of the freight',
      'shed was lost and the grain in it with',
      'the roof.',
      'The injured are:',
      'JOHN MERCER, Ashford.',
      'WALTER BROOKS, Dover.',
      'Both were taken to the hospital.',
    ])
    expect(issue.articles).toHaveLength(1)
    expect(issue.articles[0].headline).toEqual(['FIRE AT THE DEPOT'])
    expect(textOf(issue.articles[0])).toContain('a member of the AMERICAN LEGION who saw the smoke')
    expect(textOf(issue.articles[0])).toContain('JOHN MERCER, Ashford.')
  })
})

describe('English OCR: jump lines in an older paper\'s words', () => {
  const jumpOf = (line: string) =>
    parse(['FIRE AT THE DEPOT', 'The fire was reported at noon by a man who saw the smoke from the street.', line])
      .articles.flatMap((article) => article.blocks)
      .find((block) => block.type === 'jump')?.jump

  it.each([
    ['(Continued on Page Eight.)', 'out', '08'],
    ['(Continued on Second Page.)', 'out', '02'],
    ['(Continued on Page 2, Column 3.)', 'out', '02'],
    ['Continued on Page Two, Column Four.', 'out', '02'],
    ['(Concluded on Page 5.)', 'out', '05'],
    ['(Concluded from Page 1.)', 'in', '01'],
    ['(Continued From Third Page.)', 'in', '03'],
  ])('reads %s as a jump %s, page %s', (line, direction, to) => {
    expect(jumpOf(line)).toMatchObject({ direction, page: to })
  })

  it('reads no sentence that concludes on a page for a jump', () => {
    expect(jumpOf('the study concluded on page 12.')).toBeUndefined()
    expect(jumpOf('as the report concluded on page 5')).toBeUndefined()
  })
})

describe('English OCR: datelines that open a story', () => {
  it.each([
    ['NEW YORK, Sept. 16 (AP) — Nine persons were hurt when a bus left the road near the bridge on Friday.'],
    ['SPRINGFIELD, Mass., Jan. 5.—Fire early today destroyed the old mill on the east side of the city.'],
  ])('starts a wire item at %s', (dateline) => {
    const issue = parse([
      'Council approves new bike lanes',
      'By Dana Whitfield',
      'The council voted on Tuesday to paint bike lanes on four downtown streets before the fall quarter begins.',
      'The work will start in the spring, the city engineer said after the vote on Tuesday night.',
      dateline,
      'Officials said the cause was still being looked into by the state police on Saturday.',
    ])
    const item = holding(issue, dateline.slice(0, 30))
    expect(item?.split?.reason).toBe('wire-dateline')
    expect(textOf(item)).not.toContain('bike lanes')
  })
})

describe('English OCR: what a hard-wrapped page sets in capitals and is no headline', () => {
  /** A story of wrapped lines under `head`, then `inner` lines, then more of its text. */
  const story = (inner: string[]) => [
    'HARBOR WORK BEGUN',
    'The work on the new harbor wall was',
    'begun yesterday by a crew of forty men,',
    'and the engineer in charge said that it',
    'would be finished before the winter.',
    ...inner,
    'The wall will be of stone brought from',
    'the quarry at the head of the bay, and',
    'the cost will be met from the bond fund',
    'voted by the people at the spring poll.',
  ]
  const articles = (lines: string[]) => parse(lines).articles

  it.each([
    ['a crosshead ending on its stop', ['WILL ISSUE BONDS.']],
    ['a letter\'s signature and its place and day', ['A TAXPAYER.', 'Ashford, March 2.']],
    ['a table\'s row', ['AMAL. COPPER .... 62 1/2']],
    ['a box score', ['FIRST NINE 0 0 1 0 2 0 0 1 0']],
    ['OCR\'s specks', ['I I I I I I']],
    ['a roll of names', ['JOHN MERCER, MARY BROWN', 'HELEN CARTER, WILLIAM DAVIS']],
    ['a wire\'s name', ['ASSOCIATED PRESS']],
    ['a photo credit', ['JOHN SMITH/HARBOR NEWS']],
  ])('keeps %s in the story', (_what, inner) => {
    const found = articles(story(inner))
    expect(found).toHaveLength(1)
    expect(textOf(found[0])).toContain('voted by the people at the spring poll.')
  })

  /** `head` and `first` over wrapped text long enough to be read as a column. */
  const column = (head: string, first: string[]) => [head, ...first, ...story([]).slice(1)]

  it('takes no story\'s first sentence for a deck, though it names a company or a place in capitals', () => {
    const company = articles(column('PIER LOST IN STORM', ['The Harbor Light and Power Company', 'lost its pier in the storm last night.']))
    expect(company[0].headline).toEqual(['PIER LOST IN STORM'])
    expect(textOf(company[0])).toContain('The Harbor Light and Power Company lost its pier')
    const dated = articles(column('MINERS ARE RESCUED', ['Ogden, Utah, Sept. 16.—The six miners', 'who were shut in the mine on Tuesday', 'were brought out alive this morning.']))
    expect(dated[0].headline).toEqual(['MINERS ARE RESCUED'])
    expect(textOf(dated[0])).toContain('Ogden, Utah, Sept. 16.—The six miners who were shut')
  })

  it('reads no sentence\'s "by the United…" for a wire\'s credit', () => {
    const found = articles(column('TARIFF BILL PASSES', ['The tariff bill was passed yesterday', 'by the United States Senate, which sat', 'until late in the night to finish it.']))
    expect(found).toHaveLength(1)
    expect(found[0].blocks.some((block) => block.type === 'byline')).toBe(false)
    expect(textOf(found[0])).toContain('passed yesterday by the United States Senate, which sat until late')
  })

  it('keeps a notice\'s line in capitals that names a page, and takes no section\'s head for the paper\'s name', () => {
    const notice = 'RECORDED JANUARY 5, 1914, IN BOOK 7, PAGE 42.'
    const issue = parse(['LOCAL NEWS', ...story([notice]).slice(1)])
    expect(issue.articles.map(textOf).join('\n')).toContain(notice)
    expect(issue.title).not.toBe('Local News')
  })

  it('reads no prose that names a page by its place for a jump', () => {
    const issue = parse(story(['The hearing was set for Monday, and the', 'case was continued to the second page.']))
    expect(issue.articles.flatMap((article) => article.blocks).some((block) => block.type === 'jump')).toBe(false)
  })

  it('starts no wire item at a calendar\'s day', () => {
    const issue = parse([
      'Council approves new bike lanes',
      'By Dana Whitfield',
      'The council voted on Tuesday to paint bike lanes on four downtown streets before the fall quarter begins.',
      'Events this week around the campus:',
      'FRIDAY, Sept. 16 — The jazz band plays on the lawn in front of the library at noon, free of charge.',
      'SATURDAY, Sept. 17 — A pancake breakfast in the union raises money for the food bank downtown.',
    ])
    expect(issue.articles).toHaveLength(1)
  })
})

describe('The date an issue\'s front page prints at its head', () => {
  const dateOf = (lines: string[], opts = {}) => parseIssue([page('01.txt', lines.join('\n') + '\n')], opts).date

  it('is the issue\'s date where its folder names none, in English or Chinese', () => {
    expect(dateOf(['The Valley Courier', 'Monday, April 7, 1986', 'Council approves new bike lanes', 'By Dana Whitfield', 'The council voted on Tuesday to paint bike lanes.'])).toBe('1986-04-07')
    expect(dateOf(['# 株洲日报', '2024年1月30日 星期二', '## 城区新增三处口袋公园', '本报讯（记者 李明）近日，城区新增三处口袋公园。'])).toBe('2024-01-30')
  })

  it('is none that a story\'s sentence names, none where the head prints two, and never over the folder\'s', () => {
    expect(dateOf(['Council approves new bike lanes', 'By Dana Whitfield', 'The council, which first met on Jan. 5, 1914, voted on Tuesday to paint bike lanes on four streets.'])).toBeNull()
    expect(dateOf(['本报讯（记者 李明）2024年1月29日，城区新增三处口袋公园。'])).toBeNull()
    expect(dateOf(['The Valley Courier', 'Monday, April 7, 1986 — Tuesday, April 8, 1986', 'The council voted on Tuesday.'])).toBeNull()
    expect(dateOf(['The Valley Courier', 'Monday, April 7, 1986', 'The council voted on Tuesday.'], { date: '1986-04-08' })).toBe('1986-04-08')
    // A wrapped column's line of a story, a law's date in the postal notice, a Chinese story's 截至.
    expect(dateOf(['MILL WILL CLOSE', 'The Harmon Paper Co. will close', 'its mill on River Road on', 'June 30, 1914, the company said', 'today in a notice to the men.'])).toBeNull()
    expect(dateOf(['THE DAILY STAR', 'Entered at the post office as second-class matter under the act of', 'MARCH 3, 1879.', 'The mill closes.'])).toBeNull()
    expect(dateOf(['本报讯（记者 李明）截至2023年12月31日', '全市新增三处口袋公园。'])).toBeNull()
  })

  describe('a modern paper\'s heads in sentence case', () => {
    const BUDGET = ['CITY APPROVES BUDGET', 'By JANE DOE', 'Staff Writer', 'The city council approved a new budget', 'on Monday night after a long debate about', 'school funding and road repairs.']
    const heads = (lines: string[]) => parse(lines).articles.map((article) => article.headline.join(' '))

    it('starts a story at a sentence-case head over its wire dateline or byline', () => {
      expect(heads([...BUDGET, 'Storm knocks out power', 'WASHINGTON (AP) — A late winter storm', 'knocked out power to thousands of homes', 'across the region on Monday, officials', 'said.'])).toEqual(['CITY APPROVES BUDGET', 'Storm knocks out power'])
      expect(heads([...BUDGET, 'Library opens a branch downtown', 'By TOM ROE', 'The public library opened a new branch', 'on Main Street this week, its first in', 'twenty years.'])).toEqual(['CITY APPROVES BUDGET', 'Library opens a branch downtown'])
    })

    it('starts a story at a head set alone on a line well short of the column, over a full line opening a paragraph', () => {
      const found = parse([...BUDGET, 'School board race heats up', 'Three candidates are running for the two', 'open seats on the school board this year.'])
      expect(found.articles.map((article) => article.headline.join(' '))).toEqual(['CITY APPROVES BUDGET', 'School board race heats up'])
      expect(textOf(found.articles[1])).toBe('Three candidates are running for the two open seats on the school board this year.')
    })

    it.each([
      ['a line that waits for more', ['Next week, the council will meet in the', 'old town hall to vote on the new plan.'], 'Next week'],
      ['a short line ending on a word that waits for its object', ['In their first game against', 'Northridge the Mustangs won easily.'], 'In their first game'],
      ['a picture\'s credit', ['Photo courtesy of the city', 'Crews worked through the night to clear'], 'Photo courtesy'],
      ['a name alone', ['Jane Q. Doe', 'The writer is a senior in journalism and'], 'Jane Q. Doe'],
    ])('keeps %s in the text', (_what, lines, words) => {
      const found = parse([...BUDGET, ...lines, 'the roads by morning, the city said.'])
      expect(found.articles).toHaveLength(1)
      expect(textOf(found.articles[0])).toContain(words)
    })
  })
})

