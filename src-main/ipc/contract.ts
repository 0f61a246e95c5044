// The one IPC contract: every channel's argument and result type, the events, the reply shape and
// the runtime schemas the main process checks each argument against before a handler sees it.
// The preload and the renderer import only types from here (`import type`); zod stays in main.

import { z } from 'zod'
import type { Article, Conflict, Finding, FindingKind, GalleyErrorCode, Op, ReplaceMatch, ReplaceQuery } from '../core/index'
import type { EventChannel, InvokeChannel } from './channels'

export type { EventChannel, InvokeChannel } from './channels'
export type { ReplaceMatch, ReplaceQuery } from '../core/index'

/**
 * A named place in an issue's edit log: every undo group up to `afterGroup` was recorded before
 * it. Returning to it undoes the returning editor's own groups after it; other editors' ops stay.
 */
export interface CheckpointView {
  id: string
  name: string
  /** OS user name of the editor who named it. */
  who: string
  /** The window or process that named it. */
  editor: string
  when: string
  afterGroup: number
}

/** The export formats Galley writes; the same list as core's EXPORT_FORMATS. */
export type ExportFormatName = 'md' | 'txt' | 'json' | 'html' | 'tei'
export const EXPORT_FORMAT_NAMES = ['md', 'txt', 'json', 'html', 'tei'] as const

// ---------------------------------------------------------------------------------------------
// Views: what the main process sends the renderer. Plain data, structured-clone safe.

/** An issue's error when it cannot be analysed (a binary page, an undecodable one…). */
export interface ReplyError {
  code: GalleyErrorCode | 'forbidden'
  message: string
}

export interface IssueSummary {
  /**
   * The issue's id inside the open library: its folder's path relative to the library root
   * (`株洲日报-2024-01-30`), the file name when a single page file was opened (`01.md`), or `.`
   * when the library folder itself holds the pages. Every channel that takes `issueId` resolves
   * it inside the library and refuses anything that leaves it (`not-in-library`).
   */
  id: string
  title: string
  /** ISO `YYYY-MM-DD`, or null when neither the folder name nor the first page gives one. */
  date: string | null
  pageCount: number
  /** Open (not dismissed, not fixed) findings by kind; every kind is present, 0 when none. */
  openFindings: Record<FindingKind, number>
  /** Articles marked reviewed in the corrected issue. */
  reviewed: number
  articleCount: number
  /** Ops that no longer fit the pages on disk (see IssueView.conflicts). */
  conflictCount: number
  /** ISO time of the newest op in the edit log; null when the issue was never edited. */
  lastEdited: string | null
  /** Set when the issue cannot be analysed; the counts above are then 0. */
  error?: ReplyError
  /**
   * Page files of the issue left out because their names are not valid UTF-8 (the issue is read
   * without them), bytes escaped as `\xNN`: `\xff03.md`. Absent when there are none.
   */
  unopenedPages?: string[]
}

/** A folder holding page files that the library scan found but could not take in as an issue. */
export interface SkippedEntry {
  /** Relative to the library folder, `/`-separated; bytes that are not UTF-8 escaped as `\xNN`. */
  path: string
  /** 'undecodable-name': a folder name on the way is not valid UTF-8; 'too-deep': below the scan depth. */
  reason: 'undecodable-name' | 'too-deep'
  /** How many folders below the library folder it is. */
  depth: number
}

export interface LibraryView {
  /** Absolute path of the library folder (or of the single page file that was opened). */
  folder: string
  issues: IssueSummary[]
  /** True for the bundled sample library shown on first start (its edit log lives in the app's state folder). */
  isSample: boolean
  /** The paper's name the editor set for this library (titles start with it); absent: read from the pages or the folder's name. */
  paper?: string
  /** What the scan found but left out, and why; absent when nothing was. */
  skipped?: SkippedEntry[]
}

/**
 * One source page as read from disk. Its text is not sent with the view (on a very large page it
 * was most of the reply, and the renderer shows only the lines an article came from): ask
 * `issue:source` for those.
 */
export interface PageView {
  number: string
  file: string
  sha256: string
  encoding: string
}

/** The source lines an article came from on one page: whole lines spanning its blocks, and its headline line above them. */
export interface SourceExcerpt {
  page: string
  file: string
  /** 1-based number of the first line shown. */
  firstLine: number
  lines: string[]
}

export interface ArticleSource {
  articleId: string
  /** One excerpt per page the article's blocks came from, in page order. */
  excerpts: SourceExcerpt[]
}

/**
 * The printed page beside a page file (`01.pdf`, or `01.jpg|png|webp`, next to `01.md`), as the
 * main process found and read it inside the issue folder. Its bytes come as base64, which both
 * transports (Electron's structured clone, browser mode's JSON) carry unchanged.
 */
export interface PageScan {
  page: string
  /** The scan's file name in the issue folder (not a path). */
  file: string
  kind: 'pdf' | 'image'
  mime: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp'
  base64: string
}

/** An op in the edit log with who made it and when. */
export interface LoggedOp {
  /** Position in the log (0-based); Conflict.index refers to it. */
  index: number
  op: Op
  /** OS user name of the editor. */
  who: string
  /** ISO time the op was recorded. */
  when: string
  /** False for an undone op (the editor who made it can redo it). */
  active: boolean
  /** Ops recorded together (one accepted finding's fix) share a group; undo and redo move by group. */
  group: number
}

export interface IssueView {
  summary: IssueSummary
  /**
   * Names this view (made up by the main process each time it sends one): an edit's IssueUpdate
   * says, as its `base`, which view it is relative to.
   */
  revision: string
  /**
   * Names the page files this view was built from (a hash of their names and contents): `pages`
   * change only when it does. An IssueUpdate with the same revision fits them.
   */
  pagesRevision: string
  /** The source pages, in page order (their texts come by article, from `issue:source`). */
  pages: PageView[]
  /** The corrected issue's articles (the edit log applied). */
  articles: Article[]
  /** Open findings on the corrected issue (dismissed ones removed). */
  findings: Finding[]
  /** Active ops that no longer fit the pages on disk; never dropped silently. */
  conflicts: Conflict[]
  canUndo: boolean
  canRedo: boolean
  /** The whole edit log, undone ops included (`active: false`). */
  log: LoggedOp[]
}

/** What only changes when the page files change: sent by `issue:open` and `issue:add-page`, never by an edit. */
export const PAGE_BOUND_FIELDS = ['pages'] as const
export type PageBoundFields = (typeof PAGE_BOUND_FIELDS)[number]

/**
 * An edit's reply: only what changed since the view the main process last sent for the issue
 * (`base`), never the pages an op cannot change. A renderer holding
 * the view named `base` (and the same `pagesRevision`) merges it with `mergeUpdate`; one holding
 * another view fetches the whole view again with `issue:open`.
 */
export interface IssueUpdate {
  summary: IssueSummary
  pagesRevision: string
  /** The revision of the view after this edit (the merged view's `revision`). */
  revision: string
  /**
   * The revision of the view this update is relative to. Null when the main process kept no view
   * of the issue to compare with (the issue was evicted from memory): every article, finding and
   * log entry is then carried, and the update fits any view of the same pages.
   */
  base: string | null
  /** Every article of the corrected issue, by id, in order. */
  articleIds: string[]
  /** The articles that are new or changed since `base` (every article when `base` is null). */
  articles: Article[]
  /** Every open finding, by id, in order. */
  findingIds: string[]
  /** The findings that are new or changed since `base` (every finding when `base` is null). */
  findings: Finding[]
  conflicts: Conflict[]
  canUndo: boolean
  canRedo: boolean
  /** Where `log` starts: entries before it are unchanged since `base`. The log now has `logFrom + log.length` entries. */
  logFrom: number
  /** The edit log's entries from `logFrom` on. */
  log: LoggedOp[]
}

export interface FolderChoice {
  /** The chosen folder (absolute), or null when the user cancelled or must type a path. */
  folder: string | null
  /**
   * True when no system dialog is available (browser mode): ask the user for a path and call the
   * channel again with `{ path }`.
   */
  needsPath: boolean
}

export interface ExportedFile {
  issueId: string
  /** Absolute path of the written export. */
  file: string
  /** Absolute path of the change report written beside it. */
  report: string
}

export interface ExportResult {
  folder: string
  format: ExportFormatName
  files: ExportedFile[]
  /** Issues that could not be exported; the others were still written. */
  failed: { issueId: string; error: ReplyError }[]
  /** True when the task was cancelled; `files` lists what was completely written before. */
  cancelled: boolean
}

export interface ExportPreview {
  issueId: string
  format: ExportFormatName
  text: string
}

// ---------------------------------------------------------------------------------------------
// Events: main → renderer, named for what happened.

export interface TaskProgress {
  /** The id the caller passed as `taskId` (or one the main process made up). */
  taskId: string
  done: number
  total: number
  /** What is being worked on now (an issue title, a file name). */
  label: string
  /** Units per second (pages for analysis, issues for export) once measurable. */
  rate?: number
  /** Estimated time left in milliseconds once measurable. */
  etaMs?: number
  /** True on the last event of a task (finished, failed or cancelled). */
  finished?: boolean
}

export interface IssueChanged {
  issueId: string
  /**
   * pages-changed: a page file changed outside Galley (conflicts may follow);
   * page-added / page-removed: a page file appeared or went away;
   * state-changed: another window or process wrote the edit log.
   */
  reason: 'pages-changed' | 'page-added' | 'page-removed' | 'state-changed'
  summary: IssueSummary
}

export interface LibraryChanged {
  folder: string
  reason: 'opened' | 'issue-added' | 'issue-removed'
}

export type GalleyEvents = {
  'issue:changed': IssueChanged
  'task:progress': TaskProgress
  'library:changed': LibraryChanged
}

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
  'finding:accept': (arg: { issueId: string; findingId: string; candidateIndex?: number } & Editor) => Promise<IssueUpdate>
  'finding:dismiss': (arg: { issueId: string; findingId: string } & Editor) => Promise<IssueUpdate>
  /** Appends a hand edit (any op, `mark-reviewed` included) to the edit log. */
  'op:apply': (arg: { issueId: string; op: Op } & Editor) => Promise<IssueUpdate>
  /** Removes a conflicting op (its index in the log) after the editor decided it no longer applies. */
  'conflict:discard': (arg: { issueId: string; index: number } & Editor) => Promise<IssueUpdate>
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
const expect = z.record(z.string().max(512), z.string().max(128))
const text = z.string().max(4_000_000)
const parts = z.array(z.string().max(100_000)).max(64)

export const opSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('join-paragraphs'), blockIds: z.tuple([id, id]), dropDoubled: z.boolean(), expect }),
  z.strictObject({ kind: z.literal('delete-blocks'), blockIds: z.array(id).min(1).max(10_000), expect }),
  z.strictObject({
    kind: z.literal('merge-continuation'),
    headId: id,
    tailId: id,
    dropBlockIds: z.array(id).max(10_000),
    expect,
  }),
  z.strictObject({ kind: z.literal('split-article'), articleId: id, atBlockId: id, headline: parts, expect }),
  z.strictObject({
    kind: z.literal('merge-articles'),
    articleId: id,
    intoId: id,
    headlineAs: z.enum(['subhead', 'paragraph', 'drop']),
    expect,
  }),
  z.strictObject({ kind: z.literal('move-blocks'), blockIds: z.array(id).min(1).max(10_000), toArticleId: id, expect }),
  z.strictObject({ kind: z.literal('edit-text'), blockId: id, text, expect }),
  z.strictObject({ kind: z.literal('set-headline'), articleId: id, parts, expect }),
  z.strictObject({ kind: z.literal('set-byline'), articleId: id, text, expect }),
  z.strictObject({ kind: z.literal('split-paragraph'), blockId: id, at: z.int().min(1).max(4_000_000), expect }),
  z.strictObject({ kind: z.literal('delete-article'), articleId: id, expect }),
  z.strictObject({ kind: z.literal('set-block-type'), blockId: id, type: z.enum(['paragraph', 'subhead', 'caption']), expect }),
  z.strictObject({ kind: z.literal('attach-caption'), blockId: id, articleId: id, expect }),
  z.strictObject({ kind: z.literal('dismiss-finding'), findingId: id, expect }),
  z.strictObject({ kind: z.literal('mark-reviewed'), articleId: id, reviewed: z.boolean(), expect }),
  z.strictObject({ kind: z.literal('split-off-subhead'), blockId: id, at: z.number().int().min(1).max(10_000_000), expect }),
])

const format = z.enum(EXPORT_FORMAT_NAMES)
const replaceQuery = z.strictObject({ find: z.string().min(1).max(10_000), replace: z.string().max(10_000), regex: z.boolean(), matchCase: z.boolean() })
/** The finding kinds, as core's FINDING_KINDS (checked below). */
const FINDING_KIND_NAMES = ['paragraph-break', 'duplicate-passage', 'continuation', 'unresolved-jump', 'orphan-caption', 'split-suspect', 'auto-split', 'suspicious-text'] as const

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
  'finding:accept': z.strictObject({ issueId, findingId: id, candidateIndex: z.int().min(0).max(1000).optional(), editor }),
  'finding:dismiss': z.strictObject({ issueId, findingId: id, editor }),
  'op:apply': z.strictObject({ issueId, op: opSchema, editor }),
  'conflict:discard': z.strictObject({ issueId, index: z.int().min(0), editor }),
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
