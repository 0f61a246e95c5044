// Each finding kind's view, as an editor meets it: what it shows and what its buttons send.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Finding } from '../../src-main/core/model'
import { FindingPanel } from '../../src-renderer/src/features/findings/FindingPanel'
import type { Intent } from '../../src-renderer/src/features/findings/intent'
import type { Side } from '../../src-renderer/src/features/workspace/reviewReducer'
import * as fx from './fixtures'
import { renderWithI18n } from './render'

function panel(finding: Finding, opts: { side?: Side; candidateIndex?: number; lng?: 'en' | 'zh-CN' } = {}) {
  const onIntent = vi.fn<(intent: Intent) => void>()
  const onChooseCandidate = vi.fn<(index: number) => void>()
  const onAddPage = vi.fn<(path: string) => void>()
  const utils = renderWithI18n(
    <FindingPanel
      finding={finding}
      position={1}
      total={6}
      articles={fx.articles}
      side={opts.side ?? 'left'}
      candidateIndex={opts.candidateIndex ?? 0}
      tools={{ article: fx.quality, previous: fx.skills, next: fx.expo, targets: [fx.skills, fx.expo], onApply: () => {} }}
      onIntent={onIntent}
      onChooseCandidate={onChooseCandidate}
      onAddPage={onAddPage}
    />,
    { lng: opts.lng },
  )
  return { ...utils, onIntent, onChooseCandidate, onAddPage }
}

describe('paragraph-break view', () => {
  it('shows the two parts and the joined result with the doubled 才 struck out', () => {
    panel(fx.paragraphBreak)
    expect(screen.getByTestId('break-first')).toHaveTextContent('培养高技能人才')
    expect(screen.getByTestId('break-second')).toHaveTextContent(/^才,职业院校/)
    const joined = screen.getByTestId('break-joined')
    expect(joined).toHaveTextContent('培养高技能人才才,职业院校')
    const struck = joined.querySelector('del')
    expect(struck).toHaveTextContent('才')
    expect(screen.getByText(/printed twice at the break/)).toBeInTheDocument()
  })

  it('joins on Join and dismisses on Dismiss', async () => {
    const { onIntent } = panel(fx.paragraphBreak)
    await userEvent.click(screen.getByRole('button', { name: /Join/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'accept', findingId: 'f-break' })
    await userEvent.click(screen.getByRole('button', { name: /Dismiss/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'dismiss', findingId: 'f-break' })
  })

  it('keeps a doubled character that the fix does not drop (天天 is a word)', () => {
    const keep: Finding = {
      ...fx.paragraphBreak,
      doubled: '才',
      fix: [{ kind: 'join-paragraphs', blockIds: ['01-p1', '01-p2'], dropDoubled: false, expect: {} }],
    }
    panel(keep)
    expect(screen.getByTestId('break-joined').querySelector('del')).toBeNull()
  })

  it('speaks Chinese when the interface is zh-CN', () => {
    panel(fx.paragraphBreak, { lng: 'zh-CN' })
    expect(screen.getByRole('heading', { name: /段落断开/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /合并段落/ })).toBeInTheDocument()
  })
})

describe('duplicate-passage view', () => {
  it('shows the copies side by side with the OCR difference marked', () => {
    panel(fx.duplicate)
    const table = screen.getByRole('table')
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(3)
    const [, , second] = rows
    expect(second?.querySelector('del.diff-removed')).toHaveTextContent('料')
    expect(second?.querySelector('ins.diff-added')).toHaveTextContent('枓')
  })

  it('keeps the right-hand copy by deleting the left-hand one', async () => {
    const { onIntent } = panel(fx.duplicate)
    await userEvent.click(screen.getByRole('button', { name: /Keep right/ }))
    expect(onIntent).toHaveBeenLastCalledWith({
      type: 'ops',
      ops: [{ kind: 'delete-blocks', blockIds: ['01-q1', '01-q2'], expect: { '01-q1': 'h-01-q1', '01-q2': 'h-01-q2' } }],
    })
  })

  it('keeps left by accepting the proposal and keeps both by dismissing', async () => {
    const { onIntent } = panel(fx.duplicate)
    await userEvent.click(screen.getByRole('button', { name: /Keep left/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'accept', findingId: 'f-dup' })
    await userEvent.click(screen.getByRole('button', { name: /Keep both/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'dismiss', findingId: 'f-dup' })
  })

  it('marks the side chosen with the arrow keys', () => {
    panel(fx.duplicate, { side: 'right' })
    expect(screen.getByRole('button', { name: /Keep right/ })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: /Keep left/ })).toHaveAttribute('aria-pressed', 'false')
  })

  it('edits the kept copy: drops the other copy, then edits the changed paragraph', async () => {
    const { onIntent } = panel(fx.duplicate)
    await userEvent.click(screen.getByRole('button', { name: /Edit the kept copy/ }))
    const field = screen.getByRole('textbox', { name: /Kept copy/ })
    await userEvent.clear(field)
    await userEvent.type(field, '近日,名单公布。{Enter}{Enter}这些企业覆盖轨道交通等产业。')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    const intent = onIntent.mock.calls.at(-1)?.[0]
    expect(intent?.type).toBe('ops')
    if (intent?.type !== 'ops') return
    expect(intent.ops.map((op) => op.kind)).toEqual(['delete-blocks', 'edit-text', 'edit-text'])
    expect(intent.ops[1]).toMatchObject({ blockId: '01-q1', text: '近日,名单公布。' })
  })
})

describe('continuation view', () => {
  it('puts the head end and the tail start side by side with their jump lines', () => {
    panel(fx.continuation)
    const head = screen.getByRole('figure', { name: 'End of the article' })
    const tail = screen.getByRole('figure', { name: 'Start of the continuation' })
    expect(within(head).getByText('▶▶下转02版①')).toBeInTheDocument()
    expect(within(tail).getByText('▲▲上接01版①')).toBeInTheDocument()
    expect(within(tail).getByText('学长沙:把展会办成城市的节日。')).toBeInTheDocument()
  })

  it('merges the chosen candidate, lists the others ranked, and can say there is none', async () => {
    const { onIntent, onChooseCandidate } = panel(fx.continuation, { candidateIndex: 1 })
    const tail = screen.getByRole('figure', { name: 'Start of the continuation' })
    expect(within(tail).getByText('与会展无关的文字。')).toBeInTheDocument()
    const radios = screen.getAllByRole('radio')
    expect(radios).toHaveLength(2)
    await userEvent.click(radios[0] as HTMLElement)
    expect(onChooseCandidate).toHaveBeenCalledWith(0)
    await userEvent.click(screen.getByRole('button', { name: /Merge/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'accept', findingId: 'f-cont', candidateIndex: 1, candidateArticleId: '02-other' })
    await userEvent.click(screen.getByRole('button', { name: /No continuation/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'dismiss', findingId: 'f-cont' })
  })
})

describe('unresolved-jump view', () => {
  it('names the missing page and offers to add it', async () => {
    const { onAddPage } = panel(fx.unresolved)
    expect(screen.getByText('The jump points to page 02, which is not in this issue.')).toBeInTheDocument()
    expect(screen.getByText('▶▶下转02版②')).toBeInTheDocument()
    await userEvent.type(screen.getByRole('textbox', { name: /Add page 02/ }), '株洲日报-2024-01-30/02.md')
    await userEvent.click(screen.getByRole('button', { name: 'Add' }))
    expect(onAddPage).toHaveBeenCalledWith('株洲日报-2024-01-30/02.md')
  })
})

describe('orphan-caption view', () => {
  it('shows the caption with its credit apart and attaches it to the chosen candidate', async () => {
    const { onIntent } = panel(fx.orphanCaption, { candidateIndex: 0 })
    expect(screen.getByText('“远程辅助导航与虚拟陪伴系统”测试现场。')).toBeInTheDocument()
    expect(screen.getByText('Credit: 通讯员 供图')).toBeInTheDocument()
    const radios = screen.getAllByRole('radio', { name: /./ })
    expect(radios[0]).toBeChecked()
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('“黑科技”助盲人出行')
    await userEvent.click(screen.getByRole('button', { name: /Attach/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'accept', findingId: 'f-caption', candidateIndex: 0, candidateArticleId: '01-blind' })
  })
})

describe('split-suspect view', () => {
  it('splits the article at a chosen paragraph under a typed headline', async () => {
    const { onIntent } = panel(fx.splitSuspect)
    expect(screen.getByText('Two stories under one headline?')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /before paragraph/ }), '01-q3')
    await userEvent.type(screen.getByRole('textbox', { name: 'New headline' }), '第二篇')
    await userEvent.click(screen.getByRole('button', { name: 'Split' }))
    expect(onIntent).toHaveBeenLastCalledWith({
      type: 'ops',
      ops: [{ kind: 'split-article', articleId: '01-quality', atBlockId: '01-q3', headline: ['第二篇'], expect: { '01-q3': 'h-01-q3' } }],
    })
  })

  it('merges with the previous article and moves paragraphs to another', async () => {
    const { onIntent } = panel(fx.splitSuspect)
    await userEvent.click(screen.getByRole('button', { name: 'Merge into the previous article' }))
    expect(onIntent.mock.calls.at(-1)?.[0]).toMatchObject({ type: 'ops', ops: [{ kind: 'merge-articles', articleId: '01-quality', intoId: '01-skills' }] })
    await userEvent.click(screen.getByRole('checkbox', { name: /^4\./ }))
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'to' }), '01-expo')
    await userEvent.click(screen.getByRole('button', { name: 'Move' }))
    expect(onIntent.mock.calls.at(-1)?.[0]).toMatchObject({ type: 'ops', ops: [{ kind: 'move-blocks', blockIds: ['01-q4'], toArticleId: '01-expo' }] })
  })

  it('dismisses when the boundary is right', async () => {
    const { onIntent } = panel(fx.splitSuspect)
    await userEvent.click(screen.getByRole('button', { name: /The boundary is right/ }))
    expect(onIntent).toHaveBeenLastCalledWith({ type: 'dismiss', findingId: 'f-split' })
  })
})

describe('finding messages', () => {
  it('words a finding in the interface language from the variant and values the core gives', () => {
    const worded = { ...fx.unresolved, variant: 'out-missing', params: { article: '技能大师工作室', page: '02', jump: '▶▶下转02版②' } }
    panel(worded, { lng: 'zh-CN' })
    expect(screen.getByText('“技能大师工作室”转至第02版（▶▶下转02版②），但本期没有这一版')).toBeInTheDocument()
  })

  it('falls back to the core’s English message for a wording it does not know', () => {
    panel({ ...fx.unresolved, variant: 'something-new', params: { article: 'x' } }, { lng: 'zh-CN' })
    expect(screen.getByText('Jump to page 02 has no partner')).toBeInTheDocument()
  })
})
