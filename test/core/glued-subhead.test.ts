// A subhead the extractor glued to the end of a paragraph (`…愈发敏锐灵敏。跨界赋能：让气象红利…`)
// is offered as a subhead to split off, not as a paragraph cut at a column break whose join would
// bury the subhead in running text (issue 15 §3 item 3).
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze } from '../../src-main/core/index'
import { ofKind, page } from './helpers'

const lead = '正是这种持续的科技迭代，让预报预警能力稳居全省前列。强对流天气预警提前量提升至六十二分钟，智能网格预报精度持续领跑，社区的防灾触角愈发敏锐灵敏。'
const subhead = '跨界赋能：让气象红利惠及田间地头与烟火人间'
const next = '气象服务不止于筑牢安全防线，更在于赋能千行百业。气象部门主动对接农业、文旅、金融等多元场景，将精准数据转化为产业红利与民生福祉。'
const pages = [page('04.md', ['## 察风云守四时惠民生', lead + subhead, next].join('\n\n') + '\n')]

describe('a subhead glued to the end of a paragraph', () => {
  it('is offered as a subhead to split off, not as a paragraph break', () => {
    const findings = analyze(pages).findings
    const glued = ofKind(findings, 'paragraph-break').filter((f) => f.variant === 'glued-subhead')
    expect(glued).toHaveLength(1)
    expect(ofKind(findings, 'paragraph-break').filter((f) => f.variant !== 'glued-subhead')).toHaveLength(0)
    expect(glued[0].params?.subhead).toBe(subhead)
  })

  it('splitting it off leaves the paragraph, then the subhead, then the next paragraph', () => {
    const [finding] = ofKind(analyze(pages).findings, 'paragraph-break').filter((f) => f.variant === 'glued-subhead')
    const fixed = analyze(pages, finding.fix)
    const blocks = fixed.issue.articles[0].blocks.map((b) => [b.type, b.text])
    expect(blocks).toEqual([
      ['paragraph', lead],
      ['subhead', subhead],
      ['paragraph', next],
    ])
    expect(fixed.conflicts).toEqual([])
    expect(ofKind(fixed.findings, 'paragraph-break')).toHaveLength(0)
  })

  it('leaves the split-off subhead editable by a later edit in the same log', () => {
    const [finding] = ofKind(analyze(pages).findings, 'paragraph-break').filter((f) => f.variant === 'glued-subhead')
    const split = analyze(pages, finding.fix).issue.articles[0].blocks[1]
    const retyped = analyze(pages, [...finding.fix, { kind: 'edit-text', blockId: split.id, text: '跨界赋能', expect: { [split.id]: split.hash } }])
    expect(retyped.conflicts).toEqual([])
    expect(retyped.issue.articles[0].blocks[1]).toMatchObject({ type: 'subhead', text: '跨界赋能' })
  })

  it('is left to the editor by accept-all', () => {
    expect(acceptAll(pages).ops).toEqual([])
  })
})

describe('what is not a glued subhead', () => {
  it('a writer’s name in brackets closing a paragraph', () => {
    const named = [page('03.md', ['## 科学避险的打开方式', `${lead}（张嘉赫）`, next].join('\n\n') + '\n')]
    expect(analyze(named).findings.filter((f) => f.variant === 'glued-subhead')).toEqual([])
  })
})
