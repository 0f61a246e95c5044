// Pure helpers that turn a finding's block ids into the text a finding view shows, and build the
// ops for the editor's own choices (keep the right-hand copy, edit a kept copy).
import type { Article, Block, Expect, Finding, Op } from '../../../../src-main/core/model'

export interface Located {
  block: Block
  article: Article
}

export type BlockIndex = Map<string, Located>

// One index per articles list: each finding's panel (remounted per finding) and each accept's
// intent ask for it, and the list is the same object until an edit changes an article.
const indexes = new WeakMap<readonly Article[], BlockIndex>()

/** Every block by id, with its article; read-only (shared by everyone asking for the same list). */
export function indexBlocks(articles: readonly Article[]): BlockIndex {
  const known = indexes.get(articles)
  if (known) return known
  const index: BlockIndex = new Map()
  for (const article of articles) {
    for (const block of article.blocks) index.set(block.id, { block, article })
  }
  indexes.set(articles, index)
  return index
}

export function expectOf(blocks: readonly Block[]): Expect {
  const expect: Expect = {}
  for (const block of blocks) expect[block.id] = block.hash
  return expect
}

function blocksOf(ids: readonly string[], index: BlockIndex): Block[] {
  return ids.map((id) => index.get(id)?.block).filter((b): b is Block => b !== undefined)
}

/** Splits a string into code points, so a surrogate pair (rare CJK) is never cut in half. */
export function codePoints(text: string): string[] {
  return Array.from(text)
}

export interface BreakParts {
  first: string
  second: string
  /** The character printed twice at the break, if the fix drops it. */
  doubled: string | null
}

export function paragraphBreakParts(finding: Finding, index: BlockIndex): BreakParts | null {
  const [first, second] = blocksOf(finding.blockIds.slice(0, 2), index)
  if (!first || !second) return null
  const join = finding.fix.find((op) => op.kind === 'join-paragraphs')
  const drops = join ? join.dropDoubled : Boolean(finding.doubled)
  const doubled = drops && finding.doubled && second.text.startsWith(finding.doubled) ? finding.doubled : null
  return { first: first.text, second: second.text, doubled }
}

export interface Copies {
  left: Block[]
  right: Block[]
}

/** The kept copy is on the left, the copy the proposed fix deletes on the right. */
export function duplicateCopies(finding: Finding, index: BlockIndex): Copies {
  const deleted = new Set(finding.fix.flatMap((op) => (op.kind === 'delete-blocks' ? op.blockIds : [])))
  let leftIds = finding.blockIds.filter((id) => !deleted.has(id))
  let rightIds = finding.blockIds.filter((id) => deleted.has(id))
  if (deleted.size === 0) {
    const half = Math.ceil(finding.blockIds.length / 2)
    leftIds = finding.blockIds.slice(0, half)
    rightIds = finding.blockIds.slice(half)
  }
  return { left: blocksOf(leftIds, index), right: blocksOf(rightIds, index) }
}

/** Keeping the right-hand copy deletes the left-hand one. */
export function keepRightOps(copies: Copies): Op[] {
  if (copies.left.length === 0) return []
  return [{ kind: 'delete-blocks', blockIds: copies.left.map((b) => b.id), expect: expectOf(copies.left) }]
}

export function editTextOp(block: Block, text: string): Op {
  return { kind: 'edit-text', blockId: block.id, text, expect: expectOf([block]) }
}

export interface JumpEnds {
  head: Article | null
  tail: Article | null
  headEnd: Block[]
  tailStart: Block[]
}

const SHOWN = 3

/** The end of the head article (with its jump line) and the start of the chosen tail. */
export function continuationEnds(finding: Finding, articles: readonly Article[], candidateIndex: number): JumpEnds {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const candidate = finding.candidates?.[candidateIndex]
  const merge = (candidate?.fix ?? finding.fix).find((op) => op.kind === 'merge-continuation')
  const head = byId.get(merge?.headId ?? finding.articleIds[0] ?? '') ?? null
  const tail = byId.get(candidate?.articleId ?? merge?.tailId ?? finding.articleIds[1] ?? '') ?? null
  return {
    head,
    tail,
    headEnd: head ? head.blocks.slice(-SHOWN) : [],
    tailStart: tail ? tail.blocks.slice(0, SHOWN) : [],
  }
}

export function findingsByArticle(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const finding of findings) {
    for (const id of finding.articleIds) {
      const list = map.get(id) ?? []
      list.push(finding)
      map.set(id, list)
    }
  }
  return map
}
