// Accept-all takes a finding's fix whole or not at all: a fix of several ops whose later op no
// longer fits (an earlier fix changed its block) leaves the issue as it was, never half-fixed.
import { describe, expect, it } from 'vitest'
import { acceptAllAfter, analyze, type Finding } from '../../src-main/core/index'
import { page } from './helpers'

const TEXT = ['## 城市绿道连成网', '今年以来,全市新增城市绿道八十公里。', '绿道沿线设置了二十个驿站。'].join('\n\n')

describe('accept-all with a fix of several ops', () => {
  it('keeps a paragraph whose fix would delete it but cannot put its text back (the second op misfits)', () => {
    const before = analyze([page('01.md', TEXT)])
    const article = before.issue.articles[0]
    const [first, second] = article.blocks
    // A move of a paragraph as two ops: out of the text, then back in with its words; the second
    // expects the block as it was before another fix changed it.
    const fix: Finding = {
      id: 'paragraph-break:test',
      kind: 'paragraph-break',
      articleIds: [article.id],
      blockIds: [first.id, second.id],
      message: 'test',
      confidence: 1,
      fix: [
        { kind: 'delete-blocks', blockIds: [first.id], expect: { [first.id]: first.hash } },
        { kind: 'edit-text', blockId: second.id, text: `${first.text}${second.text}`, expect: { [second.id]: 'a hash it no longer has' } },
      ],
    }
    const after = acceptAllAfter({ ...before, findings: [fix] }, [])
    const text = after.analysis.issue.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n')
    expect(text).toContain('全市新增城市绿道八十公里')
    expect(text).toContain('绿道沿线设置了二十个驿站')
    expect(after.ops).toEqual([])
  })
})
