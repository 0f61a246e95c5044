// export-library --accept-all goes on from the analysis the library already made of each issue:
// an issue is parsed once, not once for the library's view and again for accept-all.

import { describe, expect, it, vi } from 'vitest'
import * as parse from '../../src-main/core/parse/issue'
import { runExportLibrary } from '../../src-main/cli-library'
import { cliIo, fixtureLibrary, tempDir } from './helpers'

vi.mock('../../src-main/core/parse/issue', async (original) => {
  const real = await original<typeof import('../../src-main/core/parse/issue')>()
  return { ...real, parseIssue: vi.fn(real.parseIssue) }
})

describe('export-library --accept-all', () => {
  it('parses each issue once', async () => {
    const t = cliIo()
    vi.mocked(parse.parseIssue).mockClear()
    expect(await runExportLibrary([fixtureLibrary(), '--out', tempDir(), '--format', 'md', '--accept-all', '--jobs', '1'], t.io)).toBe(0)
    const exported = t.out().trim().split('\n').filter(Boolean).length
    expect(exported).toBeGreaterThan(1)
    expect(vi.mocked(parse.parseIssue).mock.calls).toHaveLength(exported)
  })
})
