// Text an editor typed in a finding's view (a suspicious line retyped from the print, the kept copy
// of a repeated passage edited) stays in its field when the save is refused (a conflict, a
// read-only issue, a full disk), so it can be saved again; only a save that went through closes it.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Finding } from '../../src-main/core/model'
import type { Intent } from '../../src-renderer/src/features/findings/intent'
import { dropDraft, draftsIn } from '../../src-renderer/src/features/workspace/unsaved'
import * as fx from './fixtures'
import { renderPanel, suspicious } from './panel'

function panel(finding: Finding, saved: boolean) {
  const sent: Intent[] = []
  renderPanel(finding, (intent) => {
    sent.push(intent)
    return Promise.resolve(saved)
  })
  return sent
}

// Text a refused save kept is kept for the next view of the block too (unsaved.ts): each test starts without.
afterEach(() => {
  for (const key of draftsIn('')) dropDraft(`\u0000${key}`)
})

describe('a refused save in a finding view', () => {
  it('keeps the retyped suspicious text in its field', async () => {
    const sent = panel(suspicious, false)
    await userEvent.click(screen.getByRole('button', { name: 'Retype' }))
    const field = screen.getByRole('textbox', { name: 'The text as printed' })
    await userEvent.clear(field)
    await userEvent.type(field, '远程辅助导航系统投入测试。')
    await userEvent.click(screen.getByRole('button', { name: /Save/ }))
    expect(sent.at(-1)).toMatchObject({ type: 'ops', ops: [{ kind: 'edit-text', blockId: '01-b1', text: '远程辅助导航系统投入测试。' }] })
    expect(await screen.findByRole('textbox', { name: 'The text as printed' })).toHaveValue('远程辅助导航系统投入测试。')
  })

  it('closes the retyped text once its save went through', async () => {
    panel(suspicious, true)
    await userEvent.click(screen.getByRole('button', { name: 'Retype' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'The text as printed' }), '。')
    await userEvent.click(screen.getByRole('button', { name: /Save/ }))
    await expect.poll(() => screen.queryByRole('textbox', { name: 'The text as printed' })).toBeNull()
  })

  it('keeps the edited kept copy of a repeated passage in its field', async () => {
    const sent = panel(fx.duplicate, false)
    await userEvent.click(screen.getByRole('button', { name: 'Edit the kept copy…' }))
    const field = screen.getByRole('textbox', { name: /Kept copy/ })
    await userEvent.type(field, '（已核对）')
    const typed = (field as HTMLTextAreaElement).value
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(sent.at(-1)).toMatchObject({ type: 'ops' })
    expect(await screen.findByRole('textbox', { name: /Kept copy/ })).toHaveValue(typed)
  })
})
