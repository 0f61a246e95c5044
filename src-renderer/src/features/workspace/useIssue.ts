// Loads one issue's view from the main process and sends the editor's intents back. Opening (and
// adding a page) replies with the whole IssueView; an edit replies with an IssueUpdate carrying only
// what changed, merged here into the view held (mergeUpdate.ts), or the whole view is fetched again
// when the reply does not fit it. Outside changes to the issue (page files, another window) reload it whole.
import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { IssueUpdate, IssueView } from '../../../../src-main/ipc/contract'
import type { Conflict, Op } from '../../../../src-main/core/model'
import { asGalleyError, type GalleyError } from '../../api'
import { useClient } from '../../ClientContext'
import type { Intent } from '../findings/intent'
import { mergeUpdate } from './mergeUpdate'

export interface IssueState {
  view: IssueView | null
  busy: boolean
  error: GalleyError | null
  /** Set when the issue changed on disk while open. */
  notice: string | null
}

/** Each action resolves true once its step went through, false where it was refused (the error is in the state). */
export interface IssueActions {
  perform: (intent: Intent) => Promise<boolean>
  applyOps: (ops: Op[]) => Promise<boolean>
  undo: () => Promise<boolean>
  redo: () => Promise<boolean>
  addPage: (path: string) => Promise<boolean>
  addPageFile: (file: File) => Promise<boolean>
  /** Discards a conflicting op: the one shown, refused when another window's change moved another there. */
  discardConflict: (conflict: Conflict) => Promise<boolean>
  /** Sends any edit whose reply is an update or a view (accept a kind, replace, checkpoints), in turn with the others. */
  edit: (call: () => Promise<IssueView | IssueUpdate>) => Promise<boolean>
  reload: () => Promise<boolean>
  clearError: () => void
}

/** Bytes to base64 in slices, so a large page does not overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** How long an edit may take before the workspace shows it is busy. */
const BUSY_AFTER_MS = 150

function isWholeView(reply: IssueView | IssueUpdate): reply is IssueView {
  return 'pages' in reply
}

/**
 * `onView` sees every new view in the same update that stores it, so the review state that follows
 * from it (the queue, the current finding) renders together with it, in one pass.
 */
export function useIssue(issueId: string, onView: (view: IssueView) => void): IssueState & IssueActions {
  const client = useClient()
  const [state, setState] = useState<IssueState>({ view: null, busy: true, error: null, notice: null })
  // Intents are sent one at a time, in order: a fast double key press must not race.
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  // The view the next reply applies to (intents run one at a time, so it is always the latest).
  const held = useRef<IssueView | null>(null)
  const viewed = useRef(onView)
  useEffect(() => {
    viewed.current = onView
  })

  const run = useCallback((task: () => Promise<IssueView | IssueUpdate | null>): Promise<boolean> => {
    const done = queue.current.then(async () => {
      // Most edits answer well within this: showing "busy" for them would only re-render the
      // workspace once more, mid round trip, on the same two cores as the main process.
      const showBusy = setTimeout(() => setState((s) => ({ ...s, busy: true })), BUSY_AFTER_MS)
      try {
        const reply = await task()
        let view: IssueView | null = null
        if (reply) view = isWholeView(reply) ? reply : (mergeUpdate(held.current, reply) ?? (await client.call('issue:open', { issueId })))
        // Rendered at once, in this task: the editor is waiting for exactly this view, and a
        // scheduled render would first wait for another task.
        flushSync(() => {
          if (view) {
            held.current = view
            viewed.current(view)
          }
          setState((s) => ({ ...s, view: view ?? s.view, busy: false, error: null }))
        })
        return true
      } catch (err) {
        setState((s) => ({ ...s, busy: false, error: asGalleyError(err) }))
        return false
      } finally {
        clearTimeout(showBusy)
      }
    })
    queue.current = done
    return done
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
        if (ops.length === 0) return null
        // Several ops are one edit, taken back by one undo.
        if (ops.length > 1) return client.call('ops:apply', { issueId, ops })
        return client.call('op:apply', { issueId, op: ops[0] })
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
              ...(intent.candidateArticleId !== undefined ? { candidateArticleId: intent.candidateArticleId } : {}),
            }),
          )
        case 'dismiss':
          return run(() => client.call('finding:dismiss', { issueId, findingId: intent.findingId }))
        case 'ops':
          return applyOps(intent.ops)
        case 'none':
          return Promise.resolve(true)
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
      (conflict: Conflict) => run(() => client.call('conflict:discard', { issueId, index: conflict.index, op: conflict.op })),
      [client, issueId, run],
    ),
    edit: run,
    reload,
    clearError: useCallback(() => setState((s) => ({ ...s, error: null, notice: null })), []),
  }
}
