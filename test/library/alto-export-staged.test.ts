// A corrected ALTO export is all or nothing: a page whose write fails (a full disk) leaves no half
// export behind, and an earlier export it was replacing keeps every one of its pages as they were.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { altoPage } from '../fixtures/alto'
import { runCliQuietly, tempDir } from './helpers'

const failing = vi.hoisted(() => ({ name: '' }))

vi.mock('../../src-main/library/atomic', async (original) => {
  const real = await original<typeof import('../../src-main/library/atomic')>()
  return {
    ...real,
    writeFileAtomic: (file: string, content: string | Uint8Array) =>
      basename(file) === failing.name ? Promise.reject(Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' })) : real.writeFileAtomic(file, content),
  }
})


function issueFolder(): string {
  const dir = join(tempDir(), 'harbour-1824-02-17')
  mkdirSync(dir)
  writeFileSync(join(dir, 'page_0001.xml'), altoPage({ version: '2.1', blocks: [[['The', 'harbour', 'was', 'full.']]] }))
  writeFileSync(join(dir, 'page_0002.xml'), altoPage({ version: '2.1', blocks: [[['Ships', 'came', 'in', 'at', 'dawn.']]] }))
  return dir
}

const files = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]))

describe('a corrected ALTO export whose write fails', () => {
  afterEach(() => {
    failing.name = ''
  })

  it('leaves no export folder, half written or staged, where there was none', async () => {
    const issue = issueFolder()
    const parent = tempDir()
    const out = join(parent, 'harbour.alto')
    failing.name = 'page_0002.xml'
    const result = await runCliQuietly(['export', issue, '--format', 'alto', '--out', out])
    expect(result).toBeInstanceOf(Error)
    expect(String((result as Error).message)).toMatch(/no space left|ENOSPC/u)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(parent)).toEqual([])
  })

  it('keeps every page of the earlier export it was replacing as it was', async () => {
    const issue = issueFolder()
    const parent = tempDir()
    const out = join(parent, 'harbour.alto')
    expect(await runCliQuietly(['export', issue, '--format', 'alto', '--out', out])).toBe(0)
    const before = files(out)
    expect(Object.keys(before).sort()).toEqual(['mets.xml', 'page_0001.xml', 'page_0002.xml'])
    // The page changes on disk, so the new export differs from the old one, and its second page fails.
    writeFileSync(join(issue, 'page_0001.xml'), altoPage({ version: '2.1', blocks: [[['The', 'harbour', 'was', 'empty.']]] }))
    failing.name = 'page_0002.xml'
    expect(await runCliQuietly(['export', issue, '--format', 'alto', '--out', out, '--replace'])).toBeInstanceOf(Error)
    expect(files(out)).toEqual(before)
    expect(readdirSync(parent)).toEqual(['harbour.alto'])
    // With room on the disk again, the export goes through whole.
    failing.name = ''
    expect(await runCliQuietly(['export', issue, '--format', 'alto', '--out', out, '--replace'])).toBe(0)
    expect(files(out)['page_0001.xml']).toContain('empty.')
    expect(readdirSync(parent)).toEqual(['harbour.alto'])
  })
})
