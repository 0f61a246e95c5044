// Full garbage collections between the stages of a very large issue's analysis (core/stages.ts).
// V8 lets its heap grow to several times what stays live before it collects again, and the
// factor it picks rises with the rate of allocation, up to 4: on a 50 MB page that headroom, not
// what the analysis holds, was most of the peak (8.4× the page's size in the CLI, 7.3× in the
// server). A collection between stages costs about a tenth of a second on such a page, and
// nothing on an ordinary issue, which is far below the size where it starts.
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setStageHook } from '../core/index'

/** The page text (UTF-16 units) from which an issue's analysis collects between its stages:
 * 4 million units is a 12 MB Chinese page; the largest issue the bench makes has 0.6 million. */
export const COLLECT_FROM = 4_000_000

let collect: (() => void) | null = null

function collector(): () => void {
  if (collect) return collect
  const exposed = (globalThis as { gc?: unknown }).gc
  if (typeof exposed === 'function') return (collect = exposed as () => void)
  // Node gives scripts the collector only under --expose-gc; set now, it is there in a context
  // made after (the collection it runs is the whole isolate's).
  setFlagsFromString('--expose-gc')
  return (collect = runInNewContext('gc') as () => void)
}

/** How far the heap may grow past what the last collection left before the next stage collects:
 * a stage that allocated little (accept-all's later rounds re-detect a few changed blocks) is
 * not worth a collection of the whole heap. */
export const GROWTH = 1.1

/** Installs the hook for this process or worker: the CLI, the app's main process, the browser
 * server and the export workers each call it once. `collectNow` and `heapUsed` stand in for the
 * collector and the heap's size in tests. */
export function collectBetweenStages(collectNow: () => void = () => collector()(), heapUsed: () => number = () => getHeapStatistics().used_heap_size): void {
  let left = 0
  setStageHook((size) => {
    if (size < COLLECT_FROM || heapUsed() < left * GROWTH) return
    collectNow()
    left = heapUsed()
  })
}
