// A photo caption the page file stored as an article (`## 图片：…`, its caption under it): a
// finding offers to turn it back into a caption of the article beside it (issue 15 §3 item 11).
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src-main/core/index'
import { ofKind, page } from './helpers'

const text = [
  '## 气象服务助力兰花产业',
  '顺德区菊花湾农业园是全国最大的蝴蝶兰出口基地，年产蝴蝶兰种苗可达九千万株。',
  '智慧服务平台上线以来，蝴蝶兰生长周期缩短约百分之五，产量提高约百分之十。',
  '## 图片：顺德综合探测基地里布设的X波段天气雷达图/顾世洋',
  '顺德综合探测基地里布设的X波段天气雷达图/顾世洋',
  '## 中国气象局与国家烟草专卖局共商深化合作',
  '本报讯 记者 刘钊 报道 7月9日，中国气象局与国家烟草专卖局在京举行工作座谈会。',
].join('\n\n') + '\n'

describe('a caption stored as an article', () => {
  it('gets a finding that turns it back into a caption of the article it follows', () => {
    const pages = [page('04.md', text)]
    const analysis = analyze(pages)
    const found = ofKind(analysis.findings, 'orphan-caption').filter((f) => f.variant === 'as-article')
    expect(found).toHaveLength(1)
    const [finding] = found
    expect(finding.candidates?.[0].label).toBe('气象服务助力兰花产业')
    const fixed = analyze(pages, finding.candidates![0].fix).issue
    expect(fixed.articles.map((a) => a.headline.join(''))).toEqual(['气象服务助力兰花产业', '中国气象局与国家烟草专卖局共商深化合作'])
    const captions = fixed.articles[0].blocks.filter((b) => b.type === 'caption')
    expect(captions.map((b) => b.caption?.credit)).toEqual(['图/顾世洋'])
  })

  it('is not applied by accept-all, which cannot tell which story the photo is of', () => {
    const [finding] = ofKind(analyze([page('04.md', text)]).findings, 'orphan-caption').filter((f) => f.variant === 'as-article')
    expect(finding?.confidence).toBeLessThan(0.5)
  })
})
