// The library view: the bundled sample on first start, sorting and filtering, opening an issue,
// a typed folder path where there is no system dialog (browser mode).
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { LibraryView } from '../../src-renderer/src/features/library/LibraryView'
import { sortAndFilter } from '../../src-renderer/src/features/library/librarySort'
import { rowText } from '../../src-renderer/src/features/library/rowText'
import { createI18n } from '../../src-renderer/src/i18n'
import { fakeClient, summary } from './fakeClient'
import './layout'
import { renderWithI18n } from './render'

const issues = [
  summary('a', '株洲日报 2024-01-30', { date: '2024-01-30', pageCount: 1, reviewed: 3, articleCount: 9, openFindings: { ...summary('x', '').openFindings, 'paragraph-break': 14, 'duplicate-passage': 2 } }),
  summary('b', '中国气象报 2026-07-17', { date: '2026-07-17', pageCount: 4, lastEdited: '2026-07-18T09:00:00Z' }),
  summary('c', 'Mustang Daily 1988-09-27', { date: '1988-09-27', pageCount: 8, openFindings: { ...summary('x', '').openFindings, continuation: 3 } }),
]

describe('library view', () => {
  it('opens the bundled sample library on first start and says how to open your own', async () => {
    const client = fakeClient({ library: undefined })
    renderWithI18n(<LibraryView onOpenIssue={() => {}} />, { client })
    expect(await screen.findByText(/bundled sample issue/)).toBeInTheDocument()
    expect(client.calls.map((c) => c.channel)).toEqual(['library:current', 'library:open'])
  })

  it('says the app\'s settings file was damaged and where it was kept, until closed', async () => {
    const settingsProblem = '/state/settings.json was damaged (Unexpected end of JSON input) and has been kept as /state/settings.json.corrupt-2026-12-07.'
    const client = fakeClient({ library: { folder: '/archive', issues, isSample: false, settingsProblem } })
    renderWithI18n(<LibraryView onOpenIssue={() => {}} />, { client })
    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent(/settings file was damaged/)
    expect(banner).toHaveTextContent('settings.json.corrupt-2026-12-07')
    await userEvent.click(within(banner).getByRole('button', { name: 'Close' }))
    expect(screen.queryByText(/settings file was damaged/)).not.toBeInTheDocument()
  })

  it('lists issues newest first with pages, open findings by kind and review progress', async () => {
    const onOpen = vi.fn()
    const client = fakeClient({ library: { folder: '/archive', issues, isSample: false } })
    renderWithI18n(<LibraryView onOpenIssue={onOpen} />, { client })
    await screen.findByText('/archive')
    const rows = screen.getAllByRole('listitem')
    expect(rows.map((r) => within(r).getAllByRole('button')[0]?.textContent)).toEqual(['中国气象报 2026-07-17', '株洲日报 2024-01-30', 'Mustang Daily 1988-09-27'])
    const zhuzhou = rows[1] as HTMLElement
    expect(within(zhuzhou).getByRole('img', { name: '14 paragraph breaks' })).toBeInTheDocument()
    expect(within(zhuzhou).getByRole('progressbar', { name: /Articles reviewed/ })).toHaveAttribute('aria-valuenow', '3')
    await userEvent.click(within(zhuzhou).getByRole('button', { name: '株洲日报 2024-01-30' }))
    expect(onOpen).toHaveBeenCalledWith('a')
  })

  it('sorts by open findings and filters to issues with open findings', async () => {
    const client = fakeClient({ library: { folder: '/archive', issues, isSample: false } })
    renderWithI18n(<LibraryView onOpenIssue={() => {}} />, { client })
    await screen.findByText('/archive')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'open-findings')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only issues with open findings' }))
    const titles = screen.getAllByRole('listitem').map((r) => within(r).getAllByRole('button')[0]?.textContent)
    expect(titles).toEqual(['株洲日报 2024-01-30', 'Mustang Daily 1988-09-27'])
    expect(screen.getByText('2 of 3 issues')).toBeInTheDocument()
  })

  it('asks for a typed path when there is no folder dialog', async () => {
    const client = fakeClient({ library: { folder: '/archive', issues, isSample: false } })
    const call = client.call.bind(client)
    client.call = (async (channel: string, arg: unknown) => {
      if (channel === 'library:choose-folder') {
        client.calls.push({ channel, arg })
        return (arg as { path?: string }).path ? { folder: '/typed', needsPath: false } : { folder: null, needsPath: true }
      }
      return call(channel as never, arg as never)
    }) as typeof client.call
    renderWithI18n(<LibraryView onOpenIssue={() => {}} />, { client })
    await screen.findByText('/archive')
    await userEvent.click(screen.getByRole('button', { name: 'Open folder…' }))
    await userEvent.type(await screen.findByRole('textbox', { name: 'Library folder path' }), '/typed')
    await userEvent.click(screen.getByRole('button', { name: 'Open' }))
    await waitFor(() => expect(client.calls.at(-1)).toMatchObject({ channel: 'library:open', arg: { folder: '/typed' } }))
  })

  it('lists what it could not open and why: a folder or page named in bytes that are not UTF-8, an issue nested too deep', async () => {
    const withPageLeftOut = [...issues.slice(1), summary('晨报-2024-03-05', '晨报 2024-03-05', { unopenedPages: ['\\xff03.md'] })]
    const skipped = [
      { path: 'caf\\xe9-2024-01-01', reason: 'undecodable-name' as const, depth: 1 },
      { path: 'a/b/c/d/晚报-2024-01-02', reason: 'too-deep' as const, depth: 5 },
    ]
    const client = fakeClient({ library: { folder: '/archive', issues: withPageLeftOut, isSample: false, skipped } })
    renderWithI18n(<LibraryView onOpenIssue={() => {}} />, { client })
    const list = await screen.findByRole('region', { name: 'Not opened (3)' })
    const items = within(list).getAllByRole('listitem').map((item) => item.textContent)
    expect(items).toEqual([
      expect.stringMatching(/^caf\\xe9-2024-01-01.*is not valid UTF-8.*Rename it/),
      expect.stringMatching(/^a\/b\/c\/d\/晚报-2024-01-02.*5 folders below the library folder/),
      expect.stringMatching(/^晨报-2024-03-05\/\\xff03\.md.*is not valid UTF-8.*Rename it/),
    ])
    const row = screen.getAllByRole('listitem').find((r) => r.textContent?.includes('晨报 2024-03-05')) as HTMLElement
    expect(within(row).getByText('1 page not opened')).toBeInTheDocument()
  })

  it('sorts a 2,000-issue library quickly', () => {
    const many = Array.from({ length: 2000 }, (_, i) => summary(String(i), `报 ${i}`, { date: `20${String(i % 100).padStart(2, '0')}-01-01` }))
    const started = performance.now()
    expect(sortAndFilter(many, 'date-desc', { text: '', onlyOpen: false })).toHaveLength(2000)
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('library row labels', () => {
  it('say the same as the translations, for any title, in both languages', () => {
    for (const lng of ['en', 'zh-CN'] as const) {
      const { t } = createI18n(lng)
      const text = rowText(t)
      for (const title of ['株洲日报 2024-01-30', 'The $& Daily {{title}}', '']) {
        expect(text.select(title)).toBe(t('library.select', { title }))
        expect(text.reviewedOf(title)).toBe(t('library.reviewedOf', { title }))
        expect(text.select(title)).toContain(title)
      }
      expect(text.pages(3)).toBe(t('library.pages', { count: 3 }))
    }
  })
})
