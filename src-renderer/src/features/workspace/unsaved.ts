// Text typed into an edit field and not saved yet, kept by what it edits (a block, an article's
// headline or byline) against the text it started from. An edit field closed by moving elsewhere
// (another article, a fresh view of the issue) opens again with its typed text, saying so where
// the text it was typed over changed meanwhile; and while any such text is kept, leaving the page (closing the window, reloading
// it, the browser tab's close) asks first: the browser asks itself, the app's main process on
// `will-prevent-unload`. A correction is never lost unseen.

import { createContext } from 'react'

/** The issue the edit fields below belong to: a block's id (its page and text) can repeat in
 * another issue, whose block must never open with this one's typed text. */
export const DraftScope = createContext('')

const drafts = new Map<string, { saved: string; typed: string }>()
let listening = false

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (drafts.size === 0) return
  event.preventDefault()
  // Older Chromium asks only where returnValue is set.
  event.returnValue = ''
}

/** Keeps what was typed for `key` over `saved`; typed back to `saved`, nothing is kept. */
export function keepDraft(key: string, saved: string, typed: string): void {
  if (typed === saved) {
    drafts.delete(key)
    return
  }
  drafts.set(key, { saved, typed })
  if (!listening) {
    window.addEventListener('beforeunload', onBeforeUnload)
    listening = true
  }
}

/** The edit is saved or cancelled: nothing to keep. */
export function dropDraft(key: string): void {
  drafts.delete(key)
}

/** What was typed for `key`, and whether the text it was typed over has changed since (another
 * window's edit): then it is still shown, never dropped unseen, with a word that it is. */
export function draftOf(key: string, saved: string): { typed: string; stale: boolean } | null {
  const draft = drafts.get(key)
  if (draft === undefined) return null
  return { typed: draft.typed, stale: draft.saved !== saved }
}

/** The keys (as EditableText names them: a block's id, `<article id>:headline`) of the typed text
 * kept for the issue `scope`. */
export function draftsIn(scope: string): string[] {
  const prefix = `${scope}\u0000`
  return [...drafts.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length))
}
