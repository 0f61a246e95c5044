// parse: the auto-split an editor starts from: headlines, bylines, subheads, captions, jump lines.
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze, pageNumberFromName, parseIssue, type Article, type Block } from '../../src-main/core/index'
import { articleByHeadline, ofKind, page, paragraphs, sourceOf } from './helpers'

function parseOne(text: string, file = '01.md') {
  const p = page(file, text)
  return { p, issue: parseIssue([p]) }
}

function only(text: string): Article {
  const { issue } = parseOne(text)
  expect(issue.articles).toHaveLength(1)
  return issue.articles[0]
}

function blocksOf(article: Article, type: Block['type']): Block[] {
  return article.blocks.filter((block) => block.type === type)
}

describe('parse: headlines', () => {
  it('splits a stacked Chinese headline into its printed parts', () => {
    const article = only('## 湘江夜游火了,岳阳学什么? 岳阳文旅融合观察·上篇\n\n本报讯(记者 周敏) 春节前后,湘江夜游一票难求。\n')
    expect(article.headline).toEqual(['湘江夜游火了,岳阳学什么?', '岳阳文旅融合观察·上篇'])
  })

  it('splits a three-deck Chinese headline (kicker, main, deck)', () => {
    const article = only('## 聚焦春运 铁路部门加开夜间列车 返乡旅客可错峰出行\n\n本报讯(记者 周敏) 昨日起,铁路部门加开列车。\n')
    expect(article.headline).toEqual(['聚焦春运', '铁路部门加开夜间列车', '返乡旅客可错峰出行'])
  })

  it('keeps a Latin word between Chinese words inside its headline part', () => {
    const article = only('## 医院用上AI 影像诊断 看片更快更准\n\n本报讯(记者 周敏) 市中心医院引进新设备。\n')
    expect(article.headline).toEqual(['医院用上AI', '影像诊断', '看片更快更准'])
  })

  // Regression (was a bug): spaces set around a Latin word (`用上 AI 影像`, common in Chinese typesetting) split the
  // headline so that `AI` alone becomes a deck: ['医院用上', 'AI', '影像诊断', '看片更快更准'].
  it('never makes a lone Latin word (AI) a headline deck of its own', () => {
    const article = only('## 医院用上 AI 影像诊断 看片更快更准\n\n本报讯(记者 周敏) 市中心医院引进新设备。\n')
    for (const part of article.headline) expect(part).not.toMatch(/^[A-Za-z0-9]+$/)
  })

  it('keeps an English headline whole', () => {
    const article = only('## City Council Approves New Bridge Budget\n\nBy JANE DOE\n\nThe council voted 5-2 on Tuesday to fund the bridge.\n')
    expect(article.headline).toEqual(['City Council Approves New Bridge Budget'])
  })

  it('keeps the full headline recoverable from its parts', () => {
    const line = '湘江夜游火了,岳阳学什么? 岳阳文旅融合观察·上篇'
    const article = only(`## ${line}\n\n本报讯(记者 周敏) 春节前后,湘江夜游一票难求。\n`)
    expect(article.headline.join(' ')).toBe(line)
  })
})

describe('parse: a commentary\'s dash-led deck', () => {
  it('reads ——论… under the headline as the deck, so accept-all never joins it into the first paragraph', () => {
    const text = '## 以实干担当书写发展新篇\n\n——论深入学习贯彻全市经济工作会议精神本报评论员\n\n新年伊始，万象更新。\n\n全市上下要把会议精神落到实处。\n'
    const article = only(text)
    expect(article.headline).toEqual(['以实干担当书写发展新篇', '——论深入学习贯彻全市经济工作会议精神本报评论员'])
    expect(paragraphs(article).map((p) => p.text)).toEqual(['新年伊始，万象更新。', '全市上下要把会议精神落到实处。'])
    expect(acceptAll([page('01.md', text)], [], {}).ops).toEqual([])
  })

  it('merges the commentary\'s tail, which repeats only its main headline, as surely as without the deck', () => {
    const head = '## 以实干担当书写发展新篇\n\n——论深入学习贯彻全市经济工作会议精神\n\n新年伊始，万象更新。全市上下要把会议精神落到实处。\n\n（下转第三版）\n'
    const tail = '## 以实干担当书写发展新篇\n\n（上接第一版）\n\n以钉钉子精神抓好各项任务落实。\n'
    const { ops, analysis } = acceptAll([page('01.md', head), page('03.md', tail)], [], {})
    expect(ops.map((op) => op.kind)).toContain('merge-continuation')
    expect(analysis.issue.articles).toHaveLength(1)
    expect(analysis.issue.articles[0].pages).toEqual(['01', '03'])
  })

  it('keeps a dash-led line with a sentence in it as a paragraph', () => {
    const article = only('## 新闻标题示例\n\n——这是一段引语开头的正文，记者在现场看到。\n\n第二段正文。\n')
    expect(article.headline).toEqual(['新闻标题示例'])
    expect(paragraphs(article)).toHaveLength(2)
  })
})

describe('parse: datelines and bylines', () => {
  const cases: { name: string; paragraph: string; reporters: string[]; correspondents: string[] }[] = [
    { name: 'city daily dateline with 全媒体记者/ and 通讯员/', paragraph: '岳阳日报讯(全媒体记者/张立群 通讯员/王小川) 日前,岳阳港新航线开通。', reporters: ['张立群'], correspondents: ['王小川'] },
    { name: '本报讯(记者 X)', paragraph: '本报讯(记者 刘芳) 昨天,市图书馆新馆开放。', reporters: ['刘芳'], correspondents: [] },
    { name: 'agency dateline 新华社…电(记者 X)', paragraph: '新华社长沙2月3日电(记者 赵一鸣) 湖南今年将新建农村公路五千公里。', reporters: ['赵一鸣'], correspondents: [] },
    { name: 'full-width brackets and two reporters', paragraph: '本报讯（记者 刘芳 陈晨 通讯员 何平）市图书馆新馆昨天开放。', reporters: ['刘芳', '陈晨'], correspondents: ['何平'] },
    { name: '本报讯通讯员 X 报道', paragraph: '本报讯通讯员 孙海 报道 近日,县气象局完成雷达升级。', reporters: [], correspondents: ['孙海'] },
    { name: 'wire dateline with no reporter 新华社…电', paragraph: '新华社长沙2月3日电 湖南今年将新建农村公路五千公里。', reporters: [], correspondents: [] },
    { name: 'wire dateline 据新华社…电', paragraph: '据新华社长沙2月3日电 湖南今年将新建农村公路五千公里。', reporters: [], correspondents: [] },
  ]
  for (const c of cases) {
    it(`reads the reporters from an inline dateline: ${c.name}`, () => {
      const article = only(`## 新闻标题示例\n\n${c.paragraph}\n\n第二段正文,这里继续报道。\n`)
      const first = paragraphs(article)[0]
      expect(first.byline, 'dateline byline parsed').toBeDefined()
      expect(first.byline!.reporters).toEqual(c.reporters)
      expect(first.byline!.correspondents).toEqual(c.correspondents)
      // The dateline stays in the printed paragraph.
      expect(first.text.startsWith(c.paragraph.slice(0, 4))).toBe(true)
    })
  }

  it('reads a byline line whose correspondents are printed without a space between them, and accept-all leaves it apart', () => {
    const text = '## 县城新建雨量站投入使用\n\n本报记者 陈立 通讯员 马晓东周云芳\n\n6月12日，县气象局新建的十个雨量站全部投入使用。\n\n## 防汛演练在河堤举行\n\n本报通讯 员 韩冬梅吕国强\n\n“险情就在眼前，大家按预案分头行动。”\n'
    const [first, second] = parseOne(text).issue.articles
    expect(blocksOf(first, 'byline')[0]?.byline).toMatchObject({ reporters: ['陈立'], correspondents: ['马晓东周云芳'] })
    expect(blocksOf(second, 'byline')[0]?.byline).toMatchObject({ reporters: [], correspondents: ['韩冬梅吕国强'] })
    const { ops } = acceptAll([page('01.md', text)], [], {})
    expect(ops.filter((op) => op.kind === 'join-paragraphs')).toEqual([])
  })

  it('does not read a bare 记者 opening a sentence as a byline line', () => {
    const article = only('## 新闻标题示例\n\n记者 从市农业农村局获悉了解到\n\n今年全市新增高标准农田五万亩。\n')
    expect(blocksOf(article, 'byline')).toEqual([])
  })

  it('does not take a later paragraph that starts like a dateline as the byline', () => {
    const article = only('## 新闻标题示例\n\n本报讯(记者 刘芳) 昨天,新馆开放。\n\n本报讯(记者 王五) 这一段是另一条消息被误并。\n')
    const [first, second] = paragraphs(article)
    expect(first.byline?.reporters).toEqual(['刘芳'])
    expect(second.byline).toBeUndefined()
  })

  const lines: { name: string; line: string; reporters: string[]; correspondents: string[] }[] = [
    { name: 'X日报全媒体记者/A', line: '岳阳日报全媒体记者/张立群', reporters: ['张立群'], correspondents: [] },
    { name: '本报记者 A 通讯员 B', line: '本报记者 刘芳 通讯员 何平', reporters: ['刘芳'], correspondents: ['何平'] },
    { name: 'By NAME', line: 'By JANE DOE', reporters: ['JANE DOE'], correspondents: [] },
    { name: 'By Name and Name', line: 'By Jane Doe and Tom Roe', reporters: ['Jane Doe', 'Tom Roe'], correspondents: [] },
    { name: 'By Name, Staff Writer (the title is not a name)', line: 'By Jane Doe, Staff Writer', reporters: ['Jane Doe'], correspondents: [] },
    { name: 'NAME, Staff Writer', line: 'JANE DOE, Staff Writer', reporters: ['JANE DOE'], correspondents: [] },
    { name: 'NAME Senior staff writer (no comma)', line: 'BOB COHN Senior staff writer', reporters: ['BOB COHN'], correspondents: [] },
    { name: 'NAME / Staff Writer (a writer after the slash, no photo credit)', line: 'JANE DOE / Staff Writer', reporters: ['JANE DOE'], correspondents: [] },
    { name: 'Name, Paper Staff Writer', line: 'Jane Doe, Daily Staff Writer', reporters: ['Jane Doe'], correspondents: [] },
    { name: 'Staff writer Name (the job first)', line: 'Staff writer Jane Doe', reporters: ['Jane Doe'], correspondents: [] },
    { name: 'By NAME, The Associated Press (the outlet is not a name)', line: 'By JANE DOE, The Associated Press', reporters: ['JANE DOE'], correspondents: [] },
    { name: 'By Name | The Paper', line: 'By Jane Doe | The Daily Times', reporters: ['Jane Doe'], correspondents: [] },
    { name: 'By Name Q. Name Jr. (a stop after an initial or a suffix)', line: 'By Jane Q. Doe Jr.', reporters: ['Jane Q. Doe Jr.'], correspondents: [] },
    { name: 'Written by Name', line: 'Written by Jane Doe', reporters: ['Jane Doe'], correspondents: [] },
    { name: '文/A', line: '文/张立群', reporters: ['张立群'], correspondents: [] },
    { name: '文/图 A', line: '文/图 张立群', reporters: ['张立群'], correspondents: [] },
    { name: '文·图/A', line: '文·图/张立群', reporters: ['张立群'], correspondents: [] },
    { name: '文｜A', line: '文｜张立群', reporters: ['张立群'], correspondents: [] },
    { name: '作者：A', line: '作者：张立群', reporters: ['张立群'], correspondents: [] },
    { name: '文/A 图/B', line: '文/张立群 图/何平', reporters: ['张立群', '何平'], correspondents: [] },
    { name: '本报记者 A/文 B/图', line: '本报记者 刘芳/文 何平/图', reporters: ['刘芳', '何平'], correspondents: [] },
    { name: '记者 A 摄影报道', line: '记者 刘芳 摄影报道', reporters: ['刘芳'], correspondents: [] },
    { name: '（记者 A） in brackets', line: '（记者 刘芳）', reporters: ['刘芳'], correspondents: [] },
  ]
  for (const c of lines) {
    it(`recognises a byline line, not a body paragraph: ${c.name}`, () => {
      const article = only(`## Headline Here 标题\n\n${c.line}\n\n正文第一段,记录了事件经过。\n`)
      const bylines = blocksOf(article, 'byline')
      expect(bylines).toHaveLength(1)
      expect(bylines[0].byline!.reporters).toEqual(c.reporters)
      expect(bylines[0].byline!.correspondents).toEqual(c.correspondents)
      expect(paragraphs(article).map((block) => block.text)).not.toContain(c.line)
    })
  }

  it('does not take a sentence that mentions a reporter for a byline line', () => {
    const article = only('## 新闻标题示例\n\n记者昨天走访了三个社区,看到志愿者正在忙碌。\n')
    expect(blocksOf(article, 'byline')).toHaveLength(0)
    expect(paragraphs(article)).toHaveLength(1)
  })

  it('does not take a caption that opens with 图： for a byline', () => {
    const article = only('## 新闻标题示例\n\n本报讯(记者 刘芳) 昨天,新馆开放。\n\n图：市民在公园里散步\n')
    expect(blocksOf(article, 'byline')).toHaveLength(0)
  })

  it('a job title on the line after a byline is part of the byline, not a paragraph', () => {
    const article = only('## Library Hours Extended\n\nBy Laura Fleischer\n\nStaff Writer\n\nThe council voted on Tuesday to keep the library open on weekends.\n')
    expect(blocksOf(article, 'byline').map((block) => block.text)).toEqual(['By Laura Fleischer', 'Staff Writer'])
    expect(paragraphs(article).map((block) => block.text)).toEqual(['The council voted on Tuesday to keep the library open on weekends.'])
  })

  it('reads an English city dateline (WASHINGTON — ) as the story’s dateline', () => {
    const article = only('## Senate Passes Budget\n\nWASHINGTON — The Senate passed the budget on Tuesday after a long debate.\n')
    expect(paragraphs(article)[0].byline?.text).toBe('WASHINGTON')
  })

  it('does not take a sentence that merely opens with a capitalised word and a dash for a dateline', () => {
    const article = only('## Library Hours\n\nNote — the library will close early on Friday.\n')
    expect(paragraphs(article)[0].byline).toBeUndefined()
  })

  it('reads a traditional-Chinese dateline, byline line and photo credit, names as printed', () => {
    const article = only('## 新橋今日通車\n\n本報訊（記者 林志豪）昨日上午，新橋正式通車。\n\n本報記者 陳國華\n\n市民在新橋上散步。（記者林志豪攝）\n\n第二段正文。\n')
    expect(paragraphs(article)[0].byline?.reporters).toEqual(['林志豪'])
    expect(blocksOf(article, 'byline').map((block) => block.byline?.reporters)).toEqual([['陳國華']])
    expect(blocksOf(article, 'caption').map((block) => block.caption)).toEqual([{ text: '市民在新橋上散步。', credit: '（記者林志豪攝）' }])
  })

  it('does not take the opening of a sentence after 记者 for a byline line', () => {
    const article = only('## 新闻标题示例\n\n本报讯（记者 王刚）今年以来，全市就业形势总体稳定。\n\n记者从市农业农村局获悉，今年全市计划播种\n\n粮食作物一百二十万亩。\n')
    expect(blocksOf(article, 'byline')).toHaveLength(0)
    expect(paragraphs(article)[0].byline?.reporters).toEqual(['王刚'])
  })

  it('reads `By NAME / Staff Writer` as a byline, not a photo credit', () => {
    const article = only('## Lopez Named Fire Chief\n\nBy JOHN SMITH / Staff Writer\n\nThe city named Maria Lopez its first woman fire chief on Tuesday.\n')
    expect(blocksOf(article, 'byline').map((block) => block.byline?.reporters)).toEqual([['JOHN SMITH']])
    expect(blocksOf(article, 'caption')).toHaveLength(0)
  })

  it('does not take the byline under an unmarked headline for part of it, above a wire dateline', () => {
    const { issue } = parseOne(['Senate passes farm aid bill', 'By ROBERT GREEN', 'Associated Press Writer', 'WASHINGTON (AP) — The Senate on Thursday passed a package of emergency aid for farmers.', 'The bill passed 71-26.'].join('\n'))
    expect(issue.articles.map((article) => article.headline)).toEqual([['Senate passes farm aid bill']])
    expect(blocksOf(issue.articles[0], 'byline').map((block) => block.text)).toEqual(['By ROBERT GREEN', 'Associated Press Writer'])
  })

  it('does not take an English sentence starting with "By" for a byline', () => {
    const article = only('## Bridge Opens\n\nBy noon the bridge was full of walkers and cyclists.\n')
    expect(blocksOf(article, 'byline')).toHaveLength(0)
  })
})

describe('parse: subheads and captions', () => {
  it('reads **…** as a subhead without its marks', () => {
    const article = only('## 新闻标题示例\n\n第一段正文。\n\n**新馆有哪些新变化?**\n\n第二段正文。\n')
    expect(blocksOf(article, 'subhead').map((block) => block.text)).toEqual(['新馆有哪些新变化?'])
  })

  const captions: { name: string; text: string; words: string; credit: string }[] = [
    { name: '通讯员 供图', text: '志愿者在新馆为读者讲解古籍修复。通讯员 供图', words: '志愿者在新馆为读者讲解古籍修复。', credit: '通讯员 供图' },
    { name: '新华社记者 X摄', text: '2月3日,工人在新建公路上铺设沥青。新华社记者 赵一鸣摄', words: '2月3日,工人在新建公路上铺设沥青。', credit: '新华社记者 赵一鸣摄' },
    { name: 'Photo by …', text: 'Walkers cross the new bridge on opening day. Photo by Sam Lee', words: 'Walkers cross the new bridge on opening day.', credit: 'Photo by Sam Lee' },
    { name: 'a name and 摄 alone', text: '市民在新建的滨江绿道上骑行。 赵一鸣 摄', words: '市民在新建的滨江绿道上骑行。', credit: '赵一鸣 摄' },
    { name: '（X 摄） in brackets', text: '市民在新建的滨江绿道上骑行。（赵一鸣 摄）', words: '市民在新建的滨江绿道上骑行。', credit: '（赵一鸣 摄）' },
    { name: '新华社发', text: '工人在新建公路上铺设沥青。新华社发', words: '工人在新建公路上铺设沥青。', credit: '新华社发' },
    { name: '(AP Photo/Name)', text: 'Walkers cross the new bridge on opening day. (AP Photo/Sam Lee)', words: 'Walkers cross the new bridge on opening day.', credit: '(AP Photo/Sam Lee)' },
    { name: '（新华社记者X摄） in brackets, no spaces', text: '工人在新建公路上铺设沥青。（新华社记者赵一鸣摄）', words: '工人在新建公路上铺设沥青。', credit: '（新华社记者赵一鸣摄）' },
    { name: '（新华社记者 X 摄） with spaces', text: '工人在新建公路上铺设沥青。（新华社记者 赵一鸣 摄）', words: '工人在新建公路上铺设沥青。', credit: '（新华社记者 赵一鸣 摄）' },
    { name: 'two photographers', text: '工人在新建公路上铺设沥青。新华社记者 赵一鸣 王五 摄', words: '工人在新建公路上铺设沥青。', credit: '新华社记者 赵一鸣 王五 摄' },
    { name: '（受访者供图）', text: '新馆阅览室一角。（受访者供图）', words: '新馆阅览室一角。', credit: '（受访者供图）' },
    { name: '（资料图片）', text: '新馆阅览室一角。（资料图片）', words: '新馆阅览室一角。', credit: '（资料图片）' },
    { name: '本报记者 X 摄影', text: '新馆阅览室一角。本报记者 赵一鸣 摄影', words: '新馆阅览室一角。', credit: '本报记者 赵一鸣 摄影' },
    { name: '图为… with no credit', text: '图为市民在新馆阅览室看书。', words: '图为市民在新馆阅览室看书。', credit: '' },
    { name: '▲ with a credit', text: '▲市民在新馆阅览室看书。本报记者 赵一鸣 摄', words: '市民在新馆阅览室看书。', credit: '本报记者 赵一鸣 摄' },
    { name: 'NAME/Paper after a sentence ending in a capitalised word', text: 'Crews douse the warehouse on Front Street. JIM LEE/Staff', words: 'Crews douse the warehouse on Front Street.', credit: 'JIM LEE/Staff' },
    { name: 'AP Laserphoto', text: 'Walkers cross the new bridge on opening day. AP Laserphoto', words: 'Walkers cross the new bridge on opening day.', credit: 'AP Laserphoto' },
    { name: '(Staff photo by …)', text: 'Firefighters hose down the warehouse roof. (Staff photo by Jim Lee)', words: 'Firefighters hose down the warehouse roof.', credit: '(Staff photo by Jim Lee)' },
    { name: 'NAME/Paper after a sentence', text: 'Walkers cross the new bridge on opening day. SAM LEE/Staff', words: 'Walkers cross the new bridge on opening day.', credit: 'SAM LEE/Staff' },
    { name: 'Name | The Paper', text: 'Walkers cross the new bridge on opening day. Sam Lee | The Daily Times', words: 'Walkers cross the new bridge on opening day.', credit: 'Sam Lee | The Daily Times' },
    { name: 'Staff photo alone', text: 'Walkers cross the new bridge on opening day. Staff photo', words: 'Walkers cross the new bridge on opening day.', credit: 'Staff photo' },
    { name: 'NAME/Staff photo', text: 'Walkers cross the new bridge on opening day. SAM LEE/Staff photo', words: 'Walkers cross the new bridge on opening day.', credit: 'SAM LEE/Staff photo' },
    { name: '图｜X', text: '市民在新建的滨江绿道上骑行。图｜赵一鸣', words: '市民在新建的滨江绿道上骑行。', credit: '图｜赵一鸣' },
    { name: '图片来源：X', text: '市民在新建的滨江绿道上骑行。图片来源：视觉中国', words: '市民在新建的滨江绿道上骑行。', credit: '图片来源：视觉中国' },
    { name: '（资料图）', text: '新馆阅览室一角。（资料图）', words: '新馆阅览室一角。', credit: '（资料图）' },
    { name: '图片由…提供', text: '新馆阅览室一角。图片由市图书馆提供', words: '新馆阅览室一角。', credit: '图片由市图书馆提供' },
    { name: 'X/摄', text: '市民在新建的滨江绿道上骑行。赵一鸣/摄', words: '市民在新建的滨江绿道上骑行。', credit: '赵一鸣/摄' },
  ]
  for (const c of captions) {
    it(`keeps a caption's credit apart from its words: ${c.name}`, () => {
      const article = only(`## 新闻标题示例 Headline\n\n第一段正文。\n\n${c.text}\n\n第二段正文。\n`)
      const found = blocksOf(article, 'caption')
      expect(found).toHaveLength(1)
      expect(found[0].caption!.text).toBe(c.words)
      expect(found[0].caption!.credit).toBe(c.credit)
    })
  }

  it('reads a photo credit on its own line as a caption, not as the byline', () => {
    const article = only('## 新闻标题示例\n\n本报讯(记者 刘芳) 昨天,新馆开放。\n\n市民在新馆阅览室看书。\n\n本报记者 李四 摄\n\n第二段正文。\n')
    expect(paragraphs(article)[0].byline?.reporters).toEqual(['刘芳'])
    expect(blocksOf(article, 'byline')).toHaveLength(0)
    expect(blocksOf(article, 'caption').map((block) => block.caption?.credit)).toEqual(['本报记者 李四 摄'])
  })

  it('does not take a ▲ list item for a caption', () => {
    const article = only('## 新闻标题示例\n\n今年以来:\n\n▲全市新增就业一万二千人；\n\n▲城镇调查失业率百分之五。\n')
    expect(blocksOf(article, 'caption')).toHaveLength(0)
  })

  it('does not take a short paragraph ending in 拍摄 for a caption', () => {
    const article = only('## 新闻标题示例\n\n第一段正文。\n\n志愿者们正在现场进行拍摄\n\n第二段正文。\n')
    expect(blocksOf(article, 'caption')).toHaveLength(0)
  })

  it('does not take a long paragraph that quotes a reporter for a caption', () => {
    const article = only('## 新闻标题示例\n\n据现场工作人员介绍,新馆共有阅览座位两千个,其中少儿区五百个,全部免费开放,欢迎市民前往,相关图片由通讯员 供图\n\n第二段。\n')
    // A caption is short; this block is a sentence run long — either reading is defensible only if
    // the paragraph text is not lost.
    const texts = article.blocks.map((block) => block.text).join('')
    expect(texts).toContain('据现场工作人员介绍')
  })
})

describe('parse: jump lines', () => {
  const whole: { text: string; direction: 'in' | 'out'; page: string; label?: string; keyword?: string; bug?: true }[] = [
    { text: '▶▶下转02版①', direction: 'out', page: '02', label: '①' },
    { text: '▲▲上接01版①', direction: 'in', page: '01', label: '①' },
    { text: '▶▶下转03版②', direction: 'out', page: '03', label: '②' },
    { text: '（下转第三版）', direction: 'out', page: '03' },
    { text: '（上接第一版）', direction: 'in', page: '01' },
    { text: '(上接第一版）', direction: 'in', page: '01' },
    { text: '(下转第十二版)', direction: 'out', page: '12' },
    { text: '下转2版', direction: 'out', page: '02' },
    { text: '转4版', direction: 'out', page: '04' },
    { text: '接1版', direction: 'in', page: '01' },
    { text: '◆下转第四版', direction: 'out', page: '04' },
    { text: '★下转第2版', direction: 'out', page: '02' },
    { text: '■转第2版', direction: 'out', page: '02' },
    { text: '（转见第5版）', direction: 'out', page: '05' },
    { text: '（下轉第2版）', direction: 'out', page: '02' },
    { text: '（續第1版）', direction: 'in', page: '01' },
    { text: '（上接第一頁）', direction: 'in', page: '01' },
    { text: '（本文下转第3版）', direction: 'out', page: '03' },
    { text: '（转第2版上）', direction: 'out', page: '02' },
    { text: '（下转第2版左下）', direction: 'out', page: '02' },
    { text: '（下转4版·中）', direction: 'out', page: '04' },
    { text: '（下转第3版中栏）', direction: 'out', page: '03' },
    { text: '（上接第1版·下）', direction: 'in', page: '01' },
    { text: '（下转第2版第1栏）', direction: 'out', page: '02' },
    { text: '（转4版）。', direction: 'out', page: '04' },
    { text: '上接第1版▲', direction: 'in', page: '01' },
    { text: '（续前页）', direction: 'in', page: 'previous' },
    { text: '（承上頁）', direction: 'in', page: 'previous' },
    { text: '「下轉第3版」', direction: 'out', page: '03' },
    { text: '『續第1版』', direction: 'in', page: '01' },
    { text: '——下转第3版', direction: 'out', page: '03' },
    { text: '——接第1版', direction: 'in', page: '01' },
    { text: '（下 转第3版）', direction: 'out', page: '03' },
    { text: '（承第1版）', direction: 'in', page: '01' },
    { text: '（转后页）', direction: 'out', page: 'next' },
    { text: '（续见第3版）', direction: 'out', page: '03' },
    { text: '（續見A3）', direction: 'out', page: 'A03' },
    { text: '（文转A3）', direction: 'out', page: 'A03' },
    { text: '（文接A1）', direction: 'in', page: 'A01' },
    { text: '文轉A3版', direction: 'out', page: 'A03' },
    { text: '下转A02', direction: 'out', page: 'A02' },
    { text: '上接A01', direction: 'in', page: 'A01' },
    { text: 'Continued on Page A6', direction: 'out', page: 'A06' },
    { text: 'Continued from Page 1', direction: 'in', page: '01' },
    { text: 'See MAYOR, Page 6', direction: 'out', page: '06', keyword: 'MAYOR' },
    { text: 'see MAYOR, page 6', direction: 'out', page: '06', keyword: 'MAYOR' },
    { text: 'MAYOR, from Page 1', direction: 'in', page: '01', keyword: 'MAYOR' },
    { text: 'MAYOR, from page 1', direction: 'in', page: '01', keyword: 'MAYOR' },
    { text: 'Sec DEBATE, Back Page', direction: 'out', page: 'back', keyword: 'DEBATE' },
    { text: 'From Page 1', direction: 'in', page: '01' },
    { text: '— See FIRE on A6 —', direction: 'out', page: 'A06', keyword: 'FIRE' },
    { text: '▶ See FIRE, Page 6', direction: 'out', page: '06', keyword: 'FIRE' },
    { text: 'FIRE (Continued from page 1)', direction: 'in', page: '01', keyword: 'FIRE' },
    { text: 'Story continued from page 1', direction: 'in', page: '01' },
    { text: 'Sec DEBATE, back page', direction: 'out', page: 'back', keyword: 'DEBATE' },
    { text: 'Continued on Pago Three.', direction: 'out', page: '03' },
    { text: 'SEE BUDGET, 7A', direction: 'out', page: 'A07', keyword: 'BUDGET' },
    { text: 'PLEASE SEE FIRE, A7', direction: 'out', page: 'A07', keyword: 'FIRE' },
    { text: 'Please see FIRE/A7', direction: 'out', page: 'A07', keyword: 'FIRE' },
    { text: 'FIRE/From A1', direction: 'in', page: 'A01', keyword: 'FIRE' },
    { text: 'See Budget, Page 7', direction: 'out', page: '07', keyword: 'Budget' },
    { text: 'Budget, from Page 1', direction: 'in', page: '01', keyword: 'Budget' },
    { text: 'See Page 12', direction: 'out', page: '12' },
    { text: 'Continued on back page', direction: 'out', page: 'back' },
    { text: 'Continued on Page B-3', direction: 'out', page: 'B03' },
    { text: 'Continued on Page 4 Column 2', direction: 'out', page: '04' },
    { text: 'Contmued on Pagc 4', direction: 'out', page: '04' },
    { text: 'Continued from Page l', direction: 'in', page: '01' },
  ]
  for (const c of whole) {
    ;(c.bug ? it.fails : it)(`reads the jump line “${c.text}”`, () => {
      const article = only(`## Story 新闻\n\n第一段正文,内容完整。\n\n${c.text}\n`)
      const jumps = blocksOf(article, 'jump')
      expect(jumps).toHaveLength(1)
      expect(jumps[0].jump!.direction).toBe(c.direction)
      expect(jumps[0].jump!.page).toBe(c.page)
      if (c.label !== undefined) expect(jumps[0].jump!.label).toBe(c.label)
      if (c.keyword !== undefined) expect(jumps[0].jump!.keyword).toBe(c.keyword)
      expect(paragraphs(article).some((block) => block.text.includes(c.text))).toBe(false)
    })
  }

  it('splits a jump marker off the end of a paragraph, keeping the sentence', () => {
    const { p, issue } = parseOne('## 新闻标题示例\n\n第一段正文。\n\n各地已组织群众安全转移。（下转第三版）\n')
    const article = issue.articles[0]
    const jumps = blocksOf(article, 'jump')
    expect(jumps).toHaveLength(1)
    expect(jumps[0].jump).toMatchObject({ direction: 'out', page: '03' })
    expect(paragraphs(article).map((block) => block.text)).toEqual(['第一段正文。', '各地已组织群众安全转移。'])
    expect(sourceOf([p], jumps[0])[0]).toBe('（下转第三版）')
  })

  it('splits （续见第3版） and 文轉A3版 off the end of a paragraph', () => {
    for (const [marker, page] of [['（续见第3版）', '03'], ['文轉A3版', 'A03']]) {
      const article = only(`## 新闻标题示例\n\n第一段正文。\n\n各地已组织群众安全转移。${marker}\n`)
      expect(blocksOf(article, 'jump')[0]?.jump, marker).toMatchObject({ direction: 'out', page })
      expect(paragraphs(article).at(-1)!.text).toBe('各地已组织群众安全转移。')
    }
  })

  it('splits ▶▶下转02版① off the end of a paragraph cut mid-sentence', () => {
    const article = only('## 新闻标题示例\n\n第一段正文。\n\n这座城市正在把会展业打造成新的▶▶下转02版①\n')
    const jump = blocksOf(article, 'jump')[0]
    expect(jump?.jump).toMatchObject({ direction: 'out', page: '02', label: '①' })
    expect(paragraphs(article).at(-1)!.text).toBe('这座城市正在把会展业打造成新的')
  })

  // Regression (was a bug): same capitalisation problem: `… planned. See BRIDGE, Page 6` stays one body paragraph.
  it('splits an English jump off the end of a paragraph', () => {
    const article = only('## Bridge Opens\n\nThe council said the bridge would cost more than planned. See BRIDGE, Page 6\n')
    const jump = blocksOf(article, 'jump')[0]
    expect(jump?.jump).toMatchObject({ direction: 'out', page: '06', keyword: 'BRIDGE' })
    expect(paragraphs(article)[0].text).toBe('The council said the bridge would cost more than planned.')
  })

  it('splits （上接第一版） off the start of a tail paragraph', () => {
    const article = only('## 新闻标题示例\n\n（上接第一版）群众转移后,救援队连夜排查隐患。\n')
    const jump = blocksOf(article, 'jump')[0]
    expect(jump?.jump).toMatchObject({ direction: 'in', page: '01' })
    expect(paragraphs(article)[0].text).toBe('群众转移后,救援队连夜排查隐患。')
  })

  it('splits an unbracketed or arrow-led 上接 marker off the start of a tail paragraph', () => {
    for (const marker of ['上接第1版', '←接01版']) {
      const article = only(`## 新闻标题示例\n\n${marker}群众转移后,救援队连夜排查隐患。\n`)
      expect(blocksOf(article, 'jump')[0]?.jump, marker).toMatchObject({ direction: 'in', page: '01' })
      expect(paragraphs(article)[0].text).toBe('群众转移后,救援队连夜排查隐患。')
    }
  })

  it('splits a lower-case English jump off the end of a paragraph', () => {
    const article = only('## Bridge Opens\n\nThe council said the bridge would cost more than planned. see BRIDGE, page 6\n')
    expect(blocksOf(article, 'jump')[0]?.jump).toMatchObject({ direction: 'out', page: '06', keyword: 'BRIDGE' })
  })

  it('splits an unbracketed 下转 marker off a paragraph cut after a comma', () => {
    for (const marker of ['下转第2版', '→转02版']) {
      const article = only(`## 新闻标题示例\n\n第一段正文。\n\n各地正在组织春耕植保，${marker}\n`)
      expect(blocksOf(article, 'jump')[0]?.jump, marker).toMatchObject({ direction: 'out', page: '02' })
      expect(paragraphs(article).at(-1)!.text).toBe('各地正在组织春耕植保，')
    }
  })

  it('splits a bare 转N版 off a paragraph the jump cut mid-sentence or that ends on an ellipsis', () => {
    for (const [before, marker] of [['收到预警后，主动观察识别灾害前兆', '转4版'], ['还有的照搬老黄历，不考虑现实变化……', '转2版']]) {
      const article = only(`## 新闻标题示例\n\n第一段正文。\n\n${before}${marker}\n`)
      expect(blocksOf(article, 'jump')[0]?.jump, marker).toMatchObject({ direction: 'out', page: marker.slice(1, 2).padStart(2, '0') })
      expect(paragraphs(article).at(-1)!.text).toBe(before)
    }
  })

  it('splits `Please turn to page 2` and `— Continued on Page 2` off a paragraph whole', () => {
    for (const marker of ['Please turn to page 2', '— Continued on Page 2']) {
      const article = only(`## Storm\n\nCrews worked through the night to restore power to the east side. ${marker}\n`)
      expect(blocksOf(article, 'jump')[0]?.jump, marker).toMatchObject({ direction: 'out', page: '02' })
      expect(paragraphs(article)[0].text).toBe('Crews worked through the night to restore power to the east side.')
    }
  })

  it('reads a slug in mixed case set off by a comma before a section page, or by on before a page', () => {
    for (const [marker, page] of [['See Budget, A4', 'A04'], ['Turn to Fire Department, 6B', 'B06'], ['See Budget on Page 4', '04']] as const) {
      const article = only(`## Budget\n\nThe council will vote on the budget next week.\n\n${marker}\n`)
      expect(blocksOf(article, 'jump')[0]?.jump, marker).toMatchObject({ direction: 'out', page })
    }
  })

  it('splits a jump line off the text under it when no blank line parts them', () => {
    const article = only('## Start times\n\n(Continued from Page 1)\ndisrupt after-school jobs and sports practices.\n\nBoard member Tom Alvarez voted no.\n')
    expect(blocksOf(article, 'jump')[0]?.jump).toMatchObject({ direction: 'in', page: '01' })
    expect(paragraphs(article)[0].text).toBe('disrupt after-school jobs and sports practices.')
  })

  it('does not cut a reader refer off the sentence that holds it', () => {
    const article = only('## Fair Opens\n\nThe county fair opens on Friday; for where to buy tickets, turn to page 6.\n')
    expect(blocksOf(article, 'jump')).toHaveLength(0)
    expect(paragraphs(article)[0].text).toBe('The county fair opens on Friday; for where to buy tickets, turn to page 6.')
  })

  it('does not take prose that opens or ends like a jump for one', () => {
    for (const text of ['接第二面锦旗时，老人的手一直在抖。', '紧接一版的设计思路，新版面更加简洁。', '今年该镇已有120名干部转岗，转3版', 'The chart shows the figures for each school. See Table B2.', 'Greetings from Page 3', 'For the schedule, see pages', '他说，下转A02路公交车就能到。', '本文转载自新华社。', '为了腾出通道，工作人员把展板转到后面', '锅里的饼再翻转一面', '话题随即转到前面', '系统由V1版转V2版', '教材从第一版转第二版', '——接上面的话题，他说得很细。']) {
      const article = only(`## 新闻标题示例 Headline\n\n第一段正文。\n\n${text}\n`)
      expect(blocksOf(article, 'jump'), text).toHaveLength(0)
    }
  })

  it('does not take a sentence about a transfer (转) for a jump line', () => {
    const article = only('## 新闻标题示例\n\n该公司去年转2家子公司股权给国资平台。\n\n接1位客人后,司机立即出发。\n')
    expect(blocksOf(article, 'jump')).toHaveLength(0)
  })
})

describe('parse: a page titled with #', () => {
  it('reads `# 第01版：要闻` above the ## articles as the page title, not one story holding them all', () => {
    const { issue } = parseOne('# 第01版：要闻\n\n## 全市春季植树活动启动\n\n本报讯(记者 高远) 昨日,植树活动启动。\n\n## 城南片区完成棚改签约\n\n本报讯(通讯员 马丽) 签约率达到百分之九十八。\n')
    expect(issue.articles.map((article) => article.headline.join(' '))).toEqual(['全市春季植树活动启动', '城南片区完成棚改签约'])
    expect(issue.articles.flatMap((article) => article.blocks.map((block) => block.type))).not.toContain('subhead')
  })

  it('reads the paper\'s name as `#` above the ## articles as the page title too', () => {
    const { issue } = parseOne('# 株洲日报\n\n## 全市春季植树活动启动\n\n本报讯(记者 高远) 昨日,植树活动启动。\n\n## 城南片区完成棚改签约\n\n本报讯(通讯员 马丽) 签约率达到百分之九十八。\n')
    expect(issue.articles.map((article) => article.headline.join(' '))).toEqual(['全市春季植树活动启动', '城南片区完成棚改签约'])
  })

  it('still reads # as the headline and ## as its deck on a page of one story', () => {
    const article = only('# Library Hours Extended\n\n## Weekend openings start in March\n\nThe council voted on Tuesday to keep the library open on weekends.\n')
    expect(article.headline).toEqual(['Library Hours Extended', 'Weekend openings start in March'])
  })
})

describe('parse: pages without ## lines', () => {
  const PAGE = [
    '春季植树活动启动',
    '',
    '本报讯(记者 林晓) 昨日,全市春季义务植树活动在江边公园启动,五百余名市民参加。',
    '',
    '活动现场,志愿者向市民讲解树苗养护知识。',
    '',
    '老旧小区改造开工',
    '',
    '本报记者 王进',
    '',
    '今年全市计划改造老旧小区一百二十个,惠及居民三万余户。',
    '',
    '改造内容包括加装电梯、更换管网和整治绿化。',
    '',
  ].join('\n')

  it('splits by headline + byline/dateline into articles', () => {
    const { issue } = parseOne(PAGE)
    expect(issue.articles.map((article) => article.headline.join(' '))).toEqual(['春季植树活动启动', '老旧小区改造开工'])
    expect(paragraphs(issue.articles[0])).toHaveLength(2)
    expect(paragraphs(issue.articles[1])).toHaveLength(2)
  })

  it('marks a split Galley made itself with confidence below 1 and an auto-split finding', () => {
    const p = page('01.md', PAGE)
    const analysis = analyze([p])
    for (const article of analysis.source.articles) expect(article.confidence).toBeLessThan(1)
    expect(ofKind(analysis.findings, 'auto-split').length).toBeGreaterThanOrEqual(1)
  })

  it('splits English OCR with no markup by headline + By line', () => {
    const text = [
      'Council Backs Bridge Plan',
      'By JANE DOE',
      'The city council voted on Tuesday to fund the new bridge across the river.',
      'Construction could begin next spring, the mayor said.',
      'Library Hours Extended',
      'By TOM ROE',
      'The public library will stay open until ten on weeknights starting in March.',
      'Staff said the change follows requests from students.',
    ].join('\n')
    const { issue } = parseOne(text)
    expect(issue.articles.map((article) => article.headline.join(' '))).toEqual(['Council Backs Bridge Plan', 'Library Hours Extended'])
    expect(issue.articles.every((article) => article.confidence < 1)).toBe(true)
    expect(issue.articles[1].blocks.some((block) => block.type === 'byline' && block.byline?.reporters.includes('TOM ROE'))).toBe(true)
  })

  // Regression (was a bug): on a page without `##` lines, a `**subhead**` line followed by a byline is taken as an
  // auto-split headline and keeps its marks: headline ['**社区书屋的新变化**'].
  it('never keeps ** marks in a headline Galley found itself', () => {
    const { issue } = parseOne(['**社区书屋的新变化**', '本报记者 林晓', '城东社区书屋日前开放,藏书五千余册。'].join('\n\n'))
    for (const article of issue.articles) for (const part of article.headline) expect(part).not.toContain('**')
  })

  it('an editor\'s note set above the headline of the story it introduces opens that story, marked or not', () => {
    const note = '编者按：今年以来，全市各地积极推进乡村振兴。本报今起推出系列报道，敬请关注。'
    for (const head of ['走进美丽乡村·石门村', '## 走进美丽乡村·石门村']) {
      const { issue } = parseOne([note, head, '本报记者 刘洋', '清晨的石门村，薄雾缭绕，村民们已经开始了一天的忙碌。', '近年来，石门村发展乡村旅游，村民人均收入翻了一番。'].join('\n\n'))
      expect(issue.articles.map((article) => article.headline.join(' '))).toEqual(['走进美丽乡村·石门村'])
      expect(paragraphs(issue.articles[0])[0].text).toBe(note)
    }
  })

  it('a headline over a story that opens on the paper\'s dateline alone (本报讯 近日，…, 本報訊), its writer signing at the end, is a story of its own', () => {
    for (const [head, text] of [['港铁新线明年通车', '本报讯 港铁公司昨日宣布，新线工程进展顺利，预计明年第三季通车。（王丽）'], ['天文台料周末轉涼', '本報訊 天文台預測，一股東北季候風將於周末抵達華南沿岸。']]) {
      const { issue } = parseOne(['活动将持续到春节前。', head, text].join('\n\n'))
      const story = issue.articles.find((article) => article.headline.join('') === head)
      expect(story?.blocks.map((block) => block.text), head).toEqual([text])
    }
  })

  it('a Chinese tail\'s own head over its text, which opens on the jump-in marker, heads the tail, and accept-all merges it with its head', () => {
    const front = ['港铁新线明年通车', '本报讯 港铁公司昨日宣布，新线工程进展顺利，预计明年第三季通车。', '港铁表示，新线设有四个车站。（文转A3）'].join('\n\n')
    const inside = ['市民盼增设巴士接驳', '（文接A1）港铁发言人指出，公司会与运输署商讨增设接驳巴士路线。'].join('\n\n')
    const issue = acceptAll([page('A01.txt', front), page('A03.txt', inside)]).analysis.issue
    expect(issue.articles).toHaveLength(1)
    expect(issue.articles[0].pages).toEqual(['A01', 'A03'])
    expect(paragraphs(issue.articles[0]).at(-1)?.text).toBe('港铁发言人指出，公司会与运输署商讨增设接驳巴士路线。')
  })

  it('a commentary signed by the paper\'s commentator (本报评论员) under its headline is a story of its own, signed so', () => {
    const text = '高质量发展是新时代的硬道理。各级干部要把心思用在干事创业上，把精力放在抓落实上。'
    const { issue } = parseOne(['城市更新不是简单的拆旧建新，而是要让居民住得更舒心。', '以实干担当推动高质量发展', '本报评论员', text].join('\n\n'))
    const commentary = issue.articles.find((article) => article.headline.join('') === '以实干担当推动高质量发展')
    expect(commentary?.blocks.map((block) => [block.type, block.text])).toEqual([['byline', '本报评论员'], ['paragraph', text]])
  })

  it('a box\'s label over its text (核心阅读, 记者手记) stays a subhead of its own, which accept-all runs into nothing', () => {
    for (const label of ['核心阅读', '【记者手记】']) {
      const lines = ['小山村里的共富果园', '本报记者 李晓明', label, '依托特色水果产业，石桥村探索合作社模式，带动村民增收。', '清晨六点，石桥村的果园里已经热闹起来。']
      const story = acceptAll([page('04.txt', lines.join('\n\n'))]).analysis.issue.articles[0]
      expect(story.blocks.map((block) => [block.type, block.text])).toContainEqual(['subhead', label])
      expect(paragraphs(story).map((block) => block.text)).toEqual([lines[3], lines[4]])
    }
  })

  it('an editor\'s note after a story\'s text stays with that story, and one with no story under it stays apart', () => {
    const after = parseOne(['## 春季植树活动启动', '本报讯(记者 林晓) 昨日,活动启动。', '编者按：植树护绿，人人有责。', '## 老旧小区改造开工', '本报记者 王进', '今年全市计划改造老旧小区。'].join('\n\n')).issue
    expect(paragraphs(after.articles[0]).map((block) => block.text)).toContain('编者按：植树护绿，人人有责。')
    expect(paragraphs(after.articles[1]).map((block) => block.text)).not.toContain('编者按：植树护绿，人人有责。')
    const alone = parseOne(['编者按：本版今起改版，敬请读者关注。'].join('\n\n')).issue
    expect(alone.articles).toHaveLength(1)
  })

  it('a page with ## headlines is split with full confidence and no auto-split finding', () => {
    const analysis = analyze([page('01.md', '## 春季植树活动启动\n\n本报讯(记者 林晓) 昨日,活动启动。\n')])
    expect(analysis.source.articles[0].confidence).toBe(1)
    expect(ofKind(analysis.findings, 'auto-split')).toHaveLength(0)
  })
})

describe('parse: hard-wrapped pages (short lines, no blank lines)', () => {
  const WRAPPED = ['## 社区书屋开门迎客', '（上接第一版）', '本报记者 刘芳', '书屋藏书五千余册,设有儿童', '阅览区和自习区,还为老人准备了', '大字版图书。', '居民说,这里离家近,', '孩子放学就能来。'].join('\n')

  it('re-flows wrapped lines into paragraphs at sentence ends', () => {
    const article = only(WRAPPED)
    expect(paragraphs(article).at(-1)?.text).toBe('居民说,这里离家近,孩子放学就能来。')
  })

  // Regression (was a bug): in the 'wrapped' layout (parse/blocks.ts) a byline line is re-flowed into the paragraph
  // below it: got paragraph `本报记者 刘芳书屋藏书五千余册,…`, expected a byline block `本报记者 刘芳`
  // (reporters ['刘芳']) and the paragraph starting `书屋藏书五千余册`. A credit line (`通讯员 供图`)
  // under a caption line is glued to the next paragraph the same way.
  it('on a page whose paragraphs open with an indent, a paragraph runs to the next indent, not its first full stop', () => {
    const indent = '\u3000\u3000'
    const article = only(['## 春耕生产全面展开', `${indent}本报讯(记者 王晓明) 眼下正值春耕时节,`, '全市各地抢抓农时。', '记者从市农业农村局获悉,今年全市计划', '播种粮食作物一百二十万亩。', `${indent}在城西镇水稻示范基地,十余台插秧机在`, '田间来回穿梭。'].join('\n'))
    expect(paragraphs(article).map((block) => block.text)).toEqual([
      '本报讯(记者 王晓明) 眼下正值春耕时节,全市各地抢抓农时。记者从市农业农村局获悉,今年全市计划播种粮食作物一百二十万亩。',
      '在城西镇水稻示范基地,十余台插秧机在田间来回穿梭。',
    ])
  })

  it('keeps a byline line apart from the text that follows it', () => {
    const article = only(WRAPPED)
    expect(article.blocks.map((block) => block.type)).toEqual(['jump', 'byline', 'paragraph', 'paragraph'])
    expect(article.blocks[1].byline?.reporters).toEqual(['刘芳'])
    expect(paragraphs(article)[0].text.startsWith('书屋藏书五千余册')).toBe(true)
  })
})

describe('parse: hard-wrapped English columns', () => {
  const COLUMN = [
    'Tax plan clears Senate panel',
    'By JOHN SMITH',
    'A plan to cut the state income',
    'tax rate was attacked Wednesday',
    'by Gov.',
    'Michael Dukakis, who said the well-',
    'known cut would add two-',
    'thirds of the deficit and was sup-',
    'ported by Sen.',
    'Robert Dole of the tax commit\u00ad',
    'tee, who called it a first step.',
    'The committee will vote next week.',
  ].join('\n')

  it('does not end a paragraph at a title (Gov., Sen.) and keeps the hyphen of a compound', () => {
    const article = only(COLUMN)
    expect(paragraphs(article).map((block) => block.text)).toEqual([
      'A plan to cut the state income tax rate was attacked Wednesday by Gov. Michael Dukakis, who said the well-known cut would add two-thirds of the deficit and was supported by Sen. Robert Dole of the tax committee, who called it a first step.',
      'The committee will vote next week.',
    ])
  })
})

describe('parse: running heads of OCR pages', () => {
  const OCR = (lines: string[]) => lines.join('\n')
  it("a running head without a number leaves a page file's stories on that file's page, and the jump pairs", () => {
    const front = page('01.txt', OCR([
      'Mill closing to cost 300 jobs',
      'By ANNA REED',
      'The Harmon Paper Co. will close its mill on River Road in June, the company said on Monday, and',
      'Continued on Page 4',
    ]))
    const inside = page('04.txt', OCR([
      'Page 4 — The Daily Star — Tuesday, March 3, 1987',
      'Continued from Page 1',
      'about 300 workers will lose their jobs when the last machines are shut down this summer.',
      'State officials said they would send a team to help the workers.',
    ]))
    const analysis = analyze([front, inside])
    const tail = analysis.source.articles.find((article) => article.blocks.some((block) => block.text.includes('about 300 workers')))
    expect(tail?.pages).toEqual(['04'])
    expect(ofKind(analysis.findings, 'continuation')).toHaveLength(1)
  })

  it('drops the running head and foot of a page whose paragraphs are parted by blank lines', () => {
    const head = 'Page 4 — The Daily Star — Tuesday, March 3, 1987'
    const issue = parseIssue([page('04.txt', [head, 'Council OKs water meters', 'By DANA WHITE', 'The City Council voted 6-1 on Tuesday to replace the water meters.', 'Residents will see a one-time charge on their bills.', head].join('\n\n'))])
    expect(issue.articles.map((article) => article.headline)).toEqual([['Council OKs water meters']])
    expect(issue.articles[0].pages).toEqual(['04'])
    expect(issue.articles[0].blocks.map((block) => block.text)).not.toContain(head)
  })

  it('drops a Chinese page\'s running head and its editors\' credit, and keeps the jump line and the text at its foot', () => {
    const head = '株洲日报 2024年1月5日 星期五 第2版 要闻'
    const credit = '本版责任编辑：王芳 美术编辑：张强'
    const body = ['## 城区新增三处口袋公园', '本报讯（记者 李明）近日，城区新增三处口袋公园，2024年1月5日起向市民开放。', '据介绍，公园总面积约五千平方米，种植了二十多种乡土树种。', '（下转第3版）']
    const texts = (lines: string[]) => parseIssue([page('02.md', lines.join('\n\n') + '\n')]).articles.flatMap((article) => article.blocks.map((block) => block.text))
    const read = texts([head, ...body, credit])
    expect(read).not.toContain(head)
    expect(read).not.toContain(credit)
    expect(read).toContain('（下转第3版）')
    expect(read).toContain(body[1])
    // A section page's head (A2, no 版) and an editors' credit set without a colon are furniture too.
    const section = '2024年1月5日 星期五 要闻 A2'
    const plain = '责任编辑 王芳 美编 张强'
    const more = texts([section, ...body, plain])
    expect(more).not.toContain(section)
    expect(more).not.toContain(plain)
    // A page whose last line is its story's text keeps it, date and 版 or not.
    const last = '本报2024年1月5日第2版刊发的报道引起读者关注。'
    expect(texts([...body.slice(0, 3), last])).toContain(last)
  })

  it('drops the nameplate over a Chinese page\'s running head, and keeps a head stacked on two lines a part a line', () => {
    const lines = ['株洲日报', '2024年1月5日 星期五 第2版', '', '城区新增三处口袋公园', '市民出门五分钟就能休闲', '', '本报讯（记者 李明）近日，城区新增三处口袋公园，市民可以就近休闲。', '', '据介绍，公园总面积约五千平方米，种植了二十多种乡土树种。']
    const issue = parseIssue([page('02.txt', lines.join('\n') + '\n')])
    expect(issue.articles.map((article) => article.headline)).toEqual([['城区新增三处口袋公园', '市民出门五分钟就能休闲']])
    const texts = issue.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('\n')
    expect(texts).not.toContain('株洲日报')
    expect(texts).not.toContain('第2版')
    // A head at the page's top that names the paper in its words is the story's.
    const own = parseIssue([page('02.txt', ['株洲日报社举办新春联欢会', '', ...lines.slice(6)].join('\n') + '\n')])
    expect(own.articles.map((article) => article.headline)).toEqual([['株洲日报社举办新春联欢会']])
  })

  it('keeps a line with two dates (a life span) as text, not a running head', () => {
    const issue = parseIssue([page('05.txt', OCR([
      'Obituaries',
      'Margaret A. Hill',
      'Jan. 4, 1903 - March 1, 1987',
      'Margaret Ann Hill, 84, of Riverside died Sunday at Mercy Hospital.',
    ]))])
    expect(issue.articles.flatMap((article) => article.pages)).toEqual(['05'])
    expect(issue.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('\n')).toContain('Jan. 4, 1903 - March 1, 1987')
  })
})

describe('parse: stable block ids', () => {
  const TEXT = '## 新闻标题示例\n\n本报讯(记者 刘芳) 第一段正文。\n\n第二段正文,讲了一件事。\n\n第三段正文,讲了另一件事。\n\n**小标题**\n\n第四段正文。\n'

  it('gives the same ids for the same input', () => {
    const a = parseIssue([page('01.md', TEXT)])
    const b = parseIssue([page('01.md', TEXT)])
    expect(a.articles.flatMap((x) => x.blocks.map((block) => block.id))).toEqual(b.articles.flatMap((x) => x.blocks.map((block) => block.id)))
    expect(a.articles.map((x) => x.id)).toEqual(b.articles.map((x) => x.id))
  })

  it('an edit in one paragraph leaves the other blocks’ ids unchanged', () => {
    const before = parseIssue([page('01.md', TEXT)]).articles[0].blocks
    const after = parseIssue([page('01.md', TEXT.replace('讲了一件事', '讲了一件重要的事'))]).articles[0].blocks
    expect(after).toHaveLength(before.length)
    const changed = before.filter((block, i) => block.id !== after[i].id)
    expect(changed.map((block) => block.text)).toEqual(['第二段正文,讲了一件事。'])
  })

  it('inserting a paragraph leaves the other blocks’ ids unchanged', () => {
    const before = parseIssue([page('01.md', TEXT)]).articles[0].blocks.map((block) => block.id)
    const after = parseIssue([page('01.md', TEXT.replace('**小标题**', '新插入的一段。\n\n**小标题**'))]).articles[0].blocks.map((block) => block.id)
    for (const id of before) expect(after).toContain(id)
  })

  it('gives different ids to the same paragraph printed twice, and to blocks on different pages', () => {
    const text = '## 标题一\n\n同一段文字出现两次。\n\n同一段文字出现两次。\n'
    const issue = parseIssue([page('01.md', text), page('02.md', text)])
    const ids = issue.articles.flatMap((article) => article.blocks.map((block) => block.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('every block points at the source it was read from', () => {
    const { p, issue } = parseOne(TEXT)
    for (const block of issue.articles[0].blocks) {
      const [src] = sourceOf([p], block)
      expect(src.replace(/\*\*/g, '')).toBe(block.text)
    }
  })
})

describe('parse: the pages of an issue', () => {
  it('orders pages by the number in their file names', () => {
    const issue = parseIssue([page('page-10.md', '## 十版\n\n正文。\n'), page('page-2.md', '## 二版\n\n正文。\n')])
    expect(issue.pages.map((p) => p.number)).toEqual(['02', '10'])
    expect(issue.articles.map((article) => article.headline[0])).toEqual(['二版', '十版'])
    expect(articleByHeadline(issue, '十版').pages).toEqual(['10'])
  })

  it('keeps the section letter of a page (A1 and B1 are two pages) and orders sections first', () => {
    expect(['A6.md', 'b-01.txt', 'A01版.md', 'page_A3.md', '01.md', 'page-3.txt', 'p3.md'].map(pageNumberFromName)).toEqual(['A06', 'B01', 'A01', 'A03', '01', '03', '03'])
    // Half a page scanned twice, and a file of several pages, are no sections.
    expect(['01a.md', '01b.md', 'issue-b1.txt'].map(pageNumberFromName)).toEqual(['01', '01', '01'])
    const issue = parseIssue(['B1.md', 'A7.md', 'A1.md', 'B7.md'].map((file) => page(file, `## ${file}\n\n正文。\n`)))
    expect(issue.pages.map((p) => p.number)).toEqual(['A01', 'A07', 'B01', 'B07'])
  })
})
