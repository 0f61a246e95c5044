// suspicious-text: the spots an OCR verification queue shows an editor, each a question (retype
// or confirm), never taken by accept-all.
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze, type Finding } from '../../src-main/core/index'
import { exportIssue } from '../../src-main/core/export/index'
import { page } from './helpers'

function suspicions(text: string): Finding[] {
  return analyze([page('01.md', text)], []).findings.filter((f) => f.kind === 'suspicious-text')
}

describe('suspicious text', () => {
  it('marks a character that cannot be shown, with its code point, and proposes no fix', () => {
    const [found, ...rest] = suspicions('## 市场新闻\n\n今年全市新增市场主体\ufffd万户，同比增长百分之十二。\n')
    expect(rest).toEqual([])
    expect(found).toMatchObject({ variant: 'unrenderable', fix: [], params: { detail: 'U+FFFD' } })
    expect(suspicions('## 市场\n\n全市新增\ue000户市场主体。\n')[0]).toMatchObject({ variant: 'unrenderable', params: { detail: 'U+E000' } })
  })

  it('finds a space inside a word the issue prints elsewhere without one, and proposes removing it', () => {
    const text = '## 防汛工作会召开\n\n本报讯通讯 员 王小明 报道昨日全县召开防汛工作会议。\n\n## 另一条消息\n\n本报讯通讯员李华报道，全县农业生产有序推进。\n'
    const found = suspicions(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ variant: 'cjk-space', params: { snippet: expect.stringContaining('通讯 员') } })
    expect(found[0].fix).toEqual([expect.objectContaining({ kind: 'edit-text', text: '本报讯通讯员 王小明 报道昨日全县召开防汛工作会议。' })])
  })

  it('leaves the spaces of style alone: between a role and a name, between a headline\'s parts', () => {
    expect(suspicions('## 全市优化营商环境 获得省政府表扬\n\n记者 张明 报道：全市营商环境持续改善，企业满意度明显提高。\n')).toEqual([])
  })

  it('marks a short line of OCR noise, not a short line of words', () => {
    const noisy = suspicions('## Campus news\n\nThe council met on Tuesday to discuss the budget for the coming year.\n\nSt>M WrlUf\n')
    expect(noisy.map((f) => f.variant)).toEqual(['ocr-noise'])
    expect(suspicions('## Campus news\n\nThe council met on Tuesday to discuss the budget.\n\nMcDonald Sells Out\n')).toEqual([])
  })

  it('marks a bracket left open or a quote closed that never opened, not a quotation running on over paragraphs or an apostrophe', () => {
    expect(suspicions('## News\n\nThe vote (held on Monday was close and the council was split.\n')[0]).toMatchObject({ variant: 'unbalanced', params: { detail: '()' } })
    expect(suspicions('## News\n\nThe mayor said the vote was close.” Others agreed with her on that.\n')[0]).toMatchObject({ variant: 'unbalanced', params: { detail: '“”' } })
    const running = '## News\n\n“We will not give up,” she said. “The city’s schools need the money.\n\n“And we will find it,” she added, to applause from the hall.\n'
    expect(suspicions(running)).toEqual([])
  })

  it('is never taken by accept-all: the export keeps the text as printed until an editor decides', () => {
    const text = '## 防汛\n\n本报讯通讯 员 王小明 报道全县召开防汛会议。\n\n## 农业\n\n本报讯通讯员李华报道，全县农业生产有序推进。\n'
    const all = acceptAll([page('01.md', text)], [])
    expect(all.analysis.findings.some((f) => f.kind === 'suspicious-text')).toBe(true)
    expect(exportIssue(all.analysis, 'md')).toContain('通讯 员 王小明')
  })
})
