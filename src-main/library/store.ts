// One issue's edit log on disk (`<issue>/.galley/state.json`, through lowdb): the ops with who and
// when, the undo/redo cursor, and the page hashes each op was made against. Every change reloads
// the file under a cross-process lock first, so a second window or process never loses an op,
// and is written atomically before it is acknowledged.

import { mkdirSync, statSync } from 'node:fs'
import { userInfo } from 'node:os'
import { dirname } from 'node:path'
import type { Low } from 'lowdb'
import { createHash } from 'node:crypto'
import { GalleyError, type Op } from '../core/index'
import { opSchema } from '../ipc/contract'
import { openLow, readOrSetAside } from './durable-json'
import { toGalleyError } from './fs-errors'
import { withFileLock } from './lock'

export interface LogEntry {
  op: Op
  who: string
  when: string
  /** Ops recorded together share a group; undo and redo move by group. */
  group: number
  /** Key into `pageSets`: the page hashes on disk when the op was made. */
  against: string
}

export interface IssueState {
  schema: 'galley.state/1'
  /** Bumped by every write; tells a reader whether another writer changed the file. */
  revision: number
  /** Entries [0, cursor) are active; the rest are undone and come back with redo. */
  cursor: number
  nextGroup: number
  ops: LogEntry[]
  /** Page file → sha256 sets, keyed by a digest of the set; ops point at one by `against`. */
  pageSets: Record<string, Record<string, string>>
}

export function emptyState(): IssueState {
  return { schema: 'galley.state/1', revision: 0, cursor: 0, nextGroup: 1, ops: [], pageSets: {} }
}

let cachedUser: string | null = null
export function editorName(): string {
  if (cachedUser === null) {
    try {
      cachedUser = userInfo().username || 'unknown'
    } catch {
      cachedUser = process.env.USER ?? process.env.USERNAME ?? 'unknown' // no passwd entry (containers)
    }
  }
  return cachedUser
}

export class IssueStore {
  readonly file: string
  private readonly db: Low<IssueState>
  private loaded = false
  private queue: Promise<unknown> = Promise.resolve()
  private seen: { mtimeMs: number; size: number; ino: number } | null = null

  constructor(file: string) {
    this.file = file
    this.db = openLow(file, emptyState())
  }

  get state(): IssueState {
    return this.db.data
  }

  /**
   * Reads the file once (or again when it changed on disk). Throws 'state-corrupt' after setting a
   * damaged file aside. Waits for the changes asked for before it: a read made while an edit is
   * being saved would otherwise find the file not yet replaced and put the older log back in memory.
   */
  load(): Promise<IssueState> {
    return this.inTurn(async () => {
      if (!this.loaded || (await this.changedOnDisk())) await this.reload()
      return this.db.data
    })
  }

  /** True when another writer changed the file since we last read or wrote it. */
  async changedOnDisk(): Promise<boolean> {
    const now = this.stamp()
    const seen = this.seen
    if (now === null || seen === null) return now !== seen
    return now.mtimeMs !== seen.mtimeMs || now.size !== seen.size || now.ino !== seen.ino
  }

  async reload(): Promise<IssueState> {
    this.db.data = emptyState()
    this.loaded = true
    try {
      await readOrSetAside(this.db, this.file, validateState)
    } finally {
      this.seen = this.stamp()
    }
    return this.db.data
  }

  /** Appends ops as one undo group, dropping any undone ops (a new edit ends the redo chain). */
  append(ops: Op[], pages: Record<string, string>, check?: (activeBefore: Op[]) => void, meanwhile?: () => void): Promise<IssueState> {
    return this.mutate((state) => {
      check?.(activeOps(state))
      const against = pageSetKey(pages)
      state.pageSets[against] = pages
      state.ops.length = state.cursor
      const when = new Date().toISOString()
      const group = state.nextGroup++
      for (const op of ops) state.ops.push({ op, who: editorName(), when, group, against })
      state.cursor = state.ops.length
      prunePageSets(state)
    }, meanwhile)
  }

  undo(): Promise<IssueState> {
    return this.mutate((state) => {
      if (state.cursor === 0) throw new GalleyError('invalid-argument', 'There is nothing to undo.')
      const group = state.ops[state.cursor - 1].group
      while (state.cursor > 0 && state.ops[state.cursor - 1].group === group) state.cursor--
    })
  }

  redo(): Promise<IssueState> {
    return this.mutate((state) => {
      if (state.cursor >= state.ops.length) throw new GalleyError('invalid-argument', 'There is nothing to redo.')
      const group = state.ops[state.cursor].group
      while (state.cursor < state.ops.length && state.ops[state.cursor].group === group) state.cursor++
    })
  }

  /** Removes one op (the editor decided a conflicting op no longer applies). */
  discard(index: number, expected: Op): Promise<IssueState> {
    return this.mutate((state) => {
      const entry = state.ops[index]
      if (!entry || JSON.stringify(entry.op) !== JSON.stringify(expected)) {
        throw new GalleyError('conflict', 'The edit log changed meanwhile (another window?); look at the conflicts again.')
      }
      state.ops.splice(index, 1)
      if (index < state.cursor) state.cursor--
      prunePageSets(state)
    })
  }

  /**
   * Applies `change` to the state as it is on disk now, under the lock, and writes it. Resolves
   * only once the write is durable; on failure the in-memory state stays what the disk holds.
   * `meanwhile` runs while the write is under way (work the reply needs that does not decide
   * whether to write); if it throws, the write still completes and the error is passed on.
   */
  mutate(change: (state: IssueState) => void, meanwhile?: () => void): Promise<IssueState> {
    const run = async (): Promise<IssueState> => {
      try {
        mkdirSync(dirname(this.file), { recursive: true })
      } catch (err) {
        throw toGalleyError(err, dirname(this.file), 'create the state folder')
      }
      return withFileLock(`${this.file}.lock`, async () => {
        // Reload what another window or process wrote meanwhile (a rename always changes the inode).
        if (!this.loaded || (await this.changedOnDisk())) await this.reload()
        const next = structuredClone(this.db.data)
        change(next)
        next.revision++
        const previous = this.db.data
        this.db.data = next
        const writing = this.db.write()
        let failed: { err: unknown } | null = null
        try {
          meanwhile?.()
        } catch (err) {
          failed = { err }
        }
        try {
          await writing
        } catch (err) {
          this.db.data = previous
          throw toGalleyError(err, this.file, 'save the edit log')
        }
        this.seen = this.stamp()
        if (failed) throw failed.err
        return next
      })
    }
    return this.inTurn(run)
  }

  /** Runs `work` after every read and change asked for before it, one at a time. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work)
    this.queue = result.catch(() => undefined)
    return result
  }

  /** The file's identity now (synchronous: one stat, for the same reason as the lock's calls, lock.ts). */
  private stamp(): { mtimeMs: number; size: number; ino: number } | null {
    try {
      const s = statSync(this.file)
      return { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino }
    } catch {
      return null // no state file yet (never edited) or it was removed
    }
  }

}

export function activeOps(state: IssueState): Op[] {
  return state.ops.slice(0, state.cursor).map((e) => e.op)
}

export function lastEdited(state: IssueState): string | null {
  let newest: string | null = null
  for (const e of state.ops) if (newest === null || e.when > newest) newest = e.when
  return newest
}

function pageSetKey(pages: Record<string, string>): string {
  const canonical = Object.keys(pages)
    .sort()
    .map((k) => `${k}\0${pages[k]}`)
    .join('\n')
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16)
}

function prunePageSets(state: IssueState): void {
  const used = new Set(state.ops.map((e) => e.against))
  for (const key of Object.keys(state.pageSets)) if (!used.has(key)) delete state.pageSets[key]
}

export function validateState(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'not an object'
  const s = data as Partial<IssueState>
  if (s.schema !== 'galley.state/1') return `unknown schema ${JSON.stringify(s.schema)}`
  if (!Array.isArray(s.ops)) return 'no ops list'
  if (!Number.isInteger(s.cursor) || (s.cursor as number) < 0 || (s.cursor as number) > s.ops.length) return 'cursor out of range'
  if (!Number.isInteger(s.revision) || !Number.isInteger(s.nextGroup)) return 'no revision'
  if (typeof s.pageSets !== 'object' || s.pageSets === null) return 'no page sets'
  for (const [i, e] of s.ops.entries()) {
    if (typeof e !== 'object' || e === null || typeof e.who !== 'string' || typeof e.when !== 'string') return `op ${i} is malformed`
    if (!Number.isInteger(e.group) || typeof e.against !== 'string') return `op ${i} is malformed`
    if (!opSchema.safeParse(e.op).success) return `op ${i} is not an op Galley knows`
  }
  return null
}
