// export-library --jobs N writes an issue's export beside another library's earlier export of the
// same name as <name>-2 (its report names the other issue's folder). With several issues exported
// at once, each looked for a free name on its own: an issue bumped to x-2 and an issue whose own
// name is x-2 both took it, and one export was written over the other's, with no word of it.

import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runExportLibrary } from '../../src-main/cli-library'
import { CN_ISSUE, EN_ISSUE, cliIo, fixtureLibrary, tempDir } from './helpers'

describe('export-library on several jobs beside another library’s export', () => {
  it('gives each issue a name of its own', async () => {
    const library = join(tempDir(), 'archive')
    cpSync(join(fixtureLibrary(), EN_ISSUE), join(library, 'a', 'post'), { recursive: true })
    cpSync(join(fixtureLibrary(), CN_ISSUE), join(library, 'b', 'post-2'), { recursive: true })
    const out = tempDir('galley-out-')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'post.md'), '## Another library’s export\n\nIts text.\n')
    writeFileSync(join(out, 'post.report.md'), '# Change report: Post\n\n- Issue folder: /elsewhere/post\n')
    const t = cliIo()
    expect(await runExportLibrary([library, '--out', out, '--format', 'md', '--jobs', '2'], t.io)).toBe(0)
    const reports = readdirSync(out).filter((name) => name.endsWith('.report.md'))
    const folders = reports.map((name) => /^- Issue folder: (.+)$/mu.exec(readFileSync(join(out, name), 'utf8'))?.[1])
    expect(folders.sort()).toEqual(['/elsewhere/post', join(library, 'a', 'post'), join(library, 'b', 'post-2')].sort())
    expect(readFileSync(join(out, 'post.md'), 'utf8')).toBe('## Another library’s export\n\nIts text.\n')
  })
})
