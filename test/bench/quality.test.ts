// The quality benchmark's own building blocks (bench/quality): the damage simulator is seeded and
// knows its answer, and the scorers count what they say they count, so `npm run bench:quality`
// measures the pipeline and not its own mistakes.
import { describe, expect, it } from 'vitest'
import { analyze, type Article, type Block, type Issue } from '../../src-main/core/index'
import { csvRows, labelRows, scoreEnglish, storiesOf } from '../../bench/quality/english'
import { emptyScore, f1Of, scoreIssue } from '../../bench/quality/score'
import { simulateIssue, type SimIssue } from '../../bench/quality/simulate'
import { OWN_STORIES, type CleanStory } from '../../bench/quality/stories'
import { pagesOf } from '../../bench/quality/zh-sim'

let serial = 0
function block(type: Block['type'], text: string): Block {
  serial++
  return { id: `b${serial}`, type, text, source: [], hash: `h${serial}` }
}

interface Shape {
  pages: string[]
  headline?: string
  paragraphs: string[]
  captions?: string[]
}

/** An issue as accept-all could have left it, built by hand. */
function issueOf(shapes: Shape[]): Issue {
  const articles: Article[] = shapes.map((s, i) => ({
    id: `a${i}`,
    pages: s.pages,
    headline: s.headline ? [s.headline] : [],
    headlineBlockId: null,
    blocks: [...s.paragraphs.map((p) => block('paragraph', p)), ...(s.captions ?? []).map((c) => block('caption', c))],
    confidence: 1,
    reviewed: false,
  }))
  return { title: 't', date: null, pages: [], articles }
}

/** What a perfect accept-all would give for a simulated issue: each story whole, in one article. */
function perfect(sim: SimIssue): Issue {
  return issueOf(
    sim.stories.map((story) => {
      const jump = sim.jumps.find((j) => j.story === story.id)
      const home = jump?.headPage ?? sim.pages.find((p) => p.text.includes(story.headline))?.file.slice(0, 2) ?? '01'
      const pages = jump?.tailPage ? [jump.headPage, jump.tailPage] : [home]
      return { pages, headline: story.headline, paragraphs: story.paragraphs, captions: story.caption ? [story.caption] : [] }
    }),
  )
}

describe('the damage simulator', () => {
  it('gives the same page bytes and the same answer for the same seed', () => {
    const a = simulateIssue(OWN_STORIES, 42)
    const b = simulateIssue(OWN_STORIES, 42)
    expect(a.pages.map((p) => Buffer.from(p.bytes).toString('base64'))).toEqual(b.pages.map((p) => Buffer.from(p.bytes).toString('base64')))
    expect({ ...a, pages: [] }).toEqual({ ...b, pages: [] })
    expect(simulateIssue(OWN_STORIES, 43).pages.map((p) => p.text)).not.toEqual(a.pages.map((p) => p.text))
  })

  it('prints every story text it was given, and each break as the clean paragraph cut in two', () => {
    const sim = simulateIssue(OWN_STORIES, 7)
    const printed = sim.pages.map((p) => p.text).join('\n').replace(/\s+/gu, '')
    for (const b of sim.breaks) {
      const chars = Array.from(b.paragraph)
      expect(printed).toContain(`${chars.slice(0, b.at).join('')}${b.doubled}${chars.slice(b.at).join('')}`.replace(/\s+/gu, ''))
    }
    expect(sim.breaks.length).toBeGreaterThan(5)
  })

  it('reads back every page as the text it printed, in every encoding it writes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const sim = simulateIssue(OWN_STORIES, seed)
      expect(pagesOf(sim).map((p) => p.text)).toEqual(sim.pages.map((p) => p.text))
    }
  })

  it('never cuts a subhead at a column break: a heading is set whole in one column', () => {
    const story: CleanStory = {
      id: 'own-heads',
      headline: '社区微更新让老街焕发新活力',
      paragraphs: [
        '本报讯(记者 林晓) 老街微更新工程日前完工，沿街二十余栋老房子换上了新装，街巷面貌焕然一新。',
        '共建共享：居民议事会定方案，街坊邻里齐上阵',
        '改造前，街道先后召开居民议事会八场，逐户征求意见，把大家最关心的停车、晾晒和照明问题列入清单。',
        '老街的烟火气还能留住吗？',
        '施工单位负责人介绍，改造保留了青石板路和老门楼，新增的休闲座椅和花箱都选用了本地石材。',
      ],
    }
    const heads = new Set([story.paragraphs[1], story.paragraphs[3]])
    const cut = Array.from({ length: 40 }, (_, seed) => simulateIssue([story], seed).breaks).flat()
    expect(cut.length).toBeGreaterThan(20)
    expect(cut.filter((b) => heads.has(b.paragraph))).toEqual([])
  })

  it('leaves the clean run undamaged: no breaks, repeats, jumps or moved captions', () => {
    const sim = simulateIssue(OWN_STORIES, 9, { damage: false })
    expect([sim.breaks, sim.duplicates, sim.jumps, sim.captions].map((x) => x.length)).toEqual([0, 0, 0, 0])
    expect(sim.pages.every((p) => p.encoding === 'utf-8')).toBe(true)
  })
})

describe('the Chinese scorer', () => {
  it('gives full marks to a damaged issue scored against itself undamaged', () => {
    for (const seed of [3, 11, 12]) {
      const sim = simulateIssue(OWN_STORIES, seed)
      const ideal = perfect(sim)
      const s = scoreIssue(sim, ideal, ideal)
      expect(s.breaks.every((b) => b.outcome === 'joined')).toBe(true)
      expect(s.wrongJoins).toBe(0)
      expect(s.duplicates.every((d) => d.outcome === 'removed')).toBe(true)
      expect(s.tails.every((t) => t.outcome === 'merged')).toBe(true)
      expect(s.wrongMerges).toBe(0)
      expect(s.captions.every((c) => c === 'attached')).toBe(true)
      expect(f1Of(s.f1).f1).toBe(1)
    }
  })

  it('counts every break of the damaged parse (nothing accepted) as missed, none as a wrong drop', () => {
    const sim = simulateIssue(OWN_STORIES, 5)
    const analysis = analyze(pagesOf(sim))
    const s = scoreIssue(sim, analysis.source, analysis.issue)
    expect(s.breaks.length).toBeGreaterThan(0)
    expect(s.breaks.filter((b) => b.outcome !== 'missed')).toEqual([])
    expect(f1Of(s.f1).f1).toBeLessThan(1)
  })

  const story: CleanStory = {
    id: 's',
    headline: '标题',
    paragraphs: ['第一段文字写在这里，大家天天都来散步。', '第二段文字也在这里，说明情况很清楚。', '第三段文字结束了全文，谢谢大家阅读。'],
  }
  const known: SimIssue = {
    name: 'known',
    pages: [],
    stories: [story],
    breaks: [
      { story: 's', paragraph: story.paragraphs[0], at: 13, doubled: '', place: 'reduplicated' },
      { story: 's', paragraph: story.paragraphs[1], at: 5, doubled: '字', place: 'inside' },
      { story: 's', paragraph: story.paragraphs[2], at: 1, doubled: '', place: 'sentence-edge' },
    ],
    duplicates: [],
    jumps: [],
    captions: [],
  }

  it('tells a kept doubled character, a lost one (天天 split) and a missed break apart', () => {
    const out = issueOf([
      { pages: ['01'], paragraphs: ['第一段文字写在这里，大家天都来散步。', '第二段文字字也在这里，说明情况很清楚。', '第', '三段文字结束了全文，谢谢大家阅读。'] },
    ])
    const s = scoreIssue(known, out, out)
    expect(s.breaks.map((b) => b.outcome)).toEqual(['wrongly-dropped', 'doubled-kept', 'missed'])
    expect(s.f1).toEqual({ tp: 0, out: 4, clean: 3 })
  })

  it('counts two clean paragraphs in one as a wrong join', () => {
    const out = issueOf([{ pages: ['01'], paragraphs: [story.paragraphs[0] + story.paragraphs[1], story.paragraphs[2]] }])
    const s = scoreIssue({ ...known, breaks: [] }, out, out)
    expect([s.wrongJoins, s.boundaries]).toEqual([1, 2])
    expect(s.f1).toEqual({ tp: 1, out: 2, clean: 3 })
  })

  it('finds a story by its text when other stories open their paragraphs alike', () => {
    const a: CleanStory = { id: 'a', headline: '甲', paragraphs: ['本报讯通讯员丁昕彤报道7月16日，甲方在沪召开座谈会。', '甲方表示将继续推进合作。'] }
    const b: CleanStory = { id: 'b', headline: '乙', paragraphs: ['本报讯通讯员丁昕彤报道7月16日，乙方在京签署合作协议。', '乙方介绍了新的观测系统。'] }
    const sim: SimIssue = {
      ...known,
      stories: [a, b],
      breaks: [],
      jumps: [{ story: 'b', style: 'paren-cn', outInline: false, place: 'after-headline', headPage: '01', tailPage: '03', tailStart: b.paragraphs[1] }],
    }
    const out = issueOf([
      { pages: ['01'], paragraphs: a.paragraphs },
      { pages: ['01', '03'], paragraphs: b.paragraphs },
    ])
    expect(scoreIssue(sim, out, out).tails.map((t) => t.outcome)).toEqual(['merged'])
  })

  it('adds up over issues into one score', () => {
    const score = emptyScore()
    for (const seed of [1, 2]) {
      const sim = simulateIssue(OWN_STORIES, seed)
      const ideal = perfect(sim)
      scoreIssue(sim, ideal, ideal, score)
    }
    expect(score.f1.clean).toBe(2 * OWN_STORIES.reduce((n, s) => n + s.paragraphs.length, 0))
  })
})

describe('the English scorer (Mustang Daily labels)', () => {
  const csv = [
    '"Function Key: TXT = article text",,,,,,,',
    '"LINE","PAGE","ARTICLE","FUNCTION","PARAGRAPH","JUMP","AD","SCANNED TEXT"',
    '1,1,1,"HL","0",0,0,"Council approves new budget plan"',
    '2,1,1,"TXT","1",0,0,"The city council voted on Tuesday to approve the budget,"',
    '3,1,1,"ME","0",2,0,"See BUDGET, Page 2"',
    '4,1,2,"HL","0",0,0,"Rain expected through the weekend"',
    '5,1,2,"TXT","1",0,0,"Forecasters said the storm would bring heavy rain on Saturday."',
    '6,2,1,"ME","0",-1,0,"BUDGET, from Page 1"',
    '7,2,1,"TXT","1",0,0,"which includes money for ""three new parks"" and road repairs."',
    '8,2,2,"TXT","1",0,0,"An unrelated story that reuses article number two on this page."',
    '9,0,0,"NA",0,0,0,"c"',
  ].join('\n')

  it('reads quoted cells, doubled quotes and all', () => {
    expect(csvRows('a,"b, c","say ""hi"""\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ])
  })

  it('makes a jumped article number one story over its pages, and a reused number another story', () => {
    const stories = storiesOf(labelRows(csv))
    expect(stories.map((s) => [s.key, s.pages])).toEqual([
      ['1', [1, 2]],
      ['2@1', [1]],
      ['2@2', [2]],
    ])
  })

  it('counts a story separated only in an article of its own, and a jump only when one article holds both parts', () => {
    const rows = labelRows(csv)
    const good = issueOf([
      { pages: ['01', '02'], headline: 'Council approves new budget plan', paragraphs: ['The city council voted on Tuesday to approve the budget, which includes money for "three new parks" and road repairs.'] },
      { pages: ['01'], headline: 'Rain expected through the weekend', paragraphs: ['Forecasters said the storm would bring heavy rain on Saturday.'] },
      { pages: ['02'], paragraphs: ['An unrelated story that reuses article number two on this page.'] },
    ])
    expect(scoreEnglish(rows, good)).toEqual({ stories: 3, separated: 3, multiPage: 1, jumps: 1 })
    const bad = issueOf([
      { pages: ['01'], headline: 'Council approves new budget plan', paragraphs: ['The city council voted on Tuesday to approve the budget,', 'Rain expected through the weekend', 'Forecasters said the storm would bring heavy rain on Saturday.'] },
      { pages: ['02'], paragraphs: ['which includes money for "three new parks" and road repairs.', 'An unrelated story that reuses article number two on this page.'] },
    ])
    expect(scoreEnglish(rows, bad)).toEqual({ stories: 3, separated: 0, multiPage: 1, jumps: 0 })
  })
})
