// An uncertain word in its sentence: confirm it as printed, or type what the print says.
import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Block } from '../../src-main/core/model'
import { UncertainWordView } from '../../src-renderer/src/features/findings/UncertainWordView'
import { navigatorRows } from '../../src-renderer/src/features/workspace/navigatorRows'
import { renderWithI18n } from './render'

const block: Block = { id: 'b1', type: 'paragraph', text: 'Corn rose again thsi week at market.', source: [], hash: 'h1' }

describe('an uncertain word', () => {
  it('shows the word marked in its sentence and confirms it as printed', () => {
    const onConfirm = vi.fn()
    const onRetype = vi.fn()
    renderWithI18n(<UncertainWordView block={block} word="thsi" at={16} confidence="31" onConfirm={onConfirm} onRetype={onRetype} />)
    expect(screen.getByTestId('uncertain-context').querySelector('mark')?.textContent).toBe('thsi')
    fireEvent.click(screen.getByRole('button', { name: /Confirm A/u }))
    expect(onConfirm).toHaveBeenCalledOnce()
    expect(onRetype).not.toHaveBeenCalled()
  })

  it('puts the retyped word into the block text in its place', () => {
    const onRetype = vi.fn()
    renderWithI18n(<UncertainWordView block={block} word="thsi" at={16} confidence="31" onConfirm={() => {}} onRetype={onRetype} />)
    const input = screen.getByLabelText('As printed')
    fireEvent.change(input, { target: { value: 'this' } })
    fireEvent.submit(input.closest('form') as HTMLFormElement)
    expect(onRetype).toHaveBeenCalledWith('Corn rose again this week at market.')
  })

  it('gives each article in the navigator the share of its words the OCR doubted', () => {
    const article = { id: 'a1', pages: ['01'], headline: ['PRICE OF CORN'], headlineBlockId: null, blocks: [block], confidence: 0.9, reviewed: false }
    const finding = { id: 'f', kind: 'uncertain-word' as const, articleIds: ['a1'], blockIds: ['b1'], message: '', confidence: 0.7, fix: [] }
    const row = navigatorRows(['01'], [article], [finding]).find((r) => r.type === 'article')
    expect(row && row.type === 'article' ? row.uncertainPercent : null).toBe(14)
  })
})
