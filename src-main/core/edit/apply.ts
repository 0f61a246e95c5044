// Replays an edit log onto the auto-split issue. Deterministic and pure: the input issue is never
// changed. An op whose blocks are gone or changed (their content hash differs from the one it
// expects) is not applied and is reported as a conflict instead of being dropped silently.

import type { Applied, Article, Block, Conflict, Issue, Op, Page } from '../model'
import { GalleyError } from '../errors'
import { blockHash } from '../hash'
import { bylineLine, inlineByline } from '../parse/bylines'
import { captionOf } from '../parse/captions'
import { dropFirstChar, IssueWords, joinPieces } from '../parse/text'

/** An op that does not fit the issue as it now is; replay reports it as a conflict. */
export class OpMisfit extends Error {}

export interface EditState {
  issue: Issue
  dismissed: Set<string>
}

/** The words of an issue's text pages, kept with its first page while the issue has the same
 * pages: a paragraph joined across a column break rejoins a word cut there without its hyphen on
 * the same evidence the parse's lines do. */
const wordsByPages = new WeakMap<Page, { pages: Page[]; words: IssueWords }>()
function wordsOf(issue: Issue): IssueWords {
  const texts = issue.pages.filter((page) => !page.alto)
  const known = texts.length > 0 ? wordsByPages.get(texts[0]) : undefined
  if (known && known.pages.length === texts.length && known.pages.every((page, i) => page === texts[i])) return known.words
  const words = IssueWords.ofPages(texts)
  if (texts.length > 0) wordsByPages.set(texts[0], { pages: texts, words })
  return words
}

function rehash(block: Block): Block {
  return { ...block, hash: blockHash(block.type, block.text) }
}

// Where each block is, so replaying a long log does not scan the whole issue per op. An op that
// moves blocks into an article updates that article's entries: rebuilding the whole map after
// each one made accept-all on a large issue quadratic (its captions and continuations move
// blocks). A deleted or moved-away block's stale entry is harmless (the article it names no longer
// holds it, so find() reports it gone or the receiving article's entry has replaced it).
const whereCache = new WeakMap<Issue, Map<string, Article>>()

function where(issue: Issue): Map<string, Article> {
  let map = whereCache.get(issue)
  if (!map) {
    map = new Map()
    for (const candidate of issue.articles) for (const block of candidate.blocks) map.set(block.id, candidate)
    whereCache.set(issue, map)
  }
  return map
}

function find(issue: Issue, blockId: string): { article: Article; index: number } | null {
  const home = where(issue).get(blockId)
  const index = home ? home.blocks.findIndex((block) => block.id === blockId) : -1
  return home && index >= 0 ? { article: home, index } : null
}

function article(issue: Issue, id: string): Article {
  const found = issue.articles.find((candidate) => candidate.id === id)
  if (!found) throw new OpMisfit(`article ${id} is no longer in the issue`)
  return found
}

function checkExpect(issue: Issue, op: Op): void {
  for (const [id, hash] of Object.entries(op.expect)) {
    const found = find(issue, id)
    if (!found) throw new OpMisfit(`block ${id} is no longer in the issue`)
    if (found.article.blocks[found.index].hash !== hash) throw new OpMisfit(`block ${id} has changed since the op was made`)
  }
}

// A headline or byline is no block with a hash to expect: the op carries the text the editor saw,
// so one made in a stale window (or replayed onto a changed article) is a conflict, never a silent
// overwrite of what another edit set. Ops without it (older logs) apply as they always did.
function checkSeenHeadline(target: Article, seen: readonly string[] | undefined): void {
  if (seen === undefined || (seen.length === target.headline.length && seen.every((part, i) => part === target.headline[i]))) return
  throw new OpMisfit(`the headline of article ${target.id} is “${target.headline.join(' ')}” now, not “${seen.join(' ')}” as when the edit was made`)
}

function checkSeenByline(target: Article, seen: string | null | undefined): void {
  const now = target.blocks.find((block) => block.type === 'byline')?.text ?? null
  if (seen === undefined || seen === now) return
  throw new OpMisfit(`the byline of article ${target.id} is ${now === null ? 'gone' : `“${now}”`} now, not ${seen === null ? 'absent' : `“${seen}”`} as when the edit was made`)
}

function removeBlocks(issue: Issue, ids: ReadonlySet<string>): Block[] {
  const removed: Block[] = []
  const homes = new Set([...ids].map((id) => where(issue).get(id)).filter((home): home is Article => home !== undefined))
  for (const target of homes) {
    target.blocks = target.blocks.filter((block) => {
      if (!ids.has(block.id)) return true
      removed.push(block)
      return false
    })
  }
  return removed
}

const RETYPABLE = new Set<Block['type']>(['paragraph', 'subhead', 'caption'])

/**
 * What a merged article's headline becomes in the article it joins. A split's headline goes back
 * to being the block it was taken from (a typed one goes, it was never printed); any other
 * headline becomes a subhead or paragraph that remembers the story, so a split there brings it back.
 */
function headingOf(from: Article, type: 'subhead' | 'paragraph'): Block[] {
  if (from.headline.length === 0) return []
  const text = from.headline.join(' ')
  const taken = from.splitFrom?.block
  if (from.splitFrom && (!taken || taken.text === text)) return taken ? [taken] : []
  const id = taken?.id ?? from.headlineBlockId ?? `${from.id}~h`
  return [rehash({ id, type, text, hash: '', source: taken?.source ?? from.headlineSource ?? [], mergedFrom: { articleId: from.id, headline: [...from.headline], headlineBlockId: from.headlineBlockId } })]
}

function addPages(target: Article, pages: string[]): void {
  for (const page of pages) if (!target.pages.includes(page)) target.pages.push(page)
}

/** Applies one op to a state it may change (callers clone first). */
export function applyOp(state: EditState, op: Op): void {
  const receiver = applyOne(state, op)
  const map = receiver ? whereCache.get(state.issue) : undefined
  if (receiver && map) for (const block of receiver.blocks) map.set(block.id, receiver)
}

/** Applies the op; returns the article it moved (or added) blocks into, if any. */
function applyOne(state: EditState, op: Op): Article | undefined {
  const issue = state.issue
  checkExpect(issue, op)
  switch (op.kind) {
    case 'join-paragraphs': {
      const [a, b] = op.blockIds.map((id) => find(issue, id))
      if (!a || !b) throw new OpMisfit('a paragraph to join is gone')
      const left = a.article.blocks[a.index]
      const right = b.article.blocks[b.index]
      // Next to each other, or with only captions between (they stay, after the joined paragraph).
      const between = a.article === b.article ? a.article.blocks.slice(a.index + 1, b.index) : []
      if (a.article !== b.article || b.index <= a.index || between.some((block) => block.type !== 'caption')) {
        throw new OpMisfit('the paragraphs to join are no longer next to each other')
      }
      const text = joinPieces(left.text, op.dropDoubled ? dropFirstChar(right.text) : right.text, wordsOf(issue))
      // A dateline a column break left as a line of its own opens the joined paragraph, as the parse reads one.
      const kind = left.type === 'byline' ? { type: 'paragraph' as const, byline: inlineByline(text)?.byline ?? left.byline } : {}
      a.article.blocks[a.index] = rehash({ ...left, ...kind, text, source: [...left.source, ...right.source] })
      b.article.blocks.splice(b.article.blocks.indexOf(right), 1)
      addPages(a.article, b.article.pages.filter((page) => right.source.some((range) => range.page === page)))
      return
    }
    case 'delete-blocks': {
      const homes = new Set(op.blockIds.map((id) => find(issue, id)?.article))
      removeBlocks(issue, new Set(op.blockIds))
      // A story whose every block was deleted (a whole story printed twice) goes too: no bare headline.
      issue.articles = issue.articles.filter((article) => !homes.has(article) || article.blocks.length > 0)
      return
    }
    case 'merge-continuation': {
      const head = article(issue, op.headId)
      const tail = article(issue, op.tailId)
      const jumpIn = tail.blocks.findIndex((block) => op.dropBlockIds.includes(block.id))
      const moved = tail.blocks.slice(Math.max(0, jumpIn)).filter((block) => !op.dropBlockIds.includes(block.id))
      tail.blocks = tail.blocks.slice(0, Math.max(0, jumpIn))
      head.blocks = head.blocks.filter((block) => !op.dropBlockIds.includes(block.id))
      head.blocks.push(...moved)
      addPages(head, tail.pages)
      if (tail.blocks.length === 0) issue.articles = issue.articles.filter((candidate) => candidate !== tail)
      return head
    }
    case 'split-article': {
      const source = article(issue, op.articleId)
      const at = source.blocks.findIndex((block) => block.id === op.atBlockId)
      if (at <= 0) throw new OpMisfit(`block ${op.atBlockId} cannot start a new article`)
      let rest = source.blocks.slice(at)
      let parts = op.headline
      const first = rest[0]
      // A story merged in here comes back as it was: its own id, headline and headline block.
      const back = op.headline.length === 0 && first.mergedFrom && !issue.articles.some((a) => a.id === first.mergedFrom?.articleId) ? first.mergedFrom : null
      if (parts.length === 0) {
        parts = back ? back.headline : [first.text]
        rest = rest.slice(1)
      }
      source.blocks = source.blocks.slice(0, at)
      const created: Article = back
        ? { id: back.articleId, pages: [...source.pages], headline: parts, headlineBlockId: back.headlineBlockId, blocks: rest, confidence: 1, reviewed: false }
        : {
            id: `${op.atBlockId}~a`,
            pages: [...source.pages],
            headline: parts,
            headlineBlockId: null,
            blocks: rest,
            confidence: 1,
            reviewed: false,
            splitFrom: { block: op.headline.length === 0 ? first : null },
          }
      issue.articles.splice(issue.articles.indexOf(source) + 1, 0, created)
      return created
    }
    case 'merge-articles': {
      const from = article(issue, op.articleId)
      const into = article(issue, op.intoId)
      if (from === into) throw new OpMisfit('an article cannot be merged into itself')
      const heading = op.headlineAs === 'drop' ? [] : headingOf(from, op.headlineAs)
      into.blocks.push(...heading, ...from.blocks)
      addPages(into, from.pages)
      issue.articles = issue.articles.filter((candidate) => candidate !== from)
      return into
    }
    case 'move-blocks': {
      const to = article(issue, op.toArticleId)
      const ids = new Set(op.blockIds)
      const moved = removeBlocks(issue, ids)
      to.blocks.push(...op.blockIds.map((id) => moved.find((block) => block.id === id)!).filter(Boolean))
      return to
    }
    case 'split-off-subhead': {
      const found = find(issue, op.blockId)
      if (!found) throw new OpMisfit(`block ${op.blockId} is gone`)
      const block = found.article.blocks[found.index]
      const text = block.text.slice(0, op.at).trimEnd()
      const subhead = block.text.slice(op.at).trim()
      if (text === '' || subhead === '') throw new OpMisfit(`block ${op.blockId} has no text on both sides of ${op.at}`)
      // One source range is cut where the subhead starts; several (a joined paragraph) stay whole.
      const [range] = block.source
      const one = block.source.length === 1 && range.end - range.start === block.text.length
      const left = one ? [{ ...range, end: range.start + op.at }] : block.source
      const right = one ? [{ ...range, start: range.start + op.at }] : block.source
      found.article.blocks.splice(
        found.index,
        1,
        rehash({ ...block, text, source: left }),
        rehash({ id: `${block.id}~s`, type: 'subhead', text: subhead, hash: '', source: right }),
      )
      return found.article
    }
    case 'edit-text': {
      const found = find(issue, op.blockId)
      if (!found) throw new OpMisfit(`block ${op.blockId} is gone`)
      const block = found.article.blocks[found.index]
      const edited = rehash({ ...block, text: op.text })
      // A caption's words and credit are read from its text again: the export prints them.
      if (edited.type === 'caption') edited.caption = captionOf(op.text) ?? { text: op.text.trim(), credit: '' }
      found.article.blocks[found.index] = edited
      return
    }
    case 'set-headline': {
      const target = article(issue, op.articleId)
      checkSeenHeadline(target, op.seen)
      target.headline = op.parts.filter((part) => part.trim() !== '')
      return
    }
    case 'split-paragraph': {
      const found = find(issue, op.blockId)
      if (!found) throw new OpMisfit(`block ${op.blockId} is gone`)
      const block = found.article.blocks[found.index]
      if (block.type !== 'paragraph' && block.type !== 'subhead') throw new OpMisfit(`block ${op.blockId} is no paragraph`)
      const chars = Array.from(block.text)
      const left = chars.slice(0, op.at).join('').trimEnd()
      const right = chars.slice(op.at).join('').trimStart()
      if (left === '' || right === '') throw new OpMisfit(`splitting block ${op.blockId} there leaves an empty paragraph`)
      // The second piece keeps the source lines (it came from them) but not a dateline byline, which opens the first.
      const { byline: _byline, ...rest } = block
      found.article.blocks.splice(found.index, 1, rehash({ ...block, text: left }), rehash({ ...rest, id: `${block.id}~p${op.at}`, text: right }))
      return found.article
    }
    case 'delete-article': {
      const gone = article(issue, op.articleId)
      if (gone.blocks.length > 0) throw new OpMisfit(`article ${op.articleId} has text again; delete its blocks instead`)
      issue.articles = issue.articles.filter((candidate) => candidate !== gone)
      return
    }
    case 'set-block-type': {
      const found = find(issue, op.blockId)
      if (!found) throw new OpMisfit(`block ${op.blockId} is gone`)
      const block = found.article.blocks[found.index]
      if (!RETYPABLE.has(block.type)) throw new OpMisfit(`block ${op.blockId} is a ${block.type} line, which keeps its type`)
      const { caption: _caption, ...rest } = block
      const retyped: Block = rehash({ ...rest, type: op.type })
      if (op.type === 'caption') retyped.caption = captionOf(block.text) ?? { text: block.text.trim(), credit: '' }
      found.article.blocks[found.index] = retyped
      return
    }
    case 'set-byline': {
      const target = article(issue, op.articleId)
      checkSeenByline(target, op.seen)
      const parsed = bylineLine(op.text) ?? { text: op.text, reporters: [], correspondents: [] }
      const index = target.blocks.findIndex((block) => block.type === 'byline')
      const block = rehash({ id: index >= 0 ? target.blocks[index].id : `${target.id}~b`, type: 'byline', text: op.text, hash: '', source: index >= 0 ? target.blocks[index].source : [], byline: parsed })
      if (index >= 0) target.blocks[index] = block
      else target.blocks.unshift(block)
      return target
    }
    case 'attach-caption': {
      const to = article(issue, op.articleId)
      const moved = removeBlocks(issue, new Set([op.blockId]))
      to.blocks.push(...moved)
      return to
    }
    case 'dismiss-finding':
      state.dismissed.add(op.findingId)
      return
    case 'mark-reviewed': {
      const target = article(issue, op.articleId)
      checkSeenHeadline(target, op.seen)
      target.reviewed = op.reviewed
      return
    }
    default: {
      const unknown: never = op
      throw new GalleyError('unknown-op', `Unknown op ${JSON.stringify(unknown)}`)
    }
  }
}

/** A copy that ops may change: articles and their arrays are copied; blocks and pages are shared,
 * since ops replace a block (a new object) and never change one in place. Much cheaper than a
 * deep clone, which cost more than the detectors on a large issue. */
export function editableCopy(issue: Issue): Issue {
  return {
    ...issue,
    pages: [...issue.pages],
    articles: issue.articles.map((a) => ({ ...a, pages: [...a.pages], headline: [...a.headline], blocks: [...a.blocks] })),
  }
}

/** Tries one op on a copy; returns the new state, or the reason it does not fit. */
export function tryOp(state: EditState, op: Op): EditState | string {
  const next: EditState = { issue: editableCopy(state.issue), dismissed: new Set(state.dismissed) }
  try {
    applyOp(next, op)
    return next
  } catch (error) {
    if (error instanceof OpMisfit) return error.message
    throw error
  }
}

/**
 * Applies all of `ops` (one finding's fix) or, when one does not fit, none of them: the state is
 * then as it was. Applied one by one, a fix whose later op misfits was left half made (a
 * paragraph deleted, its text never put where the fix meant it to go).
 */
export function applyWhole(state: EditState, ops: readonly Op[]): boolean {
  // An op that misfits has changed nothing (apply relies on it too), so a fix of one op needs no
  // copy to try it on: accept-all on a large issue takes thousands, and each copy costs the issue.
  const trial: EditState = ops.length === 1 ? state : { issue: editableCopy(state.issue), dismissed: new Set(state.dismissed) }
  try {
    for (const op of ops) applyOp(trial, op)
  } catch (error) {
    if (error instanceof OpMisfit) return false
    throw error
  }
  state.issue = trial.issue
  state.dismissed = trial.dismissed
  return true
}

export function apply(issue: Issue, ops: readonly Op[]): Applied {
  const state: EditState = { issue: editableCopy(issue), dismissed: new Set() }
  const conflicts: Conflict[] = []
  ops.forEach((op, index) => {
    // Ops are applied in place on the working copy; a misfit is detected before any change.
    try {
      applyOp(state, op)
    } catch (error) {
      if (error instanceof OpMisfit) conflicts.push({ index, op, reason: error.message })
      else throw error
    }
  })
  return { issue: state.issue, conflicts, dismissed: [...state.dismissed] }
}
