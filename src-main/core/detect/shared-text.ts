// Chinese jump heads and tails: a tail printed with no headline of its own (only its marker, or
// nothing above it) says whose it is by its text alone. A story's names and terms (白鹤, 湿地, 电梯)
// run through both its parts, so the character pairs a tail shares with one head and with none of
// the rival heads and tails tell which head it continues.

import type { Article, Block } from '../model'

const HAN = /^\p{Script=Han}$/u

/** One part of a jumped story: the head's text above its jump-out line, or the tail's below its
 * jump-in line (a tail with no headline sits inside whatever article precedes it on its page). */
export interface Part {
  article: Article
  jump: Block
}

// Per jump line of the issue being scanned (a WeakMap: no block is kept alive by it).
const pairsOf = new WeakMap<Block, Set<string>>()

function partPairs({ article, jump }: Part): Set<string> {
  let pairs = pairsOf.get(jump)
  if (pairs === undefined) {
    pairs = new Set()
    const at = article.blocks.indexOf(jump)
    const blocks = jump.jump?.direction === 'out' ? article.blocks.slice(0, at).reverse() : article.blocks.slice(at + 1)
    for (const block of blocks) {
      // The part ends at the next jump line: another story's head or tail.
      if (block.type === 'jump') break
      if (block.type !== 'paragraph') continue
      const chars = Array.from(block.text)
      for (let i = 0; i + 1 < chars.length; i++) if (HAN.test(chars[i]) && HAN.test(chars[i + 1])) pairs.add(chars[i] + chars[i + 1])
    }
    pairsOf.set(jump, pairs)
  }
  return pairs
}

/** A score bonus for the character pairs a head and a tail share that no rival part prints: 0.1
 * a pair, at most 1.5. Nothing for English text, which has no Han pairs. */
export function textShared(head: Part, tail: Part, rivals: readonly Part[]): number {
  const a = partPairs(head)
  const others = rivals.map(partPairs)
  let shared = 0
  for (const pair of partPairs(tail)) if (a.has(pair) && !others.some((other) => other.has(pair))) shared++
  return Math.min(1.5, shared * 0.1)
}
