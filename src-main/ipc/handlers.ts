// The IPC handlers as plain functions over a context (no Electron here): each channel's argument
// is parsed with the contract's schema, every answer is a Reply value, never a throw. Electron's
// register.ts and the browser server (web/serve.ts) are two transports over this one dispatcher.

import { realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { acceptKind, exportIssue, GalleyError, isGalleyError, planReplace } from '../core/index'
import { confine, isInside, refuseIssueFolder, refuseLibraryFolder, refuseOutputInsideIssues } from '../library/confine'
import { exportIssues, revisionsOf } from '../library/export'
import { toGalleyError } from '../library/fs-errors'
import { Library, type Emit } from '../library/library'
import { SettingsStore } from '../library/settings'
import { sourceExcerpts } from '../library/source-lines'
import { TaskRegistry } from '../library/tasks'
import { installWordList } from '../library/word-list'
import { isInvokeChannel, type EventChannel, type InvokeChannel } from './channels'
import { ARG_SCHEMAS, type ArgOf, type FolderChoice, type LibraryView, type Reply, type ReplyError, type ResultOf } from './contract'

export interface HandlerContextOptions {
  /** App state folder (settings, the sample library's edit logs). */
  stateDir: string
  /** The app's resources folder; the bundled sample library is `<resourcesDir>/sample-library`. */
  resourcesDir: string
  emit: (event: EventChannel, payload: unknown) => void
  /** Shows the system folder dialog (desktop). Absent in browser mode: the user types a path. */
  chooseFolder?: () => Promise<string | null>
}

export interface HandlerContext {
  readonly options: HandlerContextOptions
  readonly settings: SettingsStore
  readonly tasks: TaskRegistry
  library: Library | null
  /** Real paths of export folders the user chose; export:run may write only there or in the library. */
  exportFolders: string[]
  /** The library folder each editor (a window, a tab) last opened an issue of: one context serves
   * them all, and an edit must land in the library its editor shows, not one another window opened since. */
  readonly editorLibraries: Map<string, string>
}

export function createHandlerContext(options: HandlerContextOptions): HandlerContext {
  // Every library this context opens checks lost hyphens against the English word list.
  installWordList()
  return {
    options,
    settings: new SettingsStore(options.stateDir),
    tasks: new TaskRegistry((progress) => options.emit('task:progress', progress)),
    library: null,
    exportFolders: [],
    editorLibraries: new Map(),
  }
}

type Handler<K extends InvokeChannel> = (ctx: HandlerContext, arg: ArgOf<K>) => Promise<ResultOf<K>>

const handlers: { [K in InvokeChannel]: Handler<K> } = {
  'library:open': (ctx, { folder, taskId }) =>
    ctx.tasks.run(taskId, async (task) => {
      const sample = sampleLibraryOf(ctx)
      let target = folder
      if (target === undefined) {
        const remembered = (await ctx.settings.get()).library
        target = remembered !== null && (await existsAt(remembered)) ? remembered : sample
      }
      const isSample = await samePath(target, sample)
      const emit: Emit = (event, payload) => ctx.options.emit(event, payload)
      const paperOf = (root: string) => ctx.settings.paperOf(root)
      const library = await Library.open(target, { stateDir: ctx.options.stateDir, emit, isSample, paperOf }, task)
      const previous = ctx.library
      ctx.library = library
      await previous?.close()
      if (!isSample) await rememberQuietly(ctx, library.opened)
      ctx.options.emit('library:changed', { folder: library.opened, reason: 'opened' })
      return viewOf(ctx, library)
    }),

  'library:current': async (ctx) => (ctx.library ? viewOf(ctx, ctx.library) : null),

  'library:set-paper': (ctx, { name, taskId }) =>
    ctx.tasks.run(taskId, async (task) => {
      const library = requireLibrary(ctx)
      const paper = name?.replace(/\s+/g, ' ') || null
      await ctx.settings.rememberPaper(library.root, paper)
      return withSettingsProblem(ctx, await library.setPaper(paper, task))
    }),

  'library:choose-folder': async (ctx, { path }) => {
    if (path !== undefined) return { folder: await existingPath(path, 'folder or page file'), needsPath: false }
    if (!ctx.options.chooseFolder) return { folder: null, needsPath: true }
    return { folder: await ctx.options.chooseFolder(), needsPath: false }
  },

  'issue:open': (ctx, { issueId, editor }) => {
    const library = requireLibrary(ctx)
    if (editor !== undefined) ctx.editorLibraries.set(editor, library.root)
    return library.openIssue(issueId, editor)
  },

  'issue:source': async (ctx, { issueId, articleId }) => {
    const material = await requireLibrary(ctx).material(issueId)
    const article = material.analysis.issue.articles.find((a) => a.id === articleId)
    if (!article) throw new GalleyError('not-found', `${material.title} has no article ${articleId} now (merged, split or the page changed); reopen the issue.`)
    return { articleId, excerpts: sourceExcerpts(article, material.pages) }
  },

  'issue:add-page': (ctx, arg) => {
    const library = libraryFor(ctx, arg.editor)
    if ('path' in arg) return library.addPage(arg.issueId, { path: arg.path }, arg.editor)
    return library.addPage(arg.issueId, { name: arg.file.name, bytes: Buffer.from(arg.file.base64, 'base64') }, arg.editor)
  },

  'page:scan': (ctx, { issueId, page }) => requireLibrary(ctx).pageScan(issueId, page),

  'finding:accept': (ctx, { issueId, findingId, candidateIndex, candidateArticleId, editor }) =>
    libraryFor(ctx, editor).acceptFinding(issueId, findingId, candidateIndex, editor, candidateArticleId),

  'finding:dismiss': (ctx, { issueId, findingId, editor }) => libraryFor(ctx, editor).dismissFinding(issueId, findingId, editor),

  'op:apply': (ctx, { issueId, op, editor }) => libraryFor(ctx, editor).applyOp(issueId, op, editor),

  'conflict:discard': (ctx, { issueId, index, op, editor }) => libraryFor(ctx, editor).discardConflict(issueId, index, editor, op),

  'edit:undo': (ctx, { issueId, editor }) => libraryFor(ctx, editor).undo(issueId, editor),

  'edit:redo': (ctx, { issueId, editor }) => libraryFor(ctx, editor).redo(issueId, editor),

  'ops:apply': (ctx, { issueId, ops, editor }) => libraryFor(ctx, editor).recordPlanned(issueId, () => ops, editor),

  'findings:accept-kind': (ctx, { issueId, kind, articleId, editor }) =>
    libraryFor(ctx, editor).recordPlanned(
      issueId,
      (analysis) => {
        // The dismissed findings too: each round finds the findings again, a dismissed one among them.
        const plan = acceptKind(analysis.issue, analysis.findings, kind, articleId, new Set(analysis.dismissed))
        if (plan.ops.length === 0) throw new GalleyError('invalid-argument', `No open ${kind} finding${articleId ? ' of this article' : ''} has a fix to accept now.`)
        return plan.ops
      },
      editor,
    ),

  'text:find': async (ctx, { issueId, query }) => ({ matches: planReplace((await requireLibrary(ctx).material(issueId)).analysis.issue, query).matches }),

  'text:replace': (ctx, { issueId, query, editor }) =>
    libraryFor(ctx, editor).recordPlanned(
      issueId,
      (analysis) => {
        const { ops } = planReplace(analysis.issue, query)
        if (ops.length === 0) throw new GalleyError('not-found', `“${query.find}” is not in the issue's text now; nothing was replaced.`)
        return ops
      },
      editor,
    ),

  'checkpoint:list': (ctx, { issueId }) => requireLibrary(ctx).checkpoints(issueId),

  'checkpoint:add': (ctx, { issueId, name, editor }) => libraryFor(ctx, editor).addCheckpoint(issueId, name, editor),

  'checkpoint:return': (ctx, { issueId, checkpointId, editor }) => libraryFor(ctx, editor).returnToCheckpoint(issueId, checkpointId, editor),

  'export:choose-folder': async (ctx, { path }): Promise<FolderChoice> => {
    let folder: string | null
    if (path !== undefined) {
      if (ctx.options.chooseFolder) {
        throw new ForbiddenError('Choose the export folder in the dialog; a typed path is accepted only in browser mode.')
      }
      folder = await existingPath(path, 'folder')
      if (!(await stat(folder)).isDirectory()) throw new GalleyError('not-found', `${path} is not a folder; choose a folder to export into.`)
    } else if (ctx.options.chooseFolder) {
      folder = await ctx.options.chooseFolder()
      if (folder !== null) folder = await existingPath(folder, 'folder')
    } else {
      return { folder: null, needsPath: true }
    }
    if (folder !== null && !ctx.exportFolders.includes(folder)) ctx.exportFolders.push(folder)
    return { folder, needsPath: false }
  },

  'export:run': (ctx, { issueIds, format, folder, acceptAll, report, alongside, taskId }) =>
    ctx.tasks.run(taskId, async (task) => {
      const library = requireLibrary(ctx)
      const confined = await confine(folder, [...ctx.exportFolders, library.root], 'The export folder')
      const target = await refuseOutputInsideIssues(confined, library.issueFolders(), 'The export folder')
      refuseLibraryFolder(target, library.root, library.issueFolders(), 'The export folder')
      await refuseIssueFolder(target, 'The export folder')
      return exportIssues(library, { issueIds, format, folder: target, acceptAll, report, alongside }, task)
    }),

  'export:preview': async (ctx, { issueId, format }) => {
    const material = await requireLibrary(ctx).material(issueId)
    return { issueId, format, text: exportIssue(material.analysis, format, { revisions: revisionsOf(material.state, material.analysis) }) }
  },

  'task:cancel': async (ctx, { taskId }) => ({ cancelled: ctx.tasks.cancel(taskId) }),
}

/** The library's view, with what befell the app's settings file this run, if anything did. */
function viewOf(ctx: HandlerContext, library: Library): LibraryView {
  return withSettingsProblem(ctx, library.view())
}

function withSettingsProblem(ctx: HandlerContext, view: LibraryView): LibraryView {
  return ctx.settings.problem ? { ...view, settingsProblem: ctx.settings.problem } : view
}

export function createDispatcher(ctx: HandlerContext): {
  dispatch(channel: string, arg: unknown): Promise<Reply<unknown>>
  dispose(): void
} {
  return {
    async dispatch(channel, arg) {
      if (!isInvokeChannel(channel)) {
        return { ok: false, error: { code: 'forbidden', message: `There is no channel named "${String(channel)}".` } }
      }
      const parsed = ARG_SCHEMAS[channel].safeParse(arg === undefined ? {} : arg)
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-argument', message: `${channel}: ${z.prettifyError(parsed.error)}` } }
      }
      try {
        const handler = handlers[channel] as (ctx: HandlerContext, arg: unknown) => Promise<unknown>
        return { ok: true, value: await handler(ctx, parsed.data) }
      } catch (err) {
        return { ok: false, error: replyError(err) }
      }
    },
    dispose() {
      ctx.tasks.cancelAll()
      void ctx.library?.close()
      ctx.library = null
    },
  }
}

/** A request the caller may not make at all (not a fault of any file): replied as 'forbidden'. */
class ForbiddenError extends Error {}

export function replyError(err: unknown): ReplyError {
  if (err instanceof ForbiddenError) return { code: 'forbidden', message: err.message }
  if (isGalleyError(err)) return { code: err.code, message: err.message }
  const error = toGalleyError(err, 'a file', 'use')
  return { code: error.code, message: error.message }
}

function requireLibrary(ctx: HandlerContext): Library {
  if (!ctx.library) throw new GalleyError('not-found', 'No library is open; open a library folder first.')
  return ctx.library
}

/** The open library, for an edit by `editor`: refused where another window or tab opened another
 * library since this editor opened its issue, so the edit never lands in a library it does not show. */
function libraryFor(ctx: HandlerContext, editor: string | undefined): Library {
  const library = requireLibrary(ctx)
  const theirs = editor === undefined ? undefined : ctx.editorLibraries.get(editor)
  // (The same folder opened again is the same library.)
  if (theirs === undefined || theirs === library.root) return library
  throw new GalleyError('conflict', `Another window opened the library ${library.root} in place of ${theirs}, where this issue is; nothing was saved. Open ${theirs} again to go on editing.`)
}

function sampleLibraryOf(ctx: HandlerContext): string {
  return join(ctx.options.resourcesDir, 'sample-library')
}

async function existingPath(path: string, what: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (err) {
    throw toGalleyError(err, path, `use as ${what}`)
  }
}

async function existsAt(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false // a remembered library that is gone (unplugged disk): start with the sample
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  try {
    const [ra, rb] = await Promise.all([realpath(a), realpath(b)])
    return isInside(rb, ra)
  } catch {
    return false // one of them does not exist: Library.open reports that with its own message
  }
}

async function rememberQuietly(ctx: HandlerContext, path: string): Promise<void> {
  try {
    await ctx.settings.rememberLibrary(path)
  } catch {
    // The library is open; only remembering it for next time failed (read-only app data). The
    // next start falls back to the sample library, which is the documented behaviour.
  }
}
