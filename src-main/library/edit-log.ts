// The edit log as data: its entries, the records that change it (one per acknowledged edit, the
// journal's lines), and the pure rules for undo and redo. Undo and redo are each editor's own:
// an editor takes back only the newest of its own groups and never removes another editor's op.

import { createHash } from 'node:crypto'
import type { Analysis, Op } from '../core/index'
import { opSchema } from './op-schema'
import type { CheckpointView } from './views'

export interface LogEntry {
  op: Op
  /** OS user name of the editor. */
  who: string
  /** Which editor (a window or a process) made it: only that editor's undo takes it back. */
  editor: string
  when: string
  /** Ops recorded together share a group; undo and redo move by group. */
  group: number
  /** Key into `pageSets`: the page hashes on disk when the op was made. */
  against: string
  /** False once undone; redo (by the same editor) makes it active again. */
  active: boolean
  /** The revision that undid it: redo brings back the editor's most recently undone group first. */
  undoneAt?: number
}

export interface IssueState {
  schema: 'galley.state/2'
  /** Bumped by every record; the journal's records carry the revision they make. */
  revision: number
  nextGroup: number
  ops: LogEntry[]
  /** Page file → sha256 sets, keyed by a digest of the set; ops point at one by `against`. */
  pageSets: Record<string, Record<string, string>>
  /** Named places in the log an editor can return to (absent in logs that never had one). */
  checkpoints?: Checkpoint[]
}

/** A named place in the log (the contract's CheckpointView, kept as is in the state). */
export type Checkpoint = CheckpointView

/** One acknowledged change of the log: what the journal holds, a line each. */
export type LogRecord =
  | { t: 'append'; editor: string; who: string; when: string; group: number; against: string; pages?: Record<string, string>; ops: Op[] }
  | { t: 'undo'; editor: string; group: number }
  | { t: 'redo'; editor: string; group: number }
  | { t: 'discard'; index: number }
  | ({ t: 'checkpoint' } & Checkpoint)

/** The editor of ops recorded before undo was per editor (galley.state/1): nobody's, so nobody's undo takes them. */
export const EARLIER_EDITOR = 'before-per-editor-undo'

export function emptyState(): IssueState {
  return { schema: 'galley.state/2', revision: 0, nextGroup: 1, ops: [], pageSets: {} }
}

/** Applies one record to the state in place (the journal's replay and a live edit run the same code). */
export function applyRecord(state: IssueState, record: LogRecord): void {
  state.revision++
  switch (record.t) {
    case 'append': {
      if (record.pages) state.pageSets[record.against] = record.pages
      // A new edit ends its editor's own redo chain; other editors' undone ops stay theirs to redo.
      if (state.ops.some((e) => !e.active && e.editor === record.editor)) {
        state.ops = state.ops.filter((e) => e.active || e.editor !== record.editor)
      }
      for (const op of record.ops) {
        state.ops.push({ op, who: record.who, editor: record.editor, when: record.when, group: record.group, against: record.against, active: true })
      }
      state.nextGroup = Math.max(state.nextGroup, record.group + 1)
      return
    }
    case 'undo':
    case 'redo':
      for (const e of state.ops) {
        if (e.group !== record.group) continue
        e.active = record.t === 'redo'
        if (record.t === 'undo') e.undoneAt = state.revision
        else delete e.undoneAt
      }
      return
    case 'discard':
      state.ops.splice(record.index, 1)
      return
    case 'checkpoint': {
      const { t: _t, ...checkpoint } = record
      state.checkpoints = [...(state.checkpoints ?? []), checkpoint]
      return
    }
  }
}

/** The group `editor`'s undo takes back: its newest active one. */
export function undoGroupOf(state: IssueState, editor: string): number | null {
  for (let i = state.ops.length - 1; i >= 0; i--) {
    const e = state.ops[i]
    if (e.active && e.editor === editor) return e.group
  }
  return null
}

/** The group `editor`'s redo brings back: the one it undid last. */
export function redoGroupOf(state: IssueState, editor: string): number | null {
  let best: LogEntry | null = null
  for (const e of state.ops) {
    if (!e.active && e.editor === editor && (best === null || (e.undoneAt ?? 0) > (best.undoneAt ?? 0))) best = e
  }
  return best?.group ?? null
}

/** The active ops with their place in the log (Conflict.index and LoggedOp.index name that place). */
export function activeEntries(state: IssueState): { index: number; entry: LogEntry }[] {
  const out: { index: number; entry: LogEntry }[] = []
  state.ops.forEach((entry, index) => {
    if (entry.active) out.push({ index, entry })
  })
  return out
}

/**
 * The analysis of the pages with `activeOps(state)`, each conflict naming its op's place in the
 * whole log (apply counts active ops only): what the report, TEI's revisionDesc and the conflicts
 * banner number ops by. An undone op before a conflict otherwise shifts it onto another op.
 */
export function withLogIndexes(analysis: Analysis, state: IssueState): Analysis {
  if (analysis.conflicts.length === 0) return analysis
  const places = activeEntries(state).map((a) => a.index)
  return { ...analysis, conflicts: analysis.conflicts.map((c) => ({ ...c, index: places[c.index] ?? c.index })) }
}

export function activeOps(state: IssueState): Op[] {
  return state.ops.filter((e) => e.active).map((e) => e.op)
}

/** The active ops as they would be with `group` undone (or redone), in log order. */
export function activeOpsWith(state: IssueState, group: number, active: boolean): { op: Op; index: number; entry: LogEntry }[] {
  const out: { op: Op; index: number; entry: LogEntry }[] = []
  state.ops.forEach((entry, index) => {
    if (entry.group === group ? active : entry.active) out.push({ op: entry.op, index, entry })
  })
  return out
}

export function lastEdited(state: IssueState): string | null {
  let newest: string | null = null
  for (const e of state.ops) if (newest === null || e.when > newest) newest = e.when
  return newest
}

export function pageSetKey(pages: Record<string, string>): string {
  const canonical = Object.keys(pages)
    .sort()
    .map((k) => `${k}\0${pages[k]}`)
    .join('\n')
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16)
}

/** Drops page sets no op points at any more (done when a snapshot is written, not per edit). */
export function prunePageSets(state: IssueState): void {
  const used = new Set(state.ops.map((e) => e.against))
  for (const key of Object.keys(state.pageSets)) if (!used.has(key)) delete state.pageSets[key]
}

/**
 * Reads a snapshot as it is on disk: today's galley.state/2, or galley.state/1 (one cursor for
 * everybody), whose ops become active or undone as the cursor said and belong to no live editor.
 * Returns the reason when the data is not an edit log.
 */
export function readSnapshot(data: unknown): IssueState | string {
  if (typeof data !== 'object' || data === null) return 'not an object'
  const s = data as Record<string, unknown>
  if (s.schema !== 'galley.state/1' && s.schema !== 'galley.state/2') return `unknown schema ${JSON.stringify(s.schema)}`
  if (!Array.isArray(s.ops)) return 'no ops list'
  if (!Number.isInteger(s.revision) || !Number.isInteger(s.nextGroup)) return 'no revision'
  if (typeof s.pageSets !== 'object' || s.pageSets === null) return 'no page sets'
  const v1 = s.schema === 'galley.state/1'
  const cursor = s.cursor as number
  if (v1 && (!Number.isInteger(cursor) || cursor < 0 || cursor > s.ops.length)) return 'cursor out of range'
  const ops: LogEntry[] = []
  for (const [i, raw] of (s.ops as unknown[]).entries()) {
    const e = raw as Partial<LogEntry> | null
    if (typeof e !== 'object' || e === null || typeof e.who !== 'string' || typeof e.when !== 'string') return `op ${i} is malformed`
    if (!Number.isInteger(e.group) || typeof e.against !== 'string') return `op ${i} is malformed`
    if (!v1 && (typeof e.editor !== 'string' || typeof e.active !== 'boolean')) return `op ${i} is malformed`
    if (!opSchema.safeParse(e.op).success) return `op ${i} is not an op Galley knows`
    const entry: LogEntry = {
      op: e.op as Op,
      who: e.who,
      editor: v1 ? EARLIER_EDITOR : (e.editor as string),
      when: e.when,
      group: e.group as number,
      against: e.against,
      active: v1 ? i < cursor : (e.active as boolean),
    }
    if (!v1 && Number.isInteger(e.undoneAt)) entry.undoneAt = e.undoneAt
    ops.push(entry)
  }
  const read: IssueState = { schema: 'galley.state/2', revision: s.revision as number, nextGroup: s.nextGroup as number, ops, pageSets: s.pageSets as IssueState['pageSets'] }
  if (s.checkpoints !== undefined) {
    if (!Array.isArray(s.checkpoints) || !s.checkpoints.every((c) => checkpointProblem(c) === null)) return 'malformed checkpoints'
    read.checkpoints = s.checkpoints as Checkpoint[]
  }
  return read
}

/** The op kinds this Galley knows. */
const KNOWN_KINDS: ReadonlySet<string> = new Set(opSchema.options.map((option) => option.shape.kind.value))

/**
 * Where a snapshot is a newer Galley's (a later schema, or an op kind this one does not know, folded
 * in from its journal), or null. Such a snapshot is no damage: it is kept as it is, never set aside.
 */
export function newerSnapshot(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null
  const s = data as Record<string, unknown>
  const version = typeof s.schema === 'string' ? /^galley\.state\/(\d+)$/.exec(s.schema) : null
  if (version && Number(version[1]) > 2) return `schema ${s.schema}`
  // Only a Galley writing galley.state/2 or later can have added op kinds; in an older log one is damage.
  if (!version || Number(version[1]) < 2 || !Array.isArray(s.ops)) return null
  for (const [i, raw] of (s.ops as unknown[]).entries()) {
    const kind = (raw as { op?: { kind?: unknown } } | null)?.op?.kind
    if (typeof kind === 'string' && !KNOWN_KINDS.has(kind)) return `op ${i} is a ${JSON.stringify(kind)}`
  }
  return null
}

/** Checks a journal record's shape; null when it is one Galley writes. */
export function recordProblem(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return 'not an object'
  const r = record as Record<string, unknown>
  const editor = typeof r.editor === 'string'
  switch (r.t) {
    case 'append':
      if (!editor || typeof r.who !== 'string' || typeof r.when !== 'string' || !Number.isInteger(r.group) || typeof r.against !== 'string') return 'malformed append'
      if (!Array.isArray(r.ops) || !r.ops.every((op) => opSchema.safeParse(op).success)) return 'an op Galley does not know'
      return null
    case 'undo':
    case 'redo':
      return editor && Number.isInteger(r.group) ? null : `malformed ${r.t}`
    case 'discard':
      return Number.isInteger(r.index) ? null : 'malformed discard'
    case 'checkpoint':
      return checkpointProblem(r)
    default:
      return `unknown record ${JSON.stringify(r.t)}`
  }
}

function checkpointProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'malformed checkpoint'
  const c = value as Record<string, unknown>
  const strings = [c.id, c.name, c.who, c.editor, c.when].every((v) => typeof v === 'string')
  return strings && Number.isInteger(c.afterGroup) ? null : 'malformed checkpoint'
}
