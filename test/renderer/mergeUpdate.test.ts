// An edit's reply (only what changed) merged into the held view gives the view the main process
// would send whole, and keeps the objects an edit did not change, so memoised views skip them.
import { describe, expect, it } from 'vitest'
import type { IssueUpdate, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { keepUnchanged, mergeUpdate } from '../../src-renderer/src/features/workspace/mergeUpdate'
import { CN_ISSUE, EN_ISSUE, fixtureLibrary, harness, value, type Harness } from '../library/helpers'
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

async function opened(issueId: string): Promise<{ h: Harness; view: IssueView }> {
  const h = harness()
  value(await h.dispatch('library:open', { folder: fixtureLibrary() })) as LibraryView
  return { h, view: value(await h.dispatch('issue:open', { issueId })) as IssueView }
}

/** A view as the editor sees it: everything but the name the main process gave it. */
const seen = ({ revision: _revision, ...rest }: IssueView) => rest

describe('mergeUpdate', () => {
  it('merging each edit\'s reply gives what reopening the issue shows', async () => {
    const { h, view } = await opened(CN_ISSUE)
    const continuation = view.findings.find((f) => f.kind === 'continuation')!
    const brk = view.findings.find((f) => f.kind === 'paragraph-break')!
    const article = view.articles[0]!
    const edits: [string, object][] = [
      ['finding:accept', { issueId: CN_ISSUE, findingId: continuation.id }],
      ['op:apply', { issueId: CN_ISSUE, op: { kind: 'mark-reviewed', articleId: article.id, reviewed: true, expect: {} } }],
      ['finding:dismiss', { issueId: CN_ISSUE, findingId: brk.id }],
      ['edit:undo', { issueId: CN_ISSUE }],
      ['edit:undo', { issueId: CN_ISSUE }],
      ['edit:redo', { issueId: CN_ISSUE }],
      ['finding:accept', { issueId: CN_ISSUE, findingId: brk.id }],
    ]
    let held: IssueView | null = view
    for (const [channel, arg] of edits) {
      const update = value(await h.dispatch(channel, arg)) as IssueUpdate
      expect(update.articles.length, `${channel} sends only changed articles`).toBeLessThanOrEqual(update.articleIds.length)
      held = mergeUpdate(held, update)
      expect(held, channel).not.toBeNull()
    }
    const reopened = value(await h.dispatch('issue:open', { issueId: CN_ISSUE })) as IssueView
    expect(seen(held!)).toEqual(seen(reopened))
    expect(held!.log).toHaveLength(3)
  })

  it('keeps the held pages and the articles an edit did not touch as the same objects', async () => {
    const { h, view } = await opened(CN_ISSUE)
    const brk = view.findings.find((f) => f.kind === 'paragraph-break')!
    const update = value(await h.dispatch('finding:accept', { issueId: CN_ISSUE, findingId: brk.id })) as IssueUpdate
    const merged = mergeUpdate(view, update)!
    expect(merged.pages).toBe(view.pages)
    for (const [i, a] of merged.articles.entries()) {
      if (brk.articleIds.includes(a.id)) expect(a).not.toBe(view.articles[i])
      else expect(a).toBe(view.articles[i])
    }
  })

  it('does not merge a reply made against another view (another window edited meanwhile)', async () => {
    const { h, view: mine } = await opened(EN_ISSUE)
    const theirs = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    const update = value(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: mine.findings[0]!.id })) as IssueUpdate
    expect(update.base).toBe(theirs.revision)
    expect(mergeUpdate(mine, update)).toBeNull()
    const reopened = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    expect(seen(mergeUpdate(theirs, update)!)).toEqual(seen(reopened))
  })

  it('merges a whole reply (no base) into any view of the same pages', async () => {
    const { h, view } = await opened(EN_ISSUE)
    const update = value(await h.dispatch('finding:accept', { issueId: EN_ISSUE, findingId: view.findings[0]!.id })) as IssueUpdate
    const reopened = value(await h.dispatch('issue:open', { issueId: EN_ISSUE })) as IssueView
    const whole: IssueUpdate = {
      ...update,
      base: null,
      articles: reopened.articles,
      findings: reopened.findings,
      logFrom: 0,
      log: reopened.log,
    }
    expect(seen(mergeUpdate(view, whole)!)).toEqual(seen(reopened))
    expect(mergeUpdate({ ...view, pagesRevision: 'other pages' }, whole)).toBeNull()
  })
})
