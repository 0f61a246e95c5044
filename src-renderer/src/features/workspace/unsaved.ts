// Text typed into an edit field and not saved yet, kept by what it edits (a block, an article's
// headline or byline) against the text it started from. An edit field closed by moving elsewhere
// (another article, a fresh view of the issue) opens again with its typed text, saying so where
// the text it was typed over changed meanwhile; and while any such text is kept, leaving the page
// (closing the window, reloading it, the browser tab's close) asks first: the browser asks itself,
// the app's main process on `will-prevent-unload`. A correction is never lost unseen.
//
// It is kept in localStorage too, as it is typed, so that a crash (the window's, the app's, the
// machine's) loses none of it: the next window to start takes over what a window no longer running
// left (`recoverDrafts`), and its fields open with it, saying it was recovered. Leaving the page
// once asked (the editor chose to leave) lets this window's text go. Which windows still run is
// read off the Web Locks each holds while it lives (released when it closes or crashes).

import { createContext } from 'react'

/** The issue the edit fields below belong to (`draftScopeOf`): a block's id (its page and text)
 * can repeat in another issue, whose block must never open with this one's typed text. */
export const DraftScope = createContext('')

/** Between a scope's library and its issue id. An issue's id is only its place in its library
 * (`.` for every library that is itself an issue folder), so a scope names both. */
const IN_LIBRARY = '\u0002'

/** The scope of the issue `issueId` of the library opened at `library` (IssueView.library). */
export function draftScopeOf(library: string, issueId: string): string {
  return `${library}${IN_LIBRARY}${issueId}`
}

/**
 * An earlier Galley kept drafts by issue id alone (`<issue id>\u0000<key>`), not knowing the
 * library. Such a draft is the field's where it was typed over the very text the field holds now
 * (the same block, unchanged since): it is taken into the field's scope then. The others stay as
 * they are, listed by the issue of that id (legacyDraftsIn) to copy or discard, never opened in a
 * field that may be another library's.
 */
function legacyKeyOf(key: string): string | null {
  const scopeEnd = key.indexOf('\u0000')
  const at = key.lastIndexOf(IN_LIBRARY, scopeEnd < 0 ? undefined : scopeEnd)
  return at < 0 ? null : key.slice(at + 1)
}

function adoptLegacy(key: string, saved: string): void {
  if (drafts.has(key)) return
  const legacy = legacyKeyOf(key)
  const draft = legacy === null ? undefined : drafts.get(legacy)
  if (legacy === null || draft === undefined || draft.saved !== saved) return
  drafts.set(key, draft)
  store(key, draft)
  drafts.delete(legacy)
  store(legacy, null)
}

function issueOfScope(scope: string): string {
  return scope.slice(scope.indexOf(IN_LIBRARY) + 1)
}

interface Draft {
  saved: string
  typed: string
  /** Taken over from a window that closed without leaving (a crash). */
  recovered?: boolean
}

const drafts = new Map<string, Draft>()
let listening = false

/** localStorage keys: this prefix, then the draft's key; the value is a StoredDraft. */
const STORED = 'galley.draft\u0001'
/** A window's lock name: this prefix, then its id. */
const LOCK = 'galley.window\u0001'

interface StoredDraft {
  owner: string
  saved: string
  typed: string
}

/** This page load's id, the owner of the text it keeps. */
const owner = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Kept on disk as typed. A full storage keeps it in this window only (asked about on leaving). */
function store(key: string, draft: Draft | null): void {
  const kept = storage()
  try {
    if (draft) kept?.setItem(STORED + key, JSON.stringify({ owner, saved: draft.saved, typed: draft.typed } satisfies StoredDraft))
    else kept?.removeItem(STORED + key)
  } catch {
    // Quota or a disabled storage: the text stays in this window, and leaving it still asks.
  }
}

function listen(): void {
  if (listening) return
  window.addEventListener('beforeunload', onBeforeUnload)
  // Reached only once leaving went ahead (the editor was asked, and chose to leave): the text
  // this window kept goes with it. A crash never gets here, and its text stays for the next window.
  window.addEventListener('pagehide', (event) => {
    if (event.persisted) return
    for (const key of drafts.keys()) store(key, null)
  })
  listening = true
}

function readStored(value: string | null): StoredDraft | null {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<StoredDraft>
    return typeof parsed.owner === 'string' && typeof parsed.saved === 'string' && typeof parsed.typed === 'string' ? (parsed as StoredDraft) : null
  } catch {
    return null
  }
}

let recovery: Promise<number> | null = null

/**
 * Takes over the typed text that windows no longer running left in storage (a crash), and holds
 * this window's lock for as long as it runs. Resolves to how many fields' text was recovered. Once
 * per page load; without Web Locks (an older browser) every window's stored text is taken, as no
 * window can tell which still run.
 */
export function recoverDrafts(): Promise<number> {
  recovery ??= (async () => {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
    const kept = storage()
    // Held until this page goes away: a never-settling request.
    void locks?.request(LOCK + owner, () => new Promise<void>(() => {})).catch(() => {})
    if (!kept) return 0
    let running = new Set<string>()
    try {
      const held = locks ? ((await locks.query()).held ?? []) : []
      running = new Set(held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK)).map((name) => name.slice(LOCK.length)))
    } catch {
      return 0
    }
    running.add(owner)
    let recovered = 0
    for (let i = kept.length - 1; i >= 0; i--) {
      const name = kept.key(i)
      if (!name?.startsWith(STORED)) continue
      const stored = readStored(kept.getItem(name))
      // An entry this version cannot read is left as it is, never deleted.
      if (!stored || running.has(stored.owner)) continue
      const key = name.slice(STORED.length)
      if (drafts.has(key)) continue
      const draft = { saved: stored.saved, typed: stored.typed, recovered: true }
      drafts.set(key, draft)
      store(key, draft)
      recovered++
    }
    if (recovered > 0) listen()
    return recovered
  })()
  return recovery
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (drafts.size === 0) return
  event.preventDefault()
  // Older Chromium asks only where returnValue is set.
  event.returnValue = ''
}

/** Keeps what was typed for `key` over `saved`; typed back to `saved`, nothing is kept. */
export function keepDraft(key: string, saved: string, typed: string): void {
  if (typed === saved) {
    dropDraft(key)
    return
  }
  const draft = { saved, typed, recovered: drafts.get(key)?.recovered }
  drafts.set(key, draft)
  store(key, draft)
  listen()
}

/** The edit is saved or cancelled: nothing to keep. */
export function dropDraft(key: string): void {
  drafts.delete(key)
  store(key, null)
}

/** What was typed for `key`, whether the text it was typed over has changed since (another
 * window's edit): then it is still shown, never dropped unseen, with a word that it is; and whether
 * it was recovered from a window that closed without saving it. */
export function draftOf(key: string, saved: string): { typed: string; stale: boolean; recovered: boolean } | null {
  adoptLegacy(key, saved)
  const draft = drafts.get(key)
  if (draft === undefined) return null
  return { typed: draft.typed, stale: draft.saved !== saved, recovered: draft.recovered === true }
}

/** The draft key of a word retyped for an uncertain word: its block and where in it the word starts. */
export function uncertainWordKey(blockId: string, at: number): string {
  return `${blockId}:word@${at}`
}

/** The keys (as EditableText names them: a block's id, `<article id>:headline`) of the typed text
 * kept for the issue `scope`. */
export function draftsIn(scope: string): string[] {
  const prefix = `${scope}\u0000`
  return [...drafts.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length))
}

/** The keys of the typed text an earlier Galley kept for an issue with the scope's issue id (of
 * this library or another one of the same id), not yet taken into a field (see legacyKeyOf). */
export function legacyDraftsIn(scope: string): string[] {
  return draftsIn(issueOfScope(scope))
}

/** What was typed for `key` (as draftsIn or legacyDraftsIn names it) in the issue `scope`, or null. */
export function typedIn(scope: string, key: string): string | null {
  return (drafts.get(`${scope}\u0000${key}`) ?? drafts.get(`${issueOfScope(scope)}\u0000${key}`))?.typed ?? null
}

/** Lets the typed text for `key` of the issue `scope` go: the editor chose to discard it. */
export function dropDraftIn(scope: string, key: string): void {
  const own = `${scope}\u0000${key}`
  dropDraft(drafts.has(own) ? own : `${issueOfScope(scope)}\u0000${key}`)
}

/** The issues of the library opened at `library` (their ids) holding typed text recovered from a
 * window that closed without saving it; and those an earlier Galley kept it for by id alone. */
export function recoveredIssues(library: string | null): string[] {
  const issues = new Set<string>()
  for (const [key, draft] of drafts) {
    if (!draft.recovered) continue
    const scope = key.slice(0, key.indexOf('\u0000'))
    const at = scope.indexOf(IN_LIBRARY)
    if (at < 0) issues.add(scope)
    else if (library !== null && scope.slice(0, at) === library) issues.add(scope.slice(at + 1))
  }
  return [...issues]
}
