// Typed text not saved belongs to one issue of one library. An issue's id is only its place in its
// library (`.` for every library opened at an issue folder), so text typed in one library's issue
// opened, after a crash, in another library's issue of the same id, same page and same text: saved
// there, it changed the wrong paper. Text an earlier Galley kept by issue id alone still opens in
// the field it was typed over, and text typed over something else is shown to copy, never lost.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as fx from './fixtures'
import { fakeClient } from './fakeClient'
import './layout'
import { renderWithI18n } from './render'
import { Workspace } from '../../src-renderer/src/features/workspace/Workspace'
import { recoverDrafts } from '../../src-renderer/src/features/workspace/unsaved'

type Unsaved = typeof import('../../src-renderer/src/features/workspace/unsaved')
type Pane = typeof import('../../src-renderer/src/features/workspace/ArticlePane')['ArticlePane']

/** A fresh page load over the storage as it was left (a new window, a restart). */
async function load(): Promise<{ unsaved: Unsaved; ArticlePane: Pane }> {
  vi.resetModules()
  const unsaved = await import('../../src-renderer/src/features/workspace/unsaved')
  const { ArticlePane } = await import('../../src-renderer/src/features/workspace/ArticlePane')
  return { unsaved, ArticlePane }
}

const props = () => ({ flagged: new Set<string>(), current: new Set<string>(), jumps: new Map(), onEditBlock: vi.fn(async () => true), onEditHeadline: vi.fn(), onEditByline: vi.fn() })

function paneIn(loaded: { unsaved: Unsaved; ArticlePane: Pane }, library: string, issueId: string) {
  const { unsaved, ArticlePane } = loaded
  return renderWithI18n(
    <unsaved.DraftScope.Provider value={unsaved.draftScopeOf(library, issueId)}>
      <ArticlePane article={fx.skills} {...props()} />
    </unsaved.DraftScope.Provider>,
  )
}

const paragraph2 = fx.skills.blocks[1].text

describe('typed text not saved, with two libraries holding an issue of the same id', () => {
  beforeEach(() => window.localStorage.clear())
  afterEach(() => window.localStorage.clear())

  it('opens after a crash in the library it was typed in, never in the other one', async () => {
    const first = await load()
    await first.unsaved.recoverDrafts()
    const typed = paneIn(first, '/papers/herald', '.')
    await userEvent.click(screen.getByRole('button', { name: 'Edit Paragraph 2' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Paragraph 2' }), '（校）')
    typed.unmount() // the window crashes: no pagehide, and (no Web Locks here) no window is running

    const second = await load()
    expect(await second.unsaved.recoverDrafts()).toBe(1)
    expect(second.unsaved.recoveredIssues('/papers/gazette')).toEqual([])
    const other = paneIn(second, '/papers/gazette', '.')
    expect(screen.queryByRole('textbox')).toBeNull()
    other.unmount()
    expect(second.unsaved.recoveredIssues('/papers/herald')).toEqual(['.'])
    paneIn(second, '/papers/herald', '.')
    expect(screen.getByRole('textbox', { name: 'Paragraph 2' })).toHaveValue(`${paragraph2}（校）`)
  })

  it('opens text an earlier Galley kept by issue id alone in the field it was typed over, and keeps it there', async () => {
    window.localStorage.setItem('galley.draft\u0001.\u000001-p2', JSON.stringify({ owner: 'gone', saved: paragraph2, typed: `${paragraph2}（旧）` }))
    const first = await load()
    expect(await first.unsaved.recoverDrafts()).toBe(1)
    const view = paneIn(first, '/papers/herald', '.')
    expect(screen.getByRole('textbox', { name: 'Paragraph 2' })).toHaveValue(`${paragraph2}（旧）`)
    view.unmount()
    // Taken into this library's issue: another library's issue of the id no longer sees it.
    paneIn(first, '/papers/gazette', '.')
    expect(screen.queryByRole('textbox')).toBeNull()
    // And it is still kept, stored under its library, for a window after a crash.
    const second = await load()
    expect(await second.unsaved.recoverDrafts()).toBe(1)
    expect(second.unsaved.recoveredIssues('/papers/herald')).toEqual(['.'])
  })

  it('shows text an earlier Galley kept by issue id alone over other text, to copy or discard, never in a field', async () => {
    window.localStorage.setItem('galley.draft\u0001sample\u000001-p2', JSON.stringify({ owner: 'gone', saved: '另一份报纸的文字。', typed: '另一份报纸的文字（校）。' }))
    // This file's own modules, as the workspace is rendered with them (their first page load here).
    expect(await recoverDrafts()).toBe(1)
    renderWithI18n(<Workspace issueId="sample" onBack={() => {}} />, { client: fakeClient() })
    await screen.findByRole('heading', { name: /Paragraph break/ })
    expect(screen.queryByRole('textbox', { name: 'Paragraph 2' })).toBeNull()
    const kept = screen.getByRole('textbox', { name: /not saved/ })
    expect(kept).toHaveValue('另一份报纸的文字（校）。')
    await userEvent.click(within(kept.closest('.banner') as HTMLElement).getByRole('button', { name: /Discard/ }))
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith('galley.draft'))).toEqual([])
  })
})
