// The navigator: pages and their articles in reading order, finding badges, reviewed marks, and a
// merged continuation listed once with the pages it spans.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { Navigator } from '../../src-renderer/src/features/workspace/Navigator'
import { navigatorRows } from '../../src-renderer/src/features/workspace/navigatorRows'
import * as fx from './fixtures'
import './layout'
import { renderWithI18n } from './render'

const merged = { ...fx.expo, pages: ['01', '02'], blocks: [...fx.expo.blocks, ...fx.expoTail.blocks] }
const reviewedBlind = { ...fx.blind, reviewed: true }

function show(search = '', selectedId: string | null = null) {
  const onSelect = vi.fn<(id: string) => void>()
  const rows = navigatorRows(['01', '02'], [fx.skills, fx.quality, merged, reviewedBlind, fx.otherTail], fx.findings, search)
  renderWithI18n(<Navigator rows={rows} selectedId={selectedId} onSelect={onSelect} />)
  return { onSelect }
}

describe('navigator', () => {
  it('lists pages and their articles in reading order', () => {
    show()
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '')
    expect(items[0]).toBe('Page 01')
    expect(items[1]).toMatch(/^技能大师工作室/)
    expect(items[2]).toMatch(/^10家株企/)
    expect(items[3]).toMatch(/^对标长沙/)
    expect(items[5]).toBe('Page 02')
    expect(items[6]).toMatch(/^另一篇文章/)
  })

  it('shows a merged continuation once, under its first page, with the pages it spans', () => {
    show()
    const expo = screen.getAllByRole('button', { name: /对标长沙/ })
    expect(expo).toHaveLength(1)
    expect(within(expo[0] as HTMLElement).getByTitle('Spans pages 01, 02')).toHaveTextContent('01→02')
  })

  it('badges each article with its open findings by kind', () => {
    show()
    const skills = screen.getByRole('button', { name: /技能大师工作室/ })
    expect(within(skills).getByRole('img', { name: '1 paragraph break' })).toBeInTheDocument()
    expect(within(skills).getByRole('img', { name: '1 unresolved jump' })).toBeInTheDocument()
    const quality = screen.getByRole('button', { name: /10家株企/ })
    expect(within(quality).getByRole('img', { name: '1 duplicate passage' })).toBeInTheDocument()
    expect(within(quality).getByRole('img', { name: '1 suspect boundary' })).toBeInTheDocument()
  })

  it('marks reviewed articles', () => {
    show()
    expect(within(screen.getByRole('button', { name: /黑科技/ })).getByRole('img', { name: 'Reviewed' })).toBeInTheDocument()
    expect(within(screen.getByRole('button', { name: /技能大师/ })).queryByRole('img', { name: 'Reviewed' })).toBeNull()
  })

  it('selects an article on click and marks the selected one as current', async () => {
    const { onSelect } = show('', '01-quality')
    expect(screen.getByRole('button', { name: /10家株企/ })).toHaveAttribute('aria-current', 'true')
    await userEvent.click(screen.getByRole('button', { name: /黑科技/ }))
    expect(onSelect).toHaveBeenCalledWith('01-blind')
  })

  it('narrows to the articles a search matches', () => {
    show('盲人')
    expect(screen.getAllByRole('button')).toHaveLength(1)
    expect(screen.getByRole('button', { name: /黑科技/ })).toBeInTheDocument()
  })

  it('virtualizes: a long issue does not put every article in the page', () => {
    const many = Array.from({ length: 600 }, (_, i) => fx.article(`${String(1 + (i % 24)).padStart(2, '0')}-a${i}`, [`文章 ${i}`], []))
    const pages = Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, '0'))
    renderWithI18n(<Navigator rows={navigatorRows(pages, many, [])} selectedId={null} onSelect={() => {}} />)
    const shown = screen.getAllByRole('button').length
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(100)
  })
})
