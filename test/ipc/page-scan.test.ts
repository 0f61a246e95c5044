// page:scan: the printed page beside a page file (`01.pdf`, `01.jpg|png|webp` next to `01.md`),
// found and read by the main process inside the issue folder; the renderer names only the issue
// and the page, never a path.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LibraryView, PageScan } from '../../src-main/ipc/contract'
import { makeFifo, within } from '../library/fifo'
import { CN_ISSUE, errorOf, fixtureLibrary, harness, tempDir, value } from '../library/helpers'

const PDF = Buffer.from('%PDF-1.4\n% a page\n')
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

async function open(prepare: (issueDir: string) => void = () => undefined) {
  const library = fixtureLibrary()
  prepare(join(library, CN_ISSUE))
  const h = harness()
  value(await h.dispatch('library:open', { folder: library }))
  return { h, library, issueDir: join(library, CN_ISSUE) }
}

async function scanOf(h: Awaited<ReturnType<typeof open>>['h'], page: string): Promise<PageScan | null> {
  return value(await h.dispatch('page:scan', { issueId: CN_ISSUE, page })) as PageScan | null
}

describe('page:scan', () => {
  it('sends the PDF that lies beside a page file, with its name and kind', async () => {
    const { h } = await open((dir) => writeFileSync(join(dir, '01.pdf'), PDF))
    const scan = await scanOf(h, '01')
    expect(scan).toMatchObject({ page: '01', file: '01.pdf', kind: 'pdf', mime: 'application/pdf' })
    expect(Buffer.from(scan?.base64 ?? '', 'base64')).toEqual(PDF)
  })

  it('sends an image of the page (png, jpg, webp, any case of the extension)', async () => {
    const { h } = await open((dir) => {
      writeFileSync(join(dir, '01.PNG'), PNG)
      writeFileSync(join(dir, '02.webp'), PNG)
    })
    expect(await scanOf(h, '01')).toMatchObject({ file: '01.PNG', kind: 'image', mime: 'image/png' })
    expect(await scanOf(h, '02')).toMatchObject({ file: '02.webp', kind: 'image', mime: 'image/webp' })
  })

  it('prefers the PDF when a page has both a PDF and an image', async () => {
    const { h } = await open((dir) => {
      writeFileSync(join(dir, '01.jpg'), PNG)
      writeFileSync(join(dir, '01.pdf'), PDF)
    })
    expect((await scanOf(h, '01'))?.file).toBe('01.pdf')
  })

  it('answers null for a page with nothing printed beside it', async () => {
    const { h } = await open()
    expect(await scanOf(h, '01')).toBeNull()
  })

  it('refuses a page the issue does not have, naming it', async () => {
    const { h } = await open()
    const error = errorOf(await h.dispatch('page:scan', { issueId: CN_ISSUE, page: '09' }))
    expect(error.code).toBe('not-found')
    expect(error.message).toContain('09')
  })

  it('takes no path from the renderer: a file name or ../ in place of a page is refused', async () => {
    const { h } = await open()
    for (const page of ['../../etc/passwd', '01.pdf', '/etc/passwd']) {
      expect(errorOf(await h.dispatch('page:scan', { issueId: CN_ISSUE, page })).code).toBe('invalid-argument')
    }
    expect(errorOf(await h.dispatch('page:scan', { issueId: '../..', page: '01' })).code).toBe('not-in-library')
  })

  it('refuses a scan that is a link leading out of the issue folder', async () => {
    const outside = join(tempDir(), 'secret.pdf')
    writeFileSync(outside, PDF)
    const { h } = await open((dir) => symlinkSync(outside, join(dir, '01.pdf')))
    const error = errorOf(await h.dispatch('page:scan', { issueId: CN_ISSUE, page: '01' }))
    expect(error.code).toBe('not-in-library')
    expect(error.message).toContain('01.pdf')
  })

  it('refuses a folder or a FIFO named like a scan, without waiting on the FIFO', async (ctx) => {
    const { h, issueDir } = await open((dir) => mkdirSync(join(dir, '01.pdf')))
    expect(errorOf(await h.dispatch('page:scan', { issueId: CN_ISSUE, page: '01' })).message).toContain('01.pdf')
    makeFifo(issueDir, '02.png', ctx)
    const reply = await within(h.dispatch('page:scan', { issueId: CN_ISSUE, page: '02' }), 5000, 'page:scan on a FIFO')
    expect(errorOf(reply).message).toContain('02.png')
  })

  it('refuses a scan larger than the limit, naming the file and the limit', async () => {
    const { h } = await open((dir) => writeFileSync(join(dir, '01.pdf'), Buffer.alloc(49 * 1024 * 1024)))
    const error = errorOf(await h.dispatch('page:scan', { issueId: CN_ISSUE, page: '01' }))
    expect(error.code).toBe('too-large')
    expect(error.message).toMatch(/01\.pdf.*48 MB/)
  })

  it('finds the bundled sample page its PDF', async () => {
    const h = harness({ resourcesDir: join(import.meta.dirname, '..', '..', 'resources') })
    const library = value(await h.dispatch('library:open', {})) as LibraryView
    const issueId = library.issues[0]?.id as string
    const scan = value(await h.dispatch('page:scan', { issueId, page: '01' })) as PageScan
    expect(scan.kind).toBe('pdf')
    expect(Buffer.from(scan.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
  })
})
