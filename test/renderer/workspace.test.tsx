// The workspace driven by the keyboard only, against a fake main process.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Workspace } from '../../src-renderer/src/features/workspace/Workspace'
import { fakeClient } from './fakeClient'
import './layout'
import { openWorkspace } from './openWorkspace'
import { renderWithI18n } from './render'

const current = () => document.querySelector('.finding-panel')?.getAttribute('data-kind')

describe('workspace keyboard', () => {
  it('moves through findings in reading order with j and k', async () => {
    await openWorkspace()
    expect(current()).toBe('paragraph-break')
    await userEvent.keyboard('j')
    expect(current()).toBe('unresolved-jump')
    await userEvent.keyboard('jjk')
    expect(current()).toBe('duplicate-passage')
  })

  it('accepts with a, goes on to the next finding, and undoes with Ctrl+Z / redoes with Ctrl+Shift+Z', async () => {
    const client = await openWorkspace()
    await userEvent.keyboard('a')
    await waitFor(() => expect(current()).toBe('unresolved-jump'))
    expect(client.calls.at(-1)).toEqual({ channel: 'finding:accept', arg: { issueId: 'sample', findingId: 'f-break' } })
    await userEvent.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(client.calls.at(-1)?.channel).toBe('edit:undo'))
    await waitFor(() => expect(screen.getAllByRole('option', { name: /技能大师工作室/ })).toHaveLength(2))
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    await waitFor(() => expect(client.calls.at(-1)?.channel).toBe('edit:redo'))
  })

  it('keeps the right-hand copy of a duplicate with → then Enter', async () => {
    const client = await openWorkspace()
    await userEvent.keyboard('jj{ArrowRight}')
    expect(screen.getByRole('button', { name: /Keep right/ })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(client.calls.at(-1)?.channel).toBe('op:apply'))
    expect(client.calls.at(-1)?.arg).toMatchObject({ op: { kind: 'delete-blocks', blockIds: ['01-q1', '01-q2'] } })
  })

  it('dismisses with d and marks the article reviewed with r', async () => {
    const client = await openWorkspace()
    await userEvent.keyboard('d')
    await waitFor(() => expect(client.calls.at(-1)).toMatchObject({ channel: 'finding:dismiss', arg: { findingId: 'f-break' } }))
    await userEvent.keyboard('r')
    await waitFor(() => expect(client.calls.at(-1)).toMatchObject({ channel: 'op:apply', arg: { op: { kind: 'mark-reviewed', reviewed: true } } }))
  })

  it('marks reviewed with r the headline and text the editor sees, so an article another window changed is refused', async () => {
    const client = await openWorkspace()
    await userEvent.keyboard('r')
    await waitFor(() =>
      expect(client.calls.at(-1)).toMatchObject({
        channel: 'op:apply',
        arg: { op: { kind: 'mark-reviewed', articleId: '01-skills', seen: ['技能大师工作室', '培养高技能人才'], expect: { '01-p1': 'h-01-p1', '01-p2': 'h-01-p2', '01-j1': 'h-01-j1' } } },
      }),
    )
  })

  it('saves a headline with the one it replaces, so another window’s headline is not written over unseen', async () => {
    const client = await openWorkspace()
    await userEvent.click(screen.getByRole('button', { name: 'Edit Headline (one line per part)' }))
    const field = screen.getByRole('textbox', { name: 'Headline (one line per part)' })
    await userEvent.clear(field)
    await userEvent.type(field, '技能大师工作室遍地开花{Control>}{Enter}{/Control}')
    await waitFor(() =>
      expect(client.calls.at(-1)).toMatchObject({
        channel: 'op:apply',
        arg: { op: { kind: 'set-headline', articleId: '01-skills', parts: ['技能大师工作室遍地开花'], seen: ['技能大师工作室', '培养高技能人才'] } },
      }),
    )
  })

  it('merges the article shown into the previous one with m', async () => {
    const client = await openWorkspace()
    await userEvent.keyboard('jjj')
    await userEvent.keyboard('m')
    await waitFor(() => expect(client.calls.at(-1)).toMatchObject({ channel: 'op:apply', arg: { op: { kind: 'merge-articles', headlineAs: 'subhead' } } }))
  })

  it('opens the shortcut sheet on ? and focuses search on /', async () => {
    await openWorkspace()
    await userEvent.keyboard('?')
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await userEvent.keyboard('/')
    expect(screen.getByRole('searchbox', { name: /Search/ })).toHaveFocus()
    await userEvent.keyboard('j')
    // The j is typed into the search, not taken as "next": the panel shows the one finding whose
    // text has a j, as the queue does.
    expect(screen.getByRole('searchbox', { name: /Search/ })).toHaveValue('j')
    expect(current()).toBe('unresolved-jump')
  })

  it('filters the queue by kind', async () => {
    await openWorkspace()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show findings of kind' }), 'orphan-caption')
    expect(within(screen.getByRole('listbox', { name: 'Findings' })).getAllByRole('option')).toHaveLength(1)
    expect(current()).toBe('orphan-caption')
  })
})

describe('workspace hand tools', () => {
  it('splits the open article by hand, at any time', async () => {
    const client = await openWorkspace()
    await userEvent.click(screen.getByText('Split, merge or move paragraphs…'))
    const tools = document.querySelector('details.hand-tools') as HTMLElement
    expect(tools).toHaveAttribute('open')
    await userEvent.click(screen.getAllByRole('checkbox', { name: 'That paragraph is the new headline' }).at(-1) as HTMLElement)
    await userEvent.click(screen.getAllByRole('button', { name: 'Split' }).at(-1) as HTMLElement)
    await waitFor(() =>
      expect(client.calls.at(-1)).toMatchObject({ channel: 'op:apply', arg: { op: { kind: 'split-article', articleId: '01-skills', atBlockId: '01-p2', headline: [] } } }),
    )
  })
})

describe('lean edit replies', () => {
  const sourceLines = () => within(screen.getByRole('region', { name: 'Original source lines' })).getAllByRole('listitem').map((li) => li.textContent)

  it('keeps showing the source lines after an accept, whose reply carries no page texts', async () => {
    const client = await openWorkspace()
    await userEvent.keyboard('s')
    await waitFor(() => expect(sourceLines()).toContain('## 技能大师工作室'))
    await userEvent.keyboard('a')
    await waitFor(() => expect(current()).toBe('unresolved-jump'))
    const accept = client.calls.findIndex((c) => c.channel === 'finding:accept')
    expect(accept).toBeGreaterThan(0)
    // Merged, not re-fetched (only the edited article's source lines may be asked for again).
    expect(client.calls.slice(accept).map((c) => c.channel).filter((c) => c !== 'issue:source')).toEqual(['finding:accept'])
    expect(sourceLines()).toContain('## 技能大师工作室')
  })

  it('fetches the whole view again when an edit reply names other pages', async () => {
    const client = fakeClient()
    const call = client.call.bind(client)
    client.call = (async (channel, arg) => {
      const reply = await call(channel, arg)
      return channel === 'finding:accept' ? { ...(reply as object), pagesRevision: 'r2' } : reply
    }) as typeof client.call
    renderWithI18n(<Workspace issueId="sample" onBack={() => {}} />, { client })
    await screen.findByRole('heading', { name: /Paragraph break/ })
    await userEvent.keyboard('a')
    await waitFor(() => expect(client.calls.map((c) => c.channel).slice(-2)).toEqual(['finding:accept', 'issue:open']))
    await userEvent.keyboard('s')
    await waitFor(() => expect(sourceLines()).toContain('## 技能大师工作室'))
  })
})

describe('typed text left in another article', () => {
  it('is named above the workspace with a way back to it, and the field opens again there with the text', async () => {
    await openWorkspace()
    const headline = () => document.querySelector('.article-pane .headline')?.textContent ?? ''
    const first = headline()
    await userEvent.click(screen.getAllByRole('button', { name: /^Edit Paragraph/ })[0])
    await userEvent.type(screen.getAllByRole('textbox')[0], '未存')
    // Another article, chosen in the navigator.
    const other = [...document.querySelectorAll<HTMLButtonElement>('.nav-article')].find((row) => !row.classList.contains('selected') && !first.startsWith(row.querySelector('.nav-headline')?.textContent?.split(' ')[0] ?? ''))!
    await userEvent.click(other)
    await waitFor(() => expect(headline()).not.toBe(first))
    const banner = screen.getByText(/Text you typed is not saved yet/).closest('.banner') as HTMLElement
    await userEvent.click(within(banner).getByRole('button'))
    await waitFor(() => expect(headline()).toBe(first))
    expect((screen.getAllByRole('textbox')[0] as HTMLTextAreaElement).value).toMatch(/未存$/)
    expect(screen.queryByText(/Text you typed is not saved yet/)).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
  })

  it('names the kept copy of a damaged edit log until closed, after an edit saved too', async () => {
    const kept = '/archive/sample/.galley/state.json.corrupt-2026-12-07T18-00-00-000Z'
    const client = fakeClient({ summary: { keptLogs: [kept] } })
    renderWithI18n(<Workspace issueId="sample" onBack={() => {}} />, { client })
    await screen.findByRole('heading', { name: /Paragraph break/ })
    const notice = () => screen.queryAllByRole('alert').find((el) => el.textContent?.includes('set aside'))
    expect(notice()).toHaveTextContent(kept)
    await userEvent.keyboard('r')
    await waitFor(() => expect(client.calls.at(-1)?.channel).toBe('op:apply'))
    expect(notice()).toHaveTextContent(kept)
    await userEvent.click(within(notice() as HTMLElement).getByRole('button', { name: 'Close' }))
    expect(notice()).toBeUndefined()
  })
})
