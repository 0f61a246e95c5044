// A corrected ALTO export written over an earlier one is the earlier export or the new one, whole,
// whatever moment a crash (a kill, a power cut) stops it at: moving the new pages in one by one left
// some pages new and some old, an export no archivist could tell from a finished one. The report
// beside it goes with the folder: the next export puts back or finishes what a crash left.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ExportResult, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { writeHarbourIssue } from '../fixtures/alto'
import { harness, tempDir, value } from './helpers'

/** From the `at`-th rename of the export on (0 first), every rename and removal fails: the
 * process is gone, and nothing after that moment happens. */
const crash = vi.hoisted(() => ({ at: Number.POSITIVE_INFINITY, renames: 0, dead: false, counting: false }))

vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>()
  const gone = () => Promise.reject(Object.assign(new Error('the process was killed'), { code: 'EINTR' }))
  return {
    ...real,
    default: real,
    rename: (from: string, to: string) => {
      if (crash.dead) return gone()
      if (crash.counting && crash.renames++ === crash.at) {
        crash.dead = true
        return gone()
      }
      return real.rename(from, to)
    },
    rm: (path: string, options?: Parameters<typeof real.rm>[1]) => (crash.dead ? gone() : real.rm(path, options)),
  }
})

afterEach(() => {
  Object.assign(crash, { at: Number.POSITIVE_INFINITY, renames: 0, dead: false, counting: false })
})


async function exported(): Promise<{ h: ReturnType<typeof harness>; issueId: string; issue: string; out: string; edit: (from: string, to: string) => Promise<void> }> {
  const library = tempDir()
  const issue = writeHarbourIssue(library)
  const h = harness()
  const lib = value(await h.dispatch('library:open', { folder: library })) as LibraryView
  const issueId = lib.issues[0].id
  const out = join(library, 'exports')
  mkdirSync(out)
  const edit = async (from: string, to: string) => {
    const view = value(await h.dispatch('issue:open', { issueId })) as IssueView
    for (const block of view.articles.flatMap((a) => a.blocks).filter((b) => b.text.includes(from))) {
      value(await h.dispatch('op:apply', { issueId, op: { kind: 'edit-text', blockId: block.id, text: block.text.replace(from, to), expect: { [block.id]: block.hash } } }))
    }
  }
  return { h, issueId, issue, out, edit }
}

const run = (h: ReturnType<typeof harness>, issueId: string, out: string) => h.dispatch('export:run', { issueIds: [issueId], format: 'alto', folder: out })

/** Which export the folder holds, judged by every page: 'old', 'new', or 'mixed'. */
function holds(folder: string): string {
  const pages = ['page_0001.xml', 'page_0002.xml'].map((name) => readFileSync(join(folder, name), 'utf8'))
  if (pages.every((text) => text.includes('CONTENT="empty."') || text.includes('CONTENT="calm."'))) return 'new'
  if (pages.every((text) => text.includes('CONTENT="crowded."') || text.includes('CONTENT="still."'))) return 'old'
  return 'mixed'
}

describe('a corrected ALTO export over an earlier one, stopped by a crash', () => {
  it('leaves the earlier export or the new one whole at every moment, with its own report once exported again', async () => {
    const seen: string[] = []
    for (let at = 0; ; at++) {
      const { h, issueId, out, edit } = await exported()
      await edit('full', 'crowded')
      await edit('quiet', 'still')
      const first = value(await run(h, issueId, out)) as ExportResult
      expect(first.failed).toEqual([])
      const folder = first.files[0].file
      const report = first.files[0].report
      expect(holds(folder)).toBe('old')
      const oldReport = readFileSync(report, 'utf8')
      // The editor's own notes in the export folder are no page of it, and stay.
      writeFileSync(join(folder, 'notes.txt'), 'checked against the microfilm')
      await edit('crowded', 'empty')
      await edit('still', 'calm')

      Object.assign(crash, { at, renames: 0, dead: false, counting: true })
      const second = value(await run(h, issueId, out)) as ExportResult
      const crashed = crash.dead
      Object.assign(crash, { at: Number.POSITIVE_INFINITY, dead: false, counting: false })
      if (!crashed) {
        // Past the export's last step: it went through whole.
        expect(second.failed).toEqual([])
        expect(holds(folder)).toBe('new')
        expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('checked against the microfilm')
        expect(readdirSync(out).sort()).toEqual(['harbour-1824-02-17.alto', 'harbour-1824-02-17.report.md'])
        expect(at).toBeGreaterThan(1)
        break
      }
      // Stopped: what is there is one export or the other, never a mix (or, for the instant
      // between two renames, the earlier one kept aside, put back by the next export).
      const there = readdirSync(out).includes('harbour-1824-02-17.alto') ? holds(folder) : 'set aside'
      seen.push(there)
      if (there === 'old') expect(readFileSync(report, 'utf8'), `crash at rename ${at}`).toBe(oldReport)

      // The next export (no crash) finds what the crash left, and writes the new one whole.
      if (there === 'mixed') continue // (the failure is told below, with every crash's)
      const third = value(await run(h, issueId, out)) as ExportResult
      expect(third.failed, `after a crash at rename ${at}`).toEqual([])
      expect(holds(folder)).toBe('new')
      expect(readFileSync(report, 'utf8')).not.toBe(oldReport)
      expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('checked against the microfilm')
      expect.soft(readdirSync(out).sort(), `after a crash at rename ${at}`).toEqual(['harbour-1824-02-17.alto', 'harbour-1824-02-17.report.md'])
    }
    expect(seen, 'what each crash left').not.toContain('mixed')
  })
})
