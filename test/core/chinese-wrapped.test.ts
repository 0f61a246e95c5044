// A Chinese page as pdftotext gives it: hard-wrapped column lines, no headline marks, paragraphs
// opened by an indent or not at all. A headline's short line stands apart from the text under it.
import { describe, expect, it } from 'vitest'
import { parseIssue, type Issue } from '../../src-main/core/index'
import { page } from './helpers'

const parse = (lines: string[]): Issue => parseIssue([page('01.txt', lines.join('\n') + '\n')])
const I = '\u3000\u3000'
const PARK = ['城区新增三处口袋公园', '本报讯（记者 李明）近日，城区新增三处口袋公园，市民', '可以就近休闲。据介绍，公园总面积约五千平方米，种植了', '二十多种乡土树种。', '公园内还设有健身步道和儿童游乐区，预计春节前全部', '向市民开放。']
const TRAIN = ['春运首日客流平稳', '本报讯（记者 王芳）昨日是春运首日，株洲火车站', '客流平稳有序，全天发送旅客一万二千人次。']

describe('A hard-wrapped Chinese page without headline marks', () => {
  it.each([
    ['with no indents', [...PARK, ...TRAIN]],
    ['with its paragraphs indented', [PARK[0], I + PARK[1], ...PARK.slice(2, 4), I + PARK[4], PARK[5], TRAIN[0], I + TRAIN[1], TRAIN[2]]],
  ])('starts each story at its headline, %s, and keeps it out of the text', (_how, lines) => {
    const issue = parse(lines)
    expect(issue.articles.map((article) => article.headline)).toEqual([['城区新增三处口袋公园'], ['春运首日客流平稳']])
    const texts = issue.articles.map((article) => article.blocks.map((block) => block.text))
    expect(texts[0].at(-1)).toBe('公园内还设有健身步道和儿童游乐区，预计春节前全部向市民开放。')
    expect(texts[1][0].startsWith('本报讯（记者 王芳）')).toBe(true)
  })

  it('starts a photo item at its label (图片新闻) after a signed-off brief, and keeps the brief\'s text a paragraph', () => {
    const brief = '本报讯 昨日，市消防救援支队在万达广场举办消防安全演练，五百余名群众参加。（周平）'
    const issue = parse(['全市举办消防安全演练', brief, '图片新闻', '昨日，小朋友在市科技馆体验科普互动项目。 本报记者 陈晨 摄'])
    expect(issue.articles.map((article) => article.headline)).toEqual([['全市举办消防安全演练'], ['图片新闻']])
    expect(issue.articles[0].blocks.map((block) => [block.type, block.text])).toEqual([['paragraph', brief]])
    expect(issue.articles[1].blocks.map((block) => block.type)).toEqual(['caption'])
  })

  it('takes no block that opens on a story\'s dateline for a caption, though a photo\'s credit closes it', () => {
    const text = '本报讯 昨日，市消防救援支队举办消防安全演练，五百余名群众参加。 本报记者 陈晨 摄'
    const article = parseIssue([page('01.md', `## 全市举办消防安全演练\n\n${text}\n`)]).articles[0]
    expect(article.blocks.map((block) => [block.type, block.text])).toEqual([['paragraph', text]])
  })

  it('runs on a sentence cut at a line\'s end, however short its next line', () => {
    const issue = parse([...PARK.slice(0, 4), '公园内还设有健身步道和儿童游乐区，预计春节前全部向', '市民开放', '和试运行。'])
    expect(issue.articles).toHaveLength(1)
    expect(issue.articles[0].blocks.at(-1)?.text).toBe('公园内还设有健身步道和儿童游乐区，预计春节前全部向市民开放和试运行。')
  })

  it.each([
    ['wrapped round a photo', ['公园内还设有健身', '步道和儿童游乐区', '预计春节前全部向', '市民开放，届时将', '举办开园仪式。']],
    ['cut at a line holding a comma', ['今年以来，公园接待游客', '一万二千人次，比去年同期增长了三成以上，深受欢迎。']],
    ['cut before a Latin word', ['市民可通过微信小程序', 'ParkGo预约，每天上午八点开放预约通道，名额有限。']],
  ])('keeps a paragraph %s in one piece', (_how, middle) => {
    const issue = parse([...PARK.slice(0, 4), ...middle, ...TRAIN])
    const texts = issue.articles.flatMap((article) => article.blocks.map((block) => block.text))
    expect(texts).toContain(middle.join('').replace(/\s+/gu, ''))
  })

  it('keeps a headline\'s kicker and deck with it, over the dateline', () => {
    const issue = parse([...PARK.slice(1, 4), '为民办实事', '城区新增三处口袋公园', '——市民家门口有了休闲好去处', ...PARK.slice(1)])
    expect(issue.articles.map((article) => article.headline)).toEqual([[], ['为民办实事', '城区新增三处口袋公园', '——市民家门口有了休闲好去处']])
  })

  it('keeps two lines of verse quoted in the text, over its prose, in the text', () => {
    const verse = ['春风又绿江南岸', '明月何时照我还']
    const prose = ['这是王安石的名句，老人说自己每年春天都会来公园里走一走，看看新', '种下的树苗长得怎么样了，心里觉得特别踏实和温暖。']
    const issue = parse([...PARK, ...verse, ...prose, ...prose])
    expect(issue.articles).toHaveLength(1)
    expect(issue.articles[0].blocks.map((block) => block.text).join('')).toContain(verse.join(''))
  })

  it('never takes the editor\'s or photo credit\'s line closing a story, or a date alone, for the next story\'s headline', () => {
    const next = [TRAIN[0], I + TRAIN[1], TRAIN[2]]
    const edited = parse([...PARK, '责任编辑 张三', ...next])
    expect(edited.articles.map((article) => article.headline)).toEqual([['城区新增三处口袋公园'], ['春运首日客流平稳']])
    // With its paragraphs indented, the editor's line is a block of its own, kept with its story.
    const indented = parse([PARK[0], I + PARK[1], ...PARK.slice(2, 4), '责任编辑 张三', ...next])
    expect(indented.articles[0].blocks.at(-1)?.text).toBe('责任编辑 张三')
    const credited = parse([...PARK, '记者 李明 摄', ...next])
    expect(credited.articles.map((article) => article.headline)).toEqual([['城区新增三处口袋公园'], ['春运首日客流平稳']])
    expect(credited.articles[0].blocks.map((block) => block.text)).toContain('记者 李明 摄')
    const dated = parse([...PARK, '2024年1月30日', I + TRAIN[1], TRAIN[2]])
    expect(dated.articles.flatMap((article) => article.headline)).not.toContain('2024年1月30日')
  })

  it('finds the headline after a jump line, and over a paper\'s own dateline or one in traditional characters', () => {
    const train = ['本报讯（记者 王芳）昨日是春运首日，株洲火车站', '客流平稳有序，全天发送旅客一万二千人次。']
    const jumped = parse([...PARK.slice(0, 4), '▶▶下转02版①', TRAIN[0], ...train])
    expect(jumped.articles.map((article) => article.headline)).toEqual([['城区新增三处口袋公园'], ['春运首日客流平稳']])
    const own = parse([...TRAIN, '为民办实事', '城区新增三处口袋公园', '株洲日报讯（全媒体记者/任远）近日，城区新增三处口袋', '公园，市民可以就近休闲。'])
    expect(own.articles.map((article) => article.headline)).toEqual([['春运首日客流平稳'], ['为民办实事', '城区新增三处口袋公园']])
    const hant = parse([...TRAIN, '為民辦實事', '城區新增三處口袋公園', '本報訊（記者 王芳）近日，城區新增三處口袋公園，市', '民可以就近休閒。'])
    expect(hant.articles.map((article) => article.headline)).toEqual([['春运首日客流平稳'], ['為民辦實事', '城區新增三處口袋公園']])
  })

  it('keeps two lines of verse over an indented paragraph in the text', () => {
    const issue = parse([...PARK, '春风又绿江南岸', '明月何时照我还', I + '这是王安石的名句，老人说自己每年春天都会来公园里走', '一走，看看新种下的树苗长得怎么样了。'])
    expect(issue.articles).toHaveLength(1)
    expect(issue.articles[0].blocks.every((block) => block.type === 'paragraph')).toBe(true)
    expect(issue.articles[0].blocks.map((block) => block.text).join('')).toContain('春风又绿江南岸明月何时照我还')
  })

  it('never stacks a head across a form feed: the next page keeps its break', () => {
    const issue = parse([...PARK, '为民办实事\f城区新增三处口袋公园', '本报讯（记者 王芳）昨日是春运首日，株洲火车站', '客流平稳有序，全天发送旅客一万二千人次。'])
    expect(issue.articles.at(-1)?.pages).toEqual(['02'])
  })

  it('takes a headline of any shape right over its dateline: wider than the column, with a comma, closing on a title mark', () => {
    for (const head of ['我市优化营商环境工作连续三年获省政府通报表扬', '春节将至，年货市场红火', '一图读懂《政府工作报告》']) {
      const issue = parse([...PARK, head, '本报讯（记者 王芳）昨日是春运首日，株洲火车站', '客流平稳有序，全天发送旅客一万二千人次。'])
      expect(issue.articles.map((article) => article.headline)).toEqual([['城区新增三处口袋公园'], [head]])
    }
  })

  it('heads a story over its tail\'s jump line, an editor\'s note or an agency\'s dateline, however long the headline', () => {
    const cases: [string, string][] = [
      ['风正起海天阔——人工智能气象应用综述', '（上接第一版）前端，用户打开手机，和气象智能体聊天规划'],
      ['识台风知风雨', '编者按：日前，今年第9号台风来势汹汹，自然资源部门'],
      ['中共中央办公厅、国务院办公厅印发《关于全力做好防汛抗旱工作的通知》', '新华社北京7月9日电近日，中共中央办公厅、国务院'],
    ]
    for (const [head, first] of cases) {
      const issue = parse([...PARK, head, first, '行程，后端，数据与模型协同运转，服务更加精准。'])
      expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', head])
    }
  })

  it('keeps a subhead over an indented paragraph inside its story', () => {
    const issue = parse([PARK[0], I + PARK[1], ...PARK.slice(2, 4), '强化责任落实', I + '各责任单位要切实担起责任，压实工作任务，确保各项', '措施落到实处，形成工作合力。'])
    expect(issue.articles).toHaveLength(1)
    expect(issue.articles[0].blocks.map((block) => block.text)).toContain('强化责任落实')
  })

  it('heads a story after a writer\'s name on a line of its own or wrapped onto the next, however near the column\'s width the head runs', () => {
    const prose = ['每到台风活跃季，公众往往习惯依据台风的等级、距离判断', '风险，其实台风带来的影响远不止于此，还需多加留意。']
    const head = '台风带来的远不止是大风和暴雨天气'
    for (const end of [['向市民开放。', '（闫辰宇）'], ['向市民开放。（本报评论员', '张立新）'], ['向市民开放。（李明、王芳、张华、赵强对本文有贡献）'], ['向市民开放。', '（编译：王玉 来源：Nature官网）']]) {
      const issue = parse([...PARK.slice(0, 5), ...end, head, ...prose])
      expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', head])
      expect(issue.articles[1].blocks[0].text).toBe(prose.join(''))
    }
  })

  it('heads a story with a headline set wider than the column, after a jump line or over a dateline however long', () => {
    const wide = '城区公园建设再提速——三年新增绿地两百公顷一刻钟便民生活圈惠及城乡百万市民'
    const issue = parse([...PARK.slice(0, 5), '向市民开放。（下转第三版）', wide, '近年来，我市把口袋公园建设作为民生实事，累计建成', '各类公园一百二十余处，市民出门见绿成为常态。'])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', wide])
    const long = '全市召开生态环境保护工作会议 深入学习贯彻全国生态环境保护大会精神 奋力推动美丽株洲建设迈上新台阶'
    const dated = parse([...PARK, long, '本报讯（记者 张华）1月29日，全市生态环境保护工作', '会议召开。会议总结去年工作，部署今年任务。'])
    // (The headline's spaces between ideographs are the print's, not its words': they are left out.)
    expect(dated.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', long.replace(/\s/gu, '')])
  })

  it('heads a story with a line set across the columns over its plain text, and one over a dateline under text cut off', () => {
    const narrow = ['本报讯（记者 李明）近日，城区新增', '三处口袋公园，市民可以就近休闲。', '据介绍，公园总面积约五千平方米，', '种植了二十多种乡土树种，设有健身', '步道和儿童游乐区。']
    const wide = '城区公园建设再提速——三年新增绿地两百公顷惠及百万市民'
    const issue = parse(['城区新增三处口袋公园', ...narrow, wide, '近年来，我市把口袋公园建设作为民生', '实事，累计建成各类公园一百二十余处。'])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', wide])
    // Two characters past the column's full line is past what a justified column's lines vary by.
    const past = '城区公园建设再提速三年新增绿地两百公顷'
    const near = parse(['城区新增三处口袋公园', ...narrow, past, '近年来，我市把口袋公园建设作为民生', '实事，累计建成各类公园一百二十余处。'])
    expect(near.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', past])
    const cut = parse(['城区新增三处口袋公园', ...narrow.slice(0, 4), '春运首日客流平稳', '本报讯（记者 王芳）昨日是春运首日，', '株洲火车站客流平稳有序。'])
    expect(cut.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', '春运首日客流平稳'])
    // A brief's last line closing its quote, over the next brief's dateline, ends that brief.
    const briefs = parse(['城区新增三处口袋公园', ...narrow.slice(0, 3), '公园建成后，居民们纷纷点赞：“真', '好！”', '本报讯（记者 王芳）昨日是春运首日，', '株洲火车站客流平稳有序。'])
    expect(briefs.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园'])
  })

  it('heads a story over its byline line, and over a dateline after a caption closing on its credit', () => {
    const prose = ['近年来，我市会展业发展迅速，全年举办各类展会四十余场，', '带动消费超过十亿元。']
    const head = '对标先进城市,我市会展业该学什么? 会展业发展观察思考·上篇'
    const bylined = parse([...PARK, head, '本报全媒体记者/李明', ...prose])
    expect(bylined.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', head.replace(/\s/gu, '')])
    const credited = parse([...PARK.slice(0, 5), '向市民开放。图/文王立', '春运首日全市火车站和汽车站客流平稳有序运行良好', '本报讯（记者 王芳）昨日是春运首日，株洲火车站', '客流平稳有序，全天发送旅客一万二千人次。'])
    expect(credited.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', '春运首日全市火车站和汽车站客流平稳有序运行良好'])
  })

  it.each([
    ['inside its brackets', ['湘江日报讯(全媒体记者/王立新 通讯员/', '李佳) 近日,省里公布了年度制造业质量标杆', '企业名单,我市共有十家企业入选。']],
    ['before its 报道', ['本报讯通讯 员 王立新李佳 ', '报道今年第9号台风强度强、移动快，', '各地提前做好了防御准备。']],
  ])('keeps a dateline\'s byline cut %s with the paragraph it opens', (_how, lines) => {
    const issue = parse(['十家企业获评制造业质量标杆', ...lines, ...TRAIN])
    const texts = issue.articles.flatMap((article) => article.blocks.map((block) => block.text.replace(/\s/gu, '')))
    expect(texts).toContain(lines.join('').replace(/\s/gu, ''))
  })

  it('heads the file\'s first story with a line near the column\'s width over its plain text, but not a story running on over a form feed', () => {
    const narrow = ['近年来，城区新增三处口袋公园，市民可', '以就近休闲。据介绍，公园总面积约五千', '平方米，种植了二十多种乡土树种，设有', '健身步道和儿童游乐区。']
    const head = '城区公园建设再提速惠及市民'
    const top = parse([head, ...narrow])
    expect(top.articles.map((article) => article.headline.join(''))).toEqual([head])
    // A dated folio line at the page's head is the page's, never a story's head, over a dateline or not.
    for (const text of [PARK.slice(1), PARK.slice(2)]) {
      const folio = parse(['2024年1月30日 星期二 要闻', ...text])
      expect(folio.articles.map((article) => article.headline.join(''))).toEqual([''])
    }
    // Over a form feed the story above may run on: a short line there is as often its subhead.
    const fed = parse(['春运首日客流平稳有序', '本报讯（记者 王芳）昨日是春运首日，火', '车站客流平稳有序，发送旅客一万余人。', '\f强化责任落实', ...narrow])
    expect(fed.articles.map((article) => article.headline.join(''))).toEqual(['春运首日客流平稳有序', ''])
  })

  it('keeps a story going after a bracketed note its text goes on from (a source of figures, a unit), and a wider column\'s last paragraph whole', () => {
    for (const note of ['（数据来源：市统计局）', '（单位：万元）']) {
      const issue = parse([...PARK.slice(0, 5), `向市民开放。${note}`, '扩大有效投资', '今年全市计划实施重点项目一百二十个，总投资超过', '八百亿元，年度计划投资三百亿元。'])
      expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园'])
    }
    const narrow = ['本报讯（记者 李明）近日，城区新增', '三处口袋公园，市民可以就近休闲。', '据介绍，公园总面积约五千平方米，', '种植了二十多种乡土树种，设有健身', '步道和儿童游乐区。', '公园预计春节前全部向市民开放。']
    const wideColumn = ['本报讯（记者 王芳）昨日是春运首日，株洲火车站客流平稳有序，全天', '发送旅客一万二千人次。', '车站增设了爱心服务台和重点旅客候车区，为老幼病残孕旅客提供全程', '服务。']
    const issue = parse(['城区新增三处口袋公园', ...narrow, '春运首日客流平稳', ...wideColumn, '老街夜市重新开张', ...narrow])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', '春运首日客流平稳', '老街夜市重新开张'])
  })

  it('says on each story it split off why: its dateline, the story above ending, a head across the columns, the page\'s head', () => {
    const narrow = ['近年来，城区新增三处口袋公园，市民可', '以就近休闲。据介绍，公园总面积约五千', '平方米，种植了二十多种乡土树种，设有', '健身步道和儿童游乐区。']
    const wide = '城区公园建设再提速——三年新增绿地两百公顷惠及百万市民'
    const issue = parse([
      '城区公园建设再提速惠及市民', ...narrow,
      '春运首日客流平稳', '本报讯（记者 王芳）昨日是春运首日，火', '车站客流平稳有序，发送旅客一万余人。（李明）',
      '公园管护有了新办法', ...narrow,
      wide, ...narrow,
    ])
    expect(issue.articles.map((article) => [article.headline.join(''), article.split?.reason])).toEqual([
      ['城区公园建设再提速惠及市民', 'page-head'],
      ['春运首日客流平稳', 'headline-over-dateline'],
      ['公园管护有了新办法', 'story-ended'],
      [wide, 'headline-across-columns'],
    ])
    // A page with headline marks splits nothing itself: no reason to give.
    const marked = parseIssue([page('01.txt', ['## 城区新增三处口袋公园', '', '本报讯（记者 李明）近日，城区新增三处口袋公园。'].join('\n') + '\n')])
    expect(marked.articles[0].split).toBeUndefined()
  })

  it('keeps the paragraphs of a story set in a wider column than the page\'s others whole', () => {
    const narrow = ['本报讯（记者 李明）近日，城区新增', '三处口袋公园，市民可以就近休闲。', '据介绍，公园总面积约五千平方米，', '种植了二十多种乡土树种，设有健身', '步道和儿童游乐区。', '公园预计春节前全部向市民开放，届', '时还将举办开园仪式和游园活动。']
    const wideColumn = ['本报讯（记者 王芳）昨日是春运首日，株洲火车站客流平稳有序，全天', '发送旅客一万二千人次。', '车站增设了爱心服务台和重点旅客候车区，为老幼病残孕旅客提供全程', '服务，志愿者在广场上为旅客指路、搬行李、送热水。']
    const issue = parse(['城区新增三处口袋公园', ...narrow, '春运首日客流平稳', ...wideColumn])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', '春运首日客流平稳'])
    expect(issue.articles[1].blocks.map((block) => block.text)).toContain(wideColumn.slice(2).join(''))
  })

  it('keeps a subhead under a jump line, a photo\'s caption, and a wide line over 记者 inside their story', () => {
    const jumped = parse(['城区公园建设再提速', '（上接第一版）', '“见缝插绿”：小空间做出大文章', '口袋公园选址多在老旧小区周边和街角空地，建设', '中充分听取居民意见。'])
    expect(jumped.articles.map((article) => article.headline.join(''))).toEqual(['城区公园建设再提速'])
    expect(jumped.articles[0].blocks.some((block) => block.text.startsWith('“见缝插绿”：小空间做出大文章'))).toBe(true)
    const captioned = parse([...PARK.slice(0, 4), '市民在新建成的口袋公园内休闲 通讯员 王立 供图', '建设中的滨江口袋公园一角图/王立', '公园内还设有健身步道和儿童游乐区，预计春节前全部', '向市民开放。'])
    expect(captioned.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园'])
    const cut = parse([...PARK, '据介绍，这批口袋公园由市城管局和各区共同建设，在接受', '记者采访时，负责人表示今年还将新建五处，方便市民。'])
    expect(cut.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园'])
  })

  it('heads a story after one signed off by its writer or sent on to another page, over its plain text', () => {
    const prose = ['每到台风活跃季，公众往往习惯依据台风的等级、距离判断', '风险，其实台风带来的影响远不止于此，还需多加留意。']
    for (const end of ['向市民开放。（闫辰宇）', '向市民开放。（下转第三版）']) {
      const issue = parse([...PARK.slice(0, 5), end, '除了风雨以外，台风还带来什么？', ...prose])
      expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', '除了风雨以外，台风还带来什么？'])
    }
  })

  it('heads a story with a line as long as the column after one signed off, but not a line of prose that runs on', () => {
    // A column sixteen characters wide; the story above ends on its writer's name.
    const story = ['今年以来，市气象局在城区新建了十', '二座自动气象站，覆盖全部街道和重', '点工业园区，实现了分钟级的降水和', '风速监测，为城市防汛提供了更加精', '细的数据支撑。（刘雅琪）']
    const prose = ['每逢台风生成，总有一张路径图频繁', '出现在公众视野里，读懂它需要先了', '解几个概念。']
    const head = '读懂台风路径预报图里的这些门道'
    const issue = parse([...story, head, ...prose])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['', head])
    expect(issue.articles[1].split?.reason).toBe('story-ended')
    // A line of the next story's text: cut inside a word (概 / 念), waiting for the word it needs
    // (…频繁在), or holding a clause's comma.
    const text = [
      ['读懂台风路径预报图需要先了解概', '念，它由路径线和概率圈组成。'],
      ['每逢台风生成总有一张路径图频繁在', '公众视野里出现，读懂它要先了解'],
      ['每逢台风生成，总有一张路径图频繁', '出现在公众视野里，读懂它需要先了'],
    ]
    for (const [line, below] of text) {
      const after = parse([...story, line, below, '解几个概念。'])
      expect(after.articles.map((article) => article.headline.join('')), line).not.toContain(line)
    }
  })

  it('heads a story with a line as wide as the column, after one sent on, over a lede opening on its date', () => {
    const head = '部市协同发力推动城市气象服务高质量发展再上新台阶'
    const lede = ['7月16日，市气象局与市交通部门召开联席会议，部署汛期', '道路交通气象保障工作，明确了预警信息发布流程。']
    const issue = parse([...PARK.slice(0, 5), '向市民开放。（下转第三版）', head, ...lede])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual(['城区新增三处口袋公园', head])
    // A prose line that waits for its date (`…会议定于`) runs on into it.
    const waits = parse([...PARK.slice(0, 5), '向市民开放。（下转第三版）', '据悉，全市防汛工作推进会暨联席会议定于', ...lede])
    expect(waits.articles).toHaveLength(1)
  })
})

describe('Paragraph ends on a hard-wrapped Chinese page without indents', () => {
  /** Wraps text at a column of `width` characters, as a tool that knows no line-start rules does. */
  const wrap = (text: string, width = 16): string[] => {
    const chars = Array.from(text)
    const out: string[] = []
    for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''))
    return out
  }
  const head = '城区新增三处口袋公园'
  const lede = '本报讯（记者 李明）近日，城区新增三处口袋公园，市民可以就近休闲，周末游人如织。'
  const texts = (lines: string[]): string[] => parseIssue([page('01.txt', lines.join('\n') + '\n')]).articles.flatMap((article) => article.blocks.map((block) => block.text))

  it('keeps a paragraph whole where a sentence ends at a full line\'s end', () => {
    // The first sentence is exactly one line of 16: its stop stands at the line's end.
    const paragraph = '公园面积约五千平方米，种有树木。园内还设有健身步道和儿童游乐区，预计春节前全部开放，届时将举办开园仪式。'
    expect(Array.from(paragraph.split('。')[0] + '。')).toHaveLength(16)
    const blocks = texts([head, ...wrap(lede), ...wrap(paragraph), ...wrap('今年全市计划再建口袋公园十处，让市民出门就能见绿。')])
    expect(blocks).toContain(paragraph)
  })

  it('ends a wider column\'s paragraph at its stop on a line narrower than that column\'s, however wide the page\'s other columns are', () => {
    const narrow = [lede, '公园内还设有健身步道和儿童游乐区，预计春节前全部开放，届时将举办开园仪式。', '今年全市计划再建口袋公园十处，让市民出门就能见绿。']
    const first = '本报讯（记者 王芳）昨日是春运首日，株洲火车站客流平稳有序，全天发送旅客一万二千人次，同比增长一成。'
    const second = '车站增设了爱心服务台和重点旅客候车区，为老幼病残孕旅客提供全程服务。'
    const blocks = texts([head, ...narrow.flatMap((p) => wrap(p)), '春运首日客流平稳', ...wrap(first, 26), ...wrap(second, 26)])
    // The first paragraph's last line is wider than the page's usual column, narrower than its own.
    expect(Array.from(wrap(first, 26).at(-1) ?? '').length).toBeGreaterThan(16)
    expect(blocks).toContain(first)
    expect(blocks).toContain(second)
  })

  it('ends a paragraph at a short line ending on no stop over a full line: a subhead stays apart from the text under it', () => {
    const subhead = '小小口袋公园撬动大民生'
    const after = '口袋公园面积虽小，却是市民家门口的休闲好去处，周边居民纷纷点赞。'
    const blocks = texts([head, ...wrap(lede), subhead, ...wrap(after)])
    expect(blocks).toContain(subhead)
    expect(blocks).toContain(after)
  })

  // A story no one signed, then a short line after its last sentence, over plain prose (no
  // dateline, no lede's date): a subhead inside that story as often as the next story's head.
  const park = [
    '公园面积约五千平方米，种有二十多种乡土树种，园内还设有健身步道和儿童游乐区，周边居民纷纷点赞。',
    '园林部门介绍，口袋公园选址在老旧小区和街角空地，见缝插绿，让市民出门就能走进公园，今年全市计划再建口袋公园十处。',
  ]
  const rail = [
    '春节前后，铁路加开夜间高铁列车，增设爱心服务台和重点旅客候车区，为老幼病残孕旅客提供全程服务。',
    '车站还延长了售票窗口的营业时间，旅客也可以通过手机购票、改签和退票，进站安检排队时间明显缩短。',
  ]
  const story = (paragraphs: string[]): string[] => paragraphs.flatMap((paragraph) => wrap(paragraph))

  it('heads a story at a short line whose text under it names nothing the story above names, and says so', () => {
    const issue = parseIssue([page('01.txt', [head, ...wrap(lede), ...story(park), '夜间高铁方便旅客返乡', ...story(rail)].join('\n') + '\n')])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual([head, '夜间高铁方便旅客返乡'])
    expect(issue.articles[1].split?.reason).toBe('topic-changed')
    expect(issue.articles[1].blocks.map((block) => block.text)).toEqual(rail)
  })

  it('keeps a subhead in its story where the text under it goes on with the story\'s own words', () => {
    const more = [
      '口袋公园建成后，园林部门为每处公园配备了管护员，定期修剪树木、清扫步道，并在健身步道旁增设座椅。',
      '不少居民主动报名当志愿者，帮助维护公园的儿童游乐区，口袋公园成了街坊邻里休闲交流的好去处。',
    ]
    const issue = parseIssue([page('01.txt', [head, ...wrap(lede), ...story(park), '管护跟上才能长久', ...story(more)].join('\n') + '\n')])
    expect(issue.articles.map((article) => article.headline.join(''))).toEqual([head])
    const texts = issue.articles[0].blocks.map((block) => block.text)
    expect(texts).toContain('管护跟上才能长久')
    expect(texts.join('')).toContain(more.join(''))
  })

  it('keeps a line that opens on a stop or a closing quote with the line above it', () => {
    // Wrapped at 16, the sentence's ！ ends a line and its closing quote opens the next.
    const paragraph = '居民王先生说：“以前只能看车流，现在出门有了去处，孩子有地方玩！”'
    const lines = wrap(paragraph)
    expect(lines.at(-1)?.startsWith('”')).toBe(true)
    const blocks = texts([head, ...wrap(lede), ...lines, ...wrap('今年全市计划再建口袋公园十处，让市民出门就能见绿。')])
    expect(blocks).toContain(paragraph)
  })
})
