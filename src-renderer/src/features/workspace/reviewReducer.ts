// The editor's review state for one issue (current finding, filter, selection, choices), kept in
// one reducer whose actions are named for what the editor did. Issue content itself comes from main.
import type { Finding, FindingKind } from '../../../../src-main/core/model'

export type KindFilter = FindingKind | 'all'
export type Side = 'left' | 'right' | 'both'

export interface ReviewState {
  findings: Finding[]
  kindFilter: KindFilter
  currentFindingId: string | null
  articleId: string | null
  side: Side
  candidateIndex: number
  showSource: boolean
  search: string
  sheetOpen: boolean
}

export type ReviewAction =
  | {
      type: 'issue-loaded'
      findings: Finding[]
      firstArticleId: string | null
      /** Set after an undo or redo: the articles it changed, for the view to go to the change. */
      changed?: { articleIds: string[] }
    }
  | { type: 'finding-chosen'; findingId: string }
  | { type: 'next-finding' }
  | { type: 'previous-finding' }
  | { type: 'kind-filtered'; kind: KindFilter }
  | { type: 'article-chosen'; articleId: string }
  | { type: 'copy-kept'; side: Side }
  | { type: 'candidate-chosen'; index: number }
  | { type: 'choice-moved'; step: -1 | 1 }
  | { type: 'source-toggled' }
  | { type: 'search-typed'; query: string }
  | { type: 'search-submitted' }
  | { type: 'search-cleared' }
  | { type: 'shortcut-sheet-toggled' }
  | { type: 'shortcut-sheet-closed' }

export const initialReview: ReviewState = {
  findings: [],
  kindFilter: 'all',
  currentFindingId: null,
  articleId: null,
  side: 'left',
  candidateIndex: 0,
  showSource: false,
  search: '',
  sheetOpen: false,
}

export function visibleFindings(state: Pick<ReviewState, 'findings' | 'kindFilter' | 'search'>): Finding[] {
  const query = state.search.trim().toLowerCase()
  return state.findings.filter(
    (f) =>
      (state.kindFilter === 'all' || f.kind === state.kindFilter) &&
      (query === '' || f.message.toLowerCase().includes(query)),
  )
}

export function currentFinding(state: ReviewState): Finding | null {
  return state.findings.find((f) => f.id === state.currentFindingId) ?? null
}

/** Moving to a finding resets the per-finding choices and shows its article. */
function focusFinding(state: ReviewState, finding: Finding | undefined): ReviewState {
  if (!finding) return { ...state, currentFindingId: null }
  return {
    ...state,
    currentFindingId: finding.id,
    articleId: finding.articleIds[0] ?? state.articleId,
    side: 'left',
    candidateIndex: 0,
  }
}

function step(state: ReviewState, by: -1 | 1): ReviewState {
  const list = visibleFindings(state)
  if (list.length === 0) return state
  const at = list.findIndex((f) => f.id === state.currentFindingId)
  const next = at < 0 ? (by > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + by))
  return focusFinding(state, list[next])
}

/** The current finding if the queue shows it, else the first the queue shows (or none). */
function keepVisible(state: ReviewState): ReviewState {
  const list = visibleFindings(state)
  return list.some((f) => f.id === state.currentFindingId) ? state : focusFinding(state, list[0])
}

/** After an undo or redo: the finding it brought back, else the first changed article and its
 * first finding, so the editor sees what was undone. */
function goToChange(state: ReviewState, before: Finding[], articleIds: string[]): ReviewState {
  const known = new Set(before.map((f) => f.id))
  const restored = state.findings.find((f) => !known.has(f.id))
  if (restored) return focusFinding(visibleFindings(state).includes(restored) ? state : { ...state, kindFilter: 'all', search: '' }, restored)
  const articleId = articleIds[0]
  return articleId ? chooseArticle(state, articleId) : state
}

function chooseArticle(state: ReviewState, articleId: string): ReviewState {
  const current = currentFinding(state)
  if (current?.articleIds.includes(articleId) && visibleFindings(state).includes(current)) return { ...state, articleId }
  const first = visibleFindings(state).find((f) => f.articleIds.includes(articleId))
  return first ? { ...focusFinding(state, first), articleId } : { ...state, articleId, currentFindingId: null }
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'issue-loaded': {
      if (action.changed) {
        const base = { ...state, findings: action.findings, articleId: state.articleId ?? action.firstArticleId }
        return goToChange(base, state.findings, action.changed.articleIds)
      }
      const previous = visibleFindings(state)
      const base = { ...state, findings: action.findings }
      const articleId = state.articleId ?? action.firstArticleId
      const still = action.findings.find((f) => f.id === state.currentFindingId)
      if (still) return { ...base, articleId }
      // The current finding was resolved: go on with the one that followed it in the queue.
      const at = previous.findIndex((f) => f.id === state.currentFindingId)
      // The filtered kind has none left while others are open: the queue goes on with them.
      const unfiltered = visibleFindings(base).length === 0 && base.kindFilter !== 'all' ? { ...base, kindFilter: 'all' as const } : base
      const list = visibleFindings(unfiltered)
      const order = unfiltered === base ? previous : visibleFindings({ ...state, kindFilter: 'all' })
      const from = order.findIndex((f) => f.id === state.currentFindingId)
      const followers = from < 0 ? [] : order.slice(from + 1).map((f) => f.id)
      const next = list.find((f) => followers.includes(f.id)) ?? (at < 0 ? list[0] : list[list.length - 1])
      if (!next) return { ...unfiltered, currentFindingId: null, articleId }
      const focused = focusFinding(unfiltered, next)
      return state.currentFindingId === null && state.articleId ? { ...focused, articleId: state.articleId } : focused
    }
    case 'finding-chosen':
      return focusFinding(state, state.findings.find((f) => f.id === action.findingId))
    case 'next-finding':
      return step(state, 1)
    case 'previous-finding':
      return step(state, -1)
    case 'kind-filtered': {
      const filtered = { ...state, kindFilter: action.kind }
      const list = visibleFindings(filtered)
      return list.some((f) => f.id === state.currentFindingId) ? filtered : focusFinding(filtered, list[0])
    }
    case 'article-chosen':
      return chooseArticle(state, action.articleId)
    case 'copy-kept':
      return { ...state, side: action.side }
    case 'candidate-chosen':
      return { ...state, candidateIndex: Math.max(0, action.index) }
    case 'choice-moved': {
      const finding = currentFinding(state)
      if (!finding) return state
      if (finding.kind === 'duplicate-passage') return { ...state, side: action.step < 0 ? 'left' : 'right' }
      const count = finding.candidates?.length ?? 0
      if (count === 0) return state
      return { ...state, candidateIndex: Math.min(count - 1, Math.max(0, state.candidateIndex + action.step)) }
    }
    case 'source-toggled':
      return { ...state, showSource: !state.showSource }
    case 'search-typed':
      return keepVisible({ ...state, search: action.query })
    case 'search-submitted': {
      const list = visibleFindings(state)
      const at = list.findIndex((f) => f.id === state.currentFindingId)
      return focusFinding(state, list[at + 1] ?? list[0])
    }
    case 'search-cleared':
      return { ...state, search: '' }
    case 'shortcut-sheet-toggled':
      return { ...state, sheetOpen: !state.sheetOpen }
    case 'shortcut-sheet-closed':
      return { ...state, sheetOpen: false }
  }
}
