// continuation / unresolved-jump: a story that jumps to another page is merged with its tail;
// a jump with no partner stays visible and is never glued to an unrelated story.
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze, type Analysis, type Page } from '../../src-main/core/index'
import { articleByHeadline, bodyTexts, fixture, ofKind, page, paragraphs } from './helpers'

interface Form {
  name: string
  out: string
  in: string
  tailPage: string
  lang: 'zh' | 'en'
  /** The out marker is printed at the end of the head's last paragraph rather than on its own line. */
  inline?: boolean
  bug?: string
}

const FORMS: Form[] = [
  { name: '▶▶下转02版① / ▲▲上接01版①', out: '▶▶下转02版①', in: '▲▲上接01版①', tailPage: '02', lang: 'zh' },
  { name: '▶▶下转02版① closing the paragraph', out: '▶▶下转02版①', in: '▲▲上接01版①', tailPage: '02', lang: 'zh', inline: true },
  { name: '（下转第三版） / （上接第一版）', out: '（下转第三版）', in: '（上接第一版）', tailPage: '03', lang: 'zh' },
  { name: '（下转第三版） closing the paragraph', out: '（下转第三版）', in: '（上接第一版）', tailPage: '03', lang: 'zh', inline: true },
  { name: '（下转第三版） / (上接第一版） with an ASCII bracket', out: '（下转第三版）', in: '(上接第一版）', tailPage: '03', lang: 'zh' },
  { name: '下转2版 / 接1版', out: '下转2版', in: '接1版', tailPage: '02', lang: 'zh' },
  { name: '（转后页） / （续前页）: the page beside', out: '（转后页）', in: '（续前页）', tailPage: '02', lang: 'zh' },
  { name: 'Continued on Page A6 / Continued from Page 1', out: 'Continued on Page A6', in: 'Continued from Page 1', tailPage: '06', lang: 'en' },
  { name: 'Continued on page 6 / From page 1', out: 'Continued on page 6', in: 'From page 1', tailPage: '06', lang: 'en' },
  { name: 'see MAYOR, page 6 / MAYOR, from page 1', out: 'see MAYOR, page 6', in: 'MAYOR, from page 1', tailPage: '06', lang: 'en' },
  { name: 'See MAYOR, Page 6 / MAYOR, from Page 1 (as printed)', out: 'See MAYOR, Page 6', in: 'MAYOR, from Page 1', tailPage: '06', lang: 'en' },
  { name: 'Continued on A6 / Continued from A1 (section pages, no word Page)', out: 'Continued on A6', in: 'Continued from A1', tailPage: '06', lang: 'en' },
  { name: 'See MAYOR, A6 / MAYOR, from A1', out: 'See MAYOR, A6', in: 'MAYOR, from A1', tailPage: '06', lang: 'en' },
  { name: 'Turn to MAYOR, Page 6A / MAYOR: Continued from Page 1A', out: 'Turn to MAYOR, Page 6A', in: 'MAYOR: Continued from Page 1A', tailPage: '06', lang: 'en' },
  { name: 'Jump to page 6 / From page 1', out: 'Jump to page 6', in: 'From page 1', tailPage: '06', lang: 'en' },
  { name: '下接第2版 / 续第1版', out: '下接第2版', in: '续第1版', tailPage: '02', lang: 'zh' },
  { name: '（下接2版） closing the paragraph / （续第一版）', out: '（下接2版）', in: '（续第一版）', tailPage: '02', lang: 'zh', inline: true },
  { name: 'Continued on Page A6 closing the paragraph', out: 'Continued on Page A6', in: 'Continued from Page 1', tailPage: '06', lang: 'en', inline: true },
  { name: '〔下转第3版〕 / 〔上接第1版〕 (tortoise-shell brackets)', out: '〔下转第3版〕', in: '〔上接第1版〕', tailPage: '03', lang: 'zh' },
  { name: '〔下转第3版〕 closing the paragraph', out: '〔下转第3版〕', in: '〔上接第1版〕', tailPage: '03', lang: 'zh', inline: true },
  { name: '［转第3版］ / ［接第1版］ (full-width square brackets)', out: '［转第3版］', in: '［接第1版］', tailPage: '03', lang: 'zh' },
  { name: '（下转A3） / （上接A1） (a section page, no word 版)', out: '（下转A3）', in: '（上接A1）', tailPage: '03', lang: 'zh' },
  { name: '（下转A3） closing the paragraph', out: '（下转A3）', in: '（上接A1）', tailPage: '03', lang: 'zh', inline: true },
  { name: 'Story continues on Page 6 / Continued from Page 1', out: 'Story continues on Page 6', in: 'Continued from Page 1', tailPage: '06', lang: 'en' },
  { name: 'Continues on page 6 closing the paragraph', out: 'Continues on page 6', in: 'From page 1', tailPage: '06', lang: 'en', inline: true },
  { name: 'SEE MAYOR ON PAGE 6 / MAYOR CONTINUED FROM PAGE 1 (set in capitals)', out: 'SEE MAYOR ON PAGE 6', in: 'MAYOR CONTINUED FROM PAGE 1', tailPage: '06', lang: 'en' },
  { name: 'See Mayor, Page 6 / Mayor: Continued from Page 1 (a slug in mixed case)', out: 'See Mayor, Page 6', in: 'Mayor: Continued from Page 1', tailPage: '06', lang: 'en' },
  { name: '（转下页） / （接上页） (the page beside this one)', out: '（转下页）', in: '（接上页）', tailPage: '02', lang: 'zh' },
  { name: '（转下页） closing the paragraph', out: '（转下页）', in: '（接上页）', tailPage: '02', lang: 'zh', inline: true },
  { name: 'Continued on next page / Continued from previous page', out: 'Continued on next page', in: 'Continued from previous page', tailPage: '02', lang: 'en' },
  { name: 'Continued on Page 6 / Continued from Page 1, column 4', out: 'Continued on Page 6', in: 'Continued from Page 1, column 4', tailPage: '06', lang: 'en' },
]

const ZH = {
  headline: '江边湿地公园扩建完工 新增步道十二公里',
  other: '冬季长跑比赛鸣枪开跑',
  headBody: [
    '本报讯(记者 林晓 通讯员 周平) 经过两年施工,江边湿地公园扩建工程日前完工,新增步道十二公里。',
    '扩建后的公园面积达到三百公顷,新种植乡土树种两万余株,并修复了一段废弃的老河道,',
  ],
  tailBody: ['让候鸟重新有了栖息地。园区管理处介绍,今冬已观测到白鹭、苍鹭等二十余种水鸟。', '公园全天免费开放,市民可通过东门和南门进入。'],
  otherBody: ['本报讯(记者 王进) 昨日上午,全市冬季长跑比赛在体育中心鸣枪开跑,三千名选手参赛。', '比赛设全程和迷你跑两个项目,赛道沿江而行。'],
}
const EN = {
  headline: 'Mayor Unveils Plan for Riverside Park',
  other: 'School Board Delays Budget Vote',
  headBody: [
    'By JANE DOE',
    'Mayor Ann Hale on Monday unveiled a plan to turn the old rail yard into a riverside park with trails and a boat launch.',
    'The plan, which still needs council approval, would cost about four million dollars and take three years to',
  ],
  tailBody: ['complete, according to city estimates released with the proposal.', 'Residents will be able to comment at two public hearings next month.'],
  otherBody: ['By TOM ROE', 'The school board postponed its budget vote on Tuesday after members asked for more time to review enrollment figures.', 'A new vote is expected in two weeks.'],
}

function build(form: Form, tailHasHeadline: boolean): { head: Page; tail: Page } {
  const t = form.lang === 'zh' ? ZH : EN
  const headParas = [...t.headBody]
  const headLines = form.inline
    ? [...headParas.slice(0, -1), `${headParas.at(-1)}${form.lang === 'en' ? ' ' : ''}${form.out}`]
    : [...headParas, form.out]
  const headText = [`## ${t.headline}`, ...headLines].join('\n\n') + '\n'
  const otherText = [`## ${t.other}`, ...t.otherBody].join('\n\n')
  const tailText = [...(tailHasHeadline ? [`## ${t.headline}`] : []), form.in, ...t.tailBody].join('\n\n')
  const tailFile = `${form.tailPage}.md`
  return { head: page('01.md', headText), tail: page(tailFile, `${otherText}\n\n${tailText}\n`) }
}

function check(form: Form, analysis: Analysis, accepted: Analysis): void {
  const t = form.lang === 'zh' ? ZH : EN
  const found = ofKind(analysis.findings, 'continuation')
  expect(found, 'one continuation found').toHaveLength(1)
  expect(ofKind(analysis.findings, 'unresolved-jump')).toHaveLength(0)
  // After accepting: one article for the story, spanning both pages, head text then tail text,
  // no jump lines left; the other story on the tail page keeps its own text.
  const story = articleByHeadline(accepted.issue, t.headline)
  expect(story.pages).toEqual(['01', form.tailPage])
  const body = paragraphs(story).map((block) => block.text).join('\n')
  const headLast = t.headBody.at(-1)!.slice(0, 20)
  expect(body.indexOf(headLast)).toBeGreaterThanOrEqual(0)
  expect(body.indexOf(t.tailBody[1])).toBeGreaterThan(body.indexOf(headLast))
  expect(story.blocks.some((block) => block.type === 'jump')).toBe(false)
  expect(body, 'the jump marker is not left in the text').not.toContain(form.out)
  expect(body).not.toContain(form.in)
  const other = articleByHeadline(accepted.issue, t.other)
  expect(bodyTexts(other).join('\n')).not.toContain(t.tailBody[1])
  expect(other.pages).toEqual([form.tailPage])
  expect(accepted.issue.articles).toHaveLength(2)
}

describe('continuation: each marker form', () => {
  for (const form of FORMS) {
    for (const tailHasHeadline of [true, false]) {
      const how = tailHasHeadline ? 'tail under its repeated headline' : 'tail opened by the marker only'
      ;(form.bug ? it.fails : it)(`merges a continuation marked ${form.name}, ${how}`, () => {
        const { head, tail } = build(form, tailHasHeadline)
        const analysis = analyze([head, tail])
        const accepted = acceptAll([head, tail]).analysis
        check(form, analysis, accepted)
      })
    }
  }

  it('the tail on the page named by the jump is found whatever order the page files come in', () => {
    const { head, tail } = build(FORMS[0], true)
    const accepted = acceptAll([tail, head]).analysis
    expect(articleByHeadline(accepted.issue, ZH.headline).pages).toEqual(['01', '02'])
  })

  it('joins the sentence cut by the jump into one paragraph after merging', () => {
    const { head, tail } = build(FORMS[0], true)
    const story = articleByHeadline(acceptAll([head, tail]).analysis.issue, ZH.headline)
    expect(paragraphs(story).some((block) => block.text.includes('老河道,让候鸟重新有了栖息地'))).toBe(true)
  })
})

describe('continuation: prose that holds a marker form\'s words is no jump', () => {
  const jumpsIn = (text: string): number => {
    const analysis = analyze([page('01.md', `## ${ZH.headline}\n\n${text}\n`), page('03.md', `## ${ZH.other}\n\n${ZH.otherBody.join('\n\n')}\n`)])
    const blocks = analysis.issue.articles.flatMap((article) => article.blocks)
    return blocks.filter((block) => block.type === 'jump').length + ofKind(analysis.findings, 'continuation').length + ofKind(analysis.findings, 'unresolved-jump').length
  }

  it.each([
    ['a section page named in a sentence, with no brackets', '旅客下飞机后，可乘摆渡车转A3。'],
    ['a bracketed section code in running text', '新车型（转A3）已在本月上市，首批三百台已经交付用户。'],
    ['“continues on page” inside an English sentence', 'The council said the story continues on page 5 of its annual report.'],
    ['a page number in a sentence that only names a page', 'The continued growth is shown in Table 3 on page 5 of the annual report.'],
  ])('%s', (_name, text) => {
    expect(jumpsIn(text)).toBe(0)
  })
})

/** After accept-all, each story (by a word of its headline) spans pages 01 and 02 and holds its tail's text. */
function expectEachMerged(pages: Page[], stories: [headline: string, tailText: string][]): void {
  const accepted = acceptAll(pages).analysis.issue
  for (const [headline, tailText] of stories) {
    const story = articleByHeadline(accepted, headline)
    expect(story.pages, headline).toEqual(['01', '02'])
    expect(bodyTexts(story).join(''), headline).toContain(tailText)
  }
}

describe('continuation: a multi-page Chinese issue (fixture)', () => {
  const pages = () => fixture('cn-jumps/01.md', 'cn-jumps/02.md', 'cn-jumps/03.md')

  it('several heads jump to page 03 with the same marker: the repeated headline decides', () => {
    const accepted = acceptAll(pages()).analysis.issue
    const lanes = articleByHeadline(accepted, '老城街巷焕新颜')
    const night = articleByHeadline(accepted, '夜市经济点亮消费')
    expect(lanes.pages).toEqual(['01', '03'])
    expect(night.pages).toEqual(['01', '03'])
    const lanesText = paragraphs(lanes).map((block) => block.text).join('')
    const nightText = paragraphs(night).map((block) => block.text).join('')
    expect(lanesText).toContain('青石板')
    expect(lanesText).not.toContain('摊位')
    expect(nightText).toContain('摊位')
    expect(nightText).not.toContain('青石板')
  })

  for (const [layout, second] of [['each under its marker as headline', '## （上接第一版）'], ['the second after the first, under a bare marker line', '（上接第一版）']] as const) it(`two heads jump to one page with the same marker and their tails print no headline (${layout}): the words each tail shares with its own head decide`, () => {
    const page1 = [
      '## 湿地公园候鸟数量创新高',
      '本报讯(记者 林晓) 入冬以来，东湖湿地公园观测到的越冬候鸟已超过两万只，其中白鹤、小天鹅等珍稀候鸟数量明显增加。',
      '湿地管理处在核心区划出禁入区，巡护员每天清晨沿湖岸记录候鸟种群。',
      '（下转第二版）',
      '## 老旧电梯更新改造提速',
      '本报讯(记者 王进) 今年以来，全市已完成老旧住宅电梯更新改造三百二十台，加装电梯的小区居民上下楼更方便了。',
      '电梯改造资金由财政补贴、维修基金和业主分担三方筹集。',
      '（下转第二版）',
    ].join('\n\n')
    const page2 = [
      '## （上接第一版）',
      '加装电梯前，街道逐户上门征求业主意见，改造期间还为高层住户提供临时爬楼服务，电梯验收后由物业统一维保。',
      second,
      '巡护员介绍，白鹤每年十一月飞抵湿地，湖岸边的浅滩是候鸟觅食的主要区域，禁入区内严禁垂钓和放牧。',
    ].join('\n\n')
    expectEachMerged([page('01.md', page1), page('02.md', page2)], [['候鸟数量', '白鹤每年十一月'], ['电梯更新', '加装电梯前']])
  })

  it('two heads jump to one page and a long one shares as many words with both headless tails as the short one with its own: the share of the shorter part decides', () => {
    const page1 = [
      '## 湿地公园候鸟数量创新高',
      '本报讯(记者 林晓) 东湖湿地公园白鹤、小天鹅等越冬候鸟超过两万只，巡护员清晨沿湖岸记录种群。',
      '（下转第二版）',
      '## 市政府部署冬季民生工作',
      '本报讯(记者 王进) 市政府昨日召开冬季民生工作会议。会议指出，全市要加大生态保护投入，完善监测预警体系，强化部门协同联动，推进基层治理能力建设。',
      '会议要求，老旧住宅电梯更新改造要加快推进，加装电梯资金由财政补贴、维修基金和业主分担三方筹集。',
      '（下转第二版）',
    ].join('\n\n')
    const page2 = [
      '## （上接第一版）',
      '白鹤每年十一月飞抵东湖湿地，湖岸边的浅滩是越冬候鸟觅食的主要区域。巡护员介绍，小天鹅种群记录已连续十年。今年全市还将加大生态保护投入，完善监测预警体系，强化部门协同联动，推进基层治理能力建设。',
      '## （上接第一版）',
      '电梯改造期间，街道为高层住户提供临时爬楼服务，加装电梯验收后由物业统一维保，财政补贴资金按季度拨付，维修基金使用情况向业主公示。',
    ].join('\n\n')
    expectEachMerged([page('01.md', page1), page('02.md', page2)], [['候鸟数量', '白鹤每年十一月'], ['冬季民生', '电梯改造期间']])
    // The review shows the editor what decided: the shared words, and shares in the order the
    // candidates are ranked (every contested pair weighed out of the same whole).
    const pairings = ofKind(analyze([page('01.md', page1), page('02.md', page2)]).findings, 'continuation')
    expect(pairings).toHaveLength(2)
    for (const pairing of pairings) {
      const scores = pairing.candidates!.map((candidate) => candidate.score)
      expect(pairing.candidates![0].evidence, pairing.message).toContain('shared-text')
      expect(scores, pairing.message).toEqual([...scores].sort((x, y) => y - x))
    }
  })

  it('pairs a head and tail by their label ① across pages', () => {
    const analysis = analyze(pages())
    const head = analysis.source.articles.find((article) => article.headline.join('').includes('科创走廊'))!
    const found = ofKind(analysis.findings, 'continuation').filter((finding) => finding.articleIds[0] === head.id)
    expect(found).toHaveLength(1)
    const accepted = acceptAll(pages()).analysis.issue
    expect(articleByHeadline(accepted, '科创走廊').pages).toEqual(['01', '02'])
  })

  it('a head whose tail page is loaded but holds no matching tail stays unresolved, glued to nothing', () => {
    const analysis = analyze(pages())
    const canteen = articleByHeadline(analysis.source, '社区食堂')
    const open = ofKind(analysis.findings, 'unresolved-jump').filter((finding) => finding.articleIds.includes(canteen.id))
    expect(open).toHaveLength(1)
    expect(open[0].missingPage).toBeUndefined()
    expect(ofKind(analysis.findings, 'continuation').some((finding) => finding.articleIds[0] === canteen.id)).toBe(false)
    const accepted = acceptAll(pages()).analysis.issue
    expect(articleByHeadline(accepted, '社区食堂').pages).toEqual(['01'])
    expect(articleByHeadline(accepted, '冬泳爱好者').pages).toEqual(['02'])
  })

  it('a jump to a page not in the issue is unresolved, naming the missing page', () => {
    const analysis = analyze(pages())
    const teacher = articleByHeadline(analysis.source, '乡村教师')
    const open = ofKind(analysis.findings, 'unresolved-jump').filter((finding) => finding.articleIds.includes(teacher.id))
    expect(open).toHaveLength(1)
    expect(open[0].missingPage).toBe('04')
    expect(open[0].fix).toEqual([])
  })

  it('adding the missing page resolves the jump', () => {
    const withPage = [...pages(), ...fixture('cn-jumps/04.md')]
    const analysis = analyze(withPage)
    const teacher = analysis.source.articles.find((article) => article.headline.join('').includes('乡村教师'))!
    expect(ofKind(analysis.findings, 'unresolved-jump').some((finding) => finding.articleIds.includes(teacher.id))).toBe(false)
    const accepted = acceptAll(withPage).analysis.issue
    const merged = articleByHeadline(accepted, '乡村教师')
    expect(merged.pages).toEqual(['01', '04'])
    expect(paragraphs(merged).map((block) => block.text).join('')).toContain('山里的孩子')
  })

  it('an unrelated story on the jump page is never taken as a tail', () => {
    const accepted = acceptAll(pages()).analysis.issue
    const unrelated = articleByHeadline(accepted, '省博物馆')
    expect(unrelated.pages).toEqual(['03'])
    expect(accepted.articles.filter((article) => article.headline.join('').includes('老城街巷'))).toHaveLength(1)
  })
})

describe('continuation: the tail repeats only the main line of a stacked headline', () => {
  it('matches the tail by that main line when two heads jump to the same page', () => {
    const head = page('01.md', [
      '## 聚焦春运 铁路部门加开夜间列车 返乡旅客可错峰出行',
      '本报讯(记者 周敏) 昨日起,铁路部门在春运期间加开夜间列车十二对。',
      '加开的列车主要集中在返乡客流较大的方向,车票已在网上发售,',
      '（下转第三版）',
      '## 市民卡新增乘车功能',
      '本报讯(记者 王进) 即日起,市民卡可直接刷卡乘坐地铁和公交。',
      '开通方式十分简单,市民只需在自助机上',
      '（下转第三版）',
    ].join('\n\n'))
    const tail = page('03.md', [
      '## 市民卡新增乘车功能',
      '（上接第一版）',
      '点击激活,一分钟即可完成,老年卡同样适用。',
      '## 铁路部门加开夜间列车',
      '（上接第一版）',
      '旅客可通过官方售票平台查询余票,合理安排行程。',
    ].join('\n\n'))
    const accepted = acceptAll([head, tail]).analysis.issue
    expect(accepted.articles).toHaveLength(2)
    const rail = articleByHeadline(accepted, '铁路部门加开夜间列车')
    const card = articleByHeadline(accepted, '市民卡新增乘车功能')
    expect(paragraphs(rail).map((block) => block.text).join('')).toContain('合理安排行程')
    expect(paragraphs(card).map((block) => block.text).join('')).toContain('老年卡同样适用')
    expect(paragraphs(card).map((block) => block.text).join('')).not.toContain('合理安排行程')
  })
})

describe('continuation: an English issue (fixture)', () => {
  const pages = () => fixture('en-jumps/01.md', 'en-jumps/06.md')

  it('merges a continuation marked Continued on Page A6 into its head', () => {
    const accepted = acceptAll(pages()).analysis.issue
    const story = articleByHeadline(accepted, 'Council Backs River Bridge')
    expect(story.pages).toEqual(['01', '06'])
    expect(paragraphs(story).map((block) => block.text).join(' ')).toContain('toll')
  })

  it('two stories jump to page 6 with no label: their slug and headline decide', () => {
    const accepted = acceptAll(pages()).analysis.issue
    const debate = articleByHeadline(accepted, 'Students Debate Parking Fees')
    expect(debate.pages).toEqual(['01', '06'])
    const text = paragraphs(debate).map((block) => block.text).join(' ')
    expect(text).toContain('permit')
    expect(text).not.toContain('toll')
  })

  it('a jump to the back page, with OCR noise in the marker, is unresolved when nothing answers it', () => {
    const analysis = analyze(pages())
    const weather = articleByHeadline(analysis.source, 'Cold Snap')
    expect(ofKind(analysis.findings, 'unresolved-jump').some((finding) => finding.articleIds.includes(weather.id))).toBe(true)
  })
})

describe('continuation: an issue in sections (A1 … A7, B1 … B7)', () => {
  const story = (headline: string, body: string, jump: string) => `## ${headline}\n\n${body}\n\n${jump}\n`
  const pages = (out: string) => [
    page('A1.md', story('Warehouse fire forces evacuations', 'A fire tore through a vacant warehouse on Front Street early Tuesday, and', out)),
    page('A7.md', story('Fire', 'Continued from Page A1', 'crews kept the flames from the row of homes on Elm Street.')),
    page('B1.md', story('Mustangs rally past Bears', 'The Mustangs scored twice in the last minute on Saturday, and', 'Continued on Page B7')),
    page('B7.md', story('Game', 'Continued from Page B1', 'the crowd stayed long after the final whistle.')),
  ]

  for (const out of ['Continued on Page A7', 'Continued on Page 7']) {
    it(`pairs each story with the tail in its own section: ${out}`, () => {
      const accepted = acceptAll(pages(out)).analysis.issue
      const fire = articleByHeadline(accepted, 'Warehouse fire forces evacuations')
      expect(fire.pages).toEqual(['A01', 'A07'])
      expect(bodyTexts(fire).join(' ')).toContain('Elm Street')
      expect(bodyTexts(fire).join(' ')).not.toContain('final whistle')
      expect(articleByHeadline(accepted, 'Mustangs rally past Bears').pages).toEqual(['B01', 'B07'])
    })
  }

  it('a jump to a section page the issue lacks is unresolved, never paired with another section', () => {
    const analysis = analyze(pages('Continued on Page A7').filter((p) => p.file !== 'A7.md'))
    expect(ofKind(analysis.findings, 'unresolved-jump').some((finding) => finding.message.includes('A07'))).toBe(true)
    expect(ofKind(analysis.findings, 'continuation')).toHaveLength(1)
  })
})

describe('continuation: OCR pages whose tails open with a slug line', () => {
  it('reads the slug over "Continued from Page 1" as the tail’s head, gone once the story is merged', () => {
    const front = page('01.txt', [
      'Storm knocks out power to 20,000',
      'By ANNA REED',
      'An ice storm brought down power lines across the county on Monday night, and crews said',
      'Continued on Page 3',
    ].join('\n'))
    const inside = page('03.txt', [
      'STORM',
      'Continued from Page 1',
      'it could take until Thursday to restore power to every home in the county.',
      'Schools in four districts were closed on Tuesday.',
    ].join('\n'))
    const accepted = acceptAll([front, inside]).analysis.issue
    expect(accepted.articles.map((article) => article.headline.join(' '))).toEqual(['Storm knocks out power to 20,000'])
    expect(bodyTexts(accepted.articles[0])).not.toContain('STORM')
    expect(bodyTexts(accepted.articles[0]).join(' ')).toContain('restore power')
  })
})

describe('continuation: two stories jump to one page, each tail under its marker as the headline', () => {
  it('pairs each head with the tail whose marker is printed in the same form (（下转第四版） / （上接第一版）, 【下转第四版】 / 【上接第一版】)', () => {
    const front = [
      '## 冬季长跑比赛鸣枪开跑',
      '本报讯(记者 王进) 昨日上午,全市冬季长跑比赛在体育中心鸣枪开跑,三千名选手参赛,',
      '【下转第四版】',
      '## 江边湿地公园扩建完工',
      '本报讯(记者 林晓) 经过两年施工,江边湿地公园扩建工程日前完工,新增步道十二公里,',
      '（下转第四版）',
    ].join('\n\n')
    const inside = [
      '## 社区简讯',
      '本报讯 社区书法班开课，老人们踊跃报名参加。',
      '## 【上接第一版】',
      '活动由市体育局主办,多家单位协办。',
      '## （上接第一版）',
      '项目总投资约一亿元,由市城投公司承建。',
    ].join('\n\n')
    const pages = [page('01.md', front + '\n'), page('04.md', inside + '\n')]
    // Before accepting, neither pairing is left a tie for the editor: each names its own tail.
    const found = ofKind(analyze(pages).findings, 'continuation')
    expect(found).toHaveLength(2)
    for (const finding of found) {
      expect(finding.confidence, finding.message).toBeGreaterThanOrEqual(0.5)
      expect(finding.candidates?.[0].score).toBeGreaterThan(finding.candidates?.[1].score ?? 1)
    }
    const accepted = acceptAll(pages).analysis
    const park = articleByHeadline(accepted.issue, '江边湿地公园')
    const run = articleByHeadline(accepted.issue, '冬季长跑比赛')
    expect(park.pages).toEqual(['01', '04'])
    expect(bodyTexts(park).join('')).toContain('市城投公司')
    expect(bodyTexts(park).join('')).not.toContain('市体育局')
    expect(run.pages).toEqual(['01', '04'])
    expect(bodyTexts(run).join('')).toContain('市体育局')
  })
})
