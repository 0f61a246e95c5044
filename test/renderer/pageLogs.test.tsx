// A page an earlier Galley let an editor edit when opened by itself kept those edits in a log of
// its own, which its issue folder never showed: the workspace of the issue now names that log.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { Workspace } from '../../src-renderer/src/features/workspace/Workspace'
import { fakeClient } from './fakeClient'
import './layout'
import { renderWithI18n } from './render'

describe('an issue with a page edited by itself in an earlier Galley', () => {
  it('names the page’s own log, whose edits are not in the issue, until closed', async () => {
    const log = '/papers/zhuzhou/.galley/02.md.state.json'
    renderWithI18n(<Workspace issueId="sample" onBack={() => {}} />, { client: fakeClient({ summary: { pageLogs: [log] } }) })
    await screen.findByRole('heading', { name: /Paragraph break/ })
    const banner = screen.getByText(/edited when opened by itself/u)
    expect(banner).toHaveTextContent(log)
    await userEvent.click(within(banner.closest('.banner') as HTMLElement).getByRole('button', { name: 'Close' }))
    expect(screen.queryByText(/edited when opened by itself/u)).toBeNull()
  })
})
