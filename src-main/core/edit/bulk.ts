// Edits made many at a time, each recorded as one undo group: accepting every finding of a kind
// (in one article or the whole issue), and find and replace across the issue's text.

import type { Finding, FindingKind, Issue, Op } from '../model'
import { GalleyError } from '../errors'
import { detect } from '../detect/index'
import { applyWhole, editableCopy, type EditState } from './apply'

export interface KindAcceptance {
  ops: Op[]
  /** The findings whose fix went in, in the order they were applied. */
  accepted: string[]
  /** Findings of the kind left open: no fix yet (a page is missing), or an earlier fix changed their blocks. */
  skipped: string[]
}

/** Rounds of fixes and re-detection: a fix can make the next one's blocks (two joins in a row). */
const MAX_ROUNDS = 6

/**
 * The fixes of every open finding of `kind` (in `articleId` only, when given), each tried on the
 * issue as the ones before it left it: a fix that no longer fits is skipped whole, never forced,
 * and found again (on the changed blocks) in the next round, as accept-all does.
 */
export function acceptKind(issue: Issue, findings: readonly Finding[], kind: FindingKind, articleId?: string, dismissed: ReadonlySet<string> = new Set()): KindAcceptance {
  const state: EditState = { issue: editableCopy(issue), dismissed: new Set(dismissed) }
  const out: KindAcceptance = { ops: [], accepted: [], skipped: [] }
  const inScope = (finding: Finding) =>
    finding.kind === kind && !state.dismissed.has(finding.id) && (articleId === undefined || finding.articleIds.includes(articleId))
  let open = findings.filter(inScope)
  for (let round = 0; round < MAX_ROUNDS && open.length > 0; round++) {
    let progressed = false
    for (const finding of open) {
      if (finding.fix.length === 0 || !applyWhole(state, finding.fix)) continue
      out.ops.push(...finding.fix)
      out.accepted.push(finding.id)
      progressed = true
    }
    open = detect(state.issue).filter(inScope)
    if (!progressed) break
  }
  out.skipped = open.map((finding) => finding.id)
  return out
}

export interface ReplaceQuery {
  find: string
  replace: string
  regex: boolean
  matchCase: boolean
}

export interface ReplaceMatch {
  articleId: string
  /** The block changed, or null for the article's headline. */
  blockId: string | null
  before: string
  after: string
  /** How many times the pattern matched in it. */
  count: number
}

/** At most this many blocks are changed by one replace: a pattern that matches everywhere is a slip. */
export const MAX_REPLACED_BLOCKS = 5000

function patternOf(query: ReplaceQuery): RegExp {
  if (query.find === '') throw new GalleyError('invalid-argument', 'Type the text to find.')
  const flags = `gu${query.matchCase ? '' : 'i'}`
  if (!query.regex) return new RegExp(query.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags)
  let pattern: RegExp
  try {
    pattern = new RegExp(query.find, flags)
  } catch (error) {
    throw new GalleyError('invalid-argument', `“${query.find}” is not a valid regular expression (${(error as Error).message}); correct it, or turn off Regex to find the text as typed.`)
  }
  if (pattern.test('')) throw new GalleyError('invalid-argument', `“${query.find}” matches empty text everywhere; make it match at least one character.`)
  return pattern
}

/**
 * Every headline and body text the query changes, with the ops that change them (`edit-text` and
 * `set-headline`). `$1`, `$&` in the replacement name groups when `regex` is on; as typed otherwise.
 */
export function planReplace(issue: Issue, query: ReplaceQuery): { matches: ReplaceMatch[]; ops: Op[] } {
  const pattern = patternOf(query)
  const replacement = query.regex ? query.replace : query.replace.replace(/\$/g, '$$$$')
  const matches: ReplaceMatch[] = []
  const ops: Op[] = []
  const change = (text: string): { after: string; count: number } | null => {
    const count = text.match(pattern)?.length ?? 0
    if (count === 0) return null
    const after = text.replace(pattern, replacement)
    return after === text ? null : { after, count }
  }
  for (const article of issue.articles) {
    const parts = article.headline.map((part) => change(part))
    if (parts.some((part) => part !== null)) {
      const after = article.headline.map((part, i) => parts[i]?.after ?? part)
      matches.push({ articleId: article.id, blockId: null, before: article.headline.join(' '), after: after.join(' '), count: parts.reduce((n, p) => n + (p?.count ?? 0), 0) })
      ops.push({ kind: 'set-headline', articleId: article.id, parts: after, expect: {}, seen: [...article.headline] })
    }
    for (const block of article.blocks) {
      if (block.type === 'jump') continue
      const changed = change(block.text)
      if (!changed) continue
      matches.push({ articleId: article.id, blockId: block.id, before: block.text, after: changed.after, count: changed.count })
      // A byline line is set as one, so its reporters are read again from the new text.
      ops.push(
        block.type === 'byline'
          ? { kind: 'set-byline', articleId: article.id, text: changed.after, expect: { [block.id]: block.hash } }
          : { kind: 'edit-text', blockId: block.id, text: changed.after, expect: { [block.id]: block.hash } },
      )
    }
    if (matches.length > MAX_REPLACED_BLOCKS) {
      throw new GalleyError('invalid-argument', `“${query.find}” matches in more than ${MAX_REPLACED_BLOCKS} paragraphs; narrow it down.`)
    }
  }
  return { matches, ops }
}
