// Lexical cohesion across a place a story may start (TextTiling, Hearst 1997): the sections of one
// story go on naming what it is about, a new story names other things. On a Chinese page the
// words are read as pairs of ideographs (no word breaks to split on), each weighed by how rare it
// is on the page, so the page's common words (a weather paper's 气象, 台风) say nothing.

/** How many ideographs on each side are compared: a paragraph or two. */
export const COHESION_SPAN = 150
/** Pieces of the page the pairs' rarity is counted over. */
const PIECE = 100

function ideographs(text: string): string {
  return text.replace(/[^\p{Script=Han}]/gu, '')
}

function pairsOf(han: string): Set<string> {
  const pairs = new Set<string>()
  const chars = Array.from(han)
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i] + chars[i + 1])
  return pairs
}

export class PageVocabulary {
  private readonly pieces: number
  private readonly seen = new Map<string, number>()

  constructor(text: string) {
    const han = Array.from(ideographs(text))
    let pieces = 0
    for (let i = 0; i < han.length; i += PIECE) {
      pieces++
      for (const pair of pairsOf(han.slice(i, i + PIECE + 1).join(''))) this.seen.set(pair, (this.seen.get(pair) ?? 0) + 1)
    }
    this.pieces = Math.max(1, pieces)
  }

  /** The share of the text after's weight (its pairs, the rarer the heavier) that the text before
   * holds too: 0 when the two name nothing in common, null when either is too short to tell. */
  sharedAcross(before: string, after: string, heading = ''): number | null {
    const above = Array.from(ideographs(before)).slice(-COHESION_SPAN).join('')
    const below = Array.from(ideographs(after)).slice(0, COHESION_SPAN).join('')
    if (above.length < COHESION_SPAN / 2 || below.length < COHESION_SPAN / 2) return null
    const held = pairsOf(above)
    for (const pair of pairsOf(ideographs(heading))) held.add(pair)
    let shared = 0
    let total = 0
    for (const pair of pairsOf(below)) {
      const weight = Math.log(this.pieces / (this.seen.get(pair) ?? 1))
      total += weight
      if (held.has(pair)) shared += weight
    }
    return total > 0 ? shared / total : null
  }
}
