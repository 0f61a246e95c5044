// One issue's edit log on disk: a lowdb snapshot (`<issue>/.galley/state.json`) and an
// append-only journal beside it (`state.journal.jsonl`, journal.ts). An edit appends one fsync'd
// record under a cross-process lock, after catching up with what other windows or processes
// appended, and is acknowledged only then; now and then the journal is folded into the snapshot.

import { accessSync, closeSync, constants, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, truncateSync, unlinkSync } from 'node:fs'
import { userInfo } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { Low } from 'lowdb'
import { GalleyError, isGalleyError, type Op } from '../core/index'
import { pendingTempFiles } from './atomic'
import { openLow, readOrSetAside } from './durable-json'
import {
  activeOpsWith,
  applyRecord,
  emptyState,
  newerSnapshot,
  pageSetKey,
  prunePageSets,
  readSnapshot,
  redoGroupOf,
  undoGroupOf,
  type IssueState,
  type LogRecord,
} from './edit-log'
import { errnoOf, toGalleyError } from './fs-errors'
import { encodeLine, readJournal, type FileStamp } from './journal'
import { isProcessGone, withFileLock } from './lock'
import { appendDurably } from './writer-thread'

export { activeEntries, activeOps, emptyState, lastEdited, withLogIndexes, type Checkpoint, type IssueState, type LogEntry } from './edit-log'

/** Records in the journal before it is folded into the snapshot: a snapshot write every this many edits. */
export const COMPACT_EVERY = 500

/** How many times a read without the lock starts again when another process folds the journal meanwhile. */
const READ_ATTEMPTS = 5

/** The editor of edits whose caller names none (the CLI, a test): one per process. */
export const PROCESS_EDITOR = `process-${process.pid}`

/** Checks, on the log as it is on disk now, whether a change may be made; throws when not. */
export type Check = (active: { op: Op; index: number; editor: string }[]) => void

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

type Stamp = FileStamp

export class IssueStore {
  readonly file: string
  readonly journalFile: string
  private readonly db: Low<IssueState>
  private loaded = false
  private queue: Promise<unknown> = Promise.resolve()
  private seenSnapshot: Stamp | null = null
  private seenJournal: Stamp | null = null
  /** Bytes of the journal replayed; the next record goes there. */
  private journalEnd = 0
  private journalLines = 0

  /**
   * `home`, where given, is what the log belongs to (the issue's folder, or its one page file): an
   * edit is refused once it is gone (moved or deleted while open), rather than saved into a folder
   * made again where the issue was, away from its pages and its earlier edits.
   */
  constructor(file: string, private readonly home?: string) {
    this.file = file
    this.journalFile = journalFileOf(file)
    this.db = openLow(file, emptyState())
  }

  get state(): IssueState {
    return this.db.data
  }

  /**
   * Reads the log once (or what changed on disk since). Throws 'state-corrupt' after setting a
   * damaged file aside. Waits for the changes asked for before it: a read made while an edit is
   * being saved would otherwise miss it.
   */
  load(): Promise<IssueState> {
    return this.inTurn(async () => {
      await this.catchUp()
      return this.db.data
    })
  }

  /** True when another writer changed the snapshot or the journal since we last read or wrote them. */
  async changedOnDisk(): Promise<boolean> {
    return !sameStamp(stampOf(this.file), this.seenSnapshot) || !sameStamp(stampOf(this.journalFile), this.seenJournal)
  }

  /** Appends ops as one undo group of `editor`'s (ending that editor's own redo chain). */
  append(ops: Op[], pages: Record<string, string>, editor = PROCESS_EDITOR, check?: Check, meanwhile?: () => void): Promise<IssueState> {
    return this.mutate((state) => {
      check?.(activeOpsWith(state, -1, false).map(({ op, index, entry }) => ({ op, index, editor: entry.editor })))
      const against = pageSetKey(pages)
      return {
        t: 'append',
        editor,
        who: editorName(),
        when: new Date().toISOString(),
        group: state.nextGroup,
        against,
        ...(state.pageSets[against] ? {} : { pages }),
        ops,
      }
    }, meanwhile)
  }

  /**
   * Takes back `editor`'s newest group, never another editor's. `check` sees the active ops as
   * they would be without it and refuses when a later op of someone else no longer fits.
   */
  undo(editor = PROCESS_EDITOR, check?: Check): Promise<IssueState> {
    return this.mutate((state) => {
      const group = undoGroupOf(state, editor)
      if (group === null) throw new GalleyError('invalid-argument', 'There is nothing of yours to undo in this issue.')
      check?.(activeOpsWith(state, group, false).map(({ op, index, entry }) => ({ op, index, editor: entry.editor })))
      return { t: 'undo', editor, group }
    })
  }

  redo(editor = PROCESS_EDITOR, check?: Check): Promise<IssueState> {
    return this.mutate((state) => {
      const group = redoGroupOf(state, editor)
      if (group === null) throw new GalleyError('invalid-argument', 'There is nothing of yours to redo in this issue.')
      check?.(activeOpsWith(state, group, true).map(({ op, index, entry }) => ({ op, index, editor: entry.editor })))
      return { t: 'redo', editor, group }
    })
  }

  /** Names the place the log is at now; `returnTo` in library.ts undoes the editor's groups after it. */
  addCheckpoint(name: string, editor = PROCESS_EDITOR): Promise<IssueState> {
    return this.mutate((state) => ({
      t: 'checkpoint',
      id: `c${state.revision + 1}`,
      name,
      who: editorName(),
      editor,
      when: new Date().toISOString(),
      afterGroup: state.nextGroup - 1,
    }))
  }

  /** Removes one op (the editor decided a conflicting op no longer applies). */
  discard(index: number, expected: Op): Promise<IssueState> {
    return this.mutate((state) => {
      const entry = state.ops[index]
      if (!entry || JSON.stringify(entry.op) !== JSON.stringify(expected)) {
        throw new GalleyError('conflict', 'The edit log changed meanwhile (another window?); look at the conflicts again.')
      }
      return { t: 'discard', index }
    })
  }

  /**
   * Makes the record `build` returns for the log as it is on disk now, under the lock, appends it
   * to the journal and applies it. Resolves only once the record is durable; on failure the
   * in-memory log stays what the disk holds. `meanwhile` runs while the write is under way (work
   * the reply needs that does not decide whether to write); if it throws, the write still
   * completes and the error is passed on.
   */
  mutate(build: (state: IssueState) => LogRecord, meanwhile?: () => void): Promise<IssueState> {
    const run = async (): Promise<IssueState> => {
      this.requireHome()
      this.makeFolder()
      return withFileLock(`${this.file}.lock`, async () => {
        await this.catchUp(true)
        const state = this.db.data
        const record = build(state)
        const line = encodeLine(state.revision + 1, record)
        const torn = this.seenJournal !== null && this.seenJournal.size > this.journalEnd
        const writing = appendDurably(this.journalFile, line, torn ? this.journalEnd : undefined)
        let failed: { err: unknown } | null = null
        try {
          meanwhile?.()
        } catch (err) {
          failed = { err }
        }
        try {
          await writing
        } catch (err) {
          throw toGalleyError(err, this.journalFile, 'save the edit log')
        }
        applyRecord(state, record)
        this.journalEnd += Buffer.byteLength(line)
        this.journalLines++
        this.seenJournal = stampOf(this.journalFile)
        if (this.journalLines >= COMPACT_EVERY) await this.compact()
        if (failed) throw failed.err
        return state
      })
    }
    return this.inTurn(run)
  }

  /**
   * Folds the journal into the snapshot: the snapshot is written atomically first (with the
   * revision it holds, so journal lines at or below it are skipped), then the journal is emptied.
   * A crash between the two leaves lines the next read skips. Runs under the lock.
   */
  private async compact(): Promise<void> {
    const state = this.db.data
    prunePageSets(state)
    try {
      await this.db.write()
      this.seenSnapshot = stampOf(this.file)
      await appendDurably(this.journalFile, '', 0)
    } catch {
      // The edit is already safe in the journal; folding is retried after the next edit.
      return
    }
    this.journalEnd = 0
    this.journalLines = 0
    this.seenJournal = stampOf(this.journalFile)
  }

  /**
   * Brings the in-memory log up to what is on disk: the journal's new lines, or all of it when the
   * snapshot changed. `locked`: the caller holds the issue's lock, so no other process writes now.
   */
  private async catchUp(locked = false, attempt = 1): Promise<void> {
    const snapshot = stampOf(this.file)
    const journal = stampOf(this.journalFile)
    const snapshotChanged = !this.loaded || !sameStamp(snapshot, this.seenSnapshot)
    if (!snapshotChanged && sameStamp(journal, this.seenJournal)) return
    if (snapshotChanged || journal === null || journal.size < this.journalEnd || journal.ino !== this.seenJournal?.ino) {
      await this.readSnapshot()
      this.journalEnd = 0
      this.journalLines = 0
    }
    const { damage, newer } = this.replayJournal()
    // Without the lock, another process may have folded the journal into a new snapshot between
    // the two reads: the old snapshot and the journal emptied after it look whole, without the
    // edits folded in. While the snapshot changes under the read, both are read again.
    if (!locked && attempt < READ_ATTEMPTS && !sameStamp(stampOf(this.file), this.seenSnapshot)) return this.catchUp(false, attempt + 1)
    if (newer !== null) {
      // Read it all again next time too: an edit must never append after (and cut) that line.
      this.loaded = false
      throw writtenByNewerGalley(this.journalFile, newer)
    }
    if (damage === null) return
    if (locked) this.setJournalAside(damage)
    // Read without the lock, the snapshot and the journal may be from either side of another
    // process's fold (a new snapshot, the journal emptied and written on): read both again under
    // the lock before calling the journal damaged and cutting it back.
    let held = false
    try {
      await withFileLock(`${this.file}.lock`, async () => {
        held = true
        this.loaded = false // both read afresh
        await this.catchUp(true)
      })
    } catch (err) {
      // Another process holds the lock (a live one is never broken): it may be writing now, so
      // nothing is cut; only where no lock can be had at all (a read-only folder) as before.
      if (held) throw err
      if (isGalleyError(err) && err.code === 'conflict') {
        // Read it all again next time, so the damage is seen (and set aside, with its copy) then.
        this.loaded = false
        throw err
      }
      this.setJournalAside(damage)
    }
  }

  private async readSnapshot(): Promise<void> {
    if (!this.loaded) this.removeStaleTempFiles()
    this.db.data = emptyState()
    this.loaded = true
    // The stamp is taken before reading: taken after, it could be that of a new snapshot another
    // process's fold put in place meanwhile, and the new one would never be read.
    let stamp = stampOf(this.file)
    try {
      await readOrSetAside(this.db, this.file, (data) => {
        const newer = newerSnapshot(data)
        if (newer !== null) throw writtenByNewerGalley(this.file, newer) // kept as it is, never set aside
        const read = readSnapshot(data)
        return typeof read === 'string' ? read : null
      })
      this.db.data = readSnapshot(this.db.data) as IssueState
    } catch (err) {
      this.db.data = emptyState()
      stamp = stampOf(this.file) // a damaged snapshot is set aside: none is there now
      // Only a damaged snapshot, set aside, leaves an empty log to go on from. One that could not be
      // read (a newer Galley's, a read that failed) is read again next time: an edit saved on an
      // empty log beside it would be skipped as folded in, and the next fold would write over it.
      if (!isGalleyError(err) || err.code !== 'state-corrupt') this.loaded = false
      throw err
    } finally {
      this.seenSnapshot = stamp
    }
  }

  /** Applies the journal's lines from where the last read stopped; returns the damage found, if
   * any, and a newer Galley's record, where one stops it. */
  private replayJournal(): { damage: string | null; newer: string | null } {
    const read = readJournal(this.journalFile, this.journalEnd)
    const state = this.db.data
    let damage = read.damage
    let end = this.journalEnd
    for (const line of read.lines) {
      // At or below the snapshot's revision: folded into it already (a crash between writing it and emptying the journal).
      if (line.seq > state.revision) {
        if (line.seq !== state.revision + 1) {
          damage = `record ${line.seq} follows revision ${state.revision}`
          break
        }
        applyRecord(state, line.rec)
        this.journalLines++
      }
      end = line.end
    }
    this.journalEnd = end
    this.seenJournal = read.stamp
    return { damage, newer: read.newer }
  }

  /** Keeps a damaged journal's copy for recovery and cuts the live one back to its last good line. */
  private setJournalAside(damage: string): never {
    const aside = `${this.journalFile}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
    try {
      copyFileSync(this.journalFile, aside)
      // The copy is all that holds the edits after the damage: on disk before the journal is cut,
      // or a power cut could leave the cut made and the copy empty.
      fsyncPath(aside, 'r+')
      try {
        fsyncPath(dirname(aside), 'r') // its name too
      } catch {
        // some systems refuse to open or fsync a folder, which is no error
      }
      truncateSync(this.journalFile, this.journalEnd)
    } catch (err) {
      throw toGalleyError(err, this.journalFile, 'set aside the damaged edit journal')
    } finally {
      this.seenJournal = stampOf(this.journalFile)
    }
    throw new GalleyError(
      'state-corrupt',
      `${this.journalFile} was damaged (${damage}) and has been kept as ${aside}. Galley keeps the edits before the damage; the copy holds the rest for recovery.`,
    )
  }

  private requireHome(): void {
    if (this.home === undefined || existsSync(this.home)) return
    throw new GalleyError('not-found', `${this.home} was moved or deleted while it was open, so Galley saved nothing there. Reopen the library to find the issue where it is now; its edits go with its folder.`)
  }

  private makeFolder(): void {
    const dir = dirname(this.file)
    try {
      mkdirSync(dir, { recursive: true })
    } catch (err) {
      // Node's recursive mkdir answers ENOENT on a read-only file system; the folder's own access tells.
      const e = toGalleyError(errnoOf(err) === 'ENOENT' ? (writableError(dirname(dir)) ?? err) : err, dir, 'create the state folder')
      if (e.code !== 'read-only') throw e
      throw new GalleyError(
        'read-only',
        `The folder ${dirname(dir)} is read-only, so Galley cannot keep edits to this issue (it would save them in ${dir}). You can still read it and export it to another folder; to edit, make the folder writable or copy the library somewhere writable.`,
      )
    }
  }

  /** Temp files of snapshot writes that a crash interrupted (`.state.json.<pid>.<hex>.tmp`), once their writer is gone. */
  private removeStaleTempFiles(): void {
    const dir = dirname(this.file)
    const prefix = `.${basename(this.file)}.`
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return // no folder yet: nothing was ever written
    }
    const ours = new Set(pendingTempFiles())
    for (const name of names) {
      const match = name.startsWith(prefix) ? /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length)) : null
      const path = join(dir, name)
      if (!match || ours.has(path) || !isProcessGone(Number(match[1]))) continue
      try {
        unlinkSync(path)
      } catch {
        // another process removed it first
      }
    }
  }

  /** Runs `work` after every read and change asked for before it, one at a time. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work)
    this.queue = result.catch(() => undefined)
    return result
  }
}

export function journalFileOf(stateFile: string): string {
  return stateFile.replace(/\.json$/, '') + '.journal.jsonl'
}

/** Why `dir` (which exists) cannot be written to, or null when it can or does not exist. */
function writableError(dir: string): unknown {
  try {
    accessSync(dir, constants.W_OK)
    return null
  } catch (err) {
    return errnoOf(err) === 'ENOENT' ? null : err
  }
}

/** A journal holding a record of a newer Galley's: this one neither reads on past it nor writes. */
function writtenByNewerGalley(journal: string, where: string): GalleyError {
  return new GalleyError('read-only', `The edit log ${journal} holds an edit made by a newer Galley (${where}); update Galley to open and edit this issue. Nothing was changed.`)
}

function fsyncPath(path: string, flags: string): void {
  const fd = openSync(path, flags)
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** A file's identity now (synchronous: one stat, for the same reason as the lock's calls, lock.ts). */
function stampOf(file: string): Stamp | null {
  try {
    const s = statSync(file)
    return { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino }
  } catch {
    return null // not written yet (never edited) or removed
  }
}

function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  if (a === null || b === null) return a === b
  return a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino
}

/**
 * The log as snapshot + journal say, read without writing anything (the CLI's view: a damaged
 * file is reported, not set aside; the app does that when it opens the issue). Empty when the
 * issue was never edited.
 */
export function readLogQuietly(file: string): IssueState {
  // Read again while the snapshot changes under the read, as IssueStore's catchUp does: another
  // process's fold between the two reads would pair the old snapshot with the emptied journal.
  for (let attempt = 1; ; attempt++) {
    const before = stampOf(file)
    let state: IssueState | null = null
    let failure: unknown = null
    try {
      state = readLogOnce(file)
    } catch (err) {
      failure = err
    }
    if (attempt < READ_ATTEMPTS && !sameStamp(stampOf(file), before)) continue
    if (failure !== null) throw failure
    return state as IssueState
  }
}

function readLogOnce(file: string): IssueState {
  const damaged = (what: string, why: string) =>
    new GalleyError('state-corrupt', `The edit log ${what} is damaged (${why}); open the issue in Galley to set it aside, or restore it from a backup.`)
  let state = emptyState()
  let text: string | null = null
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    if (errnoOf(err) !== 'ENOENT') throw toGalleyError(err, file, 'read the edit log')
  }
  if (text !== null) {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch (err) {
      throw damaged(file, err instanceof Error ? err.message : String(err))
    }
    const newer = newerSnapshot(data)
    if (newer !== null) throw writtenByNewerGalley(file, newer)
    const read = readSnapshot(data)
    if (typeof read === 'string') throw damaged(file, read)
    state = read
  }
  const journal = journalFileOf(file)
  const read = readJournal(journal, 0)
  if (read.newer !== null) throw writtenByNewerGalley(journal, read.newer)
  if (read.damage !== null) throw damaged(journal, read.damage)
  for (const { seq, rec } of read.lines) {
    if (seq <= state.revision) continue
    if (seq !== state.revision + 1) throw damaged(journal, `record ${seq} follows revision ${state.revision}`)
    applyRecord(state, rec)
  }
  return state
}
