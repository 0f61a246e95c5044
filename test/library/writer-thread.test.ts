// The writer thread: a durable write lands whole, and a failed one says why and leaves no temp file.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempPathFor, writeFileAtomic } from '../../src-main/library/atomic'
import { writeDurably } from '../../src-main/library/writer-thread'
import { tempDir } from './helpers'

describe('writer thread', () => {
  it('replaces a file with the new bytes, text or binary, in the order the writes were made', async () => {
    const dir = tempDir()
    const file = join(dir, 'state.json')
    writeFileSync(file, 'old')
    await Promise.all([writeFileAtomic(file, 'first'), writeFileAtomic(file, 'second')])
    expect(readFileSync(file, 'utf8')).toBe('second')
    await writeFileAtomic(file, new Uint8Array([0xe4, 0xb8, 0xad]))
    expect(readFileSync(file, 'utf8')).toBe('中')
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('refuses a write it cannot make with the system error, keeping what was there and no temp file', async () => {
    const dir = tempDir()
    const target = join(dir, 'taken')
    mkdirSync(join(target, 'inside'), { recursive: true }) // a folder with something in it: no file can replace it
    await expect(writeDurably(target, tempPathFor(target), 'x')).rejects.toMatchObject({ code: expect.stringMatching(/^E[A-Z]+$/) })
    expect(readdirSync(dir)).toEqual(['taken'])
    expect(readdirSync(target)).toEqual(['inside'])
    await expect(writeFileAtomic(join(dir, 'missing', 'f.json'), 'x')).rejects.toMatchObject({ code: 'not-found' })
  })
})
