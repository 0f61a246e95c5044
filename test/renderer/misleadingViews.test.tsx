// Views that misled the editor (issue 15 §3): each test is what the editor saw go wrong.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Finding } from '../../src-main/core/model'
import { ArticlePane } from '../../src-renderer/src/features/workspace/ArticlePane'
import type { Intent } from '../../src-renderer/src/features/findings/intent'
import * as fx from './fixtures'
import { renderPanel } from './panel'
import { renderWithI18n } from './render'

function panel(finding: Finding, lng: 'en' | 'zh-CN' = 'en') {
  const onIntent = vi.fn<(intent: Intent) => void>()
  const onChooseCandidate = vi.fn<(index: number) => void>()
  renderPanel(finding, onIntent, { candidateIndex: 1, onChooseCandidate, lng })
  return { onIntent, onChooseCandidate }
}

const merge = (tailId: string) => ({ kind: 'merge-continuation' as const, headId: '01-skills', tailId, dropBlockIds: ['01-j1'], expect: {} })
const unmatched: Finding = {
  ...fx.unresolved,
  missingPage: undefined,
  variant: 'out-unmatched',
  params: { article: '技能大师工作室', page: '02', jump: '（下转第2版）' },
  candidates: [
    { articleId: '02-expo', score: 0, label: '对标长沙,株洲会展学什么?', fix: [merge('02-expo')] },
    { articleId: '02-other', score: 0, label: '另一篇文章', fix: [merge('02-other')] },
  ],
}

describe('a jump to a page that exists but holds no matching tail', () => {
  it('names the page, says no article there continues it, and links the article the editor picks', async () => {
    const { onIntent } = panel(unmatched)
    expect(screen.queryByText(/page \?/)).toBeNull()
    expect(screen.queryByText(/not in this issue/)).toBeNull()
    expect(screen.queryByRole('textbox', { name: /Add page/ })).toBeNull()
    expect(screen.getByText('No article on page 02 continues it. Pick the one that does:')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /另一篇文章/ })).toBeChecked()
    await userEvent.click(screen.getByRole('button', { name: /Link/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'accept', findingId: 'f-jump', candidateIndex: 1, candidateArticleId: '02-other' })
  })

  it('prints the bracketed marker once, not inside a second pair of brackets (zh)', () => {
    panel(unmatched, 'zh-CN')
    expect(screen.getByText(/“技能大师工作室”转至第02版（下转第2版），但该版没有接续的文章/)).toBeInTheDocument()
    expect(screen.queryByText(/第\?版/)).toBeNull()
  })
})

describe('continuation candidates', () => {
  it('show a score of at most 100 % and the evidence behind it', () => {
    panel({
      ...fx.continuation,
      candidates: [
        { ...fx.continuation.candidates![0], score: 1, evidence: ['page', 'marker', 'headline'] },
        { ...fx.continuation.candidates![1], score: 0.43, evidence: ['page', 'marker'] },
      ],
    })
    const first = screen.getByRole('radio', { name: /对标长沙/ }).closest('label')!
    expect(first).toHaveTextContent('100%')
    expect(first).toHaveTextContent(/page.*marker.*headline/)
    expect(screen.getByRole('radio', { name: /另一篇文章/ }).closest('label')).toHaveTextContent('43%')
  })
})

describe('the article pane, as it will be exported', () => {
  const dateline = '本报讯(记者 林晓 通讯员 周平)'
  const withDateline = fx.article('01-park', ['江边湿地公园扩建完工'], [
    fx.block('01-k1', 'paragraph', `${dateline} 经过两年施工,江边湿地公园扩建工程日前完工。`, { byline: { text: dateline, reporters: ['林晓'], correspondents: ['周平'] } }),
    fx.block('01-k2', 'paragraph', '扩建后的公园面积达到三百公顷。'),
  ])

  function pane(article = withDateline) {
    const onEditBlock = vi.fn()
    const { container } = renderWithI18n(
      <ArticlePane article={article} flagged={new Set()} current={new Set(['01-k2'])} jumps={new Map()} onEditBlock={onEditBlock} onEditHeadline={vi.fn()} onEditByline={vi.fn()} />,
    )
    return { container, onEditBlock }
  }

  it('prints a dateline byline once, at the start of the first paragraph as the exports do', () => {
    const { container } = pane()
    expect(container.textContent?.split('记者 林晓').length).toBe(2)
    expect(screen.getByText(dateline, { selector: '.byline-inline' })).toBeInTheDocument()
  })

  it('edits a paragraph on double-click', async () => {
    pane()
    await userEvent.dblClick(screen.getByText('扩建后的公园面积达到三百公顷。'))
    expect(screen.getByRole('textbox', { name: 'Paragraph 2' })).toHaveValue('扩建后的公园面积达到三百公顷。')
  })
})

describe('a subhead glued to the end of a paragraph', () => {
  it('is shown as a subhead to split off, and its button sends the split', async () => {
    const paragraph = fx.articles[0]!.blocks.find((b) => b.type === 'paragraph')!
    const glued: Finding = {
      id: 'f-glued',
      kind: 'paragraph-break',
      variant: 'glued-subhead',
      articleIds: [fx.articles[0]!.id],
      blockIds: [paragraph.id],
      message: 'glued',
      params: { article: '技能大师工作室', subhead: paragraph.text.slice(-6) },
      confidence: 0.45,
      fix: [{ kind: 'split-off-subhead', blockId: paragraph.id, at: paragraph.text.length - 6, expect: {} }],
    }
    const { onIntent } = panel(glued)
    expect(screen.queryByRole('button', { name: /Join/ })).toBeNull()
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(paragraph.text.slice(-6))
    await userEvent.click(screen.getByRole('button', { name: /Split off the subhead/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'accept', findingId: 'f-glued' })
  })
})
