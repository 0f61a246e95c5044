// An edit's lean reply merged into the held view keeps the objects an edit did not change, so
// memoised views skip them; whatever changed is the reply's.
import { describe, expect, it } from 'vitest'
import { keepUnchanged } from '../../src-renderer/src/features/workspace/useIssue'
import { article, articles, block, findings, quality, skills } from './fixtures'

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

describe('keepUnchanged', () => {
  it('hands back the held list when nothing changed', () => {
    expect(keepUnchanged(articles, copy(articles))).toBe(articles)
    expect(keepUnchanged(findings, copy(findings))).toBe(findings)
  })

  it('keeps unchanged articles and blocks, takes changed ones from the reply', () => {
    const joined = article(skills.id, skills.headline, [
      block('01-p1', 'paragraph', '株洲日报讯 joined', { hash: 'h-new' }),
      ...copy(skills.blocks.slice(2)),
    ])
    const after = [joined, ...copy(articles.slice(1))]
    const merged = keepUnchanged(articles, after)
    expect(merged).toEqual(after)
    expect(merged[0]).not.toBe(skills)
    expect(merged[0]?.blocks[0]).toBe(joined.blocks[0])
    expect(merged[0]?.blocks[1]).toBe(skills.blocks[2])
    expect(merged[1]).toBe(quality)
  })

  it('sees a change outside the blocks (reviewed) and a finding gone', () => {
    const after = copy(articles)
    after[1] = { ...after[1]!, reviewed: true }
    const merged = keepUnchanged(articles, after)
    expect(merged[1]).not.toBe(quality)
    expect(merged[1]?.reviewed).toBe(true)
    expect(merged[1]?.blocks[0]).toBe(quality.blocks[0])
    const fewer = keepUnchanged(findings, copy(findings.slice(1)))
    expect(fewer).toEqual(findings.slice(1))
    expect(fewer[0]).toBe(findings[1])
  })
})
