// export-library --jobs N: the thread that holds the library open is one of the N jobs, so a pool of
// two starts one worker thread (each worker opens the library and compiles the pipeline again).

import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { runExportLibrary } from '../../src-main/cli-library'
import { CN_ISSUE, EN_ISSUE, cliIo, fixtureLibrary, tempDir } from './helpers'

const started = vi.hoisted(() => ({ names: [] as string[] }))

vi.mock('node:worker_threads', async (original) => {
  const real = await original<typeof import('node:worker_threads')>()
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args)
      started.names.push(args[1]?.name ?? '')
    }
  }
  return { ...real, Worker: CountedWorker }
})

describe('export-library --jobs 2', () => {
  it('exports every issue with this thread and one worker', async () => {
    const library = join(tempDir(), 'archive')
    for (const [i, source] of [CN_ISSUE, EN_ISSUE, CN_ISSUE, EN_ISSUE].entries()) cpSync(join(fixtureLibrary(), source), join(library, `paper-${i}-${source.slice(-10)}`), { recursive: true })
    const t = cliIo()
    expect(await runExportLibrary([library, '--out', tempDir(), '--format', 'md', '--accept-all', '--jobs', '2'], t.io)).toBe(0)
    expect(t.out().trim().split('\n')).toHaveLength(4)
    expect(started.names.filter((name) => name === 'galley-export')).toHaveLength(1)
  })
})
