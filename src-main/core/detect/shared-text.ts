// Chinese jump heads and tails: a tail printed with no headline of its own (only its marker, or
// nothing above it) says whose it is by its text alone. A story's names and terms (白鹤, 湿地, 电梯)
// run through both its parts, so the character pairs a tail shares with one head and with none of
// the rival heads and tails tell which head it continues.

import type { Article } from '../model'

const HAN = /^\p{Script=Han}$/u

// Per article of the issue being scanned (a WeakMap: no article is kept alive by it).
const pairsOf = new WeakMap<Article, Set<string>>()

/** The pairs of Han characters in an article's paragraphs, read once per article. */
function bodyPairs(article: Article): Set<string> {
  let pairs = pairsOf.get(article)
  if (pairs === undefined) {
    pairs = new Set()
    for (const block of article.blocks) {
      if (block.type !== 'paragraph') continue
      const chars = Array.from(block.text)
      for (let i = 0; i + 1 < chars.length; i++) if (HAN.test(chars[i]) && HAN.test(chars[i + 1])) pairs.add(chars[i] + chars[i + 1])
    }
    pairsOf.set(article, pairs)
  }
  return pairs
}

/** A score bonus for the character pairs `head` and `tail` share that no rival prints: 0.1 a
 * pair, at most 1.5. Nothing for English text, which has no Han pairs. */
export function textShared(head: Article, tail: Article, rivals: readonly Article[]): number {
  const a = bodyPairs(head)
  const b = bodyPairs(tail)
  const others = rivals.map(bodyPairs)
  let shared = 0
  for (const pair of b) if (a.has(pair) && !others.some((other) => other.has(pair))) shared++
  return Math.min(1.5, shared * 0.1)
}
