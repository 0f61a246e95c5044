// An edit's reply against the view last sent (library/delta.ts): only changed findings and
// articles go out, and what is remembered of the sent view does not hold its text again.
import { describe, expect, it } from 'vitest'
import { analyze, type Finding } from '../../src-main/core/index'
import { remember, updateAgainst, type IssueContent } from '../../src-main/library/delta'
import type { IssueSummary } from '../../src-main/library/views'
import { page } from '../core/helpers'

function contentWith(findings: Finding[], revision: string): IssueContent {
  const { issue } = analyze([page('01.md', '## 河堤步道贯通\n\n沿河步道全线贯通，市民可以从城南一直走到城北。\n')])
  return { summary: {} as IssueSummary, revision, pagesRevision: 'p1', articles: issue.articles, findings, conflicts: [], canUndo: false, canRedo: false, log: [] }
}

function finding(id: string, message: string): Finding {
  return { id, kind: 'suspicious-text', articleIds: [], blockIds: [], message, confidence: 0.3, fix: [] }
}

describe('replies against the view last sent', () => {
  it('carries the findings that changed, and only those', () => {
    const sent = remember(contentWith([finding('a', '第一处'), finding('b', '第二处')], 'v1'))
    const { update } = updateAgainst(sent, contentWith([finding('a', '第一处'), finding('b', '第二处改了')], 'v2'))
    expect(update.base).toBe('v1')
    expect(update.findings.map((f) => f.id)).toEqual(['b'])
    expect(update.articles).toEqual([])
  })

  it('remembers a finding in the same few characters however long its text', () => {
    // Kept as JSON, a 50 MB page's findings were 25 MB of strings held while the issue is open.
    const long = '长'.repeat(5000)
    const sent = remember(contentWith([finding('a', '短'), finding('b', long)], 'v1'))
    const kept = [...(sent?.findings.values() ?? [])]
    expect(kept).toHaveLength(2)
    expect(kept[1].length).toBe(kept[0].length)
    expect(kept[1].length).toBeLessThan(100)
  })
})
