// `galley export --format tei` of an issue with an edit log: the corrected text and the
// revisionDesc that lists its edits come from one reading of the log. Read twice, an app window
// saving between the reads made a TEI whose text and revisionDesc told two different issues.

import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from './run'
import { describe, expect, it, vi } from 'vitest'
import { Library } from '../../src-main/library/library'
import { EN_ISSUE, fixtureLibrary, tempDir } from '../library/helpers'

/** Runs after every read of an edit log by the CLI (a window saving meanwhile, in the test). */
const afterRead = vi.hoisted(() => ({ hook: (): void => undefined, reads: 0 }))

vi.mock('../../src-main/library/store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src-main/library/store')>()
  return {
    ...real,
    readLogQuietly: (file: string) => {
      const state = real.readLogQuietly(file)
      afterRead.reads++
      afterRead.hook()
      return state
    },
  }
})

const { main } = await import('../../src-main/cli')

const run = (...argv: string[]) => runCli(main, argv)

async function setHeadline(library: string, text: string): Promise<void> {
  const opened = await Library.open(library, { stateDir: tempDir(), emit: () => undefined, watch: false, summarize: false })
  const article = (await opened.openIssue(EN_ISSUE)).articles[0]
  await opened.applyOp(EN_ISSUE, { kind: 'set-headline', articleId: article.id, parts: [text], expect: {} })
  await opened.close()
}

describe('galley export --format tei of an edited issue', () => {
  it('prints the text and the revisionDesc of one edit log, though a window saves another edit meanwhile', async () => {
    const library = fixtureLibrary()
    const log = join(library, EN_ISSUE, '.galley')
    await setHeadline(library, 'MAYOR OPENS THE BRIDGE')
    const first = join(tempDir(), 'first')
    cpSync(log, first, { recursive: true })
    await setHeadline(library, 'BRIDGE OPENED BY MAYOR')
    const second = join(tempDir(), 'second')
    cpSync(log, second, { recursive: true })
    // The export starts on the log with the first edit; the second is saved once it has read it.
    rmSync(log, { recursive: true })
    cpSync(first, log, { recursive: true })
    afterRead.reads = 0
    afterRead.hook = () => {
      afterRead.hook = () => undefined
      rmSync(log, { recursive: true })
      cpSync(second, log, { recursive: true })
    }

    const tei = await run('export', join(library, EN_ISSUE), '--format', 'tei')
    expect(tei.code).toBe(0)
    const [header, text] = tei.stdout.split('<text')
    expect(text).toContain('MAYOR OPENS THE BRIDGE')
    expect(header).toContain('set headline of')
    expect(header).not.toContain('BRIDGE OPENED BY MAYOR')
    expect(afterRead.reads).toBe(1)
  })
})
