// The workspace goes where the editor's last action points (issue 15 §3 items 6, 10, 13).
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import './layout'
import { openWorkspace } from './openWorkspace'

const current = () => document.querySelector('.finding-panel')?.getAttribute('data-finding-id')

describe('workspace focus', () => {
  it('undoing a dismissal shows the restored finding again', async () => {
    await openWorkspace()
    expect(current()).toBe('f-break')
    await userEvent.keyboard('d')
    await waitFor(() => expect(current()).not.toBe('f-break'))
    await userEvent.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(current()).toBe('f-break'))
  })

  it('Enter in the search goes to the next matching finding; Esc clears the search', async () => {
    await openWorkspace()
    await userEvent.keyboard('/')
    const search = screen.getByRole('searchbox', { name: /Search/ })
    await userEvent.type(search, 'page 02')
    // Two findings mention page 02: the panel shows one of them, Enter the other.
    const first = current()
    expect(['f-cont', 'f-jump']).toContain(first)
    await userEvent.keyboard('{Enter}')
    expect(['f-cont', 'f-jump'].filter((id) => id !== first)).toEqual([current()])
    await userEvent.keyboard('{Escape}')
    expect(search).toHaveValue('')
  })
})
