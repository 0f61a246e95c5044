// The article pane: the article as it will export, findings highlighted, jump state, and edits.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ArticlePane, type JumpState } from '../../src-renderer/src/features/workspace/ArticlePane'
import { DraftScope } from '../../src-renderer/src/features/workspace/unsaved'
import * as fx from './fixtures'
import { leaving, renderWithI18n } from './render'

function pane(jumps = new Map<string, JumpState>([['01-j1', { state: 'unresolved', page: '02' }]])) {
  const props = { onEditBlock: vi.fn(), onEditHeadline: vi.fn(), onEditByline: vi.fn() }
  renderWithI18n(<ArticlePane article={fx.skills} flagged={new Set(['01-p1', '01-p2'])} current={new Set(['01-p2'])} jumps={jumps} {...props} />)
  return props
}

describe('article pane', () => {
  it('shows the stacked headline, the body and the jump with the page it is missing', () => {
    pane()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('技能大师工作室培养高技能人才')
    expect(screen.getByText('▶▶下转02版②')).toBeInTheDocument()
    expect(screen.getByText('page 02 missing')).toBeInTheDocument()
  })

  it('highlights the blocks findings point at, the current finding strongest', () => {
    pane()
    expect(screen.getByText(/^才,职业院校/).closest('.block')).toHaveClass('hit-current')
    expect(screen.getByText(/近年来/).closest('.block')).toHaveClass('hit')
  })

  it('edits a paragraph in place and hands the new text up', async () => {
    const { onEditBlock } = pane()
    await userEvent.click(screen.getByRole('button', { name: 'Edit Paragraph 2' }))
    const field = screen.getByRole('textbox', { name: 'Paragraph 2' })
    await userEvent.clear(field)
    await userEvent.type(field, '职业院校与企业共建工作室。')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onEditBlock).toHaveBeenCalledWith(expect.objectContaining({ id: '01-p2' }), '职业院校与企业共建工作室。')
  })

  it('edits the headline one part per line', async () => {
    const { onEditHeadline } = pane()
    await userEvent.click(screen.getByRole('button', { name: /Edit Headline/ }))
    await userEvent.type(screen.getByRole('textbox', { name: /Headline/ }), '{Enter}副题')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onEditHeadline).toHaveBeenCalledWith(['技能大师工作室', '培养高技能人才', '副题'])
  })

  it('says why Galley started a story there and that M merges it back', () => {
    const props = { onEditBlock: vi.fn(), onEditHeadline: vi.fn(), onEditByline: vi.fn() }
    const article = { ...fx.skills, split: { reason: 'headline-over-paragraph' as const } }
    renderWithI18n(<ArticlePane article={article} flagged={new Set()} current={new Set()} jumps={new Map()} {...props} />)
    expect(screen.getByText(/a headline over a paragraph start · press M to merge it into the previous article/)).toBeInTheDocument()
  })

  it('says why Galley started a story on a hard-wrapped Chinese page, in the interface language', () => {
    const props = { onEditBlock: vi.fn(), onEditHeadline: vi.fn(), onEditByline: vi.fn() }
    const article = { ...fx.skills, split: { reason: 'story-ended' as const } }
    renderWithI18n(<ArticlePane article={article} flagged={new Set()} current={new Set()} jumps={new Map()} {...props} />)
    expect(screen.getByText(/the story above was signed off, sent on to another page or credited · press M/)).toBeInTheDocument()
  })

  it('holds the page while typed text is not saved, and lets it go once saved or cancelled', async () => {
    const { onEditBlock } = pane()
    const edit = screen.getAllByRole('button', { name: /Edit Paragraph/ })[0]
    await userEvent.click(edit)
    expect(leaving()).toBe(false) // opened, nothing typed yet
    await userEvent.type(screen.getByRole('textbox'), '改')
    expect(leaving()).toBe(true)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(onEditBlock).toHaveBeenCalledTimes(1)
    expect(leaving()).toBe(false)
    await userEvent.click(screen.getAllByRole('button', { name: /Edit Paragraph/ })[0])
    await userEvent.type(screen.getByRole('textbox'), '改')
    expect(leaving()).toBe(true)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(leaving()).toBe(false)
  })

  it('keeps typed text over moving to another article and back, and never shows one article\'s headline edit over another', async () => {
    const props = { onEditBlock: vi.fn(), onEditHeadline: vi.fn(), onEditByline: vi.fn(), flagged: new Set<string>(), current: new Set<string>(), jumps: new Map<string, JumpState>() }
    const view = renderWithI18n(<ArticlePane article={fx.skills} {...props} />)
    await userEvent.click(screen.getByRole('button', { name: 'Edit Paragraph 2' }))
    await userEvent.clear(screen.getByRole('textbox', { name: 'Paragraph 2' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Paragraph 2' }), '职业院校共建。')
    await userEvent.click(screen.getByRole('button', { name: /Edit Headline/ }))
    await userEvent.type(screen.getByRole('textbox', { name: /Headline/ }), '副题')
    // To another article: no edit field of the first is shown over it.
    view.rerenderUi(<ArticlePane article={fx.quality} {...props} />)
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('10家株企获省级制造业质量品牌荣誉')
    // Back: both fields open again with what was typed, and nothing was saved meanwhile.
    view.rerenderUi(<ArticlePane article={fx.skills} {...props} />)
    expect(screen.getByRole('textbox', { name: 'Paragraph 2' })).toHaveValue('职业院校共建。')
    expect((screen.getByRole('textbox', { name: /Headline/ }) as HTMLTextAreaElement).value).toMatch(/副题$/)
    expect([props.onEditBlock, props.onEditHeadline].map((fn) => fn.mock.calls.length)).toEqual([0, 0])
    await userEvent.click(screen.getAllByRole('button', { name: 'Cancel' })[0])
    await userEvent.click(screen.getAllByRole('button', { name: 'Cancel' })[0])
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('keeps the typed text when the save is refused, and never opens it on the same block of another issue', async () => {
    const refused = { onEditBlock: vi.fn(() => Promise.resolve(false)), onEditHeadline: vi.fn(), onEditByline: vi.fn(), flagged: new Set<string>(), current: new Set<string>(), jumps: new Map<string, JumpState>() }
    const view = renderWithI18n(<DraftScope.Provider value="issue-a"><ArticlePane article={fx.skills} {...refused} /></DraftScope.Provider>)
    await userEvent.click(screen.getByRole('button', { name: 'Edit Paragraph 2' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Paragraph 2' }), '补')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(refused.onEditBlock).toHaveBeenCalledTimes(1)
    // Refused (a conflict, a full disk): the field is open again with what was typed.
    expect(await screen.findByRole('textbox', { name: 'Paragraph 2' })).toHaveValue(`${fx.skills.blocks[1].text}补`)
    // The same article in another issue (same page, same text, same ids) opens with nothing typed.
    view.rerenderUi(<DraftScope.Provider value="issue-b"><ArticlePane article={{ ...fx.skills }} {...refused} /></DraftScope.Provider>)
    view.rerenderUi(<DraftScope.Provider value="issue-b"><ArticlePane key="b" article={fx.skills} {...refused} /></DraftScope.Provider>)
    expect(screen.queryByRole('textbox')).toBeNull()
    // Back in the first issue, the typed text is there still; cancelled, it is gone.
    view.rerenderUi(<DraftScope.Provider value="issue-a"><ArticlePane key="a" article={fx.skills} {...refused} /></DraftScope.Provider>)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('shows typed text again over a paragraph another window changed meanwhile, saying so, never dropping it', async () => {
    const props = { onEditBlock: vi.fn(), onEditHeadline: vi.fn(), onEditByline: vi.fn(), flagged: new Set<string>(), current: new Set<string>(), jumps: new Map<string, JumpState>() }
    const view = renderWithI18n(<DraftScope.Provider value="issue-c"><ArticlePane article={fx.skills} {...props} /></DraftScope.Provider>)
    await userEvent.click(screen.getByRole('button', { name: 'Edit Paragraph 2' }))
    await userEvent.clear(screen.getByRole('textbox', { name: 'Paragraph 2' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Paragraph 2' }), '我改的文字。')
    view.rerenderUi(<DraftScope.Provider value="issue-c"><ArticlePane key="away" article={fx.quality} {...props} /></DraftScope.Provider>)
    // Meanwhile another window saved an edit to that paragraph: it comes back with other text.
    const changed = { ...fx.skills, blocks: fx.skills.blocks.map((block, i) => (i === 1 ? { ...block, text: '另一个窗口改的文字。' } : block)) }
    view.rerenderUi(<DraftScope.Provider value="issue-c"><ArticlePane key="back" article={changed} {...props} /></DraftScope.Provider>)
    expect(screen.getByRole('textbox', { name: 'Paragraph 2' })).toHaveValue('我改的文字。')
    expect(screen.getByRole('status')).toHaveTextContent(/changed since you typed here/)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it('shows a pending continuation on its jump line', () => {
    pane(new Map([['01-j1', { state: 'pending' }]]))
    expect(screen.getByText('continuation to merge')).toBeInTheDocument()
  })
})
