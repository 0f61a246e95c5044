// Typed text not saved outlives a crash: it is stored as it is typed, and the next page load takes
// over what a window no longer running left, its field opening with the text and saying so. A
// window still running keeps its own; leaving once asked lets it go. Each "page load" here is the
// module loaded afresh over the same storage, as a new window or a restart sees it.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as fx from './fixtures'
import { renderWithI18n } from './render'

type Unsaved = typeof import('../../src-renderer/src/features/workspace/unsaved')
type Pane = typeof import('../../src-renderer/src/features/workspace/ArticlePane')

/** A fresh page load: the modules as a new window runs them, over the storage as it was left. */
async function load(): Promise<{ unsaved: Unsaved; ArticlePane: Pane['ArticlePane'] }> {
  vi.resetModules()
  const unsaved = await import('../../src-renderer/src/features/workspace/unsaved')
  const { ArticlePane } = await import('../../src-renderer/src/features/workspace/ArticlePane')
  return { unsaved, ArticlePane }
}

const props = () => ({ flagged: new Set<string>(), current: new Set<string>(), jumps: new Map(), onEditBlock: vi.fn(async () => true), onEditHeadline: vi.fn(), onEditByline: vi.fn() })

/** Web Locks as Chromium gives them: a request holds its name until the page goes; `crash` lets
 * every lock of the loads so far go, as a crashed renderer's do. */
function fakeLocks() {
  const held: string[] = []
  const locks = {
    request: (name: string) => {
      held.push(name)
      return new Promise(() => {})
    },
    query: async () => ({ held: held.map((name) => ({ name })), pending: [] }),
  }
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
  return { crash: () => held.splice(0) }
}

async function typeInto(ArticlePane: Pane['ArticlePane'], DraftScope: Unsaved['DraftScope'], scope: string, text: string) {
  const view = renderWithI18n(
    <DraftScope.Provider value={scope}>
      <ArticlePane article={fx.skills} {...props()} />
    </DraftScope.Provider>,
  )
  await userEvent.click(screen.getAllByRole('button', { name: /Edit Paragraph/ })[0])
  await userEvent.type(screen.getByRole('textbox'), text)
  return view
}

describe('typed text over a crash', () => {
  beforeEach(() => window.localStorage.clear())
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'locks')
    window.localStorage.clear()
  })

  it('opens again in the next window, saying it was recovered, and is let go once saved', async () => {
    const locks = fakeLocks()
    const first = await load()
    await first.unsaved.recoverDrafts()
    const view = await typeInto(first.ArticlePane, first.unsaved.DraftScope, first.unsaved.draftScopeOf('/papers/a', 'issue-a'), '补一句')
    view.unmount()
    locks.crash() // the window dies: no pagehide, its lock goes

    const second = await load()
    expect(await second.unsaved.recoverDrafts()).toBe(1)
    expect(second.unsaved.recoveredIssues('/papers/a')).toEqual(['issue-a'])
    const p = props()
    renderWithI18n(
      <second.unsaved.DraftScope.Provider value={second.unsaved.draftScopeOf('/papers/a', 'issue-a')}>
        <second.ArticlePane article={fx.skills} {...p} />
      </second.unsaved.DraftScope.Provider>,
    )
    const field = screen.getByRole('textbox') as HTMLTextAreaElement
    expect(field.value).toBe(`${fx.skills.blocks.find((b) => b.type === 'paragraph')?.text}补一句`)
    expect(screen.getByRole('status')).toHaveTextContent(/Recovered: you typed this before Galley closed/)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(p.onEditBlock).toHaveBeenCalledWith(expect.anything(), field.value)
    // Saved: nothing is left for a third window to recover.
    await vi.waitFor(() => expect(Object.keys(window.localStorage).filter((k) => k.startsWith('galley.draft'))).toEqual([]))
    locks.crash()
    const third = await load()
    expect(await third.unsaved.recoverDrafts()).toBe(0)
  })

  it('leaves a running window its own text, and lets it go when the editor chose to leave', async () => {
    fakeLocks()
    const first = await load()
    await first.unsaved.recoverDrafts()
    await typeInto(first.ArticlePane, first.unsaved.DraftScope, first.unsaved.draftScopeOf('/papers/b', 'issue-b'), '改')
    // A second window while the first still runs: the text is the first's, not recovered here.
    const second = await load()
    expect(await second.unsaved.recoverDrafts()).toBe(0)
    expect(second.unsaved.recoveredIssues('/papers/b')).toEqual([])
    // The first window is closed and its editor, asked, chose to leave: the text goes with it.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }))
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith('galley.draft'))).toEqual([])
  })

  it('keeps stored text it cannot read, and starts without Web Locks by taking every stored text', async () => {
    window.localStorage.setItem('galley.draft\u0001issue-c\u0000x', '{not json')
    window.localStorage.setItem('galley.draft\u0001issue-c\u0000y', JSON.stringify({ owner: 'gone', saved: '原文', typed: '原文改' }))
    const { unsaved } = await load()
    expect(await unsaved.recoverDrafts()).toBe(1)
    expect(unsaved.draftOf('issue-c\u0000y', '原文')).toEqual({ typed: '原文改', stale: false, recovered: true })
    expect(window.localStorage.getItem('galley.draft\u0001issue-c\u0000x')).toBe('{not json')
  })
})
