// The edit log's cost per edit as the log grows: one acknowledged edit (append to the journal,
// fsync'd) with 100 and with 10,000 ops already in the log. Goal: no more than 1.5× apart.

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Op } from '../src-main/core/index'
import { emptyState, pageSetKey, type IssueState } from '../src-main/library/edit-log'
import { COMPACT_EVERY, IssueStore } from '../src-main/library/store'

const PAGES = { '01.md': 'f'.repeat(64) }
const SAMPLES = 60
const GOAL = 1.5

const op = (n: number): Op => ({ kind: 'edit-text', blockId: `01-b${n}`, text: `corrected paragraph ${n}`, expect: { [`01-b${n}`]: 'abcdef012345' } })

/** A log of `count` ops written as a snapshot, as a long-edited issue has on disk. */
function logWith(dir: string, count: number): string {
  const file = join(dir, `ops-${count}`, '.galley', 'state.json')
  mkdirSync(join(file, '..'), { recursive: true })
  const state: IssueState = emptyState()
  const against = pageSetKey(PAGES)
  state.pageSets[against] = PAGES
  for (let n = 0; n < count; n++) {
    state.ops.push({ op: op(n), who: 'bench', editor: 'bench', when: new Date(0).toISOString(), group: n + 1, against, active: true })
  }
  state.revision = count
  state.nextGroup = count + 1
  writeFileSync(file, JSON.stringify(state))
  return file
}

async function appendTimes(file: string, count: number): Promise<number[]> {
  const store = new IssueStore(file)
  await store.load()
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const t = performance.now()
    await store.append([op(1_000_000 + i)], PAGES, 'bench')
    times.push(performance.now() - t)
  }
  return times
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

export async function editLogBench(root: string): Promise<void> {
  const small = logWith(root, 100)
  const large = logWith(root, 10_000)
  await appendTimes(logWith(root, 10), 20) // warm the writer thread and the JIT
  // Alternate the two logs in rounds, so both see the same load on a shared machine.
  const at100: number[] = []
  const at10k: number[] = []
  for (let round = 0; round < 3; round++) {
    at100.push(...(await appendTimes(small, SAMPLES / 3)))
    at10k.push(...(await appendTimes(large, SAMPLES / 3)))
  }
  const ratio = median(at10k) / median(at100)
  console.log('')
  console.log(
    `Edit log, one edit (journal append + fsync), median of ${SAMPLES}: 100 ops in the log ${median(at100).toFixed(2)} ms, 10,000 ops ${median(at10k).toFixed(2)} ms; 10,000/100 = ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'NOT met'})`,
  )
  const folding = await appendTimes(large, COMPACT_EVERY)
  console.log(`  over ${COMPACT_EVERY} edits at 10,000 ops, one of them folding the journal into the snapshot: mean ${mean(folding).toFixed(2)} ms, slowest ${Math.max(...folding).toFixed(1)} ms`)
}
