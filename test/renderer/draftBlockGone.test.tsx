// Typed text kept for a paragraph that then left the issue (joined into the one before it, here or
// in another window; deleted as a repeated copy) had no field left to open in, and the warning strip
// named only articles that hold the field: the text was out of reach, and the question on closing
// the window asked about text the editor could not find. It is shown, to copy, until discarded.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { IssueView } from '../../src-main/ipc/contract'
import { Workspace } from '../../src-renderer/src/features/workspace/Workspace'
import { draftScopeOf, draftsIn } from '../../src-renderer/src/features/workspace/unsaved'
import { fakeClient } from './fakeClient'
import * as fx from './fixtures'
import './layout'
import { renderWithI18n } from './render'

describe('typed text whose paragraph left the issue', () => {
  it('is shown with its text until discarded, after another window joined the paragraph away', async () => {
    const client = fakeClient()
    let joined = false
    const call = client.call.bind(client)
    client.call = (async (channel, arg) => {
      const reply = await call(channel, arg)
      if (channel !== 'issue:open' || !joined) return reply
      const view = reply as IssueView
      const [p1, p2] = fx.skills.blocks
      const skills = { ...fx.skills, blocks: [{ ...p1, text: p1.text + p2.text.slice(1), hash: 'h-joined' }, ...fx.skills.blocks.slice(2)] }
      return { ...view, articles: view.articles.map((a) => (a.id === skills.id ? skills : a)) }
    }) as typeof client.call
    renderWithI18n(<Workspace issueId="gone" onBack={() => {}} />, { client })
    await screen.findByRole('heading', { name: /Paragraph break/ })
    await userEvent.click(screen.getByRole('button', { name: 'Edit Paragraph 2' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Paragraph 2' }), '（校）')

    joined = true
    client.emit('issue:changed', { issueId: 'gone', reason: 'state-changed', summary: {} })
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Paragraph 2' })).toBeNull())
    const kept = await screen.findByRole('textbox', { name: /not saved/ })
    expect((kept as HTMLTextAreaElement).value).toBe(`${fx.skills.blocks[1].text}（校）`)

    const strip = kept.closest('.banner') as HTMLElement
    await userEvent.click(within(strip).getByRole('button', { name: /Discard/ }))
    expect(screen.queryByRole('textbox', { name: /not saved/ })).toBeNull()
    expect(draftsIn(draftScopeOf('/papers/zhuzhou', 'gone'))).toEqual([])
  })
})
