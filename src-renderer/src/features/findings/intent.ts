// What accepting the current finding means, given the editor's choices: the proposed fix, a chosen
// candidate, hand-built ops (keep the right-hand copy), or a dismissal (keep both copies).
import type { Article, Finding, Op } from '../../../../src-main/core/model'
import type { Side } from '../workspace/reviewReducer'
import { duplicateCopies, editTextOp, indexBlocks, keepRightOps } from './evidence'

export type Intent =
  /** A candidate is sent with the article it names, so a list changed meanwhile is refused, not read by place. */
  | { type: 'accept'; findingId: string; candidateIndex?: number; candidateArticleId?: string }
  | { type: 'dismiss'; findingId: string }
  | { type: 'ops'; ops: Op[] }
  | { type: 'none' }

export interface Choices {
  side: Side
  candidateIndex: number
}

export function acceptIntent(finding: Finding, choices: Choices, articles: readonly Article[]): Intent {
  switch (finding.kind) {
    case 'duplicate-passage':
      return keepIntent(finding, choices.side, articles)
    case 'continuation':
    case 'unresolved-jump':
    case 'orphan-caption': {
      const count = finding.candidates?.length ?? 0
      if (count > 0) return candidateIntent(finding, Math.min(choices.candidateIndex, count - 1))
      return finding.fix.length > 0 ? { type: 'accept', findingId: finding.id } : { type: 'none' }
    }
    default:
      return finding.fix.length > 0 ? { type: 'accept', findingId: finding.id } : { type: 'none' }
  }
}

export function keepIntent(finding: Finding, side: Side, articles: readonly Article[]): Intent {
  if (side === 'both') return { type: 'dismiss', findingId: finding.id }
  if (side === 'left') return { type: 'accept', findingId: finding.id }
  // The core offers keeping the right-hand copy as a ranked alternative: accept it as such.
  const right = finding.candidates?.findIndex((c) => c.label === 'keep-right') ?? -1
  if (right >= 0) return candidateIntent(finding, right)
  const ops = keepRightOps(duplicateCopies(finding, indexBlocks(articles)))
  return ops.length > 0 ? { type: 'ops', ops } : { type: 'none' }
}

function candidateIntent(finding: Finding, index: number): Intent {
  const articleId = finding.candidates?.[index]?.articleId
  return { type: 'accept', findingId: finding.id, candidateIndex: index, ...(articleId !== undefined ? { candidateArticleId: articleId } : {}) }
}

/**
 * Editing the kept copy: first keep it (drop the other copy), then one edit-text op per paragraph
 * that changed. Paragraphs are separated by blank lines in the edited text.
 */
export function editKeptOps(finding: Finding, side: 'left' | 'right', text: string, articles: readonly Article[]): Op[] {
  const copies = duplicateCopies(finding, indexBlocks(articles))
  const kept = side === 'left' ? copies.left : copies.right
  const other = side === 'left' ? copies.right : copies.left
  const ops: Op[] = []
  if (other.length > 0) ops.push(...(side === 'left' ? finding.fix : keepRightOps(copies)))
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim())
  kept.forEach((block, i) => {
    const isLast = i === kept.length - 1
    const next = isLast ? paragraphs.slice(i).join('\n\n') : (paragraphs[i] ?? '')
    if (next !== block.text) ops.push(editTextOp(block, next))
  })
  return ops
}
