// The views and events the library builds for whoever shows an issue: plain data, structured-clone
// safe. They live here, beside the storage that makes them, so the library depends on no caller;
// the IPC contract re-exports them as what its channels carry.

import type { Article, Conflict, Finding, FindingKind, GalleyErrorCode, Op, PageLayout } from '../core/index'

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
export type ExportFormatName = 'md' | 'txt' | 'json' | 'html' | 'tei' | 'alto'
export const EXPORT_FORMAT_NAMES = ['md', 'txt', 'json', 'html', 'tei', 'alto'] as const

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
  /**
   * Kept copies of the issue's edit log (or journal), set aside when found damaged: they hold
   * edits the issue no longer has. Listed for as long as they are beside the log, whatever was
   * saved since; absent when there are none.
   */
  keptLogs?: string[]
  /**
   * Edit logs an earlier Galley kept for pages of this issue opened by themselves
   * (`.galley/<page>.state.json`): the edits in them are not in the issue (that page file, opened by
   * itself, still opens with them). Absent when there are none.
   */
  pageLogs?: string[]
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
  /** The app's settings file was damaged and set aside this run (where it was kept, what was forgotten); absent otherwise. */
  settingsProblem?: string
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
  /** ALTO pages: the page's size and unit (the blocks' `box` are in it) and its scan, for the page view. */
  layout?: PageLayout
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
  /** The library the issue was opened in (LibraryView.folder): with the issue's id it names the
   * issue, where an id alone (`.`) is shared by every library that is an issue folder itself. */
  library: string
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

/** What only changes when the page files change (and the library, which never does for a view):
 * sent by `issue:open` and `issue:add-page`, never by an edit. */
export const PAGE_BOUND_FIELDS = ['pages', 'library'] as const
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
  /** The window (editor) of this process whose edit it was: every other window is told, that one is answered. */
  editor?: string
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
