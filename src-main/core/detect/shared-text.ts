// Chinese jump heads and tails: a tail printed with no headline of its own (only its marker, or
// nothing above it) says whose it is by its text alone. A story's names and terms (白鹤, 湿地, 电梯)
// run through both its parts, so the character pairs a tail shares with one head and with none of
// the rival heads and tails tell which head it continues.

import type { Article, Block } from '../model'

/** CJK Unified Ideographs, the characters of running Chinese text (a code-unit test: this runs
 * over whole parts of stories). */
const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff

/** Characters read of each part, from its jump line on. */
const PART_CHARS = 600

/** The most a head and a tail's shared text adds to their pair's score. */
export const TEXT_SHARED_MAX = 1.5

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
    let read = 0
    for (const block of blocks) {
      // The part ends at the next jump line: another story's head or tail. The text nearest the
      // jump is enough to tell whose it is.
      if (block.type === 'jump' || read >= PART_CHARS) break
      if (block.type !== 'paragraph') continue
      const text = block.text
      let han = false
      for (let i = 0; i + 1 < text.length; i++) {
        if (isHan(text.charCodeAt(i)) && isHan(text.charCodeAt(i + 1))) {
          pairs.add(text.slice(i, i + 2))
          han = true
        }
      }
      // An English part's words (`hospital`, `growers`) say as much, where no ideograph does.
      if (!han) for (const word of text.toLowerCase().match(WORD) ?? []) if (!FUNCTION_WORDS.has(word)) pairs.add(word.replace(/(?<=[a-z]{4})(?:es|s)$/u, ''))
      read += text.length
    }
    pairsOf.set(jump, pairs)
  }
  return pairs
}

/** A word of English running text long enough to name something (`crop`, `hospital`). */
const WORD = /[a-z][a-z'’-]{3,}/gu
/** Words every story prints, which tell no part from another. */
const FUNCTION_WORDS = new Set(
  'that this with from have were been will would could should their there they them then than when what which while where whose about after before also into over under more most some such other only just very much many even still back said says told year years last first week today yesterday'.split(' '),
)

/** A score bonus for the character pairs a head and a tail share that no rival part prints: 0.1
 * a pair up to 1.25, and up to 0.25 more for the share of the shorter part's pairs they are, so a
 * short part that shares most of what it prints outweighs a long one that shares as many by the
 * length of both (two heads jumping to one page, each sharing a dozen pairs with each tail). At
 * most 1.5. An English part's pairs are its words. */
export function textShared(head: Part, tail: Part, rivals: readonly Part[]): number {
  const a = partPairs(head)
  const b = partPairs(tail)
  const others = rivals.map(partPairs)
  let shared = 0
  for (const pair of b) if (a.has(pair) && !others.some((other) => other.has(pair))) shared++
  if (shared === 0) return 0
  return Math.min(TEXT_SHARED_MAX - OVERLAP_MAX, shared * 0.1) + (OVERLAP_MAX * shared) / Math.min(a.size, b.size)
}

/** The part of the bonus that the shared pairs' share of the shorter part gives. */
const OVERLAP_MAX = 0.25
