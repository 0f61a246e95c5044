// Many edits at once (issue 15 §4): every finding of a kind accepted, and find and replace, each as
// ops that replay onto the issue like any hand edit.
import { describe, expect, it } from 'vitest'
import { acceptKind, analyze, apply, GalleyError, parseIssue, planReplace } from '../../src-main/core/index'
import { ofKind, page } from './helpers'

const TEXT = [
  '## 城市绿道连成网',
  '本报讯(记者 周敏) 今年以来,全市新增城市绿道八十公里,串联起江边、山边和城区的',
  '十二座公园。绿道沿线设置了二十个驿站,提供饮用水、休息座椅和共享单车停放点,周末',
  '高峰时段日均接待游客上万人次。',
  '## 公交线路调整',
  '本报讯(记者 陈晨) 下周起,三条公交线路调整走向,新增站点六个,方便新建小区居民',
  '出行。公交公司表示,调整后的线路将覆盖城东三个新建小区。',
].join('\n\n')

const pages = () => [page('01.md', TEXT)]

describe('accepting every finding of a kind', () => {
  it('accepts every paragraph break of the issue as ops that leave none open', () => {
    const before = analyze(pages())
    const breaks = ofKind(before.findings, 'paragraph-break')
    expect(breaks.length).toBeGreaterThanOrEqual(3)
    const plan = acceptKind(before.issue, before.findings, 'paragraph-break')
    expect(plan.accepted.length).toBeGreaterThanOrEqual(breaks.length)
    expect(plan.skipped).toEqual([])
    const after = analyze(pages(), plan.ops)
    expect(after.conflicts).toEqual([])
    expect(ofKind(after.findings, 'paragraph-break')).toEqual([])
  })

  it('in one article only, leaves the other article’s findings open', () => {
    const before = analyze(pages())
    const bus = before.issue.articles[1]
    const plan = acceptKind(before.issue, before.findings, 'paragraph-break', bus.id)
    expect(plan.accepted.length).toBeGreaterThan(0)
    const after = analyze(pages(), plan.ops)
    const open = ofKind(after.findings, 'paragraph-break')
    expect(open.length).toBeGreaterThan(0)
    expect(open.every((f) => !f.articleIds.includes(bus.id))).toBe(true)
  })
})

describe('find and replace', () => {
  it('replaces plain text in headlines and paragraphs, and the ops replay', () => {
    const source = parseIssue(pages())
    const { matches, ops } = planReplace(source, { find: '绿道', replace: '绿廊', regex: false, matchCase: true })
    expect(matches.map((m) => m.count).reduce((a, b) => a + b)).toBe(3)
    expect(matches.some((m) => m.blockId === null)).toBe(true)
    const after = apply(source, ops)
    expect(after.conflicts).toEqual([])
    expect(JSON.stringify(after.issue.articles)).not.toContain('绿道')
    expect(after.issue.articles[0].headline[0]).toBe('城市绿廊连成网')
  })

  it('takes a typed $ literally unless Regex is on, where $1 names a group', () => {
    const source = parseIssue(pages())
    const plain = planReplace(source, { find: '八十公里', replace: '$1', regex: false, matchCase: true })
    expect(plain.matches[0].after).toContain('$1')
    const regex = planReplace(source, { find: '(\\d+|[一二三四五六七八九十]+)个', replace: '$1处', regex: true, matchCase: true })
    expect(regex.matches.some((m) => m.after.includes('二十处驿站'))).toBe(true)
  })

  it('a bad regular expression is a clear error naming it, not a crash', () => {
    const source = parseIssue(pages())
    expect(() => planReplace(source, { find: '(绿道', replace: '', regex: true, matchCase: true })).toThrow(GalleyError)
    expect(() => planReplace(source, { find: '(绿道', replace: '', regex: true, matchCase: true })).toThrow(/“\(绿道” is not a valid regular expression/)
    expect(() => planReplace(source, { find: 'x*', replace: '', regex: true, matchCase: true })).toThrow(/matches empty text/)
  })
})
