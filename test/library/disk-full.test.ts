// The disk fills (or a quota or file-size limit is hit) in the middle of saving an edit.
// The write system call then writes only part of the journal line and says so by its count, without
// an error; Galley must not acknowledge that edit, since on the next read its torn line is dropped.

import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { activeOps, IssueStore } from '../../src-main/library/store'
import { tempDir } from './helpers'

const tsxLoader = createRequire(import.meta.url).resolve('tsx')
const CHILD = join(import.meta.dirname, 'disk-full-child.ts')
const hasPrlimit = process.platform === 'linux' && spawnSync('prlimit', ['--version']).status === 0
if (!hasPrlimit) console.log('disk-full test skipped: no prlimit (util-linux) to cap a file\'s size on this machine')

describe('an edit saved as the disk fills', () => {
  it.runIf(hasPrlimit)('keeps every edit it acknowledged when the last write is cut short', async () => {
    const file = join(tempDir(), 'issue', '.galley', 'state.json')
    // 5000 bytes fit: the 6th line (about 800 bytes) is cut short, the 7th write fails outright.
    const run = spawnSync('prlimit', ['--fsize=5000', process.execPath, '--import', tsxLoader, CHILD, file], { encoding: 'utf8', timeout: 60_000 })
    const acked = run.stdout.split('\n').filter((l) => l.startsWith('ack ')).length
    expect(run.stdout).toMatch(/refused/) // the limit was reached and a save was refused, as the user is told
    const onDisk = activeOps(await new IssueStore(file).load()).length
    // What the editor checks after freeing space and reopening: every edit Galley said it saved is there.
    expect(onDisk).toBe(acked)
  }, 60_000)
})
