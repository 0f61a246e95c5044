// An open library: its issues, each with its pages, edit log and a cached analysis, the edits an
// editor makes (recorded in the log, checked against the pages first) and the watcher that
// re-analyses an issue when its pages or its log change outside this process.

import { createHash, randomBytes } from 'node:crypto'
import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import {
  analyzeApplied,
  analyzeParsed,
  apply,
  fixesOf,
  parseIssue,
  GalleyError,
  makePage,
  PAGE_FOLDER,
  isGalleyError,
  type Analysis,
  type Applied,
  type Issue,
  type Op,
  type Page,
} from '../core/index'
import type { GalleyEvents, IssueSummary, IssueUpdate, IssueView, LibraryView, PageScan, ReplyError, SkippedEntry } from './views'
import { readScan, scanBeside } from './scans'
import { createFileAtomic } from './atomic'
import { warmWriter } from './writer-thread'
import { keptCopiesOf } from './durable-json'
import { confine } from './confine'
import { adoptSharedSampleLogs, sampleIssueStateDir, sampleStateRoot } from './sample-state'
import { toGalleyError } from './fs-errors'
import { displayNameOf, isPageFileName, issueHolding, listPageFiles, mayBePageFile, pageFilesOf, scanLibrary, titleFromName, type IssueLocation } from './issues'
import { MAX_PAGE_BYTES, readIssuePages, readPageBytes, sha256Of } from './pages'
import { activeEntries, activeOps, IssueStore, PROCESS_EDITOR, type Check, type Checkpoint, type IssueState } from './store'
import { undoGroupOf, withLogIndexes } from './edit-log'
import { remember, updateAgainst, type SentView } from './delta'
import { failedSummary, issueContent, issueView, summarize, type Naming } from './summary'
import { describeOp, type ExportMaterial } from './export'
import { breathe, type Task } from './tasks'
import { isStateFile, watchLibrary, type LibraryWatcher, type WatchEvent } from './watch'

export type Emit = <E extends keyof GalleyEvents>(event: E, payload: GalleyEvents[E]) => void

export interface LibraryOptions {
  /** App state folder: the sample library keeps its edit logs here (its own folder is read-only). */
  stateDir: string
  emit: Emit
  isSample?: boolean
  /** Watch page files for outside changes (default true). */
  watch?: boolean
  /** Analyse every issue while opening, for the library view (default true; the CLI skips it). */
  summarize?: boolean
  /** The paper's name the editor set for the library at `root` (settings.ts): every issue's title starts with it. */
  paperOf?: (root: string) => Promise<string | null>
}

interface IssueEntry {
  location: IssueLocation
  naming: Naming
  store: IssueStore
  pages: Page[] | null
  /** `file:sha256` of the pages last read, kept when the pages are evicted, to tell what changed. */
  pageKey: string | null
  /** A short hash of `pageKey`: the views' `pagesRevision`. */
  pagesRevision: string
  /** Names, sizes and times of the page files when they were read, to notice changes cheaply. */
  stamp: string | null
  /** The pages as parsed, before any op: parsing is a third of an analysis, and pages rarely change. */
  source: Issue | null
  sourceOf?: Page[]
  analysis: Analysis | null
  analysisKey: string | null
  summary: IssueSummary | null
  /** The view last sent to the renderer: an edit replies with what changed since (see delta.ts). */
  sent: SentView | null
  /** A damaged log that was set aside: its error is in the summary until the next successful save
   * (its kept copy is named there for as long as it is there: keptCopiesOf). */
  stateProblem?: ReplyError
  timer?: NodeJS.Timeout
  pendingReason?: WatchEvent
  /** A page file (not only the edit log) was touched since the last refresh. */
  pendingPages?: boolean
  /** Page files left out when the pages were last read: their names are not UTF-8 (escaped). */
  unopened?: string[]
}

/** Issues whose pages and analysis stay in memory; older ones keep only their summary. */
const KEEP_ANALYSED = 12
const SETTLE_MS = 150

export class Library {
  private readonly entries = new Map<string, IssueEntry>()
  private readonly byDir = new Map<string, IssueEntry[]>()
  private readonly recent: IssueEntry[] = []
  /** What the last scan of the library folder found but could not take in as issues. */
  private skipped: SkippedEntry[] = []
  private watcher: LibraryWatcher | null = null
  private rescanTimer: NodeJS.Timeout | undefined
  private closed = false
  /** View revisions: this library's own prefix and a counter, so no two views sent share a name. */
  private readonly revisionPrefix = randomBytes(6).toString('base64url')
  private revisions = 0

  private constructor(
    /** Real path of the folder the library lives in. */
    readonly root: string,
    /** What the user opened: `root`, or the single page file inside it. */
    readonly opened: string,
    private readonly options: LibraryOptions,
  ) {}

  /** The paper's name the editor set for this library, or null. */
  private paper: string | null = null

  get isSample(): boolean {
    return this.options.isSample === true
  }

  /** Opens a folder (every sub-folder holding pages is an issue) or a single page file. */
  static async open(path: string, options: LibraryOptions, task?: Task): Promise<Library> {
    let real: string
    let isDir: boolean
    try {
      real = await realpath(path)
      isDir = (await stat(real)).isDirectory()
    } catch (err) {
      throw toGalleyError(err, path, 'open the library')
    }
    if (!isDir) {
      // A page of an issue folder opened by itself is that issue: its edits go in the issue's one
      // edit log, where opening the folder finds them (a log of its own would hide each from the other).
      const issue = await issueHolding(real)
      if (issue !== null) return Library.open(issue, options, task)
    }
    const root = isDir ? real : dirname(real)
    const library = new Library(root, real, options)
    library.paper = (await options.paperOf?.(root)) ?? null
    warmWriter() // an editor's first save should not wait for the writer thread to start
    const scan = isDir ? await scanLibrary(root, task?.signal) : { issues: [{ id: basename(real), dir: root, kind: 'file' as const, only: basename(real) }], skipped: [] }
    if (library.isSample) await adoptSharedSampleLogs(options.stateDir, root, scan.issues.map((l) => l.id))
    for (const location of scan.issues) library.add(location)
    library.skipped = scan.skipped
    if (options.summarize !== false) await library.summarizeAll(task)
    if (options.watch !== false) library.startWatching(isDir)
    return library
  }

  view(): LibraryView {
    return {
      folder: this.opened,
      issues: [...this.entries.values()].map((e) => e.summary ?? failedSummary(e.naming, 0, null, { code: 'internal', message: 'Not analysed yet.' })),
      isSample: this.isSample,
      ...(this.paper ? { paper: this.paper } : {}),
      ...(this.skipped.length > 0 ? { skipped: this.skipped } : {}),
    }
  }

  issueIds(): string[] {
    return [...this.entries.keys()]
  }

  /**
   * Names the paper every issue of the library belongs to (null: read it from the pages, or the
   * folder's name), and re-titles the issues: their analyses are made again with it.
   */
  async setPaper(name: string | null, task?: Task): Promise<LibraryView> {
    this.paper = name
    for (const entry of this.entries.values()) {
      entry.source = null // the parse holds the title
      entry.analysis = null
      entry.analysisKey = null
    }
    if (this.options.summarize !== false) await this.summarizeAll(task)
    return this.view()
  }

  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.rescanTimer)
    for (const entry of this.entries.values()) clearTimeout(entry.timer)
    await this.watcher?.close()
    this.watcher = null
  }

  // ---- reading ------------------------------------------------------------------------------

  /** `editor` names the window or process asking: the view's undo and redo are its own. */
  async openIssue(issueId: string, editor = PROCESS_EDITOR): Promise<IssueView> {
    const entry = await this.entry(issueId)
    await this.refreshPagesIfChanged(entry)
    return this.viewOf(entry, editor)
  }

  /** What an export of the issue needs: pages, log, analysis, names. */
  async material(issueId: string): Promise<ExportMaterial> {
    const entry = await this.entry(issueId)
    await this.refreshPagesIfChanged(entry)
    const { pages, analysis, state } = await this.ensure(entry)
    const name = this.exportName(issueId)
    const material: ExportMaterial = { pages, state, analysis, title: analysis.issue.title || entry.naming.title, name, options: optionsFor(entry, this.paper), dir: entry.location.dir }
    if (entry.stateProblem) material.stateProblem = entry.stateProblem
    return material
  }

  /** The name an issue's export files are named after (its folder's name, or its page file's stem). */
  exportName(issueId: string): string {
    const entry = this.entries.get(issueId)
    if (!entry) throw new GalleyError('not-found', `There is no issue "${issueId}" in ${this.opened}; reopen the library.`)
    return entry.location.kind === 'file' ? (entry.location.only as string).replace(/\.[^.]*$/, '') : displayNameOf(entry.location, this.root)
  }

  /** Page files the issue was last read without (their names are not UTF-8), escaped. */
  unopenedPages(issueId: string): string[] {
    return this.entries.get(issueId)?.unopened ?? []
  }

  /** The folders holding page files, and those holding their edit logs: exports never go there. */
  issueFolders(): string[] {
    const logs = [...this.entries.values()].map((e) => dirname(e.store.file))
    return [...new Set([...this.byDir.keys(), ...logs])]
  }

  analyzeOptions(issueId: string): { title?: string; date?: string | null } {
    const entry = this.entries.get(issueId)
    return entry ? optionsFor(entry, this.paper) : {}
  }

  /**
   * The printed page beside one page's file (see scans.ts), or null when there is none; for an
   * ALTO page, the scan its ALTO names (or the image named like it), read from inside the issue folder.
   */
  async pageScan(issueId: string, page: string): Promise<PageScan | null> {
    const entry = await this.entry(issueId)
    const { pages } = await this.ensure(entry)
    const found = pages.find((p) => p.number === page)
    if (!found) throw new GalleyError('not-found', `${entry.naming.title} has no page ${page}; reopen the issue to see its pages.`)
    if (found.layout?.image) return readScan(entry.location.dir, found.layout.image, page)
    return scanBeside(entry.location.dir, found.file, page)
  }

  // ---- editing ------------------------------------------------------------------------------

  /** `candidateArticleId`, where given, is the article of the candidate the editor chose: a
   * candidate list that changed since (another window's edit) is refused, not read by place. */
  async acceptFinding(issueId: string, findingId: string, candidateIndex?: number, editor = PROCESS_EDITOR, candidateArticleId?: string): Promise<IssueUpdate> {
    const entry = await this.entry(issueId)
    const { analysis } = await this.ensure(entry)
    const finding = analysis.findings.find((f) => f.id === findingId)
    if (!finding) throw new GalleyError('not-found', `That finding is no longer open in ${entry.naming.title} (fixed, dismissed or the page changed); reopen the issue.`)
    if (candidateIndex !== undefined && !(finding.candidates && candidateIndex < finding.candidates.length)) {
      throw new GalleyError('invalid-argument', `The finding has no candidate ${candidateIndex + 1}.`)
    }
    if (candidateIndex !== undefined && candidateArticleId !== undefined && finding.candidates?.[candidateIndex]?.articleId !== candidateArticleId) {
      throw new GalleyError('conflict', `The finding's choices changed meanwhile (another window's edit?); nothing was linked. Reopen the issue and choose again.`)
    }
    const ops = fixesOf(finding, candidateIndex)
    if (ops.length === 0) {
      throw new GalleyError('invalid-argument', `${finding.message} There is nothing to apply yet${finding.missingPage ? `: add page ${finding.missingPage} to the issue` : ''}.`)
    }
    return this.record(entry, ops, editor)
  }

  async dismissFinding(issueId: string, findingId: string, editor = PROCESS_EDITOR): Promise<IssueUpdate> {
    const entry = await this.entry(issueId)
    const { analysis } = await this.ensure(entry)
    const finding = analysis.findings.find((f) => f.id === findingId)
    if (!finding) throw new GalleyError('not-found', `That finding is no longer open in ${entry.naming.title}; reopen the issue.`)
    return this.record(entry, [{ kind: 'dismiss-finding', findingId, expect: blockHashes(analysis.issue, finding.blockIds) }], editor)
  }

  applyOp(issueId: string, op: Op, editor = PROCESS_EDITOR): Promise<IssueUpdate> {
    return this.entry(issueId).then((entry) => this.record(entry, [op], editor))
  }

  /**
   * Records, as one undo group, the ops `plan` makes from the corrected issue as it is now (accept
   * a kind, find and replace). `plan` throws when there is nothing to do.
   */
  async recordPlanned(issueId: string, plan: (analysis: Analysis) => Op[], editor = PROCESS_EDITOR): Promise<IssueUpdate> {
    const entry = await this.entry(issueId)
    const { analysis } = await this.ensure(entry)
    return this.record(entry, plan(analysis), editor)
  }

  async checkpoints(issueId: string): Promise<Checkpoint[]> {
    const entry = await this.entry(issueId)
    return (await this.loadState(entry)).checkpoints ?? []
  }

  async addCheckpoint(issueId: string, name: string, editor = PROCESS_EDITOR): Promise<Checkpoint[]> {
    const entry = await this.entry(issueId)
    const state = await this.saved(entry, () => entry.store.addCheckpoint(name, editor))
    return state.checkpoints ?? []
  }

  /**
   * Back to a checkpoint by undoing the calling editor's own groups made after it, newest first
   * (each undo redoable as ever); other editors' ops stay, and an undo another's later edit builds
   * on is refused as any undo is, leaving the log where that undo stopped.
   */
  async returnToCheckpoint(issueId: string, checkpointId: string, editor = PROCESS_EDITOR): Promise<IssueUpdate> {
    const entry = await this.entry(issueId)
    const checkpoint = (await this.loadState(entry)).checkpoints?.find((c) => c.id === checkpointId)
    if (!checkpoint) throw new GalleyError('not-found', `${entry.naming.title} has no checkpoint ${checkpointId} (another window may have reset the log); reopen the history.`)
    const check = await this.laterEditsStillFit(entry, 'undo')
    while ((undoGroupOf(entry.store.state, editor) ?? -1) > checkpoint.afterGroup) {
      await this.saved(entry, () => entry.store.undo(editor, check))
    }
    return this.updateOf(entry, editor)
  }

  /** Takes back `editor`'s newest edit; refused when another editor's later edit builds on it. */
  async undo(issueId: string, editor = PROCESS_EDITOR): Promise<IssueUpdate> {
    const entry = await this.entry(issueId)
    const check = await this.laterEditsStillFit(entry, 'undo')
    await this.saved(entry, () => entry.store.undo(editor, check))
    return this.updateOf(entry, editor)
  }

  async redo(issueId: string, editor = PROCESS_EDITOR): Promise<IssueUpdate> {
    const entry = await this.entry(issueId)
    const check = await this.laterEditsStillFit(entry, 'redo')
    await this.saved(entry, () => entry.store.redo(editor, check))
    return this.updateOf(entry, editor)
  }

  /**
   * The check an undo or redo runs on the log as it would be: every op that would then be applied
   * must fit, or the change would silently take away what another editor built on it (undo), or
   * bring back an op the issue has moved on from (redo).
   */
  private async laterEditsStillFit(entry: IssueEntry, what: 'undo' | 'redo'): Promise<Check> {
    const { pages } = await this.ensure(entry)
    const source = this.parsed(entry, pages)
    return (active) => {
      const now = activeEntries(entry.store.state)
      const misfits = new Set(apply(source, now.map((a) => a.entry.op)).conflicts.map((c) => now[c.index].index))
      for (const c of apply(source, active.map((a) => a.op)).conflicts) {
        const broken = active[c.index]
        if (misfits.has(broken.index)) continue // in conflict already (the pages changed): not this change's doing
        const who = entry.store.state.ops[broken.index].who
        throw new GalleyError(
          'conflict',
          what === 'undo'
            ? `This cannot be undone: a later edit by ${who} (${describeOp(broken.op)}) builds on it. That edit has to be undone first, by whoever made it.`
            : `This cannot be redone: it no longer fits the issue as edited since (${c.reason}).`,
        )
      }
    }
  }

  /** `seen`, where given, is the op the editor chose to discard: another op now at `index` (another
   * window discarded one before it) is refused, never discarded in its place. */
  async discardConflict(issueId: string, index: number, editor = PROCESS_EDITOR, seen?: Op): Promise<IssueUpdate> {
    const entry = await this.entry(issueId)
    const { analysis } = await this.ensure(entry)
    const conflict = analysis.conflicts.find((c) => c.index === index)
    if (seen !== undefined && JSON.stringify(conflict?.op ?? entry.store.state.ops[index]?.op) !== JSON.stringify(seen)) {
      throw new GalleyError('conflict', 'The edit log changed meanwhile (another window?); nothing was discarded. Look at the conflicts again.')
    }
    if (!conflict) throw new GalleyError('invalid-argument', `Op ${index + 1} of the edit log is not in conflict; only conflicting ops can be discarded.`)
    await this.saved(entry, () => entry.store.discard(index, conflict.op))
    return this.updateOf(entry, editor)
  }

  /** Adds a page: a file already in the library (`path`) or a dropped file's bytes, written as a new page file. */
  async addPage(issueId: string, source: { path: string } | { name: string; bytes: Uint8Array }, editor = PROCESS_EDITOR): Promise<IssueView> {
    const entry = await this.entry(issueId)
    if (entry.location.kind === 'file') {
      throw new GalleyError('invalid-argument', `${entry.naming.title} was opened as a single page file; open its folder to add pages.`)
    }
    let name: string
    let bytes: Uint8Array | null // null: the file is already in the issue folder, nothing to copy
    if ('path' in source) {
      const real = await confine(source.path, [this.root], 'The page to add')
      name = basename(real)
      // Read even when it is already in the issue folder: that refuses a FIFO, device or folder there too.
      const read = await readPageBytes(real, name)
      bytes = dirname(real) === entry.location.dir ? null : read
    } else {
      name = source.name
      bytes = source.bytes
      if (bytes.length > MAX_PAGE_BYTES) throw new GalleyError('too-large', `${name} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB; Galley does not open pages that large.`)
    }
    if (name !== basename(name) || name.includes('\\') || !isPageFileName(name)) {
      throw new GalleyError('not-a-page', `${name} is not a page file name: use the page number in the name, like 02.md or page-02.txt.`)
    }
    if (bytes !== null) {
      makePage(name, bytes, sha256Of(bytes)) // refuses binary, empty and undecodable pages before anything is written
      await refuseBesideUnnumbered(entry.location, name)
      await createFileAtomic(join(entry.location.dir, name), bytes)
    }
    entry.pages = null
    return this.viewOf(entry, editor)
  }

  // ---- internals ----------------------------------------------------------------------------

  private add(location: IssueLocation): IssueEntry {
    const name = displayNameOf(location, this.root)
    const fromName = titleFromName(name)
    const entry: IssueEntry = {
      location,
      naming: { id: location.id, title: fromName.title || name, date: fromName.date },
      store: new IssueStore(this.stateFileOf(location), location.kind === 'file' && location.only ? join(location.dir, location.only) : location.dir),
      pages: null,
      pageKey: null,
      pagesRevision: '',
      stamp: null,
      source: null,
      analysis: null,
      analysisKey: null,
      summary: null,
      sent: null,
    }
    this.entries.set(location.id, entry)
    this.byDir.set(location.dir, [...(this.byDir.get(location.dir) ?? []), entry])
    return entry
  }

  /**
   * Where an issue's edit log lives: `<issue>/.galley/state.json` beside the pages;
   * `<folder>/.galley/<file>.state.json` for a single opened page file; and for the bundled sample
   * library, which is read-only inside a packaged app, under `<stateDir>/sample-state/`, one set per
   * checkout or installed copy (sample-state.ts).
   */
  private stateFileOf(location: IssueLocation): string {
    if (this.isSample) return join(sampleIssueStateDir(sampleStateRoot(this.options.stateDir, this.root), location.id), 'state.json')
    if (location.kind === 'file') return join(location.dir, '.galley', `${location.only}.state.json`)
    return join(location.dir, '.galley', 'state.json')
  }

  /** The entry for an id from the renderer, refusing ids that leave the library. */
  private async entry(issueId: string): Promise<IssueEntry> {
    const entry = this.entries.get(issueId)
    if (entry) return entry
    await confine(issueId, [this.root], `The issue "${issueId}"`)
    throw new GalleyError('not-found', `There is no issue "${issueId}" in ${this.opened}; reopen the library.`)
  }

  private async summarizeAll(task?: Task): Promise<void> {
    const all = [...this.entries.values()]
    let pagesDone = 0
    for (const [i, entry] of all.entries()) {
      task?.check()
      task?.progress(i, all.length, entry.naming.title, pagesDone)
      await this.summarizeSafely(entry)
      pagesDone += entry.summary?.pageCount ?? 0
      await breathe()
    }
    task?.progress(all.length, all.length, '', pagesDone, true)
  }

  private async summarizeSafely(entry: IssueEntry): Promise<void> {
    try {
      await this.ensure(entry)
    } catch (err) {
      const error = toGalleyError(err, entry.location.dir, 'analyse')
      let pageCount = 0
      try {
        pageCount = (await pageFilesOf(entry.location)).length
      } catch {
        pageCount = 0 // the folder itself is gone; the error above says so
      }
      entry.pages = null
      entry.source = null
      entry.analysis = null
      entry.summary = failedSummary(entry.naming, pageCount, entry.store.state, { code: error.code, message: error.message })
    }
  }

  /** Pages, log and analysis of an issue, read or recomputed only where something changed. */
  private async ensure(entry: IssueEntry): Promise<{ pages: Page[]; analysis: Analysis; state: IssueState }> {
    const state = await this.loadState(entry)
    if (!entry.pages) {
      entry.stamp = await stampOf(entry.location)
      entry.unopened = (await listPageFiles(entry.location)).unopenable
      entry.pages = await readIssuePages(entry.location)
      entry.pageKey = pageKeyOf(entry.pages)
      entry.pagesRevision = revisionOf(entry.pageKey)
      entry.source = null
      entry.analysis = null
    }
    const key = analysisKeyOf(state)
    if (!entry.analysis || entry.analysisKey !== key) {
      entry.analysis = withLogIndexes(this.analyze(entry, entry.pages, activeOps(state)), state)
      entry.analysisKey = key
    }
    const kept = [...(await keptCopiesOf(entry.store.file)), ...(await keptCopiesOf(entry.store.journalFile))]
    const pageLogs = entry.location.kind === 'folder' && !this.isSample ? await pageLogsBeside(entry.store.file, entry.pages) : []
    entry.summary = summarize(entry.naming, entry.analysis, state, entry.stateProblem, entry.unopened, kept, pageLogs)
    this.touch(entry)
    return { pages: entry.pages, analysis: entry.analysis, state }
  }

  /** core's analyze(pages, ops), with the parse of unchanged pages reused. */
  private analyze(entry: IssueEntry, pages: Page[], ops: Op[]): Analysis {
    return analyzeParsed(this.parsed(entry, pages), ops)
  }

  private parsed(entry: IssueEntry, pages: Page[]): Issue {
    let source = entry.source
    if (!source || entry.sourceOf !== pages) {
      source = parseIssue(pages, optionsFor(entry, this.paper))
      if (pages === entry.pages) {
        entry.source = source
        entry.sourceOf = pages
      }
    }
    return source
  }

  private async loadState(entry: IssueEntry): Promise<IssueState> {
    try {
      return await entry.store.load()
    } catch (err) {
      if (!isGalleyError(err) || err.code !== 'state-corrupt') throw err
      entry.stateProblem = { code: err.code, message: err.message }
      return entry.store.state
    }
  }

  /**
   * Records ops after checking, on the log as it is on disk now, that they fit the pages. The
   * findings of the edited issue are looked for while the log is being saved.
   */
  private async record(entry: IssueEntry, ops: Op[], editor: string): Promise<IssueUpdate> {
    const { pages } = await this.ensure(entry)
    const source = this.parsed(entry, pages)
    let applied: Applied | null = null
    let checked: Analysis | null = null
    const hashes = Object.fromEntries(pages.map((p) => [p.file, p.sha256]))
    const state = await this.saved(entry, () =>
      entry.store.append(
        ops,
        hashes,
        editor,
        (active) => {
          const before = active.map((a) => a.op)
          const result = apply(source, [...before, ...ops])
          const misfit = result.conflicts.find((c) => c.index >= before.length)
          if (misfit) {
            throw new GalleyError('conflict', `This edit no longer fits the page (${misfit.reason}); the issue was re-analysed, look again and retry.`)
          }
          applied = result
        },
        () => {
          if (applied) checked = analyzeApplied(source, applied)
        },
      ),
    )
    if (checked && entry.pages === pages) {
      entry.analysis = withLogIndexes(checked, state)
      entry.analysisKey = analysisKeyOf(state)
    }
    return this.updateOf(entry, editor)
  }

  /** Runs a log change; a successful save clears a set-aside notice. */
  private async saved(entry: IssueEntry, change: () => Promise<IssueState>): Promise<IssueState> {
    const state = await change()
    entry.stateProblem = undefined
    return state
  }

  /** The whole view, the pages included: for opening an issue and after its pages changed. */
  private async viewOf(entry: IssueEntry, editor: string): Promise<IssueView> {
    const { pages, analysis, state } = await this.ensure(entry)
    const content = issueContent(entry.summary as IssueSummary, analysis, state, editor, entry.pagesRevision, this.nextRevision())
    entry.sent = remember(content)
    return issueView(content, pages, this.opened)
  }

  /**
   * An edit's reply: what changed since the view last sent (the renderer keeps the rest, pages
   * included), or everything an op can change when no view was kept to compare with.
   */
  private async updateOf(entry: IssueEntry, editor: string): Promise<IssueUpdate> {
    const { analysis, state } = await this.ensure(entry)
    const content = issueContent(entry.summary as IssueSummary, analysis, state, editor, entry.pagesRevision, this.nextRevision())
    const { update, sent } = updateAgainst(entry.sent, content)
    entry.sent = sent
    // Every reply here follows a change of the log; the other windows of this process share its
    // store, so no watcher event ever tells them (it skips this process's own writes).
    this.options.emit('issue:changed', { issueId: entry.location.id, reason: 'state-changed', summary: entry.summary as IssueSummary, editor })
    return update
  }

  private nextRevision(): string {
    return `${this.revisionPrefix}.${++this.revisions}`
  }

  private touch(entry: IssueEntry): void {
    const at = this.recent.indexOf(entry)
    if (at >= 0) this.recent.splice(at, 1)
    this.recent.push(entry)
    while (this.recent.length > KEEP_ANALYSED) {
      const old = this.recent.shift() as IssueEntry
      old.pages = null
      old.source = null
      old.analysis = null
      old.sent = null
    }
  }

  /** A cheap check (names, sizes, times) that the cached pages are what is on disk. */
  private async refreshPagesIfChanged(entry: IssueEntry): Promise<void> {
    if (!entry.pages) return
    try {
      if ((await stampOf(entry.location)) !== entry.stamp) entry.pages = null
    } catch {
      entry.pages = null // a page or the folder went away: re-reading says which and how
    }
  }

  // ---- watching -----------------------------------------------------------------------------

  private startWatching(isDir: boolean): void {
    const depth = isDir ? 6 : 1
    this.watcher = watchLibrary(
      this.root,
      depth,
      (event, path) => this.onDiskEvent(event, path),
      () => undefined, // a watcher error (too many files, a folder gone) only means less live updating
      () => void this.catchUp(),
    )
  }

  /** Pages added or changed (and issue folders made) between reading the library and the
   * watcher's first scan: no event ever names them, so each issue's page files are looked at again. */
  private async catchUp(): Promise<void> {
    for (const entry of [...this.entries.values()]) {
      if (this.closed) return
      if (entry.stamp === null) continue
      let stamp: string | null
      try {
        stamp = await stampOf(entry.location)
      } catch {
        stamp = null // the folder went away: the refresh says how
      }
      if (stamp !== entry.stamp) this.schedule(entry, 'add', true)
    }
    if (!this.closed && this.opened === this.root) void this.rescan()
  }

  private onDiskEvent(event: WatchEvent, path: string): void {
    if (this.closed) return
    const dir = dirname(path)
    if (isStateFile(path) && basename(dir) === '.galley') {
      const owners = this.byDir.get(dirname(dir)) ?? []
      for (const entry of owners) if (entry.store.file === path || entry.store.journalFile === path) this.schedule(entry, event, false)
      return
    }
    if (basename(path) === '.galley' && (event === 'addDir' || event === 'unlinkDir')) {
      // Another window's first edit makes this folder and writes its log a moment later: the
      // watcher may take the folder in after the log is there and never report the log itself.
      for (const entry of this.byDir.get(dir) ?? []) this.schedule(entry, event, false)
      return
    }
    // A page in a page folder of its own (`seq-3/ocr.txt`) is a page of the issue above it.
    const inPageFolder = PAGE_FOLDER.test(basename(dir)) ? (this.byDir.get(dirname(dir)) ?? []) : []
    const owners = [...(this.byDir.get(dir) ?? []), ...inPageFolder].filter((e) => e.location.kind === 'folder' || e.location.only === basename(path))
    if (owners.length > 0 && (event === 'add' || event === 'change' || event === 'unlink')) {
      // Any text file may be the page of a folder that numbers none (`paper.ocr.txt`): the page files' stamp decides.
      if (!mayBePageFile(basename(path)) && owners[0].location.kind === 'folder') return
      for (const entry of owners) this.schedule(entry, event, true)
      return
    }
    if (this.opened === this.root && (event === 'addDir' || event === 'unlinkDir' || event === 'add' || event === 'unlink')) {
      clearTimeout(this.rescanTimer)
      this.rescanTimer = setTimeout(() => void this.rescan(), SETTLE_MS * 2)
    }
  }

  private schedule(entry: IssueEntry, event: WatchEvent, page: boolean): void {
    // An add or unlink says more than a change; keep the strongest event of a burst.
    if (entry.pendingReason !== 'add' && entry.pendingReason !== 'unlink') entry.pendingReason = event
    if (page) entry.pendingPages = true
    clearTimeout(entry.timer)
    entry.timer = setTimeout(() => void this.refresh(entry), SETTLE_MS)
  }

  private async refresh(entry: IssueEntry): Promise<void> {
    if (this.closed) return
    const event = entry.pendingReason
    entry.pendingReason = undefined
    const pagesTouched = entry.pendingPages === true
    entry.pendingPages = false
    const before = { pageKey: entry.pageKey, revision: entry.store.state.revision }
    // Our own saves come back as watcher events too: re-analyse only for what really changed.
    let pagesChanged = pagesTouched
    if (pagesTouched && entry.pages) {
      try {
        pagesChanged = (await stampOf(entry.location)) !== entry.stamp
      } catch {
        pagesChanged = true // a page or the folder went away
      }
    }
    if (!pagesChanged && !(await entry.store.changedOnDisk())) return
    if (pagesChanged) entry.pages = null
    await this.summarizeSafely(entry)
    if (this.closed) return
    let reason: GalleyEvents['issue:changed']['reason']
    if (entry.pageKey !== before.pageKey || entry.summary?.error) {
      // Judge by the page files themselves: a watcher may call a rewrite an add (before its first scan ends).
      const was = filesOf(before.pageKey)
      const now = filesOf(entry.pageKey)
      if (now.some((f) => !was.includes(f))) reason = 'page-added'
      else if (was.some((f) => !now.includes(f)) || (event === 'unlink' && entry.summary?.error)) reason = 'page-removed'
      else reason = 'pages-changed'
    } else if (entry.store.state.revision !== before.revision) {
      reason = 'state-changed'
    } else {
      return // our own write, or a change that left every byte as it was
    }
    this.options.emit('issue:changed', { issueId: entry.location.id, reason, summary: entry.summary as IssueSummary })
  }

  private async rescan(): Promise<void> {
    if (this.closed) return
    let added = false
    let removed = false
    let found: IssueLocation[]
    try {
      const scan = await scanLibrary(this.root)
      found = scan.issues
      // A folder that appears among the skipped, or goes, changes what the library view lists too.
      const [before, after] = [new Set(this.skipped.map((e) => e.path)), new Set(scan.skipped.map((e) => e.path))]
      added = scan.skipped.some((e) => !before.has(e.path))
      removed = this.skipped.some((e) => !after.has(e.path))
      this.skipped = scan.skipped
    } catch {
      return // the library folder itself went away; the next open says so
    }
    const ids = new Set(found.map((l) => l.id))
    for (const location of found) {
      if (this.entries.has(location.id)) continue
      await this.summarizeSafely(this.add(location))
      added = true
    }
    for (const [id, entry] of this.entries) {
      if (ids.has(id)) continue
      this.entries.delete(id)
      this.byDir.set(entry.location.dir, (this.byDir.get(entry.location.dir) ?? []).filter((e) => e !== entry))
      removed = true
    }
    if (this.closed) return
    if (added) this.options.emit('library:changed', { folder: this.opened, reason: 'issue-added' })
    if (removed) this.options.emit('library:changed', { folder: this.opened, reason: 'issue-removed' })
  }
}

function optionsFor(entry: IssueEntry, paper: string | null = null): { title?: string; date?: string | null; paper?: string } {
  const named = paper ? { paper } : {}
  if (entry.location.kind === 'file') return entry.naming.date ? { title: entry.naming.title, date: entry.naming.date, ...named } : named
  return entry.naming.date ? { title: entry.naming.title, date: entry.naming.date, ...named } : { title: entry.naming.title, ...named }
}

function analysisKeyOf(state: IssueState): string {
  return `${state.revision}:${state.ops.length}`
}

function filesOf(pageKey: string | null): string[] {
  return pageKey ? pageKey.split('\n').map((line) => line.slice(0, line.lastIndexOf(':'))) : []
}

function pageKeyOf(pages: Page[]): string {
  return pages.map((p) => `${p.file}:${p.sha256}`).join('\n')
}

function revisionOf(pageKey: string): string {
  return createHash('sha256').update(pageKey).digest('hex').slice(0, 16)
}

/** The content hashes a dismissal expects: the finding's blocks as they are now. */
function blockHashes(issue: Issue, blockIds: string[]): Record<string, string> {
  const wanted = new Set(blockIds)
  const expect: Record<string, string> = {}
  for (const article of issue.articles) {
    for (const block of article.blocks) if (wanted.has(block.id)) expect[block.id] = block.hash
  }
  return expect
}

/**
 * An issue read from a text file whose name numbers no page (`gazette.ocr.txt`) is read from it
 * only while no numbered page file is beside it (issues.ts, pageFilesAmong): a page added as
 * `02.md` would be read in its place, and the file, with every edit made on it, would drop out of
 * the issue. Refused before anything is written, naming the file to rename.
 */
async function refuseBesideUnnumbered(location: IssueLocation, name: string): Promise<void> {
  const unnumbered = (await pageFilesOf(location)).filter((file) => !file.includes('/') && !isPageFileName(file))
  if (unnumbered.length === 0) return
  const [file] = unnumbered
  throw new GalleyError(
    'invalid-argument',
    `This issue is read from ${file}, whose name numbers no page: ${name} beside it would be read in its place, and ${file} would drop out of the issue with the edits made on it. Nothing was added. Rename ${file} with its page number first (such as 01${extname(file)}, where it is page 1), then add ${name}.`,
  )
}

/**
 * The edit logs an earlier Galley kept beside an issue's own for its pages opened by themselves
 * (`.galley/02.md.state.json`, and its journal): their edits are not in the issue, so the issue
 * names them for as long as they are there.
 */
async function pageLogsBeside(stateFile: string, pages: Page[]): Promise<string[]> {
  const names = await readdir(dirname(stateFile)).catch(() => [] as string[])
  const files = new Set(pages.map((p) => p.file))
  return names
    .filter((name) => {
      const page = /^(.+)\.state(?:\.journal\.jsonl|\.json)$/u.exec(name)?.[1]
      return page !== undefined && files.has(page)
    })
    .sort()
    .map((name) => join(dirname(stateFile), name))
}

async function stampOf(location: IssueLocation): Promise<string> {
  const files = await pageFilesOf(location)
  // A page file whose name is not UTF-8 cannot be stat'ed by name; its coming or going still counts.
  const { unopenable } = await listPageFiles(location)
  const stamps = await Promise.all(
    files.map(async (f) => {
      const s = await stat(join(location.dir, f))
      return `${f}:${s.size}:${s.mtimeMs}:${s.ino}`
    }),
  )
  return [...stamps, ...unopenable.map((name) => `unopened:${name}`)].join('\n')
}
