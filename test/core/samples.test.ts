// The real pages in ../shared/samples: what a careful editor would have after accepting every fix.
// Skips, with one printed line, where the samples folder is absent.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze, parseIssue, type Issue, type Op } from '../../src-main/core/index'
import { articleByHeadline, ofKind, page, pageFromFile, pagesOf, paragraphs, SAMPLES, samplesOrSkip } from './helpers'

const have = samplesOrSkip()
const seedFile = path.join(SAMPLES, 'zhuzhou-daily-2024-01-30', '01.md')

describe.skipIf(!have)('the seed page (Zhuzhou Daily 2024-01-30, page 01), accept-all', () => {
  const run = () => acceptAll([pageFromFile(seedFile)])
  let cached: ReturnType<typeof run> | null = null
  const result = () => (cached ??= run())

  it('gives nine articles', () => {
    expect(result().analysis.issue.articles).toHaveLength(9)
  })

  it('joins fourteen paragraph breaks, one of them dropping the doubled 才', () => {
    const joins = result().ops.filter((op): op is Extract<Op, { kind: 'join-paragraphs' }> => op.kind === 'join-paragraphs')
    expect(joins).toHaveLength(14)
    const dropping = joins.filter((op) => op.dropDoubled)
    expect(dropping).toHaveLength(1)
    const source = parseIssue([pageFromFile(seedFile)])
    const right = source.articles.flatMap((article) => article.blocks).find((block) => block.id === dropping[0].blockIds[1])
    const left = source.articles.flatMap((article) => article.blocks).find((block) => block.id === dropping[0].blockIds[0])
    expect(right?.text.startsWith('才')).toBe(true)
    expect(left?.text.endsWith('才')).toBe(true)
  })

  it('reports the doubled 才 in the paragraph-break finding', () => {
    const findings = ofKind(analyze([pageFromFile(seedFile)]).findings, 'paragraph-break')
    expect(findings.filter((finding) => finding.doubled).map((finding) => finding.doubled)).toEqual(['才'])
  })

  it('keeps the repeated passage once: 10家株企获省级制造业质量品牌荣誉 ends with four body paragraphs', () => {
    const article = articleByHeadline(result().analysis.issue, '10家株企获省级制造业质量品牌荣誉')
    expect(paragraphs(article)).toHaveLength(4)
    const texts = paragraphs(article).map((block) => block.text)
    expect(new Set(texts).size).toBe(texts.length)
    // No body paragraph is contained in another (no cut-short copy left either).
    for (const a of texts) for (const b of texts) if (a !== b) expect(b.includes(a.slice(0, 30))).toBe(false)
  })

  it('leaves two unresolved jumps out to page 02: ① from the exhibition feature, ② from the skills studio story', () => {
    const { analysis } = result()
    const open = ofKind(analysis.findings, 'unresolved-jump')
    expect(open).toHaveLength(2)
    const expo = articleByHeadline(analysis.issue, '对标长沙,株洲会展学什么?')
    const studio = articleByHeadline(analysis.issue, '我市新增一家国家级技能大师工作室')
    const jumpOf = (article: typeof expo) => article.blocks.filter((block) => block.type === 'jump').map((block) => block.jump)
    expect(jumpOf(expo)).toEqual([{ direction: 'out', page: '02', label: '①', keyword: '' }])
    expect(jumpOf(studio)).toEqual([{ direction: 'out', page: '02', label: '②', keyword: '' }])
    expect(open.map((finding) => finding.missingPage)).toEqual(['02', '02'])
    expect(new Set(open.map((finding) => finding.articleIds[0]))).toEqual(new Set([expo.id, studio.id]))
    // The jump line is the last block of each head: nothing after it was glued on.
    expect(expo.blocks.at(-1)?.type).toBe('jump')
    expect(studio.blocks.at(-1)?.type).toBe('jump')
  })

  it('attaches the closing caption to “黑科技”助盲人出行 with its credit kept apart', () => {
    const { analysis } = result()
    const article = articleByHeadline(analysis.issue, '“黑科技”助盲人出行')
    const captions = article.blocks.filter((block) => block.type === 'caption')
    expect(captions).toHaveLength(1)
    expect(captions[0].caption?.credit).toBe('通讯员 供图')
    expect(captions[0].caption?.text).not.toContain('供图')
    const elsewhere = analysis.issue.articles.filter((other) => other !== article && other.blocks.some((block) => block.type === 'caption'))
    expect(elsewhere).toEqual([])
  })

  it('every article has a byline with at least one reporter', () => {
    for (const article of result().analysis.issue.articles) {
      const byline = article.blocks.find((block) => block.type === 'byline')?.byline ?? article.blocks.find((block) => block.byline)?.byline
      expect(byline, article.headline.join(' ')).toBeDefined()
      expect(byline!.reporters.length, article.headline.join(' ')).toBeGreaterThanOrEqual(1)
    }
  })

  it('the exhibition feature has two subheads and its byline line as byline, not body', () => {
    const article = articleByHeadline(result().analysis.issue, '对标长沙,株洲会展学什么?')
    expect(article.headline).toHaveLength(2)
    expect(article.blocks.filter((block) => block.type === 'subhead')).toHaveLength(2)
    const bylines = article.blocks.filter((block) => block.type === 'byline')
    expect(bylines.map((block) => block.text)).toEqual(['株洲日报全媒体记者/任远'])
    expect(bylines[0].byline?.reporters).toEqual(['任远'])
    expect(paragraphs(article).some((block) => block.text === '株洲日报全媒体记者/任远')).toBe(false)
  })

  it('accepting everything again adds nothing', () => {
    const first = result()
    expect(acceptAll([pageFromFile(seedFile)], first.ops).ops).toEqual(first.ops)
  })
})

/** Articles on page 01 whose jump-out lines name page 03, as the auto-split shows them. */
function headsTo03(issue: Issue) {
  return issue.articles.filter((article) => article.pages[0] === '01' && article.blocks.some((block) => block.type === 'jump' && block.jump?.direction === 'out' && block.jump.page === '03'))
}

describe.skipIf(!have)('Zhongguo Qixiangbao, multi-page issues', () => {
  it('2026-07-17: the three page-01 heads merge with their page-03 tails', () => {
    const pages = pagesOf(path.join(SAMPLES, 'zhongguo-qixiangbao-2026-07-17'))
    const source = parseIssue(pages)
    const heads = headsTo03(source)
    expect(heads).toHaveLength(3)
    const { analysis } = acceptAll(pages)
    for (const head of heads) {
      const merged = analysis.issue.articles.find((article) => article.id === head.id)!
      expect(merged.pages).toEqual(['01', '03'])
      expect(merged.blocks.some((block) => block.type === 'jump')).toBe(false)
      // The tail stood under the repeated headline: no second article with that headline is left.
      const same = analysis.issue.articles.filter((article) => article.headline.join('') === head.headline.join(''))
      expect(same).toHaveLength(1)
      expect(paragraphs(merged).length).toBeGreaterThan(paragraphs(head).length)
    }
    expect(ofKind(analysis.findings, 'unresolved-jump')).toEqual([])
  })

  it('2026-07-10: the head marked （下转第三版） stays unresolved and is glued to no page-03 story', () => {
    const pages = pagesOf(path.join(SAMPLES, 'zhongguo-qixiangbao-2026-07-10'))
    const source = parseIssue(pages)
    const heads = headsTo03(source)
    expect(heads).toHaveLength(1)
    const analysis = analyze(pages)
    const open = ofKind(analysis.findings, 'unresolved-jump').filter((finding) => finding.articleIds[0] === heads[0].id)
    expect(open).toHaveLength(1)
    expect(open[0].missingPage).toBeUndefined()
    const accepted = acceptAll(pages).analysis.issue
    expect(accepted.articles.find((article) => article.id === heads[0].id)!.pages).toEqual(['01'])
    const page03Before = source.articles.filter((article) => article.pages[0] === '03').map((article) => article.id)
    const page03After = accepted.articles.filter((article) => article.pages.includes('03'))
    for (const article of page03After) expect(article.pages).toEqual(['03'])
    expect(page03After.map((article) => article.id)).toEqual(page03Before.filter((id) => page03After.some((article) => article.id === id)))
  })
  it('2026-07-02: a tail whose head printed no jump line still finds its head by the repeated headline', () => {
    const pages = pagesOf(path.join(SAMPLES, 'zhongguo-qixiangbao-2026-07-02'))
    const source = parseIssue(pages)
    const tails = source.articles.filter((article) => article.blocks.some((block) => block.type === 'jump' && block.jump?.direction === 'in'))
    expect(tails.length).toBeGreaterThanOrEqual(2)
    const { analysis } = acceptAll(pages)
    expect(ofKind(analysis.findings, 'unresolved-jump')).toEqual([])
    const leftover = analysis.issue.articles.flatMap((article) => article.blocks).filter((block) => block.type === 'jump')
    expect(leftover).toEqual([])
    const spanning = analysis.issue.articles.filter((article) => article.pages.join(',') === '01,03')
    expect(spanning.length).toBe(tails.length)
  })
})

describe.skipIf(!have)('the seed page with its headline marks taken away', () => {
  it('splits into the same nine articles by what the page looks like, and finds the same defects', () => {
    const marked = pageFromFile(seedFile)
    const bare = page('01.md', marked.text.replace(/^## /gmu, ''))
    const withMarks = analyze([marked])
    const without = analyze([bare])
    expect(without.issue.articles.map((article) => article.headline)).toEqual(withMarks.issue.articles.map((article) => article.headline))
    expect(without.issue.articles.every((article) => article.confidence < 1)).toBe(true)
    const kinds = (findings: typeof without.findings) => findings.filter((finding) => finding.kind !== 'auto-split').map((finding) => finding.kind).sort()
    expect(kinds(without.findings)).toEqual(kinds(withMarks.findings))
    expect(ofKind(without.findings, 'auto-split')).toHaveLength(9)
  })
})

describe.skipIf(!have)('the Salt Lake Tribune front page of 1911 (hard-wrapped OCR, no marks)', () => {
  const file = path.join(SAMPLES, 'english', 'salt-lake-tribune-1911-09-17-p1.ocr.txt')
  const letters = (text: string) => text.replace(/[^A-Za-z]/gu, '').length

  it('comes out as its stories, most of them under their headlines, and loses no text', () => {
    const source = pageFromFile(file)
    const issue = acceptAll([source]).analysis.issue
    const headed = issue.articles.filter((article) => article.headline.length > 0)
    expect(issue.articles.length).toBeGreaterThanOrEqual(15)
    expect(headed.length).toBeGreaterThanOrEqual(issue.articles.length * 0.8)
    // Every letter of the page is in some article (running heads aside), headline or text.
    const kept = issue.articles.reduce((sum, article) => sum + letters(article.headline.join('')) + letters(article.blocks.map((block) => block.text).join('')), 0)
    expect(kept).toBeGreaterThanOrEqual(letters(source.text) * 0.98)
  })
})
