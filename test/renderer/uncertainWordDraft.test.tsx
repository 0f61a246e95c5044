// The word typed for an uncertain word (what the print says) was held by its finding's view alone:
// moving to another finding, a reload or a crash dropped it unseen, closing the window never asked,
// and a refused save (a conflict, a full disk) left it only as long as the view stayed. It is kept
// as the article's edit fields keep theirs: the view opens again with it until it is saved.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Finding } from '../../src-main/core/model'
import { Workspace } from '../../src-renderer/src/features/workspace/Workspace'
import { draftScopeOf, dropDraft, draftsIn, uncertainWordKey } from '../../src-renderer/src/features/workspace/unsaved'
import { fakeClient } from './fakeClient'
import './layout'
import { leaving, renderWithI18n } from './render'
import * as fx from './fixtures'
import { renderPanel } from './panel'

const paragraph = fx.quality.blocks[0]
const uncertain: Finding = {
  id: 'f-uncertain',
  kind: 'uncertain-word',
  articleIds: [fx.quality.id],
  blockIds: [paragraph.id],
  message: 'A word the OCR doubted',
  confidence: 0.7,
  // Confirming the word as printed.
  fix: [{ kind: 'dismiss-finding', findingId: 'f-uncertain', expect: {} }],
  params: { word: '工信厅', at: String(paragraph.text.indexOf('工信厅')), confidence: '31' },
}

afterEach(() => {
  for (const key of draftsIn('')) dropDraft(`\u0000${key}`)
  const words = draftScopeOf('/papers/zhuzhou', 'words')
  for (const key of draftsIn(words)) dropDraft(`${words}\u0000${key}`)
})

describe('the word typed for an uncertain word and not saved', () => {
  it('opens again in its finding after moving to another one, and holds the page meanwhile', async () => {
    const first = renderPanel(uncertain)
    const field = screen.getByLabelText('As printed')
    await userEvent.clear(field)
    await userEvent.type(field, '工业和信息化厅')
    expect(leaving()).toBe(true)
    first.unmount() // another finding shown in its place
    renderPanel(uncertain)
    expect(screen.getByLabelText('As printed')).toHaveValue('工业和信息化厅')
  })

  it('stays when its save is refused, and goes once it is saved', async () => {
    let answer = false
    const intents: unknown[] = []
    const onIntent = (intent: unknown) => {
      intents.push(intent)
      return Promise.resolve(answer)
    }
    const first = renderPanel(uncertain, onIntent)
    const field = screen.getByLabelText('As printed')
    await userEvent.clear(field)
    await userEvent.type(field, '工业和信息化厅{Enter}')
    expect(intents).toHaveLength(1)
    first.unmount()
    renderPanel(uncertain, onIntent)
    expect(screen.getByLabelText('As printed')).toHaveValue('工业和信息化厅')
    answer = true
    await userEvent.type(screen.getByLabelText('As printed'), '{Enter}')
    await expect.poll(() => leaving()).toBe(false)
    expect(intents[1]).toMatchObject({ type: 'ops', ops: [{ kind: 'edit-text', blockId: paragraph.id, text: paragraph.text.replace('工信厅', '工业和信息化厅') }] })
  })
})

describe('the word typed for an uncertain word, in the workspace', () => {
  it('is named as unsaved only where no open finding holds it, and then shown to copy', async () => {
    const client = fakeClient({ findings: [uncertain] })
    renderWithI18n(<Workspace issueId="words" onBack={() => {}} />, { client })
    const field = await screen.findByLabelText('As printed')
    await userEvent.clear(field)
    await userEvent.type(field, '工业和信息化厅')
    // Its finding is open and holds it: no strip calls it lost.
    expect(screen.queryByRole('textbox', { name: /not saved/ })).toBeNull()
    // Confirmed as printed by the shortcut instead of saved: the typed word is still there to copy.
    ;(field as HTMLInputElement).blur()
    await userEvent.keyboard('a')
    await expect.poll(() => client.calls.map((c) => c.channel)).toContain('finding:accept')
    const kept = await screen.findByRole('textbox', { name: /not saved/ })
    expect(kept).toHaveValue('工业和信息化厅')
    expect(draftsIn(draftScopeOf('/papers/zhuzhou', 'words'))).toEqual([uncertainWordKey(paragraph.id, Number(uncertain.params?.at))])
  })
})
