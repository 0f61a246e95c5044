// Issue 11: the ways extraction damages a Chinese two-page issue that accept-all used to miss
// (a jump line above the tail's repeated headline, a headline that is only the jump marker, a
// cut paragraph's short first piece, a break after a paragraph's last full stop, a doubled
// character or quote, a cut fragment printed again far away), and a clean issue accept-all
// must leave exactly as it is.
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze } from '../../src-main/core/index'
import { articleByHeadline, bodyTexts, ofKind, page, paragraphs } from './helpers'

const art = (headline: string, ...paras: string[]) => [`## ${headline}`, ...paras].join('\n\n')

const HEAD = [
  '本报讯(记者 林晓) 历时两年建设,新区图书馆今日正式开馆,馆内藏书三十万册。',
  '图书馆共设六层,一层为少儿阅览区,二至五层为成人借阅区,顶层设有古籍修复室和',
  '▶▶下转02版①',
]
const TAIL = ['市民报告厅,可同时容纳三百人。馆方介绍,开馆首月每天延长开放两小时。', '市民可凭身份证免费办理借阅证,首次可借图书五册。']
const OTHER_02 = art('春节慰问活动走进社区', '本报讯(记者 王进) 连日来,各街道组织志愿者走访辖区困难家庭,送去米面油等慰问品。', '活动将持续到春节前。')
const WHOLE_STORY = [HEAD[0], HEAD[1] + TAIL[0], TAIL[1]]

function accepted(...pages: [string, string][]) {
  return acceptAll(pages.map(([file, text]) => page(file, text))).analysis
}

describe('jump-in lines in Chinese tails', () => {
  it('merges a tail whose jump-in line stands above its repeated headline', () => {
    const tail02 = [OTHER_02, '▲▲上接01版①', art('新区图书馆今日开馆', ...TAIL)].join('\n\n')
    const before = analyze([page('01.md', art('新区图书馆今日开馆', ...HEAD)), page('02.md', tail02)])
    expect(ofKind(before.findings, 'continuation')).toHaveLength(1)
    const after = accepted(['01.md', art('新区图书馆今日开馆', ...HEAD)], ['02.md', tail02])
    const story = articleByHeadline(after.issue, '新区图书馆')
    expect(story.pages).toEqual(['01', '02'])
    expect(paragraphs(story).map((block) => block.text)).toEqual(WHOLE_STORY)
    // The story above the jump line keeps its own text and nothing of the tail's.
    expect(bodyTexts(articleByHeadline(after.issue, '春节慰问'))).toEqual(['本报讯(记者 王进) 连日来,各街道组织志愿者走访辖区困难家庭,送去米面油等慰问品。', '活动将持续到春节前。'])
  })

  it('merges a tail whose only headline is its jump-in marker, and exports no story titled by the marker', () => {
    const tail02 = [OTHER_02, art('▲▲上接01版①', ...TAIL)].join('\n\n')
    const after = accepted(['01.md', art('新区图书馆今日开馆', ...HEAD)], ['02.md', tail02])
    expect(after.issue.articles.map((article) => article.headline.join(' '))).toEqual(['新区图书馆今日开馆', '春节慰问活动走进社区'])
    const story = articleByHeadline(after.issue, '新区图书馆')
    expect(paragraphs(story).map((block) => block.text)).toEqual(WHOLE_STORY)
    expect(ofKind(after.findings, 'unresolved-jump')).toHaveLength(0)
  })

  it('keeps a subhead that closes the head above its jump line apart from the merged tail', () => {
    const head = art('新区图书馆今日开馆', HEAD[0], '馆内设施齐全，服务周到贴心。', '多部门联动，打造城市书房', '▶▶下转02版①')
    const after = accepted(['01.md', head], ['02.md', [OTHER_02, art('新区图书馆今日开馆', '▲▲上接01版①', ...TAIL)].join('\n\n')])
    const story = articleByHeadline(after.issue, '新区图书馆')
    expect(story.pages).toEqual(['01', '02'])
    expect(bodyTexts(story)).toEqual([HEAD[0], '馆内设施齐全，服务周到贴心。', '多部门联动，打造城市书房', ...TAIL])
  })

  for (const [deck, byline, out, inn] of [['', '本报通讯员 李明 王进', '(下转2版)', '(上接1版)'], ['—区气象局送安全知识进课堂', '本报记者 李明 通讯员 孙丹刘娟娟周飘何雁', '（下轉第二版）', '（續第一版）']]) {
    it(`keeps a byline line that the jump-out marker closes apart from the merged tail's first paragraph (${out}${deck ? ', under a deck' : ''})`, () => {
      const after = accepted(
        ['01.md', art('防雷知识进校园', ...(deck ? [deck] : []), byline + out) + '\n\n' + art('春季植树活动启动', '本报讯 全县春季义务植树活动昨日启动。')],
        ['02.md', art('社区简讯', '本报讯 城西社区开展消防演练。') + `\n\n${inn}\n\n“打雷的时候，操场上的单杠不能碰。”老师一边演示一边讲解。`],
      )
      const story = articleByHeadline(after.issue, '防雷知识')
      expect(story.pages).toEqual(['01', '02'])
      expect(story.blocks.filter((block) => block.type !== 'jump').map((block) => [block.type, block.text])).toEqual([
        ['byline', byline],
        ['paragraph', '“打雷的时候，操场上的单杠不能碰。”老师一边演示一边讲解。'],
      ])
    })
  }

  it('a jump-in line above a headline whose head is not in the issue stays unresolved', () => {
    const tail02 = [OTHER_02, '▲▲上接01版①', art('新区图书馆今日开馆', ...TAIL)].join('\n\n')
    const after = accepted(['01.md', art('冬季长跑比赛鸣枪开跑', '本报讯(记者 王进) 昨日上午,全市冬季长跑比赛鸣枪开跑。')], ['02.md', tail02])
    expect(ofKind(after.findings, 'unresolved-jump')).toHaveLength(1)
    expect(paragraphs(articleByHeadline(after.issue, '新区图书馆')).map((block) => block.text)).toEqual(TAIL)
  })
})

describe('paragraph cut at a column break (Chinese)', () => {
  it('joins a short first piece with commas instead of taking it for a subhead', () => {
    const after = accepted(['01.md', art('垃圾分类走进千家万户',
      '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。',
      '社区工作人员介绍，今年以来，社区先后',
      '组织各类宣传活动十余场，发放宣传资料三千余份。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([
      '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。',
      '社区工作人员介绍，今年以来，社区先后组织各类宣传活动十余场，发放宣传资料三千余份。',
    ])
  })

  for (const [opener, rest] of [['此外，街道', '还在每个小区设立了督导岗。'], ['在城东，这项工作', '已经推开了一年多。']] as const) {
    it(`joins a short first piece that opens on a word or two and a comma (${opener}): a title's clause is a phrase`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。'
      const after = accepted(['01.md', art('垃圾分类走进千家万户', lead, opener, rest)])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, opener + rest])
    })
  }

  it('joins a short first piece whose next piece opens on a sentence of a few characters (…落脚 / 点。): no paragraph opens so', () => {
    const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。'
    const cut = ['街道把居民满意作为工作的落脚', '点。今年还将新增分类驿站十二座。']
    const after = accepted(['01.md', art('垃圾分类走进千家万户', lead, ...cut)])
    expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join('')])
  })

  it('joins a short first piece that leaves a quote open or is cut inside a word', () => {
    const after = accepted(['01.md', art('垃圾分类走进千家万户',
      '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。',
      '街道推出“绿色积分',
      '”兑换活动，居民投放可回收物可换取生活用品。',
      '如今小区居民参与垃圾分',
      '类的积极性明显提高。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([
      '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。',
      '街道推出“绿色积分”兑换活动，居民投放可回收物可换取生活用品。',
      '如今小区居民参与垃圾分类的积极性明显提高。',
    ])
  })

  it('joins a short first piece cut inside a name the dictionary does not know (韩振 / 涛带队): each side leaves a lone character', () => {
    const lead = '本报讯(记者 赵丽) 入汛以来，市气象局加密了雨情监测。'
    const cut = ['副局长韩振', '涛带队检查了各区县的汛前准备工作。']
    const after = accepted(['01.md', art('汛前检查全面展开', lead, ...cut, '检查组要求各地落实值班值守制度。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '检查组要求各地落实值班值守制度。'])
  })

  for (const cut of [['街道工作人员', '还组织志愿者上门讲解分类知识。'], ['网格员', '和社区干部一起清理了楼道杂物。'], ['在城东各小区，我们', '新设了二十个分类投放点。']] as const) {
    it(`joins a short first piece whose next piece opens on an adverb or a conjunction, or that ends a clause on a word or two after a comma (${cut[0]} / ${cut[1].slice(0, 3)})`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。'
      const after = accepted(['01.md', art('垃圾分类走进千家万户', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
    })
  }

  for (const cut of [['为支持小微企业', '渡过难关，区里今年安排专项资金两千万元。'], ['做好防汛', '准备，各地要提前排查隐患。']] as const) {
    it(`joins a short first piece that, read with the next piece's first clause, is one clause of a sentence (${cut[0]} / ${cut[1].slice(0, 4)}): a title and a paragraph are two`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
    })
  }

  for (const cut of [['在城东街道各小区，网格员', '挨家挨户讲解分类知识。'], ['从全区看，分类投放点', '已经覆盖所有小区。']] as const) {
    it(`joins a short first piece that opens on a place or a view set before its comma (${cut[0].slice(0, 5)}…): no title waits so for its sentence`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
    })
  }

  for (const cut of [['区委书记王建华、区长', '刘志明出席了启动仪式。'], ['参加座谈的有老党员周德', '明、刘桂兰等人。']] as const) {
    it(`joins a short first piece cut inside a list, at an item of a character or two (${cut[0].slice(-4)} / ${cut[1].slice(0, 3)}): a title lists phrases, and no paragraph opens on a lone character`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
    })
  }

  for (const cut of [['区市场监管局依据', '《食品安全法》有关规定，对涉事商户作出了处罚。'], ['街道工作人员通过', '入户走访和问卷调查摸清了居民的需求。']] as const) {
    it(`joins a short first piece that ends on a preposition waiting for its object (${cut[0].slice(-2)} / ${cut[1].slice(0, 3)}): no title ends so`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
    })
  }

  for (const cut of [['城东区环保', '局联合街道开展了专项检查。'], ['城西湿地', '园今年新建游步道三公里。'], ['王建华、刘志明等', '为获奖集体颁发了证书。'], ['区政府的《实施意见》', '同时指出，要加快推进老旧小区改造。'], ['农技专家提醒，近期气温起伏', '较大，各地要做好田间管理。']] as const) {
    it(`joins a short first piece whose name's last character, or whose list's verb or speaker's words, went past the gap, or that reports what someone said (${cut[0]} / ${cut[1].slice(0, 3)})`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
    })
  }

  for (const next of ['院内新建停车位一百个，缓解了停车难。', '市气象局与街道建立了会商机制。']) {
    it(`keeps a title over a paragraph that opens on a word of its own (院内) or on the paper's own city (市气象局): ${next.slice(0, 4)}`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, '老旧小区改造提速', next)])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, '老旧小区改造提速', next])
      expect(after.issue.articles[0].blocks.find((block) => block.text === '老旧小区改造提速')?.type).toBe('subhead')
    })
  }

  it('joins a short first piece that opens on 作为 (as …): a sentence\'s opening, not a title', () => {
    const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
    const cut = ['作为全区首个示范街道', '城东街道先行先试，探索出一套经验。']
    const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
  })

  it('joins a paragraph cut after a quotation closed mid-paragraph (…。”这是她第三次参加 / 社区组织的…): what opens on a closing quote is no glued subhead', () => {
    const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
    const cut = ['居民王阿姨说：“分类积分可以换鸡蛋，大家都很积极，我每天都来投放，觉得很有意义。”这是她第三次参加', '社区组织的分类活动。']
    const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut.join(''), '下一步，街道还将在全区推广这一做法。'])
  })

  for (const cut of [['住在六楼的赵大爷说：', '：“以前一到用水高峰，楼上就没水。”'], ['（编译：', '林晓 来源：新华网）']] as const) {
    it(`joins a paragraph cut after a colon that ends nothing: printed again at the break, or inside a bracket it leaves open (${cut[0].slice(-3)} / ${cut[1].slice(0, 3)})`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      const joined = cut[1].startsWith('：') ? cut[0] + cut[1].slice(1) : cut[0] + cut[1]
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, joined, '下一步，街道还将在全区推广这一做法。'])
    })
  }

  for (const cut of [['市气象局（区域气象中心）', '）将新建三部雷达。'], ['检测报告平均2.', '.5小时内即可出具。']] as const) {
    it(`joins a paragraph whose last mark is printed again at the break, and drops the copy (${cut[0].slice(-3)} / ${cut[1].slice(0, 3)})`, () => {
      const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, ...cut, '下一步，街道还将在全区推广这一做法。')])
      expect(bodyTexts(after.issue.articles[0])).toEqual([lead, cut[0] + cut[1].slice(1), '下一步，街道还将在全区推广这一做法。'])
    })
  }

  it('joins a paragraph cut after 转到后面 (turned to the back), which is prose and no jump line', () => {
    const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
    const after = accepted(['01.md', art('城东街道多举措惠民生', lead, '为了腾出通道，工作人员把展板转到后面', '的走廊上，方便居民通行。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([lead, '为了腾出通道，工作人员把展板转到后面的走廊上，方便居民通行。'])
    expect(ofKind(after.findings, 'unresolved-jump')).toEqual([])
  })

  it('keeps a paragraph that closes on a colon over the list under it (措施如下：/ 一是…)', () => {
    const lead = '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。'
    const after = accepted(['01.md', art('城东街道多举措惠民生', lead, '街道的主要做法如下：', '一是设立督导岗，每天早晚各值守两小时。', '二是推行积分兑换。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([lead, '街道的主要做法如下：', '一是设立督导岗，每天早晚各值守两小时。', '二是推行积分兑换。'])
  })

  it('keeps a title over a paragraph that opens on a numbered point (一、…)', () => {
    const lead = '本报讯(记者 赵丽) 入汛以来，全市加密了雨情监测。'
    const after = accepted(['01.md', art('城东街道多举措惠民生', lead, '三项举措落地见效', '一、加强监测预警，确保信息直达基层。', '检查组要求各地落实值班值守制度。')])
    expect(after.issue.articles[0].blocks.map((b) => [b.type, b.text])).toContainEqual(['subhead', '三项举措落地见效'])
  })

  for (const [title, next] of [['夜市焕新颜', '2024年，城东夜市完成了提质改造。'], ['书香进社区', '近年来，街道建成了五家城市书房。'], ['织网捕风：从“被动”到“主动”', '去年，全区新建了六个观测站。']] as const) {
    it(`keeps a short title over a paragraph that opens on a clause of its own (${title} / ${next.slice(0, 5)})`, () => {
      const lead = '本报讯(记者 赵丽) 入汛以来，全市加密了雨情监测。'
      const after = accepted(['01.md', art('城东街道多举措惠民生', lead, title, next, '检查组要求各地落实值班值守制度。')])
      expect(after.issue.articles[0].blocks.map((b) => [b.type, b.text])).toContainEqual(['subhead', title])
      expect(bodyTexts(after.issue.articles[0])).toContain(next)
    })
  }

  it('keeps a title of two clauses apart from the paragraph under it (多部门联动，织密防护网)', () => {
    const lead = '本报讯(记者 赵丽) 入汛以来，全市加密了雨情监测。'
    const after = accepted(['01.md', art('汛前检查全面展开', lead, '多部门联动，织密防护网', '市气象局与应急、水利部门建立了会商机制。', '检查组要求各地落实值班值守制度。')])
    expect(after.issue.articles[0].blocks.map((b) => [b.type, b.text])).toContainEqual(['subhead', '多部门联动，织密防护网'])
  })

  for (const [title, next] of [['织密城乡天罗地网', '滘口镇今年新建自动气象站十二个，覆盖全部行政村。'], ['干部进村忙', '在田间地头，驻村干部帮农户抢收小麦。']] as const) {
    it(`keeps a title whose last word the dictionary reads as lone characters apart from the paragraph under it (${title} / ${next.slice(0, 3)})`, () => {
      const lead = '本报讯(记者 赵丽) 入汛以来，全市加密了雨情监测。'
      const after = accepted(['01.md', art('汛前检查全面展开', lead, title, next, '检查组要求各地落实值班值守制度。')])
      expect(after.issue.articles[0].blocks.map((b) => [b.type, b.text])).toContainEqual(['subhead', title])
      expect(bodyTexts(after.issue.articles[0])).toContain(next)
    })
  }

  it('keeps both characters where two words meet on one at the break (学习 / 习近平): the issue prints each word elsewhere, never the phrase read once', () => {
    const cut = ['本报讯(记者 赵丽) 7月2日，市气象局党组召开会议，集体学习', '习近平总书记重要讲话精神。']
    const after = accepted(['01.md', art('气象局传达学习会议精神', ...cut, '会议指出，全局上下要深入学习领会，把习近平总书记的嘱托落到实处。')])
    expect(bodyTexts(after.issue.articles[0])[0]).toBe(cut.join(''))
  })

  it('joins a break that falls just after a paragraph\'s last full stop', () => {
    const after = accepted(['01.md', art('垃圾分类走进千家万户',
      '本报讯(记者 赵丽) 活动当天，志愿者向居民发放宣传资料三百余份。活动现场气氛热烈。志愿者还',
      '为居民演示了厨余垃圾的正确投放方法。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual([
      '本报讯(记者 赵丽) 活动当天，志愿者向居民发放宣传资料三百余份。活动现场气氛热烈。志愿者还为居民演示了厨余垃圾的正确投放方法。',
    ])
  })

  it('leaves a labelled subhead the extractor glued to a paragraph\'s end (案例二：…案) apart from the next paragraph', () => {
    const glued = '本报讯(记者 赵丽) 检查中，执法人员发现该单位连续两年未开展防雷装置定期检测，依法责令限期整改。案例二：某物流公司仓库未按规定安装防雷装置案'
    const next = '2024年5月，县气象局在汛前检查中发现，某物流公司新建仓库未安装防雷装置。'
    const out = accepted(['01.md', art('防雷执法典型案例发布', glued, next)])
    expect(bodyTexts(out.issue.articles[0])).toEqual([glued, next])
  })

  it('joins a break after the last full stop where the next piece repeats its last character', () => {
    const after = accepted(['01.md', art('垃圾分类走进千家万户',
      '本报讯(记者 赵丽) 活动当天，志愿者在小区广场向居民发放宣传资料三百余份，现场气氛热烈。社区专门请来讲解',
      '解员，为居民讲解分类知识。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual(['本报讯(记者 赵丽) 活动当天，志愿者在小区广场向居民发放宣传资料三百余份，现场气氛热烈。社区专门请来讲解员，为居民讲解分类知识。'])
  })

  for (const [name, first, second] of [
    ['a sentence\'s first word after the last full stop', '本报讯(记者 赵丽) 活动当天，志愿者在小区广场向居民发放宣传资料三百余份，现场气氛热烈。这些', '资料介绍了厨余垃圾的投放方法。'],
    ['a one-character first piece', '林晓介绍，城东街道垃圾分类工作开展一年来，居民参与率明显提高。', '王'],
    ['a piece the next opens with a bound particle', '林晓介绍，城东街道垃圾分类工作开展一年来，居民参与率明显提高。', '分类投放点'],
  ] as const) {
    it(`joins a break at ${name}`, () => {
      const rest = name.startsWith('a one') ? '主任说，居民的分类习惯已经养成。' : name.startsWith('a piece') ? '的督导员每天早晚值守。' : ''
      const paras = rest === '' ? [first, second] : [first, second, rest]
      const out = accepted(['01.md', art('垃圾分类走进千家万户', ...paras)])
      expect(bodyTexts(out.issue.articles[0])).toEqual(rest === '' ? [first + second] : [first, second + rest])
    })
  }

  const FIRST = '本报讯(记者 赵丽) 连日来，全县各乡镇组织干部下沉一线，排查地质灾害隐患点。'
  for (const [name, cut] of [
    ['its first piece is only an opening quote', ['“', '妈祖”精神代代相传，成为连接两岸同胞的文化纽带。']],
    ['its first piece is only an opening bracket', ['（', '张欣彤、董琳、彭明雅参与采写）']],
    ['its first piece is a year\'s first digits', ['202', '4年9月，县气象局执法人员在检查中发现问题。']],
    ['its first piece is a month\'s digit', ['6', '月26日，全县汛期气象服务动员会召开。']],
    ['its second piece is only the number ending the sentence', ['全县游客接待量同比增长', '234%。']],
    ['it falls inside an acronym in Chinese prose (a Latin capital after the cut)', ['中心推出全新人工智能（A', 'I）天气预报系统，预报时效延长到十五天。']],
    ['its first piece is a Latin word\'s first letters', ['WM', 'O秘书长在开幕式上致辞，感谢中方的支持。']],
    ['its first piece is a lone Latin capital', ['X', '波段雷达则与之形成有效互补，监测范围覆盖全市。']],
    ['its second piece is only the end of the Latin word ending the sentence', ['中心推出全新人工智能天气预报系统AIFS-DO', 'P。']],
  ] as const) {
    it(`joins a break where ${name}: no paragraph is only that`, () => {
      const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, cut.join('')])
    })
  }

  for (const cut of [['本报讯（记者 陈晓 通讯', '员 王立新）眼下正值春耕备耕关键时期，全市春播工作有序推进。'], ['本报讯（记者 陈晓 通讯员 王立新）', '眼下正值春耕备耕关键时期，全市春播工作有序推进。']] as const) {
    it(`joins a dateline a column break left as a line of its own to its paragraph, its byline kept (${cut[0].slice(-4)} / ${cut[1].slice(0, 4)})`, () => {
      const out = accepted(['01.md', art('春耕备耕有序推进', ...cut, '农技人员深入田间地头开展指导服务。')])
      const story = out.issue.articles[0]
      expect(bodyTexts(story)).toEqual([cut.join(''), '农技人员深入田间地头开展指导服务。'])
      expect(paragraphs(story)[0].byline).toMatchObject({ reporters: ['陈晓'], correspondents: ['王立新'] })
    })
  }

  it('leaves a byline line that is no dateline (本报记者 刘蕊) apart from the paragraph under it', () => {
    const out = accepted(['01.md', art('春耕备耕有序推进', '本报记者 刘蕊', '眼下正值春耕备耕关键时期，全市春播工作有序推进。')])
    expect(out.issue.articles[0].blocks.map((block) => block.type)).toEqual(['byline', 'paragraph'])
  })

  for (const cut of [['为帮助农户降本增效，市里今年统筹资金3', '200万元，对集中育秧给予补贴。'], ['福建省气象局依托雪峰山SPA', 'R雷达，同步启动加密观测。']] as const) {
    it(`joins a short first piece cut inside a number or a Latin word instead of taking it for a subhead (${cut[0].slice(-3)} / ${cut[1].slice(0, 3)})`, () => {
      const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, cut.join('')])
    })
  }

  for (const cut of [['台风生成后沿着海面向西北方向移动，途中不断吸收暖湿水汽输送，继续积蓄能量，造成持续性强降水。今年第10', '号台风“美莎克”的峰值强度达到超强台风级。'], ['一百多年来，我们党始终坚持自我革命，不断增强自我净化、自我完善、自我革新、自我提高的能力，始终充满生机活力。我们要结合', '新的实际，把优良作风传承好、发扬好。'], ['暴雨过后，群众不要擅自返回尚未解除警戒的危险地带，也不要在河道、沟谷和陡坡下方停留。如发现山体新增', '裂缝、塌陷等情况，应立即撤离并报告。']] as const) {
    it(`joins a break after a paragraph's last full stop where the piece after it is a sentence's start, no title (${cut[0].slice(-4)} / ${cut[1].slice(0, 3)})`, () => {
      const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, cut.join('')])
    })
  }

  it('joins a break after a gloss in brackets (人工智能（AI） / 技术…): a sentence goes on after it', () => {
    const cut = ['过去五年，极端天气监测预警能力持续增强，人工智能（AI）', '技术得到全面应用。']
    const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
    expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, cut.join('')])
  })

  it('drops a closing bracket printed again at the break where the first closed every bracket (（987年） / ）九月)', () => {
    const cut = ['宋太宗雍熙四年（987年）', '）九月初九，林默娘在海边救人时遇难。']
    const out = accepted(['01.md', art('妈祖文化代代相传', FIRST, ...cut)])
    expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, '宋太宗雍熙四年（987年）九月初九，林默娘在海边救人时遇难。'])
  })

  it('leaves a paragraph closed by an attribution in brackets (（张嘉赫）) apart from the next', () => {
    const out = accepted(['01.md', art('妈祖文化代代相传', FIRST, '活动现场气氛热烈，群众纷纷点赞（张嘉赫）', '下一步，县里将继续办好系列活动。')])
    expect(bodyTexts(out.issue.articles[0])).toHaveLength(3)
  })

  for (const cut of [['街道办负责人介绍，夜市营业', '时间为每天18时至次日凌晨2时。'], ['7月1日，中国气象局', '局领导集中收看庆祝大会直播。'], ['这场转变的背后，是一张覆盖', '全域、感知敏锐的气象监测网。']] as const) {
    it(`joins a short first piece that opens a news sentence (a reported clause, a date, a demonstrative) instead of taking it for a subhead (${cut[0]})`, () => {
      const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, cut.join('')])
    })
  }

  for (const cut of [['古街成了年轻人争相前往的网红打', '打卡地。'], ['晚上十点，位于中心广场旁的城市书房依然灯火通', '通明。'], ['演练结束后，组织全体参训人', '人员实操体验应急通信设备。']] as const) {
    it(`drops a character doubled at the break that, read once, makes a word with what follows while standing alone before the break (${cut[0].slice(-2)} / ${cut[1].slice(0, 2)})`, () => {
      const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, cut[0] + cut[1].slice(1)])
    })
  }

  for (const cut of [['但看到旅客顺', '顺利利上车，大家都很高兴。'], ['会议由中国气象局', '局长主持，各单位负责人参加。']] as const) {
    it(`keeps a character printed on both sides of the break in a form Chinese doubles (${cut[0].slice(-1)} / ${cut[1].slice(0, 3)})`, () => {
      const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([FIRST, cut.join('')])
    })
  }

  it('drops a Latin letter doubled at the break where the issue prints the word with it once elsewhere (（IP / PCC）: IPCC)', () => {
    const cut = ['我国深度参与政府间气候变化专门委员会（IP', 'PCC）科学评估。']
    const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut, '多位中国专家担任IPCC评估报告作者。')])
    expect(bodyTexts(out.issue.articles[0])[1]).toBe('我国深度参与政府间气候变化专门委员会（IPCC）科学评估。')
  })

  it('keeps a Latin letter printed on both sides of the break where the issue gives no such evidence', () => {
    const cut = ['我国深度参与政府间气候变化专门委员会（IP', 'PCC）科学评估。']
    const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, ...cut)])
    expect(bodyTexts(out.issue.articles[0])[1]).toBe('我国深度参与政府间气候变化专门委员会（IPPCC）科学评估。')
  })

  it('leaves a finished paragraph and a line of bare digits after it apart', () => {
    const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', FIRST, '2025', '年内将完成全部隐患点的治理工作。')])
    expect(bodyTexts(out.issue.articles[0])[0]).toBe(FIRST)
  })

  it('drops a digit doubled at the break where the number read with it twice is no date (2009 / 9年, 3 / 3月)', () => {
    for (const cut of [['本报讯(记者 赵丽) 2009', '9年，这项民俗被列入非物质文化遗产名录。'], ['本报讯(记者 赵丽) 截至3', '3月底，全县新建充电桩420个。']]) {
      const out = accepted(['01.md', art('民俗保护成果丰硕', cut[0], cut[1])])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    }
  })

  it('drops a digit doubled at the break where the number read twice is no age, no count of countries, or a range ten times its start (9 / 98岁, 4 / 40余国, 8至1 / 10℃)', () => {
    for (const cut of [['本报讯(记者 赵丽) 村里最年长的老人今年9', '98岁，仍坚持每天下地劳作。'], ['本报讯(记者 赵丽) 大会吸引了4', '40余国的代表参加。'], ['本报讯(记者 赵丽) 受冷空气影响，本周全市将降温8至1', '10℃，请市民注意添衣保暖。']]) {
      const out = accepted(['01.md', art('本周天气早知道', cut[0], cut[1])])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    }
  })

  it('drops a digit doubled at the break where the issue prints the number read once elsewhere and never read twice (覆盖1 / 139个国家)', () => {
    const cut = ['本报讯(记者 赵丽) 目前，这项服务已覆盖1', '139个国家和地区。']
    const elsewhere = art('服务走向世界', '本报讯(记者 王进) 截至目前，已有139个国家和地区接入这项服务。')
    const out = accepted(['01.md', art('气象服务覆盖全球', cut[0], cut[1])], ['02.md', elsewhere])
    expect(bodyTexts(articleByHeadline(out.issue, '气象服务覆盖全球'))).toEqual([cut[0] + cut[1].slice(1)])
    // Printed nowhere else, either reading stands: both digits are kept.
    const alone = accepted(['01.md', art('气象服务覆盖全球', cut[0], cut[1])])
    expect(bodyTexts(alone.issue.articles[0])).toEqual([cut.join('')])
    // A short number is printed everywhere: no evidence (1 / 12个, with 12个 elsewhere).
    const short = accepted(['01.md', art('气象服务覆盖全球', '本报讯(记者 赵丽) 全市已建成1', '12个气象观测站。')], ['02.md', art('服务走向世界', '本报讯(记者 王进) 全县新建12个服务站。')])
    expect(bodyTexts(articleByHeadline(short.issue, '气象服务覆盖全球'))).toEqual(['本报讯(记者 赵丽) 全市已建成112个气象观测站。'])
  })

  it('drops an ordinal\'s or a demonstrative\'s 一 printed again at the break (第一 / 一步, 另一 / 一方面), and keeps 唯一 / 一个', () => {
    for (const cut of [['本报讯(记者 赵丽) 做好防护是避险的第一', '一步。'], ['本报讯(记者 赵丽) 台风带来降雨，另一', '一方面也缓解了旱情。']]) {
      const out = accepted(['01.md', art('科学避险', cut[0], cut[1])])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    }
    const only = ['本报讯(记者 赵丽) 这是全省唯一', '一个获此殊荣的县。']
    const kept = accepted(['01.md', art('科学避险', only[0], only[1])])
    expect(bodyTexts(kept.issue.articles[0])).toEqual([only.join('')])
  })

  it('drops a 多 printed again where, read once, it makes a word with what follows (十多 / 多年), and keeps 多多 before 少 or where it makes no word (拼多多, 多多关照)', () => {
    const cut = ['本报讯(记者 赵丽) 患有高血压十多', '多年的李大爷对此深有体会。']
    const out = accepted(['01.md', art('家庭医生上门服务', cut[0], cut[1])])
    expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    for (const kept of [['本报讯(记者 赵丽) 电商平台拼多', '多今年推出助农专区。'], ['本报讯(记者 赵丽) 大家多多少', '少都听说过这项政策。'], ['本报讯(记者 赵丽) 新来的同事请大家多', '多关照。']]) {
      const whole = accepted(['01.md', art('家庭医生上门服务', kept[0], kept[1])])
      expect(bodyTexts(whole.issue.articles[0])).toEqual([kept.join('')])
    }
  })

  it('drops a 等 doubled at the break between a list and the noun it lists (冰雹等 / 等高影响天气), and keeps 等等 that closes a list at a mark', () => {
    const cut = ['本报讯(记者 赵丽) 专家讲解了暴雨、雷暴大风、冰雹等', '等高影响天气的形成原因。']
    const out = accepted(['01.md', art('气象科普进校园', cut[0], cut[1])])
    expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    const closing = ['本报讯(记者 赵丽) 专家讲解了暴雨、雷暴大风、冰雹等', '等，同学们听得十分认真。']
    const kept = accepted(['01.md', art('气象科普进校园', closing[0], closing[1])])
    expect(bodyTexts(kept.issue.articles[0])).toEqual([closing.join('')])
  })

  it('keeps a digit printed on both sides of the break where either reading is a number its unit takes (1 / 12岁, 2至2 / 25℃)', () => {
    for (const cut of [['本报讯(记者 赵丽) 参赛的孩子最小的只有1', '12岁，最大的15岁。'], ['本报讯(记者 赵丽) 本周全市气温在2至2', '25℃之间，天气晴好。']]) {
      const out = accepted(['01.md', art('本周天气早知道', cut[0], cut[1])])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut.join('')])
    }
  })

  it('keeps a digit printed on both sides of the break where the date reads either way (1 / 1月: 1月 or 11月)', () => {
    const cut = ['本报讯(记者 赵丽) 今年1', '1月，全县新建充电桩420个。']
    const out = accepted(['01.md', art('充电桩建设提速', ...cut)])
    expect(bodyTexts(out.issue.articles[0])).toEqual([cut.join('')])
  })

  it('joins a two-character first piece: no subhead is that short', () => {
    const first = '本报讯(记者 赵丽) 连日来，全县各乡镇组织干部下沉一线，排查地质灾害隐患点。'
    const cut = ['通过', '开展拉网式排查，共发现隐患点12处，已全部落实监测责任人。']
    const out = accepted(['01.md', art('地质灾害隐患排查全覆盖', first, ...cut)])
    expect(bodyTexts(out.issue.articles[0])).toEqual([first, cut.join('')])
  })

  it('drops a character doubled at the break whose pair the dictionary reads alone but Chinese never doubles (更 / 更有效, 唱 / 唱国歌)', () => {
    for (const cut of [['本报讯(记者 赵丽) 社区将建立一套更直接、更', '更有效的联络机制。'], ['本报讯(记者 赵丽) 升旗仪式上，全场起立，高唱', '唱国歌。']]) {
      const out = accepted(['01.md', art('社区服务再升级', cut[0], cut[1])])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    }
  })

  it('keeps the 五 doubled at the break in a five-year plan\'s name (“十五 / 五”规划 is “十五五”)', () => {
    const cut = ['本报讯(记者 赵丽) 全市正在编制“十五', '五”交通发展规划，力争年内完成。']
    const out = accepted(['01.md', art('交通规划编制启动', ...cut)])
    expect(bodyTexts(out.issue.articles[0])).toEqual([cut.join('')])
  })

  it('drops a character printed after its own pair at the break, and one that parts a 一X一Y frame (慢慢 / 慢走, 一矿 / 矿一策, “一 / 一户一表”)', () => {
    for (const cut of [['本报讯(记者 赵丽) 饭后，不少居民沿着新修的步道慢慢', '慢走上一圈。'], ['本报讯(记者 赵丽) 市气象局为矿山推行“一矿', '矿一策”定制服务。'], ['本报讯(记者 赵丽) 老旧小区改造后实行“一', '一户一表”，抄表到户。']]) {
      const out = accepted(['01.md', art('社区服务再升级', cut[0], cut[1])])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    }
  })

  it('keeps a doubled word that meets a word opening on its character (天天 / 天气)', () => {
    const cut = ['本报讯(记者 赵丽) 退休后，老李天天', '天气预报必看，还记下每天的气温。']
    const out = accepted(['01.md', art('社区服务再升级', ...cut)])
    expect(bodyTexts(out.issue.articles[0])).toEqual([cut.join('')])
  })

  it('keeps a character doubled at the break that Chinese doubles as a word (缓 / 缓升起, 牢 / 牢守住, “测 / 测你的…”)', () => {
    for (const cut of [['本报讯(记者 赵丽) 清晨六点，国旗在广场上缓', '缓升起，市民驻足观看。'], ['本报讯(记者 赵丽) 全县干部要牢', '牢守住安全生产底线。'], ['本报讯(记者 赵丽) 活动设置了“测', '测你的防灾知识”互动环节。']]) {
      const out = accepted(['01.md', art('社区服务再升级', cut[0], cut[1])])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut.join('')])
    }
  })

  it('drops a character doubled at the break that the context shows is no word (更好 / 好地)', () => {
    const after = accepted(['01.md', art('垃圾分类走进千家万户',
      '本报讯(记者 赵丽) 社区还制作了分类指南手册，帮助居民更好',
      '好地掌握分类方法。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual(['本报讯(记者 赵丽) 社区还制作了分类指南手册，帮助居民更好地掌握分类方法。'])
  })

  it('drops a character doubled at the break even where the pair is printed elsewhere as that same slip', () => {
    // The extractor printed the passage twice: once cut at the break, once whole with the slip.
    const after = accepted(['01.md', art('垃圾分类走进千家万户',
      '本报讯(记者 赵丽) 社区还制作了分类指南手册，帮助居民更好',
      '好地掌握分类方法。'), ], ['02.md', art('社区简讯', '本报讯 社区书法班开课，老人们说要好好学习，更好好地服务邻里。')])
    expect(bodyTexts(after.issue.articles[0])).toEqual(['本报讯(记者 赵丽) 社区还制作了分类指南手册，帮助居民更好地掌握分类方法。'])
  })

  it('keeps both characters where the break falls inside a phrase the issue prints again and again (“十五五”)', () => {
    const cut = ['本报讯(记者 赵丽) 全县围绕“十五', '五”规划编制，召开专题座谈会。']
    const after = accepted(['01.md', art('规划编制座谈会召开', ...cut, '与会代表认为，“十五五”时期是关键五年。')], ['02.md', art('交通项目谋划', '本报讯 县交通局谋划“十五五”重点项目三十个。')])
    expect(bodyTexts(after.issue.articles[0])[0]).toBe(cut.join(''))
  })

  it('drops an opening quote printed twice at the break', () => {
    const after = accepted(['01.md', art('垃圾分类走进千家万户',
      '本报讯(记者 赵丽) 居民张阿姨说：“',
      '“现在分类投放已经成了习惯。”')])
    expect(bodyTexts(after.issue.articles[0])).toEqual(['本报讯(记者 赵丽) 居民张阿姨说：“现在分类投放已经成了习惯。”'])
  })

  it('drops a punctuation mark printed on both sides of the break: Chinese never prints one twice (，，)', () => {
    const cut = ['本报讯(记者 赵丽) 据介绍，', '，今年全市新建口袋公园二十个。']
    const out = accepted(['01.md', art('口袋公园扮靓街巷', ...cut)])
    expect(bodyTexts(out.issue.articles[0])).toEqual(['本报讯(记者 赵丽) 据介绍，今年全市新建口袋公园二十个。'])
  })

  for (const cut of [['本报讯(记者 赵丽) 截至3月', '月底，全县新建充电桩420个。'], ['本报讯(记者 赵丽) 全县新建充电桩420个', '个，覆盖所有乡镇。']] as const) {
    it(`drops a character doubled right after a number at the break: a number takes no doubled measure word (${cut[0].slice(-2)} / ${cut[1].slice(0, 2)})`, () => {
      const out = accepted(['01.md', art('充电桩建设提速', ...cut)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    })
  }

  // ICU reads the copies as two words meeting (在世 / 世界) or as one word (本报报讯 as 报报) there;
  // the issue prints the phrase around the break elsewhere with the character once, never twice.
  for (const [pair, cut, elsewhere] of [
    ['在世 / 世界', ['本报讯(记者 赵丽) 县气象局副局长在世', '世界气象组织的培训班上介绍了经验。'], '本报讯 今年在世界气象日当天，县气象局开放观测场。'],
    ['本报 / 报讯', ['本报', '报讯通讯员 李明 报道 连日来，全县组织干部下沉一线排查隐患。'], '本报讯通讯员 王进 报道 城西镇召开防汛工作会议。'],
    ['本报 / 报讯(, three characters of evidence: 报 is no character Chinese doubles', ['本报', '报讯(记者 李明) 连日来，全县组织干部下沉一线排查隐患。'], '本报讯(记者 王进) 城西镇召开防汛工作会议。'],
  ] as const) {
    it(`drops a character doubled at the break that the issue prints once in the phrase around it elsewhere (${pair})`, () => {
      const out = accepted(['01.md', art('基层经验走出国门', ...cut)], ['02.md', art('乡镇简讯', elsewhere)])
      expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
    })
  }

  it('drops a character doubled inside a quoted term the issue prints whole elsewhere with it once, though Chinese doubles it elsewhere (“看天吃饭”)', () => {
    const cut = ['本报讯(记者 赵丽) 智慧农业让种植户告别“看', '看天吃饭”，产量连年提高。']
    const out = accepted(['01.md', art('智慧农业助农增收', ...cut)], ['02.md', art('乡镇简讯', '本报讯 城西镇的茶农说，过去种茶是“看天吃饭”。')])
    expect(bodyTexts(out.issue.articles[0])).toEqual([cut[0] + cut[1].slice(1)])
  })

  it('keeps both characters where the break falls inside a quoted term the issue prints whole elsewhere, even once (“十五五”)', () => {
    const cut = ['本报讯(记者 赵丽) 县发改委召开会议，部署“十五', '五”规划纲要编制工作。']
    const out = accepted(['01.md', art('规划纲要编制启动', ...cut)], ['02.md', art('乡镇简讯', '本报讯 城西镇围绕“十五五”发展目标谋划项目。')])
    expect(bodyTexts(out.issue.articles[0])).toEqual([cut.join('')])
  })

  for (const [word, before, after] of [
    ['天天', '孩子们放学后盼着天', '天都能来书屋看书。'],
    ['好好', '老人们说退休后要好', '好学习书法。'],
    ['高高兴兴', '孩子们每天都高', '高兴兴地来上课。'],
    ['妥妥当当 (cut inside its second pair)', '管理员把借还手续办得妥妥当', '当，读者很满意。'],
    ['馆馆长 (an office and the title of its head)', '区文化馆', '馆长李红介绍，书屋由文化馆统一配书。'],
    ['局局领导 (an office and its leaders)', '据介绍，市教育局', '局领导多次到书屋调研。'],
    ['皑皑 (a character only ever printed doubled)', '书屋窗外白雪皑', '皑，屋里暖意融融。'],
  ] as const) {
    it(`keeps a doubled character that the context reads as a word (${word})`, () => {
      const out = accepted(['01.md', art('社区书屋开门迎客', '本报讯(记者 林晓) 城东社区书屋日前开放。', `书屋开放以来,${before}`, after)])
      expect(bodyTexts(out.issue.articles[0])[1]).toBe(`书屋开放以来,${before}${after}`)
    })
  }
})

describe('duplicate-passage (Chinese)', () => {
  for (const fragment of ['安排督导员每天早晚值守，指导', '安排督导员每天早晚值守，指导居民正确']) it(`deletes a short cut fragment printed again far from its original (${fragment})`, () => {
    const paras = [
      '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。',
      '街道在每个小区设立了分类投放点，安排督导员每天早晚值守，指导居民正确投放。',
      '督导员老周说，刚开始不少居民嫌麻烦，现在大家都能自觉分类了。',
      '街道还联合辖区学校开展“小手拉大手”活动，让孩子带动家长参与分类。',
      fragment,
      '下一步，街道将在更多小区推广智能回收设备。',
    ]
    const after = accepted(['01.md', art('垃圾分类走进千家万户', ...paras)])
    expect(bodyTexts(after.issue.articles[0])).toEqual([paras[0], paras[1], paras[2], paras[3], paras[5]])
  })

  it('deletes the subhead a repeated passage opens with, printed over the original too, with the passage', () => {
    const paras = [
      '本报讯(记者 赵丽) 市气象局日前公布了一批防雷安全领域行政处罚典型案例，供各地借鉴。',
      '案例一：某加油站雷电防护装置未经设计审核擅自施工案',
      '2024年3月，执法人员在检查中发现，该加油站新建罩棚的雷电防护装置未经设计审核即开工建设。',
      '气象主管机构依法责令其停止违法行为，限期补办手续，并处以罚款。',
      '案例二：某检测公司在雷电防护装置检测活动中弄虚作假案',
      '执法人员调取检测报告时发现，该公司出具的多份报告数据与现场情况明显不符，涉嫌弄虚作假。',
    ]
    const repeated = [...paras.slice(0, 4), paras[1], paras[2], paras[3], ...paras.slice(4)]
    const after = accepted(['01.md', art('防雷安全典型案例公布', ...repeated)])
    const story = after.issue.articles[0]
    expect(story.blocks.filter((block) => block.text === paras[1])).toHaveLength(1)
    expect(story.blocks.map((block) => block.text)).toEqual(paras)
  })

  it('keeps a whole sentence a story repeats apart (a refrain)', () => {
    const paras = [
      '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来,居民参与率明显提高。',
      '分类一小步，文明一大步。',
      '街道在每个小区设立了分类投放点，安排督导员每天早晚值守，指导居民正确投放。',
      '督导员老周说，刚开始不少居民嫌麻烦，现在大家都能自觉分类了。',
      '分类一小步，文明一大步。',
    ]
    const after = accepted(['01.md', art('垃圾分类走进千家万户', ...paras)])
    expect(bodyTexts(after.issue.articles[0])).toEqual(paras)
  })
})

describe('accept-all on a clean Chinese issue', () => {
  it('changes nothing on undamaged pages', () => {
    const p1 = [
      art('新区图书馆今日开馆 藏书三十万册',
        '本报讯(记者 林晓) 历时两年建设,新区图书馆今日正式开馆,馆内藏书三十万册。',
        '多部门联动，打造城市书房',
        '图书馆共设六层,一层为少儿阅览区,二至五层为成人借阅区。孩子们天天都来这里看书。',
        '馆方介绍，开馆首月每天延长开放两小时，市民常常在闭馆前才离开。',
        '▶▶下转02版①'),
      art('垃圾分类走进千家万户',
        '本报讯(记者 赵丽) 城东街道垃圾分类工作开展一年来，居民参与率明显提高。',
        '分类一小步，文明一大步。',
        '收到反馈后，及时调整投放时间',
        '街道根据居民意见，把早间投放时间提前了半小时。志愿者说：“大家都高高兴兴地参与。”',
        '分类一小步，文明一大步。'),
    ].join('\n\n')
    const p2 = [
      OTHER_02,
      art('新区图书馆今日开馆', '▲▲上接01版①', '市民可凭身份证免费办理借阅证，首次可借图书五册。', '读者好好读书，馆员悄悄整理书架。'),
    ].join('\n\n')
    const pages = [page('01.md', p1), page('02.md', p2)]
    const before = analyze(pages)
    const after = acceptAll(pages).analysis
    // Only the marked continuation is merged; every paragraph and subhead is as printed.
    expect(after.issue.articles.map((article) => article.headline.join(' '))).toEqual(['新区图书馆今日开馆 藏书三十万册', '垃圾分类走进千家万户', '春节慰问活动走进社区'])
    const texts = (articles: typeof before.issue.articles) => articles.flatMap((article) => article.blocks.filter((block) => block.type !== 'jump' && block.type !== 'headline').map((block) => `${block.type}:${block.text}`))
    expect(texts(after.issue.articles).sort()).toEqual(texts(before.issue.articles).sort())
    expect(ofKind(before.findings, 'paragraph-break')).toHaveLength(0)
    expect(ofKind(before.findings, 'duplicate-passage')).toHaveLength(0)
  })
})
