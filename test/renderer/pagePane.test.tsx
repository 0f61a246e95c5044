// The page pane: the printed page beside the text, shown with P, following the current article's
// page; and the pane alone, as the ALTO page view uses it (boxes without a scan, clickable).
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PagePane } from '../../src-renderer/src/features/page-pane/PagePane'
import { Workspace } from '../../src-renderer/src/features/workspace/Workspace'
import { fakeClient } from './fakeClient'
import './layout'
import { renderWithI18n } from './render'

describe('PagePane', () => {
  it('says the page has no scan and where to put one, when it has neither a scan nor a layout', () => {
    renderWithI18n(<PagePane issueId="i" page="03" scan={{ state: 'none' }} />)
    expect(screen.getByRole('status')).toHaveTextContent('Page 03 has no scan. Put its PDF or image beside the page file')
  })

  it('draws a layout’s boxes without a scan, marks the highlighted ones, and goes to a block on a click', () => {
    const onBoxClick = vi.fn()
    const layout = {
      width: 1000,
      height: 2000,
      boxes: [
        { id: 'b1', x: 0, y: 0, w: 500, h: 100, highlight: 'article' as const },
        { id: 'b2', x: 500, y: 1000, w: 250, h: 200, highlight: 'finding' as const },
      ],
    }
    renderWithI18n(<PagePane issueId="i" page="01" layout={layout} onBoxClick={onBoxClick} />)
    const box = document.querySelector('.pane-box.finding') as HTMLElement
    expect(box.style.left).toBe('50%')
    expect(box.style.top).toBe('50%')
    expect(box.style.width).toBe('25%')
    expect(document.querySelector('.pane-box.article')).not.toBeNull()
    fireEvent.click(box)
    expect(onBoxClick).toHaveBeenCalledWith('b2')
  })

  it('says an image scan has no text to find the finding in', () => {
    const scan = { page: '01', file: '01.jpg', kind: 'image' as const, mime: 'image/jpeg' as const, base64: 'AA==' }
    renderWithI18n(<PagePane issueId="i" page="01" scan={{ state: 'ready', scan }} targets={[{ id: 'b', text: '一段' }]} />)
    expect(screen.getByRole('status')).toHaveTextContent('01.jpg is an image')
  })

  it('speaks Chinese in a Chinese interface', () => {
    renderWithI18n(<PagePane issueId="i" page="03" scan={{ state: 'none' }} />, { lng: 'zh-CN' })
    expect(screen.getByRole('status')).toHaveTextContent('第03版没有扫描件')
  })
})

describe('the page pane in the workspace', () => {
  it('opens and closes with P, asking main for the current article’s page scan by page number only', async () => {
    const client = fakeClient()
    renderWithI18n(<Workspace issueId="sample" onBack={() => {}} />, { client })
    await screen.findByRole('heading', { name: /Paragraph break/ })
    expect(screen.queryByRole('region', { name: 'Printed page' })).toBeNull()
    await userEvent.keyboard('p')
    const pane = await screen.findByRole('region', { name: 'Printed page' })
    await waitFor(() => expect(pane.querySelector('[role=status]')).toHaveTextContent('01.png'))
    expect(client.calls.filter((c) => c.channel === 'page:scan').map((c) => c.arg)).toEqual([{ issueId: 'sample', page: '01' }])
    expect(screen.getByRole('button', { name: 'Page' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.keyboard('p')
    expect(screen.queryByRole('region', { name: 'Printed page' })).toBeNull()
  })

  it('lists P in the shortcut sheet, in English and in Chinese', async () => {
    for (const lng of ['en', 'zh-CN'] as const) {
      const view = renderWithI18n(<Workspace issueId="sample" onBack={() => {}} />, { client: fakeClient(), lng })
      await screen.findByRole('heading', { name: lng === 'en' ? /Paragraph break/ : /段落/ })
      await userEvent.keyboard('?')
      const sheet = screen.getByRole('dialog')
      expect(sheet).toHaveTextContent(lng === 'en' ? 'Show or hide the printed page beside the text' : '显示或隐藏文字旁的印刷版面')
      view.unmount()
    }
  })
})
