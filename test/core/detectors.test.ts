// Detectors: paragraph breaks, repeated passages, orphan captions, suspect article boundaries.
// Each test reads like what an editor checks after accepting (or before accepting) the fixes.
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze, detect, parseIssue } from '../../src-main/core/index'
import { articleByHeadline, ofKind, opsOfKind, page, paragraphs } from './helpers'

function one(text: string) {
  const p = page('01.md', text)
  return { analysis: analyze([p]), accepted: acceptAll([p]) }
}

const art = (headline: string, ...paras: string[]) => [`## ${headline}`, ...paras].join('\n\n')

describe('paragraph-break', () => {
  // Regression (was a bug): a dateline paragraph cut at a column break before its first 。 (≤48 chars, no 。！？) is read
  // as a byline LINE (bylineLine: `本报讯(记者 …` matches LINE_CN), so it leaves the body and the
  // break is never found. Input below: expected one paragraph-break and one joined paragraph; got a
  // `byline` block holding the sentence's first half and no finding.
  it('joins a dateline paragraph cut mid-sentence at a column break', () => {
    const { analysis, accepted } = one(art('社区书屋开门迎客', '本报讯(记者 林晓) 城东社区书屋日前开放,藏书五千余册,并为老人准备了', '大字版图书和老花镜,深受居民欢迎。'))
    const breaks = ofKind(analysis.findings, 'paragraph-break')
    expect(breaks).toHaveLength(1)
    expect(breaks[0].doubled).toBeUndefined()
    const article = accepted.analysis.issue.articles[0]
    expect(paragraphs(article).map((block) => block.text)).toEqual(['本报讯(记者 林晓) 城东社区书屋日前开放,藏书五千余册,并为老人准备了大字版图书和老花镜,深受居民欢迎。'])
  })

  it('joins a paragraph cut mid-sentence at a column break', () => {
    const { analysis, accepted } = one(art('社区书屋开门迎客', '本报讯(记者 林晓) 城东社区书屋日前开放。', '书屋藏书五千余册,设有儿童阅览区和自习区,还专门为附近的老人准备了', '大字版图书和老花镜,深受居民欢迎。'))
    const breaks = ofKind(analysis.findings, 'paragraph-break')
    expect(breaks).toHaveLength(1)
    expect(breaks[0].doubled).toBeUndefined()
    expect(paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)).toEqual([
      '本报讯(记者 林晓) 城东社区书屋日前开放。',
      '书屋藏书五千余册,设有儿童阅览区和自习区,还专门为附近的老人准备了大字版图书和老花镜,深受居民欢迎。',
    ])
  })

  // Regression (was a bug): a short piece of a paragraph cut at a column break (≤24 chars, with a comma, e.g.
  // `书屋藏书五千余册,还为老人准备了`) is inferred as a subhead (parse/issue.ts inferSubheads →
  // looksLikeSubhead), so the break is never found and the sentence stays cut in two.
  it('joins a short piece cut at a column break instead of taking it for a subhead', () => {
    const { analysis } = one(art('社区书屋开门迎客', '本报讯(记者 林晓) 城东社区书屋日前开放。', '书屋藏书五千余册,还为老人准备了', '大字版图书和老花镜,深受居民欢迎。'))
    expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(1)
  })

  // A short piece that reads like a title, cut where its sentence still waits for more: a colon
  // opening a list, a time of day set before the comma, a preposition after its subject with a few
  // characters of its object, a 从… frame cut at its 到. Each is joined; the title of the same
  // shape (a kicker's colon, a title opening on its preposition) stays a subhead.
  for (const [why, piece, rest] of [
    ['a colon opening a list', '排查发现的隐患主要包括：屋顶', '渗水、线路老化和消防通道堵塞。'],
    ['a time of day before the comma', '晚上九点，位于社区广场旁的活动中心', '依然灯火通明，志愿者仍在整理物资。'],
    ['a preposition after its subject', '市城管局针对背街小巷', '占道经营问题开展专项整治。'],
    ['a 从… frame cut at its 到', '社区治理：从“各管一摊”到', '“握指成拳”，服务更顺畅。'],
    ['a preposition bound to the verb before it', '新技术的推广应用，得益于', '科研人员多年来的持续攻关。'],
    ['至 after its verb', '志愿服务范围已延伸至', '周边五个村，惠及群众上万人。'],
    ['a list its verb opened', '本次共抽查六个单位，分别为城南', '街道、城北街道等四个街道和两家企业。'],
    ['a clause after the comma that is only its subject', '为做好汛期安全工作，市应急管理局', '组织开展了为期一周的专项检查。'],
    ['a clause after the comma opening on 是', '龙舟竞渡素有“水上赛马”之称，是本市', '端午节最热闹的民俗活动。'],
    ['a post and its holder\'s name', '市文化馆副馆长王丽', '介绍了今年新开设的十二门公益课程。'],
    ['a view set before the comma', '对多数游客而言，比起打卡拍照', '更在意的是街区的烟火气。'],
    ['a cause set before the comma', '受地形条件制约，山区、海岛的部分监测站', '数据传输长期不稳定。'],
    ['有的 opening a sentence', '有的居民担心施工噪音', '影响休息，社区随即调整了作业时间。'],
    ['而 opening a sentence', '而城市另一端的新区道路', '改造已经完工并通车。'],
    ['a scene set before the comma', '演练现场，区应急管理局工作人员结合当地地形', '讲解山洪避险路线。'],
    ['a kicker\'s 从 frame still open', '服务升级：从“群众跑腿”', '变为“数据跑路”，办事更便捷。'],
    ['a 以 frame after its subject', '市图书馆以阅读', '推广为抓手开展系列活动。'],
    ['致力 waiting for its object', '“乡村课堂”致力', '让更多孩子就近上好学。'],
    ['由 waiting for its agent', '汛期值班安排由', '各街道自行确定。'],
    ['a list of posts cut', '市政协副主席、民建市委', '主委张华出席活动并讲话。'],
    ['一行 and what the delegation did', '考察组一行先后', '来到三个社区实地察看。'],
    ['a subject and its 则', '老城区则主要', '依靠人工巡查排除隐患。'],
  ] as const) {
    it(`joins a piece cut at a column break that waits for more (${why})`, () => {
      const { analysis } = one(art('老旧小区改造提速', '本报讯(记者 林晓) 我市老旧小区改造工作日前全面启动。', piece, rest))
      expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(1)
      expect(analysis.issue.articles[0].blocks.some((block) => block.type === 'subhead')).toBe(false)
    })
  }

  for (const title of ['治理有方：小巷焕新颜', '依托网格精准服务', '从“各管一摊”到“握指成拳”', '寒潮将至', '有的放矢抓落实', '在希望的田野上', '青春在基层闪光', '以人为本', '从“有没有”到“好不好”', '新征程：从心出发']) {
    it(`keeps a title of the same shape a subhead (${title})`, () => {
      const { analysis } = one(art('老旧小区改造提速', '本报讯(记者 林晓) 我市老旧小区改造工作日前全面启动。', title, '今年以来，社区组织居民代表全程参与改造，收集意见两百余条。'))
      expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(0)
      expect(analysis.issue.articles[0].blocks.find((block) => block.text === title)?.type).toBe('subhead')
    })
  }

  it('joins an English paragraph cut mid-sentence', () => {
    const { accepted } = one(art('Library Opens Branch', 'By JANE DOE', 'The new branch library on Elm Street opened on Saturday with a collection of more than', 'ten thousand books and a room for children.'))
    expect(paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)).toEqual([
      'The new branch library on Elm Street opened on Saturday with a collection of more than ten thousand books and a room for children.',
    ])
  })

  it('drops the character printed twice at the break (人才 / 才,…)', () => {
    const { analysis, accepted } = one(art('技能人才培养提速', '本报讯(记者 林晓) 全市技能人才工作会议昨日召开。', '会议提出,全市今年将依托重点企业和职业院校,新增一万名高技能人才', '才,职业院校将扩大招生规模。'))
    const [finding] = ofKind(analysis.findings, 'paragraph-break')
    expect(finding.doubled).toBe('才')
    expect(paragraphs(accepted.analysis.issue.articles[0])[1].text).toBe('会议提出,全市今年将依托重点企业和职业院校,新增一万名高技能人才,职业院校将扩大招生规模。')
  })

  // A character Chinese doubles as a word (青青, 妈妈, 看看) printed on both sides of the break where,
  // read once, it makes a word with what follows that the issue prints again and again (青年, 妈祖,
  // 看得), and the issue never prints the pair as a word: the second copy is the slip.
  for (const [doubled, head, lead, before, after, elsewhere] of [
    ['青', '青年干部成长记', '本报讯(记者 林晓) 全市青年干部培训班日前开班。', '培训班立足实践，引导青', '青年干部到基层一线经受历练。', '参训的青年代表表示，要把所学用到工作中，青年人要敢于担当。'],
    ['妈', '妈祖文化节开幕', '本报讯(记者 林晓) 第十届妈祖文化节日前开幕。', '活动期间，“妈', '妈祖巡安”等民俗展演轮番上演。', '妈祖文化研究会负责人介绍，妈祖信俗已传承千年。'],
    ['看', '看得见的变化', '本报讯(记者 林晓) 城市更新让居民看得见变化。', '新建的监控系统让路况看', '看得更清，调度更及时。', '居民说，看得见、摸得着的变化让人高兴，看得出大家很满意。'],
  ] as const) {
    it(`drops a doubled ${doubled} where read once it makes a word the issue prints again and again`, () => {
      const { analysis, accepted } = one(art(head, lead, before, after, elsewhere))
      const [finding] = ofKind(analysis.findings, 'paragraph-break')
      expect(finding.doubled).toBe(doubled)
      expect(paragraphs(accepted.analysis.issue.articles[0])[1].text).toBe(before + after.slice(1))
    })
  }

  it('keeps a doubled 看 where the issue prints 看看 as a word, however often it prints 看得', () => {
    const { analysis, accepted } = one(art('书屋成了好去处', '本报讯(记者 林晓) 社区书屋让居民看得见变化。', '周末带孩子去书屋看', '看书，是不少家长的选择。', '居民说，有空就去看看书、看看报，看得很开心，也看得出孩子们喜欢。'))
    const [finding] = ofKind(analysis.findings, 'paragraph-break')
    expect(finding.doubled).toBeUndefined()
    expect(paragraphs(accepted.analysis.issue.articles[0])[1].text).toBe('周末带孩子去书屋看看书，是不少家长的选择。')
  })

  for (const [word, before, after] of [
    ['天天', '附近小学的孩子们放学后都愿意来这里,他们盼着天', '天都能来书屋看书。'],
    ['常常', '家住书屋对面的退休教师老李成了义务管理员,他常', '常到书屋帮忙整理图书。'],
  ] as const) {
    it(`never drops a doubled character that forms a word (${word})`, () => {
      const { analysis, accepted } = one(art('社区书屋开门迎客', '本报讯(记者 林晓) 城东社区书屋日前开放。', `书屋开放以来,${before}`, after))
      const [finding] = ofKind(analysis.findings, 'paragraph-break')
      expect(finding).toBeDefined()
      expect(finding.doubled).toBeUndefined()
      expect(paragraphs(accepted.analysis.issue.articles[0])[1].text).toBe(`书屋开放以来,${before}${after}`)
    })
  }

  it('joins a number cut at its decimal point into one number', () => {
    const { analysis, accepted } = one(art('一季度消费回暖', '本报讯(记者 赵丽) 一季度,全市社会消费品零售总额同比增长6.', '8%,增速比去年同期加快。'))
    expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(1)
    expect(paragraphs(accepted.analysis.issue.articles[0])[0].text).toBe('本报讯(记者 赵丽) 一季度,全市社会消费品零售总额同比增长6.8%,增速比去年同期加快。')
  })

  it('does not join a sentence ending in a letter or a title to a paragraph that opens with a quote, nor a year to the next', () => {
    for (const [a, b] of [
      ['Every child in the district will be offered vaccinations against hepatitis B.', '"We want every child protected," said the health officer.'],
      ['The museum first opened in 1987.', '1988 brought the first expansion, a new wing for the archive.'],
    ]) {
      const { analysis } = one(art('County News', a, b))
      expect(ofKind(analysis.findings, 'paragraph-break'), a).toHaveLength(0)
    }
  })

  it('does not join paragraphs that end their sentences', () => {
    const { analysis } = one(art('社区书屋开门迎客', '本报讯(记者 林晓) 城东社区书屋日前开放。', '书屋藏书五千余册。', '“这里离家近,很方便!”居民说。'))
    expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(0)
  })

  const separators: [string, string][] = [
    ['a subhead', '**书屋有哪些新变化**'],
    ['a byline line', '本报记者 林晓'],
    ['a jump line', '▶▶下转02版①'],
  ]
  for (const [name, line] of separators) {
    it(`never joins across ${name}`, () => {
      const { analysis, accepted } = one(art('社区书屋开门迎客', '书屋开放以来,不少居民在这里', line, '看书看报,孩子们也来写作业。'))
      expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(0)
      const texts = paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)
      expect(texts).not.toContain('书屋开放以来,不少居民在这里看书看报,孩子们也来写作业。')
    })
  }

  it('joins a paragraph cut around a photo caption the extractor set between its parts, the caption after it', () => {
    const caption = '居民在书屋阅读。通讯员 供图'
    const { analysis, accepted } = one(art('社区书屋开门迎客', '书屋开放以来,不少居民在这里', caption, '看书看报,孩子们也来写作业。'))
    expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(1)
    const blocks = accepted.analysis.issue.articles[0].blocks
    expect(blocks.map((block) => [block.type, block.text])).toEqual([
      ['paragraph', '书屋开放以来,不少居民在这里看书看报,孩子们也来写作业。'],
      ['caption', caption],
    ])
  })

  it('never joins across a headline (the next article)', () => {
    const { analysis, accepted } = one([art('社区书屋开门迎客', '本报讯(记者 林晓) 城东社区书屋日前开放。', '书屋开放以来,不少居民在这里'), art('城南菜市场改造完工', '本报讯(记者 陈晨) 改造后的菜市场增设了停车位。')].join('\n\n'))
    expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(0)
    expect(accepted.analysis.issue.articles).toHaveLength(2)
  })

  it('joins all the breaks of an article, each once', () => {
    const { analysis, accepted } = one(art('旧厂房变身文创园', '本报讯(记者 陈晨) 城北文创园昨日开园。', '位于城北的老纺织厂厂房建于上世纪五十年代,经过一年多的', '保护性改造,日前变身为文创园,首批入驻的企业和工作室共有', '三十家,涵盖设计、动漫和直播等领域。', '园区负责人说,未来还将引入更多青年创业团队。'))
    expect(ofKind(analysis.findings, 'paragraph-break')).toHaveLength(2)
    expect(opsOfKind(accepted.ops, 'join-paragraphs')).toHaveLength(2)
    expect(paragraphs(accepted.analysis.issue.articles[0])).toHaveLength(3)
  })
})

const P1 = '今年以来,全市新增城市绿道八十公里,串联起江边、山边和城区的十二座公园,市民骑行和步行更加方便。'
const P2 = '绿道沿线设置了二十个驿站,提供饮用水、休息座椅和共享单车停放点,周末高峰时段日均接待游客上万人次。'
const P3 = '园林部门表示,明年将继续推进绿道向城郊延伸,力争实现主城区居民出门十分钟即可到达绿道入口的目标。'

describe('duplicate-passage', () => {
  it('finds a passage printed twice whole and keeps one copy', () => {
    const { analysis, accepted } = one(art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2, P3, P2, P3))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(1)
    const texts = paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)
    expect(texts.filter((text) => text === P2)).toHaveLength(1)
    expect(texts.filter((text) => text === P3)).toHaveLength(1)
    expect(texts).toHaveLength(3)
  })

  it('finds a repeat cut short', () => {
    const cut = P3.slice(0, 30)
    const { analysis, accepted } = one(art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2, P3, P2, cut))
    expect(ofKind(analysis.findings, 'duplicate-passage').length).toBeGreaterThanOrEqual(1)
    const texts = paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)
    expect(texts.join('')).not.toContain(P2 + P2)
    expect(texts.filter((text) => text === P2)).toHaveLength(1)
    expect(texts.some((text) => text === cut || text.endsWith(cut))).toBe(false)
  })

  it('finds a repeat with one OCR character difference per paragraph', () => {
    const { analysis, accepted } = one(art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2, P3, P2.replace('驿站', '驿沾'), P3.replace('入口', '人口')))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(1)
    expect(paragraphs(accepted.analysis.issue.articles[0])).toHaveLength(3)
  })

  it('finds a repeat with a few OCR character differences', () => {
    const noisy2 = P2.replace('驿站', '驿沾').replace('座椅', '坐椅')
    const noisy3 = P3.replace('园林', '圆林').replace('入口', '人口')
    const { analysis, accepted } = one(art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2, P3, noisy2, noisy3))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(1)
    expect(paragraphs(accepted.analysis.issue.articles[0])).toHaveLength(3)
  })

  it('finds a passage repeated across articles and pages', () => {
    const p1 = page('01.md', art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2, P3))
    const p2 = page('02.md', art('周末去哪儿', '本报讯(记者 陈晨) 天气转暖,市民出游热情高涨。', P2, P3, '旅游部门提醒,出游请错峰。'))
    const analysis = analyze([p1, p2])
    const found = ofKind(analysis.findings, 'duplicate-passage')
    expect(found).toHaveLength(1)
    expect(new Set(found[0].articleIds).size).toBe(2)
  })

  it('finds a short paragraph printed twice in one story, with an OCR slip', () => {
    const short = '今年的十项民生实事共涉及资金二十八亿元。'
    const { analysis, accepted } = one(art('十项民生实事发布', '本报讯(记者 唐宁) 市政府新闻办昨日举行新闻发布会。', short, short.replace('资金', '资全'), '其中教育类项目三项。'))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(1)
    expect(paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)).toEqual(['本报讯(记者 唐宁) 市政府新闻办昨日举行新闻发布会。', short, '其中教育类项目三项。'])
  })

  it('finds a copy cut short printed just before its whole text, and never joins it into the sentence', () => {
    const whole = '从降低经营成本、加大金融支持、优化政务服务等方面提出二十条具体举措，进一步激发民营经济活力。'
    const cut = whole.slice(0, whole.indexOf('，') + 1)
    const { analysis, accepted } = one(art('民营经济二十条出台', '本报讯(记者 邓超) 近日,我市出台支持民营经济发展的若干措施,', cut, whole, '这些措施将于五月一日起施行。'))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(1)
    expect(paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)).toEqual([
      `本报讯(记者 邓超) 近日,我市出台支持民营经济发展的若干措施,${whole}`,
      '这些措施将于五月一日起施行。',
    ])
  })

  it('a sentence that a feature opens with and its next paragraph quotes is no copy', () => {
    const hook = '“宁可少赚钱，也不能坑了乡亲们的信任。”'
    const { analysis } = one(art('老张的小卖部', hook, `${hook}这是老张常挂在嘴边的一句话，他的小卖部在村口开了三十年。`))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(0)
  })

  it('a refrain a story repeats apart is no copy', () => {
    const chant = 'Hey hey, ho ho, the new fees have got to go!'
    const { analysis } = one(art('Students Rally', `Students marched to the council chanting: ${chant}`, chant, 'The council will vote on the fees next week, the mayor said.', chant))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(0)
  })

  it('a line that closes two stories alike is reported but left for an editor', () => {
    const line = 'Arrangements are by Greenlawn Funeral Home, 410 Oak St., Riverside, where friends may call from 4 to 7 p.m. Friday.'
    const { analysis, accepted } = one([
      art('Margaret A. Hill', 'Margaret Ann Hill, 84, of Riverside died Sunday at Mercy Hospital.', line),
      art('Walter J. Brandt', 'Walter James Brandt, 91, of Millbrook died Monday at his home.', line),
    ].join('\n\n'))
    const found = ofKind(analysis.findings, 'duplicate-passage')
    expect(found).toHaveLength(1)
    expect(found[0].confidence).toBeLessThan(0.5)
    for (const article of accepted.analysis.issue.articles) expect(paragraphs(article).at(-1)?.text).toBe(line)
  })

  it('a whole story printed twice goes whole, headline and byline too, leaving no bare headline', () => {
    const a = 'The Eastside municipal pool reopened Saturday after a two-month closure to repair a cracked filtration system.'
    const b = 'City parks director Omar Haddad said the repairs cost $180,000, about $30,000 less than first estimated.'
    const { accepted } = one([
      art('Pool reopens after repairs', 'By KIM BELL', a, b),
      art('Pool reopens after repalrs', 'By KIM BELL', a.replace('filtration', 'filtratlon'), b),
      art('Bridge to close for painting', 'The Main Street bridge will close to traffic for three weeks starting Monday.'),
    ].join('\n\n'))
    expect(accepted.analysis.issue.articles.map((article) => article.headline.join(' '))).toEqual(['Pool reopens after repairs', 'Bridge to close for painting'])
    expect(paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)).toEqual([a, b])
  })

  it('a short stock sentence repeated in two stories is not a finding', () => {
    const stock = '市民如有疑问可拨打热线咨询。'
    const { analysis } = one([art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, stock), art('公交线路调整', '本报讯(记者 陈晨) 下周起三条公交线路调整走向。', stock)].join('\n\n'))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(0)
  })

  it('a quoted phrase repeated inside longer different paragraphs is not a finding', () => {
    const quote = '“绿水青山就是金山银山”'
    const { analysis } = one(art('城市绿道连成网', `本报讯(记者 周敏) 在${quote}理念指引下,全市今年新建公园六座,改造老公园四座。`, `园林工人说,${quote}这句话,大家天天挂在嘴边,也落实在每一棵新栽的树上。`))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(0)
  })

  it('another story quoting the same speech in words of its own is not a repeat', () => {
    // Long runs shared (about 60% of the 6-character grams), but the quoting story adds and
    // changes words throughout: not something an extractor prints twice.
    const speech = '副市长在主持会议时指出，市委书记的重要讲话，全面总结了过去五年全市上下团结奋斗走过的不平凡历程、取得的显著成就，深刻阐明了城市之所以能够不断跨越发展的宝贵经验，对新征程上全市广大干部群众坚定信心、接续奋斗具有重要指导意义。'
    const quoted = '市委书记发表的重要讲话，全面总结了过去五年全市上下走过的不平凡历程、取得的显著成就，深刻阐明了城市不断跨越发展的宝贵经验，对新征程上全市广大干部群众凝聚共识、开拓进取、勇毅前行具有重要意义。'
    const p1 = page('01.md', art('全市干部大会召开', '本报讯(记者 周敏) 昨日,全市干部大会召开。', speech))
    const p2 = page('02.md', art('学习贯彻会议精神', '本报讯(记者 陈晨) 各区县连日来召开专题会议。', quoted, '大家表示,将以实际行动抓好落实。'))
    expect(ofKind(analyze([p1, p2]).findings, 'duplicate-passage')).toHaveLength(0)
  })

  it('an English passage repeated by the extractor is found and kept once', () => {
    const a = 'The city council voted on Tuesday to extend library hours on weekends, citing strong demand from students and working families.'
    const b = 'Officials estimate the change will cost about two hundred thousand dollars a year, paid from the general fund and a state grant.'
    const { analysis, accepted } = one(art('Library Hours Extended', 'By JANE DOE', a, b, a, b))
    expect(ofKind(analysis.findings, 'duplicate-passage')).toHaveLength(1)
    expect(paragraphs(accepted.analysis.issue.articles[0]).map((block) => block.text)).toEqual([a, b])
  })
})

describe('orphan-caption', () => {
  const page1 = [
    art('盲道改造惠及视障市民', '本报讯(记者 林晓) 市区主干道盲道改造完成,新铺设盲道二十公里,路口增设语音提示装置。', '视障市民张先生说,过马路时听到提示音,心里踏实多了。'),
    art('新能源公交上线', '本报讯(记者 陈晨) 首批五十辆新能源公交车昨日上线,覆盖八条线路。', '新车配备了低地板和轮椅坡道。'),
    '志愿者陪同视障市民体验新铺设的盲道和语音提示装置。通讯员 供图',
  ].join('\n\n')

  it('attaches a caption after the last story to the article sharing its words, credit kept apart', () => {
    const p = page('01.md', page1)
    const analysis = analyze([p])
    const found = ofKind(analysis.findings, 'orphan-caption')
    expect(found).toHaveLength(1)
    const issue = acceptAll([p]).analysis.issue
    const target = articleByHeadline(issue, '盲道改造')
    const captions = target.blocks.filter((block) => block.type === 'caption')
    expect(captions).toHaveLength(1)
    expect(captions[0].caption).toEqual({ text: '志愿者陪同视障市民体验新铺设的盲道和语音提示装置。', credit: '通讯员 供图' })
    expect(articleByHeadline(issue, '新能源公交').blocks.some((block) => block.type === 'caption')).toBe(false)
  })

  it('leaves a caption that already sits in its own article alone', () => {
    const p = page('01.md', art('盲道改造惠及视障市民', '本报讯(记者 林晓) 市区主干道盲道改造完成,新铺设盲道二十公里。', '志愿者陪同视障市民体验新铺设的盲道。通讯员 供图', '视障市民说,心里踏实多了。'))
    expect(ofKind(analyze([p]).findings, 'orphan-caption')).toHaveLength(0)
  })

  it('attaches an English caption stored as a story of its own', () => {
    const p = page('01.md', [
      art('Bridge Opens to Walkers', 'By JANE DOE', 'Hundreds of walkers and cyclists crossed the new river bridge on Saturday morning as it opened to the public.'),
      art('School Board Delays Vote', 'By TOM ROE', 'The school board postponed its budget vote on Tuesday.'),
      art('Photo', 'Cyclists cross the new river bridge on opening morning. Photo by Sam Lee'),
    ].join('\n\n'))
    const issue = acceptAll([p]).analysis.issue
    const captions = articleByHeadline(issue, 'Bridge Opens').blocks.filter((block) => block.type === 'caption')
    expect(captions.map((block) => block.caption?.credit)).toEqual(['Photo by Sam Lee'])
  })
})

describe('split-suspect', () => {
  it('flags an article with no body', () => {
    const p = page('01.md', [art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2), '## 本期导读', art('公交线路调整', '本报讯(记者 陈晨) 下周起三条公交线路调整走向。')].join('\n\n'))
    const issue = parseIssue([p])
    const found = ofKind(detect(issue), 'split-suspect')
    expect(found.map((finding) => finding.articleIds[0])).toEqual([articleByHeadline(issue, '本期导读').id])
  })

  it('flags a headline that reads like a sentence of the story before it', () => {
    const p = page('01.md', [
      art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`),
      art('园林部门表示明年将继续推进绿道向城郊延伸并增加更多驿站。', '力争实现主城区居民出门十分钟即可到达绿道。'),
    ].join('\n\n'))
    const issue = parseIssue([p])
    const found = ofKind(detect(issue), 'split-suspect')
    expect(found).toHaveLength(1)
    expect(found[0].articleIds[0]).toBe(issue.articles[1].id)
  })

  it('does not flag ordinary articles', () => {
    const p = page('01.md', [art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2), art('公交线路调整', '本报讯(记者 陈晨) 下周起三条公交线路调整走向。')].join('\n\n'))
    expect(ofKind(detect(parseIssue([p])), 'split-suspect')).toHaveLength(0)
  })
})

describe('detectors never change the issue', () => {
  it('detect leaves the parsed issue as it was', () => {
    const issue = parseIssue([page('01.md', art('城市绿道连成网', `本报讯(记者 周敏) ${P1}`, P2, P3, P2, P3, '志愿者在绿道驿站。通讯员 供图'))])
    const before = structuredClone(issue)
    detect(issue)
    expect(issue).toEqual(before)
  })
})
