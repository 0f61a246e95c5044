import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Library } from '../../src-main/library/library'
import { FIXTURES, tempDir } from './helpers'

const SAMPLE = join(FIXTURES, 'resources', 'sample-library')

/** A copy of the bundled sample, as another checkout of Galley would have it. */
function checkout(): string {
  const dir = join(tempDir('galley-checkout-'), 'sample-library')
  cpSync(SAMPLE, dir, { recursive: true })
  return dir
}

async function openSample(folder: string, stateDir: string): Promise<Library> {
  return Library.open(folder, { stateDir, isSample: true, emit: () => undefined, watch: false })
}

async function acceptOne(library: Library): Promise<void> {
  const issueId = library.issueIds()[0]
  const view = await library.openIssue(issueId)
  await library.acceptFinding(issueId, view.findings.find((f) => f.fix.length > 0)!.id)
}

describe('the bundled sample\'s edit log', () => {
  it('is kept per checkout: a second copy of Galley on the same account starts from the untouched sample', async () => {
    const stateDir = tempDir('galley-state-')
    const first = await openSample(checkout(), stateDir)
    await acceptOne(first)
    expect((await first.openIssue(first.issueIds()[0])).canUndo).toBe(true)
    await first.close()

    const second = await openSample(checkout(), stateDir)
    expect((await second.openIssue(second.issueIds()[0])).canUndo).toBe(false)
    await second.close()
  })

  it('keeps the edits a checkout made, when the same checkout opens the sample again', async () => {
    const stateDir = tempDir('galley-state-')
    const folder = checkout()
    const first = await openSample(folder, stateDir)
    await acceptOne(first)
    await first.close()
    const again = await openSample(folder, stateDir)
    expect((await again.openIssue(again.issueIds()[0])).canUndo).toBe(true)
    await again.close()
  })

  it('takes over the one shared log that older versions kept per user account, leaving it for other checkouts', async () => {
    const stateDir = tempDir('galley-state-')
    // An older Galley's edit, made where it kept the sample's log: <stateDir>/sample-state/<issue>.
    const old = await openSample(checkout(), stateDir)
    const issueId = old.issueIds()[0]
    await acceptOne(old)
    await old.close()
    const [checkoutDir] = readdirSync(join(stateDir, 'sample-state'))
    const legacy = join(stateDir, 'sample-state', issueId)
    mkdirSync(legacy, { recursive: true })
    cpSync(join(stateDir, 'sample-state', checkoutDir, issueId), legacy, { recursive: true })

    const upgraded = await openSample(checkout(), stateDir)
    expect((await upgraded.openIssue(issueId)).canUndo).toBe(true)
    await upgraded.close()
    expect(existsSync(join(legacy, 'state.journal.jsonl'))).toBe(true)
  })
})
