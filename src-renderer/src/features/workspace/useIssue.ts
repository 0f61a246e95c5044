// Loads one issue's view from the main process and sends the editor's intents back. Opening (and
// adding a page) replies with the whole IssueView; an edit replies with a lean IssueUpdate, merged
// here into the view held for the same pages. Outside changes to the issue (page files, another
// window) reload it whole.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { IssueUpdate, IssueView } from '../../../../src-main/ipc/contract'
import type { Article, Block, Finding, Op } from '../../../../src-main/core/model'
import { GalleyError } from '../../api'
import { useClient } from '../../ClientContext'
import type { Intent } from '../findings/intent'

export interface IssueState {
  view: IssueView | null
  busy: boolean
  error: GalleyError | null
  /** Set when the issue changed on disk while open. */
  notice: string | null
}

export interface IssueActions {
  perform: (intent: Intent) => Promise<void>
  applyOps: (ops: Op[]) => Promise<void>
  undo: () => Promise<void>
  redo: () => Promise<void>
  addPage: (path: string) => Promise<void>
  addPageFile: (file: File) => Promise<void>
  discardConflict: (index: number) => Promise<void>
  reload: () => Promise<void>
  clearError: () => void
}

/** Bytes to base64 in slices, so a large page does not overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function isWholeView(reply: IssueView | IssueUpdate): reply is IssueView {
  return 'pages' in reply && 'sourceArticles' in reply
}

/**
 * An edit's reply over the view it was made on: the page texts and as-parsed articles are kept when
 * the reply names the same pages; null when the pages changed meanwhile (fetch the whole view).
 */
export function mergeUpdate(view: IssueView | null, update: IssueUpdate): IssueView | null {
  if (!view || view.pagesRevision !== update.pagesRevision) return null
  return {
    ...update,
    pages: view.pages,
    sourceArticles: view.sourceArticles,
    articles: keepUnchanged(view.articles, update.articles),
    findings: keepUnchanged(view.findings, update.findings),
  }
}

/** Deep equality of plain JSON values (what a reply is made of). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}

/** Every field but the blocks equal (headline, pages, reviewed...). */
function sameFields(before: Article, after: Article): boolean {
  const keys = Object.keys(after) as (keyof Article)[]
  if (keys.length !== Object.keys(before).length) return false
  return keys.every((k) => k === 'blocks' || (Object.hasOwn(before, k) && sameJson(before[k], after[k])))
}

/** An article whose fields and blocks equal the previous one's is the previous object. */
function keepArticle(before: Article, after: Article, blockOf: (id: string) => Block | undefined): Article {
  let reused = 0
  let same = after.blocks.length === before.blocks.length
  const blocks = after.blocks.map((b, i) => {
    // Most blocks stay where they were; a block moved in from another article is looked up.
    const at = before.blocks[i]
    const old = at?.id === b.id ? at : blockOf(b.id)
    // A block's id and hash name its text; the rest (type, source ranges, parts...) is compared whole.
    if (old && old.hash === b.hash && sameJson(old, b)) {
      reused++
      if (old !== at) same = false
      return old
    }
    same = false
    return b
  })
  if (same && sameFields(before, after)) return before
  return reused === 0 ? after : { ...after, blocks }
}

/**
 * The new list with every item (article, finding) that did not change replaced by the object held
 * before, and the old list itself when nothing changed: memoised views skip what an edit left alone.
 */
export function keepUnchanged<T extends Article | Finding>(before: readonly T[], after: T[]): T[] {
  const byId = new Map(before.map((x) => [x.id, x]))
  let blocks: Map<string, Block> | null = null
  const blockOf = (id: string): Block | undefined => {
    if (!blocks) {
      blocks = new Map()
      for (const a of before as readonly Article[]) for (const b of a.blocks) blocks.set(b.id, b)
    }
    return blocks.get(id)
  }
  let same = before.length === after.length
  const out = after.map((x, i) => {
    const old = byId.get(x.id)
    const kept = !old ? x : 'blocks' in x ? (keepArticle(old as Article, x, blockOf) as T) : sameJson(old, x) ? old : x
    if (kept !== before[i]) same = false
    return kept
  })
  return same ? (before as T[]) : out
}

function asGalleyError(err: unknown): GalleyError {
  return err instanceof GalleyError ? err : new GalleyError('internal', err instanceof Error ? err.message : String(err))
}

/**
 * `onView` sees every new view in the same update that stores it, so the review state that follows
 * from it (the queue, the current finding) renders together with it, in one pass.
 */
export function useIssue(issueId: string, onView: (view: IssueView) => void): IssueState & IssueActions {
  const client = useClient()
  const [state, setState] = useState<IssueState>({ view: null, busy: true, error: null, notice: null })
  // Intents are sent one at a time, in order: a fast double key press must not race.
  const queue = useRef<Promise<void>>(Promise.resolve())
  // The view the next reply applies to (intents run one at a time, so it is always the latest).
  const held = useRef<IssueView | null>(null)
  const viewed = useRef(onView)
  useEffect(() => {
    viewed.current = onView
  })

  const run = useCallback((task: () => Promise<IssueView | IssueUpdate | null>) => {
    queue.current = queue.current.then(async () => {
      setState((s) => ({ ...s, busy: true }))
      try {
        const reply = await task()
        let view: IssueView | null = null
        if (reply) {
          view = isWholeView(reply) ? reply : (mergeUpdate(held.current, reply) ?? (await client.call('issue:open', { issueId })))
          held.current = view
          viewed.current(view)
        }
        setState((s) => ({ ...s, view: view ?? s.view, busy: false, error: null }))
      } catch (err) {
        setState((s) => ({ ...s, busy: false, error: asGalleyError(err) }))
      }
    })
    return queue.current
  }, [client, issueId])

  const reload = useCallback(() => run(() => client.call('issue:open', { issueId })), [client, issueId, run])

  useEffect(() => {
    void reload()
    return client.on('issue:changed', (event) => {
      if (event.issueId !== issueId) return
      setState((s) => ({ ...s, notice: event.reason }))
      void reload()
    })
  }, [client, issueId, reload])

  const applyOps = useCallback(
    (ops: Op[]) =>
      run(async () => {
        let update: IssueUpdate | null = null
        for (const op of ops) update = await client.call('op:apply', { issueId, op })
        return update
      }),
    [client, issueId, run],
  )

  const perform = useCallback(
    (intent: Intent) => {
      switch (intent.type) {
        case 'accept':
          return run(() =>
            client.call('finding:accept', {
              issueId,
              findingId: intent.findingId,
              ...(intent.candidateIndex !== undefined ? { candidateIndex: intent.candidateIndex } : {}),
            }),
          )
        case 'dismiss':
          return run(() => client.call('finding:dismiss', { issueId, findingId: intent.findingId }))
        case 'ops':
          return applyOps(intent.ops)
        case 'none':
          return Promise.resolve()
      }
    },
    [applyOps, client, issueId, run],
  )

  return {
    ...state,
    perform,
    applyOps,
    undo: useCallback(() => run(() => client.call('edit:undo', { issueId })), [client, issueId, run]),
    redo: useCallback(() => run(() => client.call('edit:redo', { issueId })), [client, issueId, run]),
    addPage: useCallback((path: string) => run(() => client.call('issue:add-page', { issueId, path })), [client, issueId, run]),
    addPageFile: useCallback(
      (file: File) =>
        run(async () => {
          const base64 = toBase64(new Uint8Array(await file.arrayBuffer()))
          return client.call('issue:add-page', { issueId, file: { name: file.name, base64 } })
        }),
      [client, issueId, run],
    ),
    discardConflict: useCallback(
      (index: number) => run(() => client.call('conflict:discard', { issueId, index })),
      [client, issueId, run],
    ),
    reload,
    clearError: useCallback(() => setState((s) => ({ ...s, error: null, notice: null })), []),
  }
}
