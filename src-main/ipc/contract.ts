// The one IPC contract: every channel's argument and result type, the events, the reply shape and
// the runtime schemas the main process checks each argument against before a handler sees it.
// The preload and the renderer import only types from here (`import type`); zod stays in main.

import { z } from 'zod'
import type { FindingKind, Op, ReplaceMatch, ReplaceQuery } from '../core/index'
import { opSchema } from '../library/op-schema'
import {
  EXPORT_FORMAT_NAMES,
  type ArticleSource,
  type CheckpointView,
  type ExportFormatName,
  type ExportPreview,
  type ExportResult,
  type FolderChoice,
  type GalleyEvents,
  type IssueUpdate,
  type IssueView,
  type LibraryView,
  type PageScan,
  type ReplyError,
} from '../library/views'
import type { EventChannel, InvokeChannel } from './channels'

export type { EventChannel, InvokeChannel } from './channels'
export * from '../library/views'
export { opSchema } from '../library/op-schema'
export type { ReplaceMatch, ReplaceQuery } from '../core/index'

// ---------------------------------------------------------------------------------------------
// Channels: each takes one argument and returns one promise.

/** Long operations accept a caller-chosen id so `task:cancel` can stop them before they reply. */
interface Cancellable {
  taskId?: string
}

export type GalleyHandlers = {
  /**
   * Opens a library folder (or a single page file). With no `folder`: the remembered library, or
   * on first start the bundled sample library (`isSample: true`). Any existing folder may be
   * opened: the user chose it. Emits `task:progress` while issues are analysed; cancellable.
   */
  'library:open': (arg: { folder?: string } & Cancellable) => Promise<LibraryView>
  /** The open library, or null when none is open yet. */
  'library:current': (arg: Record<string, never>) => Promise<LibraryView | null>
  /** Names the open library's paper (null or '' forgets the name); kept per library folder in the settings. */
  'library:set-paper': (arg: { name: string | null } & Cancellable) => Promise<LibraryView>
  /**
   * Asks the user for a library folder. Desktop: shows the system dialog when `path` is absent.
   * Browser mode has no dialog: the first call answers `needsPath: true`; call again with the
   * typed `path`, which must exist and be a directory (or a page file). Does not open it: follow
   * with `library:open`.
   */
  'library:choose-folder': (arg: { path?: string }) => Promise<FolderChoice>
  /** Analyses one issue (from cache when nothing changed) and starts watching its pages. */
  'issue:open': (arg: { issueId: string } & Editor) => Promise<IssueView>
  /** The original source lines of one article of the corrected issue ('not-found' when no article has that id now). */
  'issue:source': (arg: { issueId: string; articleId: string }) => Promise<ArticleSource>
  /**
   * Adds a page to an issue and re-analyses it (unresolved jumps may resolve). Either a file
   * already inside the library (`path`, confined) or the dropped file's bytes (`file`, written as a
   * new file into the issue folder; an existing file is never overwritten).
   */
  'issue:add-page': (
    arg: ({ issueId: string; path: string } | { issueId: string; file: { name: string; base64: string } }) & Editor,
  ) => Promise<IssueView>
  /**
   * The scan of one page of the issue (see PageScan), or null when none lies beside its page file.
   * The renderer names the page by its number; the file is looked up and read by main only.
   */
  'page:scan': (arg: { issueId: string; page: string }) => Promise<PageScan | null>
  // The edits below reply with a lean IssueUpdate (no pages, only what changed).
  /** Appends the finding's fix (or the chosen candidate's) to the edit log. */
  /** `candidateArticleId`: the article of the candidate the editor chose; refused when another is at `candidateIndex` now. */
  'finding:accept': (arg: { issueId: string; findingId: string; candidateIndex?: number; candidateArticleId?: string } & Editor) => Promise<IssueUpdate>
  'finding:dismiss': (arg: { issueId: string; findingId: string } & Editor) => Promise<IssueUpdate>
  /** Appends a hand edit (any op, `mark-reviewed` included) to the edit log. */
  'op:apply': (arg: { issueId: string; op: Op } & Editor) => Promise<IssueUpdate>
  /**
   * Removes a conflicting op (its index in the log) after the editor decided it no longer applies.
   * `op` is the op the editor saw there: refused when another window's change put another op at
   * that index meanwhile (a discard cannot be undone).
   */
  'conflict:discard': (arg: { issueId: string; index: number; op?: Op } & Editor) => Promise<IssueUpdate>
  /** Takes back the calling editor's newest edit (never another editor's); refused when another's later edit builds on it. */
  'edit:undo': (arg: { issueId: string } & Editor) => Promise<IssueUpdate>
  /** Brings back the edit the calling editor undid last. */
  'edit:redo': (arg: { issueId: string } & Editor) => Promise<IssueUpdate>
  /** Appends several hand-made ops as one undo group (refused whole when one does not fit). */
  'ops:apply': (arg: { issueId: string; ops: Op[] } & Editor) => Promise<IssueUpdate>
  /** Accepts every open finding of `kind` (in `articleId` only, when given) as one undo group. */
  'findings:accept-kind': (arg: { issueId: string; kind: FindingKind; articleId?: string } & Editor) => Promise<IssueUpdate>
  /** What `text:replace` would change, for its preview; a bad regular expression is 'invalid-argument'. */
  'text:find': (arg: { issueId: string; query: ReplaceQuery }) => Promise<{ matches: ReplaceMatch[] }>
  /** Replaces across the issue's headlines and text as one undo group. */
  'text:replace': (arg: { issueId: string; query: ReplaceQuery } & Editor) => Promise<IssueUpdate>
  'checkpoint:list': (arg: { issueId: string }) => Promise<CheckpointView[]>
  /** Names the log's place now; answers the issue's checkpoints. */
  'checkpoint:add': (arg: { issueId: string; name: string } & Editor) => Promise<CheckpointView[]>
  /** Undoes the calling editor's own edits made after the checkpoint (never another editor's). */
  'checkpoint:return': (arg: { issueId: string; checkpointId: string } & Editor) => Promise<IssueUpdate>
  /**
   * Asks the user for an export folder; later `export:run` calls may write only there (or inside
   * the library). Desktop: the system dialog only (a typed `path` is refused, 'forbidden').
   * Browser mode: `needsPath: true`, then call again with the typed `path` (must be a directory).
   */
  'export:choose-folder': (arg: { path?: string }) => Promise<FolderChoice>
  /**
   * Exports issues of the open library to `folder` (the chosen export folder, or one inside the
   * library), each file written atomically with `<name>.report.md` (or `.report.json`) beside it.
   * Uses each issue's edit log; `acceptAll` also accepts every open finding's fix (in the export
   * only, the log is not changed). Emits `task:progress`; cancellable.
   */
  'export:run': (
    arg: {
      issueIds: string[]
      format: ExportFormatName
      folder: string
      acceptAll?: boolean
      report?: 'md' | 'json'
      /** The other formats this export writes in runs of their own, for the one report to name. */
      alongside?: ExportFormatName[]
    } & Cancellable,
  ) => Promise<ExportResult>
  /** The corrected issue as it would export, for a preview pane. Writes nothing. */
  'export:preview': (arg: { issueId: string; format: ExportFormatName }) => Promise<ExportPreview>
  /** Cancels a running task; `cancelled: false` when no such task runs (already finished). */
  'task:cancel': (arg: { taskId: string }) => Promise<{ cancelled: boolean }>
}

/** The calling editor (a window's id, kept across its reloads); see EDITOR_CHANNELS. */
export interface Editor {
  editor?: string
}

/** The channels that take an `editor`: their answer depends on which editor asks. */
export type EditorChannel = {
  [K in InvokeChannel]: string extends keyof ArgOf<K> ? never : 'editor' extends keyof ArgOf<K> ? K : never
}[InvokeChannel]

export type ArgOf<K extends InvokeChannel> = Parameters<GalleyHandlers[K]>[0]
export type ResultOf<K extends InvokeChannel> = Awaited<ReturnType<GalleyHandlers[K]>>

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError }

/** What the preload exposes as `window.galley` (and the browser transport imitates). */
export interface GalleyApi {
  invoke<K extends InvokeChannel>(channel: K, arg: ArgOf<K>): Promise<Reply<ResultOf<K>>>
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, cb: (payload: GalleyEvents[E]) => void): () => void
}

// ---------------------------------------------------------------------------------------------
// Runtime schemas: the main process parses every argument before a handler runs.

const id = z.string().min(1).max(512)
const path = z.string().min(1).max(4096)
const issueId = z.string().min(1).max(1024)
const taskId = z.string().min(1).max(128).optional()
/** Which window or process makes the call (EDITOR_CHANNELS); absent: the calling process as a whole. */
const editor = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/).optional()
const format = z.enum(EXPORT_FORMAT_NAMES)
const replaceQuery = z.strictObject({ find: z.string().min(1).max(10_000), replace: z.string().max(10_000), regex: z.boolean(), matchCase: z.boolean() })
/** The finding kinds, as core's FINDING_KINDS (checked below). */
const FINDING_KIND_NAMES = ['paragraph-break', 'duplicate-passage', 'continuation', 'unresolved-jump', 'orphan-caption', 'split-suspect', 'auto-split', 'suspicious-text', 'uncertain-word'] as const

export const ARG_SCHEMAS = {
  'library:open': z.strictObject({ folder: path.optional(), taskId }),
  'library:current': z.strictObject({}),
  'library:set-paper': z.strictObject({ name: z.string().trim().max(80, 'A paper\'s name is at most 80 characters.').nullable(), taskId }),
  'library:choose-folder': z.strictObject({ path: path.optional() }),
  'issue:open': z.strictObject({ issueId, editor }),
  'issue:source': z.strictObject({ issueId, articleId: id }),
  'issue:add-page': z.union([
    z.strictObject({ issueId, path, editor }),
    z.strictObject({
      issueId,
      editor,
      // 64 MB of page bytes as base64.
      file: z.strictObject({ name: z.string().min(1).max(255), base64: z.string().max(90_000_000) }),
    }),
  ]),
  // A page number as Page.number prints it ("01", "A6"): never a name or a path.
  'page:scan': z.strictObject({ issueId, page: z.string().regex(/^[A-Za-z0-9-]{1,16}$/) }),
  'finding:accept': z.strictObject({ issueId, findingId: id, candidateIndex: z.int().min(0).max(1000).optional(), candidateArticleId: id.optional(), editor }),
  'finding:dismiss': z.strictObject({ issueId, findingId: id, editor }),
  'op:apply': z.strictObject({ issueId, op: opSchema, editor }),
  'conflict:discard': z.strictObject({ issueId, index: z.int().min(0), op: opSchema.optional(), editor }),
  'edit:undo': z.strictObject({ issueId, editor }),
  'edit:redo': z.strictObject({ issueId, editor }),
  'ops:apply': z.strictObject({ issueId, ops: z.array(opSchema).min(1).max(10_000), editor }),
  'findings:accept-kind': z.strictObject({ issueId, kind: z.enum(FINDING_KIND_NAMES), articleId: id.optional(), editor }),
  'text:find': z.strictObject({ issueId, query: replaceQuery }),
  'text:replace': z.strictObject({ issueId, query: replaceQuery, editor }),
  'checkpoint:list': z.strictObject({ issueId }),
  'checkpoint:add': z.strictObject({ issueId, name: z.string().trim().min(1).max(200), editor }),
  'checkpoint:return': z.strictObject({ issueId, checkpointId: id, editor }),
  'export:choose-folder': z.strictObject({ path: path.optional() }),
  'export:run': z.strictObject({
    issueIds: z.array(issueId).min(1).max(100_000),
    format,
    folder: path,
    acceptAll: z.boolean().optional(),
    report: z.enum(['md', 'json']).optional(),
    alongside: z.array(format).max(5).optional(),
    taskId,
  }),
  'export:preview': z.strictObject({ issueId, format }),
  'task:cancel': z.strictObject({ taskId: z.string().min(1).max(128) }),
} satisfies { [K in InvokeChannel]: z.ZodType<ArgOf<K>> }

// Compile-time checks that the schemas and the types say the same thing in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Check<T extends true> = T
export type _OpSchemaMatchesOp = Check<Same<z.infer<typeof opSchema>, Op>>
export type _KindsMatchCore = Check<Same<(typeof FINDING_KIND_NAMES)[number], FindingKind>>
export type _FormatsMatchCore = Check<Same<ExportFormatName, import('../core/index').ExportFormat>>
