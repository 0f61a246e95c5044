// Long operations as cancellable tasks that report progress: done/total, a rate and the time
// left, throttled so a thousand-issue library does not flood the renderer with events.

import { randomUUID } from 'node:crypto'
import { GalleyError } from '../core/index'
import type { TaskProgress } from './views'

const EMIT_EVERY_MS = 100

export class Task {
  readonly id: string
  private readonly controller = new AbortController()
  private readonly started = Date.now()
  private lastEmit = 0
  private units = 0

  constructor(
    id: string,
    private readonly report: (progress: TaskProgress) => void,
  ) {
    this.id = id
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  cancel(): void {
    this.controller.abort(new GalleyError('cancelled', 'Cancelled.'))
  }

  /** Throws 'cancelled' once the task was cancelled; long loops call it between steps. */
  check(): void {
    if (this.signal.aborted) throw new GalleyError('cancelled', 'The task was cancelled; nothing half-done was kept.')
  }

  /** `units` (pages, issues) done so far feeds the rate; `done/total` the bar. */
  progress(done: number, total: number, label: string, units = done, final = false): void {
    this.units = units
    const now = Date.now()
    if (!final && now - this.lastEmit < EMIT_EVERY_MS && done !== 0) return
    this.lastEmit = now
    const seconds = (now - this.started) / 1000
    const event: TaskProgress = { taskId: this.id, done, total, label }
    if (seconds > 0.2 && done > 0) {
      event.rate = this.units / seconds
      event.etaMs = Math.round(((now - this.started) / done) * (total - done))
    }
    if (final) event.finished = true
    this.report(event)
  }
}

export class TaskRegistry {
  private readonly running = new Map<string, Task>()

  constructor(private readonly report: (progress: TaskProgress) => void) {}

  async run<T>(taskId: string | undefined, work: (task: Task) => Promise<T>): Promise<T> {
    const id = taskId ?? randomUUID()
    if (this.running.has(id)) throw new GalleyError('invalid-argument', `A task with id ${id} is already running.`)
    const task = new Task(id, this.report)
    this.running.set(id, task)
    try {
      return await work(task)
    } finally {
      this.running.delete(id)
    }
  }

  cancel(taskId: string): boolean {
    const task = this.running.get(taskId)
    if (!task) return false
    task.cancel()
    return true
  }

  cancelAll(): void {
    for (const task of this.running.values()) task.cancel()
  }
}

/** Lets queued IPC messages (a cancel) in between steps of a long loop. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
