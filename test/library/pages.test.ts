// Reading page files: only regular files are read, never a FIFO or a device (opening a FIFO
// blocks a file-system thread until a writer comes), never through a link in a library, and
// never past the size limit, whatever the file's size on disk says.

import { existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPageBytes, readPagesIn } from '../../src-main/library/pages'
import { makeFifo, within } from './fifo'
import { tempDir } from './helpers'

describe('reading a page file', () => {
  it('refuses a FIFO named like a page without waiting for a writer, naming it', async (ctx) => {
    const fifo = makeFifo(tempDir(), '02.md', ctx)
    const read = within(readPageBytes(fifo, '02.md'), 3_000, 'reading a FIFO')
    await expect(read).rejects.toMatchObject({ code: 'not-a-page', message: expect.stringMatching(/^02\.md is a named pipe \(FIFO\)/u) })
  })

  it('refuses a FIFO in an issue folder when the pages are read, naming it', async (ctx) => {
    const dir = tempDir()
    writeFileSync(join(dir, '01.md'), '## 头版\n\n正文。\n')
    makeFifo(dir, '02.md', ctx)
    const read = within(readPagesIn(dir, ['01.md', '02.md']), 3_000, 'reading an issue with a FIFO')
    await expect(read).rejects.toMatchObject({ code: 'not-a-page', message: expect.stringContaining('02.md') })
  })

  it('stops reading a page once it passes the limit, whatever its size on disk says', async (ctx) => {
    // Files in /proc say they are empty and are not: the limit must hold while reading.
    const status = '/proc/self/status'
    if (!existsSync(status) || statSync(status).size !== 0) {
      console.log('no /proc with zero-sized files here; skipping the lying-size check')
      ctx.skip()
    }
    await expect(readPageBytes(status, 'status', { followLinks: true, limit: 100 })).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('status') })
    expect((await readPageBytes(status, 'status', { followLinks: true })).length).toBeGreaterThan(100)
  })

  it('does not follow a page file that is a link out of the library', async () => {
    const outside = tempDir('galley-outside-')
    writeFileSync(join(outside, 'secret.md'), '## Not a page of this library\n\nPrivate text.\n')
    const issue = join(tempDir(), 'issue')
    mkdirSync(issue)
    symlinkSync(join(outside, 'secret.md'), join(issue, '01.md'))
    await expect(readPagesIn(issue, ['01.md'])).rejects.toMatchObject({ code: 'not-a-page', message: expect.stringMatching(/^01\.md is a symbolic link/u) })
  })

  it('still reads a page the command line names through a link', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'real.md'), '## 头版\n\n正文。\n')
    symlinkSync(join(dir, 'real.md'), join(dir, '01.md'))
    expect(Buffer.from(await readPageBytes(join(dir, '01.md'), '01.md', { followLinks: true })).toString('utf8')).toBe('## 头版\n\n正文。\n')
  })
})
