// Collections between the stages of a very large issue's analysis (issue 10 item 14): only from
// the size where V8's headroom would outgrow what the analysis holds, and a real collection then.
import { afterEach, describe, expect, it } from 'vitest'
import { setStageHook } from '../../src-main/core/index'
import { stageEnded } from '../../src-main/core/stages'
import { COLLECT_FROM, GROWTH, collectBetweenStages } from '../../src-main/library/collector'

afterEach(() => {
  setStageHook(null)
})

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('collections between analysis stages', () => {
  it('collects for an issue from the threshold on, and never for an ordinary one', () => {
    let collections = 0
    let heap = 100
    collectBetweenStages(() => collections++, () => (heap += 100))
    stageEnded(600_000)
    stageEnded(COLLECT_FROM - 1)
    expect(collections).toBe(0)
    stageEnded(COLLECT_FROM)
    stageEnded(COLLECT_FROM * 4)
    expect(collections).toBe(2)
  })

  it('collects only once the heap has grown well past what the last collection left', () => {
    let collections = 0
    let heap = 0
    collectBetweenStages(() => {
      collections++
      heap = 100
    }, () => heap)
    heap = 400
    stageEnded(COLLECT_FROM)
    expect(collections).toBe(1)
    // A stage that made little (110 after 100 left) is not worth a collection of the whole heap.
    heap = 110
    stageEnded(COLLECT_FROM)
    expect(collections).toBe(1)
    heap = 100 * GROWTH + 1
    stageEnded(COLLECT_FROM)
    expect(collections).toBe(2)
  })

  it('really collects: an object no one holds is gone after a large issue\'s stage', async () => {
    collectBetweenStages()
    // Made in a task of its own: an object a WeakRef was made for is held to the end of that task.
    let weak: WeakRef<object> | null = null
    await (async () => {
      weak = new WeakRef({ page: 'x'.repeat(1000) })
    })()
    await nextTask()
    stageEnded(COLLECT_FROM)
    await nextTask()
    expect((weak as WeakRef<object> | null)?.deref()).toBeUndefined()
  })
})
