// Text typed in a finding's own view (a suspicious line retyped from the print, the kept copy of a
// repeated passage edited) was held by that view alone: moving to another finding, here or because
// another window's edit closed this one, dropped it unseen, and closing the window never asked.
// It is kept as the article's edit fields keep theirs: the view opens again with it, and leaving asks.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Finding } from '../../src-main/core/model'
import { dropDraft, draftsIn, keepDraft } from '../../src-renderer/src/features/workspace/unsaved'
import * as fx from './fixtures'
import { renderPanel, suspicious } from './panel'
import { leaving } from './render'

const panel = (finding: Finding) => renderPanel(finding)

afterEach(() => {
  for (const key of draftsIn('')) dropDraft(`\u0000${key}`)
})

describe('text typed in a finding view and not saved', () => {
  it('opens again in the retyped suspicious text, and holds the page meanwhile', async () => {
    const first = panel(suspicious)
    await userEvent.click(screen.getByRole('button', { name: 'Retype' }))
    const field = screen.getByRole('textbox', { name: 'The text as printed' })
    await userEvent.clear(field)
    await userEvent.type(field, '远程辅助导航系统投入测试。')
    expect(leaving()).toBe(true)
    first.unmount() // another finding shown in its place
    panel(suspicious)
    expect(screen.getByRole('textbox', { name: 'The text as printed' })).toHaveValue('远程辅助导航系统投入测试。')
    await userEvent.keyboard('{Escape}')
    expect(leaving()).toBe(false)
  })

  it('opens Retype on the text typed in the paragraph’s own field meanwhile, never dropping it', async () => {
    panel(suspicious)
    const block = fx.blind.blocks[0]
    keepDraft('\u000001-b1', block.text, `${block.text}（校）`) // typed in the article's field for the same block
    await userEvent.click(screen.getByRole('button', { name: 'Retype' }))
    expect(screen.getByRole('textbox', { name: 'The text as printed' })).toHaveValue(`${block.text}（校）`)
    expect(leaving()).toBe(true)
  })

  it('opens again in the edited kept copy of a repeated passage, and holds the page meanwhile', async () => {
    const first = panel(fx.duplicate)
    await userEvent.click(screen.getByRole('button', { name: 'Edit the kept copy…' }))
    const field = screen.getByRole('textbox', { name: /Kept copy/ })
    await userEvent.type(field, '（已核对）')
    const typed = (field as HTMLTextAreaElement).value
    expect(leaving()).toBe(true)
    first.unmount()
    panel(fx.duplicate)
    expect(screen.getByRole('textbox', { name: /Kept copy/ })).toHaveValue(typed)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(leaving()).toBe(false)
  })
})
