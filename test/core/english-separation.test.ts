// English OCR pages without markup: lines that look short like a headline but are none (a line OCR
// cut mid-word or mid-clause, a photo credit), and an ad set into a story's column, leave the
// story whole.
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze, exportIssue, parseIssue, type Article, type Issue } from '../../src-main/core/index'
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
    ['a possessive with its noun on the next line', 'Three of the stalls sold out in last year’s'],
    ['two sentences run together', 'Stalls open at eight. Parking is free'],
  ])('keeps the story whole across %s', (_kind, line) => {
    const issue = parse([...opening, line, closing])
    expect(issue.articles).toHaveLength(1)
    expect(holding(issue, 'new stalls')).toBe(holding(issue, 'weekly farmers market'))
  })

  it.each([
    ['asks and answers', 'Depressed? Free testing at the clinic', []],
    ['names a price, over its byline', 'Parking permits to cost $90', ['By Lena Ortiz']],
  ])('still starts a story at a headline that %s', (_kind, headline, byline) => {
    const issue = parse([...opening, closing, headline, ...byline, 'The student clinic will screen anyone who asks for it this week, and the counsellors there will talk with each of them afterwards.'])
    expect(holding(issue, 'The student clinic')?.headline).toEqual([headline])
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
      'Free rotation with this coupon',
      'Call 555-0142',
      'meets again on the first Thursday of next month in the council chamber.',
      closing,
    ])
    const story = holding(issue, 'weekly farmers market')!
    expect(holding(issue, 'meets again on the first Thursday')).toBe(story)
    expect(holding(issue, 'new stalls')).toBe(story)
    expect(story.blocks.some((block) => block.text.includes('free rotation'))).toBe(false)
  })
})

const letter = [
  'Letters to the editor',
  'Parking is a mess',
  'Editor:',
  'Every morning I circle the lots for half an hour before I find a space, and then I am late for my first class again.',
]
const nextLetter = 'The new schedule for the library leaves students who work evenings with nowhere quiet to study before their exams.'

describe('English OCR: a head whose byline OCR damaged or an ad interrupts', () => {
  const first = ['Council approves new bike lanes', 'By Dana Whitfield', 'The council voted on Tuesday to paint bike lanes on four downtown streets before the fall quarter begins, the mayor said.']
  const story = 'Three days of rain left the lower fields of the farm under a foot of water, and crews spent the weekend pumping them dry.'

  it.each([
    ['a lower-case `by` with specks after it', ['  by Lena Ortiz              - ,', 'Staff Writer ;']],
    ['an ad line OCR set between byline and text', ['ly Lena Ortiz', 'Wire Service', 'For tickets and times call 555-0142']],
  ])('starts a story at a headline over %s', (_kind, head) => {
    const issue = parse([...first, 'Rains flood the lower fields', ...head, story])
    expect(holding(issue, 'Three days of rain')).not.toBe(holding(issue, 'paint bike lanes'))
    expect(holding(issue, 'Three days of rain')?.headline).toEqual(['Rains flood the lower fields'])
  })

  it('keeps the agency line under a damaged byline with its story when a dateline opens the text', () => {
    const issue = parse([...first, 'Rains flood the lower fields', 'ly Lena Ortiz', 'Wire Service', 'FRESNO — Three days of rain left the lower fields of the farm under a foot of water, and crews spent the weekend pumping.'])
    expect(holding(issue, 'Three days of rain')?.headline).toEqual(['Rains flood the lower fields'])
  })

  it('takes no ad line (a phone number, an address) for a headline', () => {
    const issue = parse([...first, 'Open late Fridays', '555-0142', '120 MAIN ST. CALL FOR DIRECTIONS', 'Rains flood the lower fields', 'By Lena Ortiz', story])
    expect(holding(issue, 'Three days of rain')?.headline).toEqual(['Rains flood the lower fields'])
  })

  it('reads a name and a class year on one line as the signature that closes a letter', () => {
    const issue = parse([
      ...letter,
      'Nora Vance Chemistry sophomore',
      'Editor,',
      nextLetter,
    ])
    const second = holding(issue, 'The new schedule for the library')!
    expect(second).not.toBe(holding(issue, 'circle the lots'))
    expect(second.headline).not.toContain('Nora Vance Chemistry sophomore')
  })
  it('starts a letter at its headline over a salutation OCR damaged (Eklitor:)', () => {
    for (const salutation of ['Eklitor:', 'Edltor,', 'Ed1tor:']) {
      const issue = parse([
        ...letter,
        'Keep the library open',
        salutation,
        nextLetter,
      ])
      expect(holding(issue, 'The new schedule for the library'), salutation).not.toBe(holding(issue, 'circle the lots'))
      expect(holding(issue, 'The new schedule for the library')?.headline, salutation).toEqual(['Keep the library open'])
    }
  })

  it('starts the next letter after a one-line signature though it opens on plain prose', () => {
    const issue = parse([
      ...letter,
      'Nora Vance Chemistry sophomore',
      nextLetter,
    ])
    expect(holding(issue, 'The new schedule for the library')).not.toBe(holding(issue, 'circle the lots'))
    expect(holding(issue, 'The new schedule for the library')?.split?.reason).toBe('signature-closed-letter')
  })
})

describe('English OCR: the JSON export says why Galley started a story', () => {
  it('names the evidence of each split Galley made, and none for a story the page marked', () => {
    const lines = [...opening, closing, 'Library extends weekend hours', 'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.']
    const out = JSON.parse(exportIssue(analyze([page('01.txt', lines.join('\n') + '\n')]), 'json')) as { articles: { headline: string[]; split?: string }[] }
    expect(out.articles.map((article) => [article.headline[0], article.split])).toEqual([
      ['Farmers market moves downtown', 'headline-byline'],
      ['Library extends weekend hours', 'headline-over-paragraph'],
    ])
    const marked = JSON.parse(exportIssue(analyze([page('01.txt', '## Farmers market moves downtown\n\nThe market moves.\n')]), 'json')) as { articles: Record<string, unknown>[] }
    expect(marked.articles[0]).not.toHaveProperty('split')
  })
})

describe('English OCR: a page that is mostly an ad’s short scraps', () => {
  it('keeps a line a row, so the stories beside the ad keep their headlines', () => {
    // The ad's price and slogan scraps make most lines short and open, as wrapped column text
    // is; the stories print each paragraph on one long line, as no wrapped column does.
    const scraps = Array.from({ length: 40 }, (_, n) => (n % 3 === 0 ? `$${n + 9}.99` : n % 3 === 1 ? 'RUNNING SHOES' : 'while they last'))
    const issue = parse([
      ...opening,
      closing,
      'Library extends weekend hours',
      'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said, so that students who work during the week can study there.',
      ...scraps,
    ])
    expect(holding(issue, 'The campus library will stay open')?.headline).toEqual(['Library extends weekend hours'])
    expect(holding(issue, 'weekly farmers market')?.headline).toEqual(['Farmers market moves downtown'])
  })
})

describe('English OCR: a byline after a finished paragraph', () => {
  it('starts the story whose headline OCR stacked over the story beside it', () => {
    const issue = parse([
      'Farmers market moves downtown',
      'Library extends weekend hours',
      ...opening.slice(1),
      closing,
      'By Sam Whitley',
      'Staff Writer',
      'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.',
    ])
    const library = holding(issue, 'The campus library will stay open')
    expect(library).not.toBe(holding(issue, 'weekly farmers market'))
    expect(library?.split?.reason).toBe('byline')
    expect(library?.blocks[0].type).toBe('byline')
  })

  it('leaves a byline in a story cut mid-sentence with that story', () => {
    const issue = parse([...opening, 'The market board, which runs the stalls, will vote on the new rules when it', 'By Sam Whitley', closing])
    expect(issue.articles).toHaveLength(1)
  })
})

describe('English OCR: a head over a byline OCR damaged, with an ad read in between', () => {
  const next = ['Library extends weekend hours', 'ly Dana Reee«', 'Associoted Press', 'Hours: 10am-9pm Mon-Thu call 555-0142', 'Large pizza two toppings only', 'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.']

  it('starts the story at its headline, the damaged byline its evidence', () => {
    const library = holding(parse([...opening, closing, ...next]), 'The campus library will stay open')
    expect(library?.headline).toEqual(['Library extends weekend hours'])
    expect(library?.split?.reason).toBe('headline-byline')
  })

  it('leaves the jump line that closes the story above with it, however OCR damaged the marker', () => {
    const jumpOut = 'The market board will vote on the new rules when it meets neces-___________See	MARKET poge 5'
    const issue = parse([...opening, jumpOut, ...next])
    expect(holding(issue, 'The campus library will stay open')?.headline).toEqual(['Library extends weekend hours'])
    expect(holding(issue, 'The market board will vote')).toBe(holding(issue, 'weekly farmers market'))
  })

  it('takes no line of prose that opens a quotation for the headline over the next story’s head', () => {
    const issue = parse([...opening, '“Vendors who sell there now will not', ...next])
    expect(holding(issue, 'The campus library will stay open')?.headline).toEqual(['Library extends weekend hours'])
  })
})

describe('English OCR: a story that goes on after an ad that printed a headline', () => {
  const story = [
    'Architects finish design of science hall',
    'By Kim Alder',
    'Staff Writer',
    'A local firm founded by three graduates has finished the design of the new science hall, which will stand near the campus store.',
    '“We wanted a building that fits the old campus and still looks ahead,” said Halvorsen, who led the design team for the firm.',
  ]
  const ad = ['Our Doors Are Always Open To You!', 'Are you looking for rooms for your conference, club or reunion this spring on the coast?', 'Call 555-0199 today']

  it('takes the paragraph that names the story’s people back to the story, and keeps the ad apart', () => {
    const issue = parse([...story, ...ad, 'The firm’s bid came in under the state’s estimate, so the project can start in June, Halvorsen said.'])
    expect(holding(issue, 'bid came in under')).toBe(holding(issue, 'has finished the design'))
    const kept = holding(issue, 'Are you looking for rooms')
    expect(kept).not.toBe(holding(issue, 'has finished the design'))
    expect(kept?.split?.reason).toBe('ad-copy')
  })

  it('takes a line that finishes the story’s cut sentence back to it', () => {
    const cut = [...story.slice(0, 4), 'The firm’s bid came in under the state’s estimate by almost']
    const issue = parse([...cut, ...ad, 'a third, so the project can start in June, the dean said at the meeting of the board on Friday.'])
    expect(holding(issue, 'a third, so the project')).toBe(holding(issue, 'has finished the design'))
  })

  it('leaves a new story after the ad where it was, sharing no name with the story above', () => {
    const issue = parse([...story, ...ad, 'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.'])
    expect(holding(issue, 'The campus library')).not.toBe(holding(issue, 'has finished the design'))
  })

  it('reads a byline OCR ran into its name (ByKim Alder) as the head’s byline', () => {
    const issue = parse(['Farmers market moves downtown', 'ByRosaDelgado staff Writer', opening[2], closing, ...story])
    expect(holding(issue, 'weekly farmers market')?.split?.reason).toBe('headline-byline')
  })
})

describe('English OCR: a column signed off with its writer’s post, and heads OCR misread', () => {
  const column = ['The horror that is O.J.', 'hy Erin Massey', 'As I sat there at ten in the morning watching the verdict, I wondered why any of us cared so much about one trial.', 'The coverage will go on for weeks, and none of it will tell us what we did not already know.']

  it('starts a story at a headline that ends on an initialism, over a byline OCR read as hy', () => {
    const issue = parse([...opening, closing, ...column])
    const held = holding(issue, 'As I sat there')
    expect(held?.headline).toEqual(['The horror that is O.J.'])
    expect(held?.split?.reason).toBe('headline-byline')
  })

  it('ends the column at its tagline (OCR read is as i$), so the next text is a story of its own', () => {
    const issue = parse([...column, 'Erin Massey i$ the Daily Arts and Entertainment editor.', 'I cannot speak for everyone who follows no religion, but as I understand it the column missed the point entirely.'])
    const next = holding(issue, 'I cannot speak for everyone')
    expect(next).not.toBe(holding(issue, 'As I sat there'))
    expect(next?.split?.reason).toBe('signature-closed-letter')
  })
})

describe('English OCR: a story that jumps to another page', () => {
  const teaser = 'Do the two governments cloud what their citizens learn of each other on purpose? A visiting scholar says they do. See page 5'

  it.each([
    ['a jump line of its own', [...opening, closing, 'See MARKET, page 8']],
    ['a paragraph closing on its jump', [...opening, `${closing} See MARKET, page 8`]],
  ])('ends on this page at %s: the text after it is another story', (_kind, lines) => {
    const issue = parse([...lines, teaser])
    const next = holding(issue, 'Do the two governments')
    expect(next).not.toBe(holding(issue, 'weekly farmers market'))
    expect(next?.split?.reason).toBe('jump-out')
  })
})

describe('English OCR: a photo’s caption under its credit', () => {
  it('heads no story, though it is a short name over a paragraph', () => {
    const issue = parse([...opening, 'KALI BLOM/Valley Courier', 'Rosa Delgado', 'The market’s board will meet again in the spring to decide where the new stalls go, and the vendors will be asked to vote.'])
    expect(issue.articles).toHaveLength(1)
  })
})

describe('English OCR: a photo’s credit and its caption over the next story', () => {
  const lines = [
    ...opening,
    closing,
    'Photo by Dan Moore / Star',
    'Firefighters douse the remains of a barn on Route 9 on Thursday.',
    'Fire destroys barn near Elm Grove',
    'By Tom White',
    'A fire destroyed a barn and killed two horses on a farm near Elm Grove early Thursday, the county fire marshal said.',
  ]

  it('reads the sentence under the credit as the photo’s caption, one caption with its credit', () => {
    const captions = parse(lines).articles.flatMap((article) => article.blocks.filter((block) => block.type === 'caption'))
    expect(captions.map((block) => block.caption)).toEqual([{ text: 'Firefighters douse the remains of a barn on Route 9 on Thursday.', credit: 'Photo by Dan Moore / Star' }])
  })

  it('attaches the caption to the story it shows, and leaves no empty article behind', () => {
    const issue = acceptAll([page('01.txt', lines.join('\n') + '\n')]).analysis.issue
    expect(issue.articles.every((article) => article.blocks.length > 0 || article.headline.length > 0)).toBe(true)
    const fire = holding(issue, 'A fire destroyed a barn')
    expect(fire?.blocks.some((block) => block.type === 'caption' && block.text.includes('Firefighters douse'))).toBe(true)
  })

  it('takes no photo credit over the next story’s head for that headline’s first part', () => {
    const issue = parse([...opening, closing, 'Firefighters douse the remains of a barn on Route 9 on Thursday.', 'Photo by Dan Moore / Star', ...lines.slice(6)])
    expect(holding(issue, 'A fire destroyed a barn')?.headline).toEqual(['Fire destroys barn near Elm Grove'])
  })

  it('keeps a story’s text under a credit in the story when no head follows it', () => {
    const issue = parse([...opening, 'Photo by Dan Moore / Star', 'The market opens at eight on Saturdays.', closing])
    expect(holding(issue, 'The market opens at eight')?.blocks.find((block) => block.text === 'The market opens at eight on Saturdays.')?.type).toBe('paragraph')
  })
})

describe('English OCR: a headline-like line between the halves of a cut sentence', () => {
  it('is kept as a caption, and the story’s sentence goes on across it', () => {
    const lines = [
      ...opening,
      'The vendors, who have sold at the fairground for a decade, do not seem to mind the',
      'Courtesy City Parks Office',
      'Stalls along the plaza will open at eight on market days through the end of the summer.',
      'long walk from the parking garage, and most of them have already signed up for the plaza.',
    ]
    const issue = parse(lines)
    expect(issue.articles).toHaveLength(1)
    const joined = acceptAll([page('01.txt', lines.join('\n') + '\n')]).analysis.issue
    expect(joined.articles[0].blocks.some((block) => block.text.includes('do not seem to mind the long walk from the parking garage'))).toBe(true)
    expect(joined.articles[0].blocks.find((block) => block.text.startsWith('Stalls along the plaza'))?.type).toBe('caption')
  })
})

describe('English OCR: a feature’s pull quotes and its “Story by” byline', () => {
  it('reads Story by and Story and photos by as the byline, not a deck', () => {
    for (const byline of ['Story by Shirley Marie Meissner', 'Story and photos by Ann Lee']) {
      const issue = parse(['Farmers market moves downtown', byline, opening[2], closing])
      expect(issue.articles[0].headline, byline).toEqual(['Farmers market moves downtown'])
      expect(issue.articles[0].blocks[0].type, byline).toBe('byline')
    }
  })

  it('keeps the story whole across a pull quote’s attribution, which signs no letter', () => {
    const issue = parse([...opening, '‘We want families downtown to walk there on a Saturday.’', '— Rosa Delgado', 'The market board, which runs the stalls, will vote on the new rules at its next meeting in the spring, the city said.'])
    expect(issue.articles).toHaveLength(1)
  })
})

describe('English OCR: a name right under a headline', () => {
  it('is the head’s byline (an agency OCR damaged, a writer without By), not the next story’s headline', () => {
    for (const name of ['Assodotsd Presi', 'Marco Ellison']) {
      const issue = parse([...opening, closing, 'Library extends weekend hours', name, 'The campus library will stay open until midnight on Saturdays and Sundays starting next month, the dean said.'])
      const library = holding(issue, 'The campus library')
      expect(library?.headline, name).toEqual(['Library extends weekend hours'])
      expect(library?.blocks[0].type, name).toBe('byline')
    }
  })
})

describe('English OCR: an ad OCR read as scraps between a story’s paragraphs', () => {
  const story = [
    'Low-fat diet slows tumor growth',
    'By Kim Alder',
    'Staff Writer',
    'A low-fat diet slowed the growth of tumors in a laboratory study, said Dr. William R. Halvorsen of the medical school.',
  ]
  const scraps = ['SMALL 10« or Family 14-Sub', 'tt7«K.!h?«n3p', 'at Gino’s', 'fresh basi^ sauce', '5-9 pm Tue-Thu is subs', 'SMALL 1O**', 'Vaid wUh oAhr offers one covpon per order ■', '© Family 14-3-topping Sub']

  it('gives the story back the paragraph after the ad that names its people', () => {
    const issue = parse([...story, ...scraps, 'Tumors grow slowly, said Halvorsen, and if they can be slowed even more the patients gain years.'])
    expect(holding(issue, 'Tumors grow slowly')).toBe(holding(issue, 'A low-fat diet slowed'))
  })

  it('takes no capitalised word the page also prints in lower case for a name the two share', () => {
    const issue = parse([...story, 'The study was done in the Lab of the medical school, a small room near the lab of the dean.', ...scraps, 'Students can reserve the Lab for study groups on weekends, the library said on Monday.'])
    expect(holding(issue, 'Students can reserve')).not.toBe(holding(issue, 'A low-fat diet slowed'))
  })
})

describe('English OCR: an ad’s line in the form of a tail’s slug head', () => {
  it('heads no tail without a jump line under it (ATTENTION: ICE CREAM LOVERS)', () => {
    const issue = parse([...opening.slice(0, 2), 'SUGARLESS SHACK', '486 Marsh St. Open 10am to 10pm', 'ATTENTION: ICE CREAM AND YOGURT LOVERS', 'Small cones only $1.15', '“Sugarfree and fatfree, and tastes like the real thing”', 'Open daily till ten', opening[2], closing])
    expect(holding(issue, 'weekly farmers market')?.headline).toEqual(['Farmers market moves downtown'])
  })
})

describe('English OCR: lines that look like this session’s evidence but are none', () => {
  it('takes a sentence about someone’s post (His daughter is a sophomore.) for no column’s tagline', () => {
    const issue = parse([...opening, 'His daughter is a sophomore.', 'The market board, which runs the stalls, will vote on the new rules at its next meeting in the spring, the city said.'])
    expect(issue.articles).toHaveLength(1)
  })

  it('takes a short paragraph ending on an initialism (…to the U.S.) for no headline', () => {
    const issue = parse([...opening, 'Production will move to the U.S.', 'The market board, which runs the stalls, will vote on the new rules at its next meeting in the spring, the city said.'])
    expect(issue.articles).toHaveLength(1)
  })

  it('still closes a letter whose last paragraph ends on a quotation at its signature', () => {
    const issue = parse([
      'Keep the library open late',
      'Editor — The library closes too early for those of us who work in the afternoons, and many of us have said so.',
      'My grandfather used to say, “Never give up on a good fight.”',
      '— John Smith',
      'The new parking rules make no sense for students who commute from the north county, and the board should think again.',
    ])
    expect(holding(issue, 'The new parking rules')).not.toBe(holding(issue, 'The library closes too early'))
  })

  it('leaves a story after a box score where it is, headline and all, though it names the story above’s player', () => {
    const game = ['Mustangs beat Fresno', 'By Kim Alder', 'The Mustangs beat Fresno 3-1 on Saturday behind a strong game from forward Jed Hollister, who scored twice in the second half.']
    const box = ['Fresno 1 0 - 1', 'Cal Poly 1 2 - 3', 'att 1,204 at the stadium']
    const issue = parse([...game, ...box, 'Hollister Named Player Of Week', 'Forward Jed Hollister was named the conference player of the week on Monday after his two goals against Fresno, the league said.'])
    expect(holding(issue, 'was named the conference player')?.headline).toEqual(['Hollister Named Player Of Week'])
  })

  it('reads the line under a one-word section head as a headline, not a byline', () => {
    const issue = parse([...opening, closing, 'Sports', 'Mustangs Beat Fresno', 'The Mustangs beat Fresno 3-1 on Saturday behind a strong game from their forward, who scored twice in the second half.'])
    expect(holding(issue, 'The Mustangs beat Fresno')?.headline.join(' ')).toContain('Mustangs Beat Fresno')
    expect(holding(issue, 'The Mustangs beat Fresno')?.blocks[0].type).not.toBe('byline')
  })
})

describe('Chinese pages keep today’s reading', () => {
  it('reads a hard-wrapped page with one long unwrapped line as wrapped text still', () => {
    const wrapped = Array.from({ length: 12 }, (_, n) => (n % 4 === 3 ? '城东社区书屋日前开放。' : '城东社区书屋日前开放，藏书五千余册，设有儿童阅览区'))
    const long = '本报讯 '.padEnd(200, '城东社区书屋日前开放藏书五千余册设有儿童阅览区和自习区')
    const issue = parseIssue([page('01.txt', ['## 社区书屋开门迎客', ...wrapped, long + '。'].join('\n') + '\n')])
    expect(issue.articles[0].blocks.filter((block) => block.type === 'paragraph').length).toBeLessThanOrEqual(4)
  })

  it('glues no page’s opening brief onto a tail’s jump line that closes the page before', () => {
    const issue = parseIssue([
      page('02.md', '## 防汛工作部署会召开\n\n全市防汛工作部署会昨日召开，会议要求各地压实责任。\n\n## ▲▲上接01版①\n'),
      page('03.md', '城东社区书屋日前开放，藏书五千余册，深受居民欢迎。\n'),
    ])
    const brief = holding(issue, '城东社区书屋')
    expect(brief?.blocks.some((block) => block.type === 'jump')).toBe(false)
  })
})

describe('English OCR: a letter signed under its last sentence', () => {
  const page2 = [
    'Letters to the editor',
    'Parking fees are too high',
    'Editor — The new parking fees will cost students more than the books they buy each quarter, and the money goes to a garage few of us will ever use.',
    'Nobody asked the students before the fees went up.',
    'WILLIAM WITT',
    'Library hours need to grow',
    'Editor — The library closes at ten on weeknights, just when most of us finally get to study after work and classes.',
    'Please keep it open until midnight.',
    'Matt Stephens Electrical engineering senior',
    'Tuition plan draws fire',
    'By Dana Whitfield',
    'The trustees heard two hours of comment on Tuesday about the tuition plan, most of it against the increase.',
  ]

  it('keeps the writer\'s name with the letter, not over the next headline', () => {
    const issue = parse(page2)
    expect(holding(issue, 'Nobody asked the students')?.blocks.map((block) => block.text)).toContain('WILLIAM WITT')
    expect(holding(issue, 'The library closes at ten')?.headline).toEqual(['Library hours need to grow'])
    expect(holding(issue, 'The library closes at ten')?.blocks.map((block) => block.text)).toContain('Matt Stephens Electrical engineering senior')
    expect(holding(issue, 'The trustees heard')?.headline).toEqual(['Tuition plan draws fire'])
  })

  it('keeps the writer\'s class under the name with the letter too', () => {
    const issue = parse([...page2.slice(1, 5), 'Mechanical engineering junior', ...page2.slice(5, 8)])
    expect(holding(issue, 'Nobody asked the students')?.blocks.map((block) => block.text)).toContain('Mechanical engineering junior')
    expect(holding(issue, 'The library closes at ten')?.headline).toEqual(['Library hours need to grow'])
  })

  it('starts another article after the signature, whatever the case of the line below it', () => {
    const issue = parse([...page2.slice(1, 5), 'around $275 a quarter, up from $76 seven years ago, and the board wants more.'])
    expect(holding(issue, 'around $275')).not.toBe(holding(issue, 'Nobody asked the students'))
  })

  it('takes the next letter\'s headline, in capitals or in title case, for no signature', () => {
    for (const headline of ['LIBRARY HOURS', 'Library Hours Need To Grow']) {
      const issue = parse([...page2.slice(1, 4), headline, ...page2.slice(6, 8)])
      expect(holding(issue, 'The library closes at ten')?.headline, headline).toEqual([headline])
    }
  })

  it('starts each letter at its headline over `To the editor:`, and keeps a signature in mixed case and its town with its letter', () => {
    const letters = [
      'Parking downtown is a mess',
      'To the editor:',
      'I have lived here for thirty years, and I have never seen parking downtown as bad as it is now.',
      'The city should build a garage before it loses the shops that make downtown worth a visit.',
      'Jane Doe',
      'Riverton',
      'School levy deserves support',
      'To the editor:',
      'Our schools have not asked for new money in nine years, and the levy on the ballot is modest.',
      'Robert Klein',
      'Elm Grove',
    ]
    const issue = parse([...opening, closing, ...letters])
    const parking = holding(issue, 'parking downtown as bad')
    expect(parking?.headline).toEqual(['Parking downtown is a mess'])
    expect(parking?.blocks.map((block) => block.text)).toEqual(expect.arrayContaining(['Jane Doe', 'Riverton']))
    expect(holding(issue, 'Our schools have not asked')?.headline).toEqual(['School levy deserves support'])
    expect(holding(issue, closing)).not.toBe(parking)
  })

  it('reads a salutation that names the paper, and a signature with the town on its line', () => {
    const letters = [
      'Parking downtown is a mess',
      'To the Editor of The Riverton Star:',
      'I have lived here for thirty years, and I have never seen parking downtown as bad as it is now.',
      'Jane Doe, Riverton',
      'Thanks to our volunteers',
      'Editor, The Star:',
      'The food bank could not have fed so many families this winter without the volunteers who gave their Saturdays.',
      '— Mary Ortiz, director, Riverton Food Bank',
    ]
    const issue = parse([...opening, closing, ...letters])
    const parking = holding(issue, 'parking downtown as bad')
    expect(parking?.headline).toEqual(['Parking downtown is a mess'])
    expect(parking?.blocks.map((block) => block.text)).toContain('Jane Doe, Riverton')
    expect(holding(issue, 'The food bank could not')?.headline).toEqual(['Thanks to our volunteers'])
  })

  it('reads a capitalised name under a story that is no letter as before', () => {
    const issue = parse([...opening, closing, 'BORDER PATROL', 'Agents on the county line say they need more help to cover the ground.'])
    expect(holding(issue, 'Agents on the county line')).not.toBe(holding(issue, closing))
  })
})

describe('English OCR: an ad in several pieces between a story\'s paragraphs', () => {
  const story = [
    'Growers plant more vines on the coast',
    'By Matt Weiser',
    'Cool nights and warm days have drawn growers to the coastal valleys, where the grapes ripen slowly and keep their acid, said Ellen Fountain of the farm bureau.',
    'But Fountain said the price of land was what first made the',
  ]
  const ad = ['ONLY $199', 'TWIN', 'FULL', 'We buy Clothing... call for buying times', 'DON’T', 'PUT', 'Take Broad South past the airport', 'QUEEN', 'OUR FACTORY OUTLET IS LOCATED AT 3080 MCMILLAN RD., SLO (805)544-5682 MON - SAT 10-6']
  const after = 'coastal valleys attractive. In the early 1970s, she said, growers needed land that cost less than the valleys up north.'

  it('gives the story back the sentence it broke off, past every piece of the ad', () => {
    const issue = parse([...story, ...ad, after, 'Now, Fountain said, land here costs as much as anywhere in the state.'])
    const growers = holding(issue, 'Cool nights and warm days')
    expect(holding(issue, 'coastal valleys attractive')).toBe(growers)
    expect(holding(issue, 'land here costs as much')).toBe(growers)
    expect(growers?.blocks.map((block) => block.text)).not.toContain(ad[8])
  })

  it('gives it nothing after the ad that neither finishes its sentence nor names its people', () => {
    const issue = parse([...story, ...ad, 'The library will stay open until midnight on weekends, starting next month, the dean said on Monday.'])
    expect(holding(issue, 'The library will stay open')).not.toBe(holding(issue, 'Cool nights and warm days'))
  })
})

describe('English OCR: the paper’s name and a headline holding a number', () => {
  const front = [
    'THE VALLEY HERALD',
    'Tuesday, March 3, 1998 Page A1',
    'COUNCIL BACKS NEW TRANSIT PLAN',
    'Vote clears way for bus lanes downtown',
    'By Jordan Blake',
    'The city council voted on Monday night to approve a transit plan that will add bus lanes to three downtown streets by next summer.',
    'Supporters said the lanes would cut travel times for the riders who use the routes each day.',
    'Storm knocks out power to 5,000',
    'High winds toppled trees and power lines across the north side on Monday, leaving homes without electricity for several hours.',
    'Crews had restored power to all but a few hundred customers by late evening, a utility spokeswoman said.',
  ]

  it('keeps the nameplate over the front page out of the first story’s headline', () => {
    const issue = parse(front)
    expect(issue.articles[0].headline).toEqual(['COUNCIL BACKS NEW TRANSIT PLAN', 'Vote clears way for bus lanes downtown'])
  })

  it('reads the masthead’s folio with its volume, number and price as page furniture, not a headline', () => {
    const issue = parse(['The Riverton Star', 'Vol. 88, No. 41 Riverton, Ohio, Friday, October 9, 1992 50 cents', ...front.slice(2)])
    expect(issue.articles[0].headline).toEqual(['COUNCIL BACKS NEW TRANSIT PLAN', 'Vote clears way for bus lanes downtown'])
  })

  it('keeps a wire credit under a headline as the story’s credit', () => {
    const issue = parse(['Storm knocks out power', 'Associated Press', 'High winds toppled trees and power lines across the north side on Monday, leaving homes without electricity for hours.'])
    expect(issue.articles[0].blocks[0].text).toBe('Associated Press')
  })

  it('starts a brief at a headline whose figures take a share of its line', () => {
    const storm = holding(parse(front), 'High winds toppled trees')
    expect(storm?.headline).toEqual(['Storm knocks out power to 5,000'])
    expect(storm?.blocks.some((block) => block.text.includes('transit plan'))).toBe(false)
  })

  it('takes no row of a table of standings under a story for a headline', () => {
    const table = ['Conference standings', 'Cal Poly\t3 0', 'Chapman\t0 4', 'The Mustangs play at home on Thursday night against the conference leaders, the coach said.']
    const issue = parse([...front.slice(2, 7), ...table.slice(1)])
    expect(issue.articles.flatMap((article) => article.headline)).not.toContain('Chapman\t0 4')
  })
})

describe('English OCR: an index box on the front page', () => {
  const box = ['INSIDE', 'Sports: Tigers clinch title, B1', 'Weather: Rain likely tonight, A2', 'Opinion ........ A8']
  const next = ['Teachers ratify new contract', 'Teachers in the district ratified a three-year contract on Monday night, ending months of talks.']

  it('sets the box apart under its label, and says why', () => {
    const issue = parse([...opening, closing, ...box, ...next])
    const index = issue.articles.find((article) => article.headline.join(' ') === 'INSIDE')
    expect(index?.split?.reason).toBe('index-box')
    expect(index?.blocks.map((block) => block.text)).toEqual(box.slice(1))
    expect(holding(issue, 'ratified a three-year contract')?.headline).toEqual(['Teachers ratify new contract'])
    expect(holding(issue, closing)?.blocks.some((block) => block.text.includes('B1'))).toBe(false)
  })

  it('takes no pointer to a page for a headline or its deck', () => {
    const issue = parse([...opening, closing, ...box.slice(1), ...next])
    expect(issue.articles.flatMap((article) => article.headline).filter((part) => /A2|B1|A8/u.test(part))).toEqual([])
  })
})

describe('English OCR: a box of listings (lottery numbers, the weather)', () => {
  it('sets each box apart under its label, and says why, where it had run on in the story above', () => {
    const lottery = ['LOTTERY', 'Pick 3: 4-1-7', 'Pick 4: 9-0-2-3', 'Powerball: 12-18-33-41-56, Powerball 7']
    const weather = ['WEATHER', 'Today: Sunny, high 72.', 'Tonight: Clear, low 50.']
    const issue = parse([...opening, closing, ...lottery, ...weather, 'Library adds Sunday hours', 'The main library will open on Sundays from 1 to 5 p.m. starting next month, the library board announced.'])
    for (const box of [lottery, weather]) {
      const article = issue.articles.find((a) => a.headline.join(' ') === box[0])
      expect(article?.split?.reason, box[0]).toBe('listing-box')
      expect(article?.blocks.map((block) => block.text)).toEqual(box.slice(1))
    }
    expect(holding(issue, closing)?.blocks.some((block) => block.text.includes('Pick 3'))).toBe(false)
    expect(holding(issue, 'open on Sundays')?.headline).toEqual(['Library adds Sunday hours'])
  })

  it('goes on with the story a box interrupted once the box\'s listings end', () => {
    const story = ['Enrollment reaches record', 'By Sam Ortiz', 'Enrollment at the university reached a record this fall, the registrar\'s office said Monday, with more students than ever on campus.']
    const rest = ['Officials said the growth has strained housing, and the university plans to build two new residence halls by 2028.', 'The registrar said applications are up again for next year.']
    const issue = parse([...story, 'BY THE NUMBERS', 'Students: 18,000', 'Freshmen: 4,200', ...rest])
    expect(holding(issue, 'reached a record')?.blocks.map((block) => block.text)).toEqual(['By Sam Ortiz', story[2], ...rest])
    expect(issue.articles.find((a) => a.split?.reason === 'listing-box')?.blocks.map((block) => block.text)).toEqual(['Students: 18,000', 'Freshmen: 4,200'])
  })

  it('takes a label over one such line, or a sentence that opens on a label, for no box', () => {
    const issue = parse([...opening, closing, 'NOTICE', 'Parking: The lot behind City Hall will be closed on Saturday for repaving, and drivers should use the garage on Fourth Street.', 'Officials said the work should take two days.'])
    expect(issue.articles.some((article) => article.split?.reason === 'listing-box')).toBe(false)
  })
})

describe('English OCR: a section’s head over a story headed by a name', () => {
  it('is that headline’s kicker, not an article with nothing in it', () => {
    const issue = parse([
      ...opening,
      closing,
      'OBITUARIES',
      'Margaret Hill',
      'Margaret Ann Hill, 84, of Riverton died Sunday at Mercy Hospital after a long illness, her family said.',
      'Walter Grimes',
      'Walter J. Grimes, 91, a retired machinist, died Saturday at his home in Elm Grove, his son said on Monday.',
    ])
    expect(issue.articles.every((article) => article.blocks.length > 0)).toBe(true)
    expect(holding(issue, 'Margaret Ann Hill')?.headline).toEqual(['OBITUARIES', 'Margaret Hill'])
    expect(holding(issue, 'Walter J. Grimes')?.headline).toEqual(['Walter Grimes'])
  })
})

describe('English OCR: a story credited to the paper’s staff', () => {
  it('reads `From staff reports` under a headline as its credit, not a deck, and starts the story there', () => {
    for (const credit of ['From staff reports', 'Staff and wire reports']) {
      const issue = parse([...opening, closing, 'Schools add late buses', credit, 'The school district will add four late buses next month for students who stay after class for clubs.'])
      const buses = holding(issue, 'four late buses')
      expect(buses?.headline, credit).toEqual(['Schools add late buses'])
      expect(buses?.blocks[0], credit).toMatchObject({ type: 'byline', text: credit })
    }
  })
})

describe('English OCR: a headline set on two lines', () => {
  it('reads the second line, in lower case, as the headline’s, over its byline or its text', () => {
    const issue = parse([
      ...opening,
      closing,
      'Council approves plan to add',
      'bus lanes on three streets',
      'By Jordan Blake',
      'The city council voted Monday night to approve a transit plan that will add bus lanes to three downtown streets.',
      'Two-alarm fire guts vacant',
      'warehouse on Front Street',
      'A fire gutted a vacant warehouse on Front Street early Tuesday, and crews kept it from spreading to the shops beside it.',
    ])
    expect(holding(issue, 'approve a transit plan')?.headline).toEqual(['Council approves plan to add bus lanes on three streets'])
    expect(holding(issue, 'A fire gutted')?.headline).toEqual(['Two-alarm fire guts vacant warehouse on Front Street'])
  })

  it('keeps a line of text under a headline, cut mid-sentence or finished, in the story', () => {
    const issue = parse([...opening, closing, 'Council approves bus lanes', 'he said, and the vote was 6-1.', 'The city council voted Monday night to approve a transit plan that will add bus lanes to three downtown streets.'])
    expect(issue.articles.flatMap((article) => article.headline)).not.toContain('Council approves bus lanes he said, and the vote was 6-1.')
  })
})

describe('English OCR: an interview set as questions and answers', () => {
  it('keeps its questions in the story, never as headlines', () => {
    const issue = parse([
      'Five questions for the new police chief',
      'By Lee Carver',
      'Chief Ana Ruiz took over the department last month. She spoke with the Star on Tuesday about her plans.',
      'Q: What is your first priority?',
      'A: Response times. Our officers take too long to reach the north side, and I want that fixed by summer.',
      'Q. Will you hire more officers?',
      'A: We have six openings, and we will fill them this year if the council funds the positions.',
    ])
    expect(issue.articles.map((article) => article.headline)).toEqual([['Five questions for the new police chief']])
  })
})

describe('English OCR: a briefs column whose heads are run into their first lines', () => {
  const briefs = [
    'IN BRIEF',
    'Bridge to close — The Main Street bridge will close to traffic for three weeks starting Monday while crews replace its deck.',
    'Book sale set — The Friends of the Library will hold their annual book sale Saturday in the library basement.',
  ]

  it('makes each item a story under its run-in head, the column’s label the first one’s kicker, and says why', () => {
    const issue = parse([...opening, closing, ...briefs])
    const bridge = holding(issue, 'The Main Street bridge will close')
    expect(bridge?.headline).toEqual(['IN BRIEF', 'Bridge to close'])
    expect(bridge?.split?.reason).toBe('run-in-head')
    expect(bridge?.blocks.map((block) => block.text)).toEqual([briefs[1].split(' — ')[1]])
    expect(holding(issue, 'The Friends of the Library')?.headline).toEqual(['Book sale set'])
    expect(issue.articles.every((article) => article.blocks.length > 0)).toBe(true)
  })

  it('reads a lone dash in a story’s sentence, a letter’s salutation or a wire dateline as before', () => {
    const lines = ['Editor — The new parking fees will cost students more than the books they buy each quarter.', 'WASHINGTON — The Senate voted on Tuesday to extend the program for another two years.']
    const issue = parse([...opening, closing, ...lines])
    expect(issue.articles.every((article) => article.split?.reason !== 'run-in-head')).toBe(true)
    const one = parse([...opening, 'Market hours — the board said on Monday that the stalls will open an hour earlier this summer.', closing])
    expect(one.articles).toHaveLength(1)
  })
})
