// The export dialog: formats, a typed folder where there is no dialog, progress while it runs,
// cancel, and the summary of what was written.
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ExportResult } from '../../src-main/ipc/contract'
import { ExportDialog } from '../../src-renderer/src/features/export/ExportDialog'
import { ConflictsBanner } from '../../src-renderer/src/features/workspace/ConflictsBanner'
import type { FakeClient } from './fakeClient'
import { fakeClient } from './fakeClient'
import { renderWithI18n } from './render'

function exportingClient(): FakeClient & { finish: (result: Partial<ExportResult>) => void } {
  const client = fakeClient()
  const base = client.call.bind(client)
  let finish: (r: Partial<ExportResult>) => void = () => {}
  client.call = (async (channel: string, arg: Record<string, unknown>) => {
    client.calls.push({ channel, arg })
    if (channel === 'export:choose-folder') return arg.path ? { folder: arg.path, needsPath: false } : { folder: null, needsPath: true }
    if (channel === 'task:cancel') return { cancelled: true }
    if (channel === 'export:run') {
      return new Promise<ExportResult>((resolve) => {
        finish = (r) => resolve({ folder: String(arg.folder), format: arg.format as ExportResult['format'], files: [], failed: [], cancelled: false, ...r })
      }) as never
    }
    return base(channel as never, arg as never)
  }) as typeof client.call
  return Object.assign(client, { finish: (r: Partial<ExportResult>) => finish(r) })
}

async function startBatch(client: FakeClient) {
  renderWithI18n(<ExportDialog library="/papers" issueIds={['a', 'b', 'c']} title="3 issues" onClose={() => {}} />, { client })
  await userEvent.click(screen.getByRole('checkbox', { name: /JSON/ }))
  await userEvent.click(screen.getByRole('button', { name: 'Choose folder…' }))
  await userEvent.type(screen.getByRole('textbox', { name: 'Export folder path' }), '/out{Enter}')
  await screen.findByText('/out')
  await userEvent.click(screen.getByRole('button', { name: 'Export' }))
  const run = client.calls.find((c) => c.channel === 'export:run')
  return run?.arg as { taskId: string; issueIds: string[]; format: string }
}

describe('export dialog', () => {
  it('exports a batch in each chosen format with a progress bar, then lists the files', async () => {
    const client = exportingClient()
    const run = await startBatch(client)
    expect(run).toMatchObject({ issueIds: ['a', 'b', 'c'], format: 'md', folder: '/out' })
    act(() => client.emit('task:progress', { taskId: run.taskId, done: 1, total: 3, label: 'a' }))
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('aria-valuenow', '1')
    await act(async () => client.finish({ files: ['a', 'b', 'c'].map((id) => ({ issueId: id, file: `/out/${id}.md`, report: `/out/${id}.report.md` })) }))
    await waitFor(() => expect(client.calls.filter((c) => c.channel === 'export:run')).toHaveLength(2))
    await act(async () => client.finish({ files: [{ issueId: 'a', file: '/out/a.json', report: '/out/a.report.md' }], failed: [{ issueId: 'b', error: { code: 'undecodable', message: 'b/01.md is not text' } }] }))
    const summary = await screen.findByRole('status', { name: 'Export result' })
    // Four exports and the three issues' change reports (a's written once for both formats).
    expect(summary).toHaveTextContent('7 files written.')
    expect(summary).toHaveTextContent('/out/a.json')
    expect(summary).toHaveTextContent('b: b/01.md is not text')
  })

  it('cancels a running export', async () => {
    const client = exportingClient()
    const run = await startBatch(client)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(client.calls.at(-1)).toEqual({ channel: 'task:cancel', arg: { taskId: run.taskId } })
    await act(async () => client.finish({ cancelled: true, files: [{ issueId: 'a', file: '/out/a.md', report: '/out/a.report.md' }] }))
    expect(await screen.findByText(/Cancelled/)).toBeInTheDocument()
    expect(client.calls.filter((c) => c.channel === 'export:run')).toHaveLength(1)
  })
})

describe('conflicts banner', () => {
  it('lists the ops that no longer fit the page files and offers to discard each', async () => {
    const discarded: number[] = []
    renderWithI18n(
      <ConflictsBanner
        conflicts={[{ index: 3, op: { kind: 'join-paragraphs', blockIds: ['x', 'y'], dropDoubled: false, expect: {} }, reason: 'block x has changed since the op was made' }]}
        onDiscard={(c) => discarded.push(c.index)}
      />,
    )
    const banner = screen.getByRole('alert')
    expect(banner).toHaveTextContent('1 edit no longer fits the page files.')
    expect(banner).toHaveTextContent('join paragraphs — block x has changed since the op was made')
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }))
    expect(discarded).toEqual([3])
  })
})
