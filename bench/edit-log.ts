// The edit log's cost per edit as the log grows: one acknowledged edit (append to the journal,
// fsync'd) with 100 and with 10,000 ops already in the log. Goal: no more than 1.5× apart.

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Op } from '../src-main/core/index'
import { emptyState, pageSetKey, type IssueState } from '../src-main/library/edit-log'
import { COMPACT_EVERY, IssueStore } from '../src-main/library/store'

const PAGES = { '01.md': 'f'.repeat(64) }
const SAMPLES = 200
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

async function storeOf(file: string): Promise<IssueStore> {
  const store = new IssueStore(file)
  await store.load()
  return store
}

let next = 1_000_000
async function appendTime(store: IssueStore): Promise<number> {
  const t = performance.now()
  await store.append([op(next++)], PAGES, 'bench')
  return performance.now() - t
}

async function appendTimes(file: string, count: number): Promise<number[]> {
  const store = await storeOf(file)
  const times: number[] = []
  for (let i = 0; i < count; i++) times.push(await appendTime(store))
  return times
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

export async function editLogBench(root: string): Promise<void> {
  const small = logWith(root, 100)
  const large = logWith(root, 10_000)
  await appendTimes(logWith(root, 10), 20) // warm the writer thread and the JIT
  // One edit on each log in turn, so both see the same load on a shared machine (an fsync here
  // takes a fraction of a millisecond, and the machine's other work moves it as much).
  const [smallStore, largeStore] = [await storeOf(small), await storeOf(large)]
  const at100: number[] = []
  const at10k: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    at100.push(await appendTime(smallStore))
    at10k.push(await appendTime(largeStore))
  }
  const ratio = median(at10k) / median(at100)
  console.log('')
  console.log(
    `Edit log, one edit (journal append + fsync), median of ${SAMPLES}: 100 ops in the log ${median(at100).toFixed(2)} ms, 10,000 ops ${median(at10k).toFixed(2)} ms; 10,000/100 = ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'NOT met'})`,
  )
  const folding = await appendTimes(large, COMPACT_EVERY)
  console.log(`  over ${COMPACT_EVERY} edits at 10,000 ops, one of them folding the journal into the snapshot: mean ${mean(folding).toFixed(2)} ms, slowest ${Math.max(...folding).toFixed(1)} ms`)
}
