// `analyze` on paths that are no page files: a FIFO or a device is refused at once with one line
// naming it, instead of hanging or reading without end. Runs the real entry through tsx.

import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { makeFifo } from '../library/fifo'
import { tempDir } from '../library/helpers'

vi.setConfig({ testTimeout: 60_000 })

const repo = resolve(__dirname, '../..')

/** The CLI, killed after 30 s: what hung or read without end before fails the test, never the suite. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'src-main/cli.ts'), ...args], { cwd: repo, encoding: 'utf8', timeout: 30_000 })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, killed: run.signal !== null }
}

describe('galley analyze on files that are not page files', () => {
  it('refuses a FIFO named like a page with a message instead of waiting on it', (ctx) => {
    const fifo = makeFifo(tempDir(), '01.md', ctx)
    const run = cli('analyze', fifo)
    expect(run.killed).toBe(false)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(`${fifo} is a named pipe (FIFO)`)
  })

  it('refuses a device such as /dev/zero at once instead of reading it without end', (ctx) => {
    if (!existsSync('/dev/zero') || !statSync('/dev/zero').isCharacterDevice()) {
      console.log('no /dev/zero here; skipping the device check')
      ctx.skip()
    }
    const run = cli('analyze', '/dev/zero')
    expect(run.killed).toBe(false)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('/dev/zero is a device')
  })
})
