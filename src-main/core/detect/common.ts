// Helpers every detector shares: finding ids, op expectations, walking an issue's blocks.

import type { Article, Block, Expect, Issue } from '../model'
import { ContentCache } from '../cache'
import { contentHash } from '../hash'
import { comparable, headChars, tailChars } from '../parse/text'

export function findingId(kind: string, blockIds: string[]): string {
  return `${kind}:${contentHash(blockIds.join(','))}`
}

export function expectOf(...blocks: Block[]): Expect {
  const expect: Expect = {}
  for (const block of blocks) expect[block.id] = block.hash
  return expect
}

export interface Located {
  block: Block
  article: Article
  articleIndex: number
  blockIndex: number
  /** Position in the issue's reading order (the index in locateBlocks' list). */
  index: number
}

/** Every block of the issue in reading order, with where it sits. */
export function locateBlocks(issue: Issue): Located[] {
  const out: Located[] = []
  issue.articles.forEach((article, articleIndex) => {
    article.blocks.forEach((block, blockIndex) => out.push({ block, article, articleIndex, blockIndex, index: out.length }))
  })
  return out
}

export function articleTitle(article: Article): string {
  if (article.headline.length > 0) return article.headline.join(' ')
  const first = article.blocks.find((block) => block.type === 'paragraph')
  return first ? `${headChars(first.text, 16)}…` : article.id
}

export function excerpt(text: string, n = 14, fromEnd = false): string {
  const part = fromEnd ? tailChars(text, n) : headChars(text, n)
  if (part.length === text.length) return text
  return fromEnd ? `…${part}` : `${part}…`
}

/** What the detectors derive from a block's text, kept by its content hash (one lookup serves
 * them all): its comparable form's length, and the duplicate detector's fingerprints. */
export interface Derived {
  length: number
  prints: Int32Array | undefined
}

const derived = new ContentCache<Derived>(200_000)

/** `printsOf`: the duplicate detector's fingerprinting, run on the comparable text while it is at hand. */
export function derivedOf(block: Block, printsOf?: (text: string, norm: string) => Int32Array): Derived {
  const entry = derived.get(block.hash, () => {
    const norm = normalisedText(block)
    return { length: norm.length, prints: printsOf?.(block.text, norm) }
  })
  if (printsOf && entry.prints === undefined) entry.prints = printsOf(block.text, normalisedText(block))
  return entry
}

/** Comparable forms are kept up to a budget of UTF-16 units (an issue of a hundred pages is
 * 0.4 million), emptied when full: kept for every block of a 50 MB page, they were 31 MB of live
 * heap, and V8 grows its heap in step with what stays live, so about 95 MB of its peak memory. */
const NORM_BUDGET = 4_000_000
const norms = new ContentCache<string>(NORM_BUDGET, (norm) => norm.length + 1)

/** The block's text in comparable form (letters and digits, folded), kept by content hash. */
export function normalisedText(block: Block): string {
  return norms.get(block.hash, () => comparable(block.text))
}
