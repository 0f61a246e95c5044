// The editor's structure tools as ops (issue 15 §2): delete, split a paragraph, change a line's
// type, attach a caption, link a jump, and a merge that a split or an undo takes back exactly.
import { describe, expect, it } from 'vitest'
import { apply, exportIssue, analyzeParsed, parseIssue, type Block, type Issue, type Op } from '../../src-main/core/index'
import { articleByHeadline, page, paragraphs } from './helpers'

const TEXT = [
  '## 城市绿道连成网 八十公里串起十二座公园',
  '本报讯(记者 周敏) 今年以来,全市新增城市绿道八十公里,串联起江边、山边和城区的十二座公园。',
  '绿道沿线设置了二十个驿站,提供饮用水、休息座椅和共享单车停放点。',
  '园林部门表示,明年将继续推进绿道向城郊延伸,力争实现主城区居民出门十分钟即可到达绿道入口的目标。',
  '## 公交线路调整',
  '本报讯(记者 陈晨) 下周起,三条公交线路调整走向,新增站点六个,方便新建小区居民出行。▶▶下转02版①',
  '志愿者在绿道驿站为骑行市民提供饮用水和休息座椅。通讯员 供图',
].join('\n\n')

const PAGE2 = ['## 新建小区出行更方便', '公交公司表示,调整后的线路将覆盖城东三个新建小区,早晚高峰加密班次。'].join('\n\n')

const source = (): Issue => parseIssue([page('01.md', TEXT), page('02.md', PAGE2)])
const expectOf = (...blocks: Block[]): Record<string, string> => Object.fromEntries(blocks.map((b) => [b.id, b.hash]))
const green = (issue: Issue) => articleByHeadline(issue, '城市绿道')
const bus = (issue: Issue) => articleByHeadline(issue, '公交线路')

function applied(ops: Op[]): Issue {
  const result = apply(source(), ops)
  expect(result.conflicts).toEqual([])
  return result.issue
}

describe('structure ops', () => {
  it('deletes one paragraph, and a whole article when every block of it is deleted', () => {
    const issue = source()
    const [, second] = paragraphs(green(issue))
    const one = applied([{ kind: 'delete-blocks', blockIds: [second.id], expect: expectOf(second) }])
    expect(paragraphs(green(one)).map((b) => b.text)).not.toContain(second.text)
    const all = green(issue).blocks
    const gone = applied([{ kind: 'delete-blocks', blockIds: all.map((b) => b.id), expect: expectOf(...all) }])
    expect(gone.articles.map((a) => a.headline.join(' '))).not.toContain(green(issue).headline.join(' '))
  })

  it('deletes an article left with a headline alone, and refuses to when it has text', () => {
    const issue = source()
    const tail = articleByHeadline(issue, '新建小区')
    const moved = tail.blocks
    const emptied: Op = { kind: 'move-blocks', blockIds: moved.map((b) => b.id), toArticleId: bus(issue).id, expect: expectOf(...moved) }
    const after = applied([emptied, { kind: 'delete-article', articleId: tail.id, expect: {} }])
    expect(after.articles.map((a) => a.id)).not.toContain(tail.id)
    expect(apply(issue, [{ kind: 'delete-article', articleId: tail.id, expect: {} }]).conflicts).toHaveLength(1)
  })

  it('splits a paragraph at a character offset into two paragraphs, and the export prints both', () => {
    const issue = source()
    const [, second] = paragraphs(green(issue))
    const at = Array.from('绿道沿线设置了二十个驿站,').length
    const after = applied([{ kind: 'split-paragraph', blockId: second.id, at, expect: expectOf(second) }])
    const texts = paragraphs(green(after)).map((b) => b.text)
    expect(texts).toContain('绿道沿线设置了二十个驿站,')
    expect(texts).toContain('提供饮用水、休息座椅和共享单车停放点。')
    expect(new Set(green(after).blocks.map((b) => b.id)).size).toBe(green(after).blocks.length)
    const md = exportIssue(analyzeParsed(after, []), 'md')
    expect(md).toContain('绿道沿线设置了二十个驿站,\n\n提供饮用水')
  })

  it('refuses a split at the very start or end of a paragraph as a misfit', () => {
    const issue = source()
    const [, second] = paragraphs(green(issue))
    const result = apply(issue, [{ kind: 'split-paragraph', blockId: second.id, at: Array.from(second.text).length, expect: expectOf(second) }])
    expect(result.conflicts).toHaveLength(1)
  })

  it('turns a paragraph into a subhead and into a caption, and back', () => {
    const issue = source()
    const [, second] = paragraphs(green(issue))
    const sub = applied([{ kind: 'set-block-type', blockId: second.id, type: 'subhead', expect: expectOf(second) }])
    const asSub = green(sub).blocks.find((b) => b.text === second.text)!
    expect(asSub.type).toBe('subhead')
    const back = apply(sub, [{ kind: 'set-block-type', blockId: asSub.id, type: 'paragraph', expect: expectOf(asSub) }]).issue
    expect(green(back).blocks.find((b) => b.text === second.text)!.type).toBe('paragraph')
    const cap = applied([{ kind: 'set-block-type', blockId: second.id, type: 'caption', expect: expectOf(second) }])
    const asCaption = green(cap).blocks.find((b) => b.text === second.text)!
    expect(asCaption.type).toBe('caption')
    expect(asCaption.caption?.text).toBe(second.text)
  })

  it('attaches a caption to the article the editor picks', () => {
    const issue = source()
    const caption = issue.articles.flatMap((a) => a.blocks).find((b) => b.type === 'caption')!
    const after = applied([{ kind: 'attach-caption', blockId: caption.id, articleId: green(issue).id, expect: expectOf(caption) }])
    expect(green(after).blocks.at(-1)!.id).toBe(caption.id)
  })

  it('links a jump to an article the editor picks on the page it names: the tail joins the head, the jump line goes', () => {
    const issue = source()
    const head = bus(issue)
    const jump = head.blocks.find((b) => b.type === 'jump')!
    const tail = articleByHeadline(issue, '新建小区')
    const after = applied([{ kind: 'merge-continuation', headId: head.id, tailId: tail.id, dropBlockIds: [jump.id], expect: expectOf(jump) }])
    expect(bus(after).pages).toEqual(['01', '02'])
    expect(bus(after).blocks.map((b) => b.text)).toContain(paragraphs(tail)[0].text)
    expect(after.articles.some((a) => a.headline.join('').includes('新建小区'))).toBe(false)
  })

  it('merging back a split made from a paragraph gives the paragraph back as it was, and splitting again gives the same article', () => {
    const issue = source()
    const [, second] = paragraphs(green(issue))
    const split: Op = { kind: 'split-article', articleId: green(issue).id, atBlockId: second.id, headline: [], expect: expectOf(second) }
    const once = applied([split])
    const created = once.articles.find((a) => a.headline[0] === second.text)!
    const merge: Op = { kind: 'merge-articles', articleId: created.id, intoId: green(issue).id, headlineAs: 'subhead', expect: {} }
    const merged = applied([split, merge])
    expect(merged.articles.map((a) => a.id)).toEqual(issue.articles.map((a) => a.id))
    expect(green(merged).blocks).toEqual(green(issue).blocks)
    const again = applied([split, merge, split])
    expect(again.articles.map((a) => ({ id: a.id, headline: a.headline, blocks: a.blocks.map((b) => b.id) }))).toEqual(
      once.articles.map((a) => ({ id: a.id, headline: a.headline, blocks: a.blocks.map((b) => b.id) })),
    )
  })

  it('merging back a split whose headline the editor typed drops that headline: it was never printed in the story', () => {
    const issue = source()
    const [, second] = paragraphs(green(issue))
    const split: Op = { kind: 'split-article', articleId: green(issue).id, atBlockId: second.id, headline: ['绿道驿站'], expect: {} }
    const created = applied([split]).articles.find((a) => a.headline[0] === '绿道驿站')!
    const merged = applied([split, { kind: 'merge-articles', articleId: created.id, intoId: green(issue).id, headlineAs: 'subhead', expect: {} }])
    expect(green(merged).blocks).toEqual(green(issue).blocks)
  })

  it('splitting again where a story was merged in brings that story back under its own id and headline', () => {
    const issue = source()
    const [from, into] = [bus(issue), green(issue)]
    const merge: Op = { kind: 'merge-articles', articleId: from.id, intoId: into.id, headlineAs: 'subhead', expect: {} }
    const merged = applied([merge])
    const heading = green(merged).blocks.find((b) => b.type === 'subhead')!
    const again = applied([merge, { kind: 'split-article', articleId: into.id, atBlockId: heading.id, headline: [], expect: expectOf(heading) }])
    expect(again.articles.map((a) => a.id)).toEqual(issue.articles.map((a) => a.id))
    expect(bus(again).headline).toEqual(from.headline)
    expect(bus(again).blocks.map((b) => b.id)).toEqual(from.blocks.map((b) => b.id))
  })
})
