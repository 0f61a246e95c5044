// orphan-caption: a photo caption that sits away from its photo's article (after the last story,
// under a jump line, stored as an article of its own). It belongs to the article whose words it
// shares most: character bigrams for Chinese, words for English.

import type { Article, Block, Candidate, Finding, Issue, Op } from '../model'
import { ContentCache } from '../cache'
import { IntTable } from './int-table'
import { comparable, hasCjk } from '../parse/text'
import { articleTitle, excerpt, expectOf, findingId, normalisedText } from './common'

export function grams(text: string): Set<string> {
  const out = new Set<string>()
  if (hasCjk(text)) {
    // Bigrams of UTF-16 units: captions and articles are cut the same way, and no array of
    // characters is built for a whole article.
    const norm = comparable(text)
    for (let i = 0; i + 1 < norm.length; i++) out.add(norm.slice(i, i + 2))
  } else {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 3) out.add(word)
  }
  return out
}

/** Two UTF-16 units as one 32-bit key (never 0: normalised text holds no NUL). */
const pairKey = (a: number, b: number): number => (a << 16) | b
/** Two UTF-16 units folded into 16 bits. */
const fold = (a: number, b: number): number => (Math.imul(a, 31) + b) & 0xffff

/** A caption's best articles (by the share of its words each holds), and its own article's share. */
interface Affinity {
  ranked: { article: number; score: number }[]
  own: number
}

/** How many best articles each caption keeps: the finding's target and up to five candidates. */
const RANKED = 6

/** For each caption, the share of its words found in each article (headline and body, never the
 * article's own captions): its best few and its own article's. One streaming pass over every
 * article's normalised text, looking up only the captions' words: no word set is built per
 * article, and no caption × article table (on a very large page, that was most of the memory). */
function affinities(captions: Set<string>[], articles: Article[], ownOf: number[]): Affinity[] {
  // Every caption word gets a dense index; holders[index] lists the captions that have it.
  const indexOf = new Map<string, number>()
  const holders: number[][] = []
  captions.forEach((words, c) => {
    for (const gram of words) {
      let index = indexOf.get(gram)
      if (index === undefined) {
        index = holders.length
        indexOf.set(gram, index)
        holders.push([])
      }
      holders[index].push(c)
    }
  })
  // The captions' bigrams by pair key → their index: the scan never builds a string.
  const pairs = new IntTable(indexOf.size)
  // A 16-bit fold of each bigram: most positions of an article are rejected by one byte read.
  const flagged = FLAGGED
  for (const [gram, index] of indexOf) {
    if (gram.length !== 2) continue
    pairs.set(pairKey(gram.charCodeAt(0), gram.charCodeAt(1)), index)
    flagged[fold(gram.charCodeAt(0), gram.charCodeAt(1))] = 1
  }
  // The same captions as the last detection (an accept re-detecting its issue): each block's hits
  // are kept and reused. Other captions (another issue): plain scans, nothing kept.
  const signature = [...indexOf.keys()].join('\u0001')
  const reuse = signature === hitsFor
  if (!reuse) {
    blockHits.clear()
    hitsFor = signature
  }
  const result: Affinity[] = captions.map(() => ({ ranked: [], own: 0 }))
  // Module-level helpers, no closures per article: this loop runs over every article of an issue.
  const tally: Tally = { holders, counts: new Float64Array(captions.length), touched: new Int32Array(captions.length), touchedCount: 0, countedIn: new Int32Array(holders.length), article: 0 }
  articles.forEach((article, a) => {
    tally.article = a
    const headline = article.headline.join(' ')
    const body = article.blocks.filter((block) => block.type !== 'caption')
    if (hasCjk(headline) || body.some((block) => hasCjk(block.text))) {
      // Bigrams run across block boundaries, as in the article's text read straight through; a
      // block's own bigrams are found once per set of captions and kept by its content hash.
      let last = -1
      const head = comparable(headline)
      for (let k = -1; k < body.length; k++) {
        const norm = k < 0 ? head : normalisedText(body[k])
        if (norm.length === 0) continue
        if (last >= 0 && flagged[fold(last, norm.charCodeAt(0))] === 1) count(tally, pairs.get(pairKey(last, norm.charCodeAt(0))))
        if (k >= 0 && reuse) for (const index of blockHits.get(body[k].hash, () => scanPairs(norm, flagged, pairs))) count(tally, index)
        else countPairs(norm, flagged, pairs, tally)
        last = norm.charCodeAt(norm.length - 1)
      }
    } else {
      for (const text of [headline, ...body.map((block) => block.text)]) {
        for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 3) count(tally, indexOf.get(word) ?? -1)
      }
    }
    for (let t = 0; t < tally.touchedCount; t++) {
      const c = tally.touched[t]
      const size = captions[c].size
      const score = size === 0 ? 0 : tally.counts[c] / size
      tally.counts[c] = 0
      if (ownOf[c] === a) result[c].own = score
      rank(result[c].ranked, a, score)
    }
    tally.touchedCount = 0
  })
  // Cleared for the next call (a flag left set would only cost a lookup: pairs decides).
  for (const gram of indexOf.keys()) if (gram.length === 2) flagged[fold(gram.charCodeAt(0), gram.charCodeAt(1))] = 0
  return result
}

/** affinities' bigram folds: one table set and cleared by each call, not 64 KB allocated per issue. */
const FLAGGED = new Uint8Array(1 << 16)

interface Tally {
  holders: number[][]
  /** Words of each caption found in the current article; the first `touchedCount` of `touched`
   * list the captions counted (an array per caption count, not a list emptied after each article:
   * emptying let go of its store, and regrowing it for every article was most of what this
   * detector allocated on a very large page). */
  counts: Float64Array
  touched: Int32Array
  touchedCount: number
  /** The article (+ 1) that last counted each word: a word counts once per article. */
  countedIn: Int32Array
  article: number
}

function count(tally: Tally, index: number): void {
  if (index < 0 || tally.countedIn[index] === tally.article + 1) return
  tally.countedIn[index] = tally.article + 1
  for (const c of tally.holders[index]) {
    if (tally.counts[c] === 0) tally.touched[tally.touchedCount++] = c
    tally.counts[c]++
  }
}

/** The caption bigrams (their indices) in a normalised text, each position once. */
function scanPairs(norm: string, flagged: Uint8Array, pairs: IntTable): number[] {
  const found: number[] = []
  for (let i = 1; i < norm.length; i++) {
    const prev = norm.charCodeAt(i - 1)
    const unit = norm.charCodeAt(i)
    if (flagged[fold(prev, unit)] === 1) {
      const index = pairs.get(pairKey(prev, unit))
      if (index >= 0) found.push(index)
    }
  }
  return found
}

/** scanPairs' hits counted as they are found: a list of them per block, kept by no one, was most
 * of what this detector allocated on a very large page (240 MB for a 50 MB one). */
function countPairs(norm: string, flagged: Uint8Array, pairs: IntTable, tally: Tally): void {
  for (let i = 1; i < norm.length; i++) {
    const prev = norm.charCodeAt(i - 1)
    const unit = norm.charCodeAt(i)
    if (flagged[fold(prev, unit)] === 1) {
      const index = pairs.get(pairKey(prev, unit))
      if (index >= 0) count(tally, index)
    }
  }
}

// Which caption bigrams each block holds, for the captions of the last detection (an accept
// rarely changes them): kept by block content hash, emptied when the captions change.
const blockHits = new ContentCache<readonly number[]>(200_000)
let hitsFor = ''

/** Keeps the RANKED highest positive scores, highest first; articles come in issue order, so a
 * tie keeps the earlier one first. A caption needs its best few articles, never all of them. */
function rank(best: { article: number; score: number }[], article: number, score: number): void {
  if (score <= 0 || (best.length === RANKED && score <= best[RANKED - 1].score)) return
  let at = best.length
  while (at > 0 && best[at - 1].score < score) at--
  best.splice(at, 0, { article, score })
  if (best.length > RANKED) best.pop()
}

/** The caption sits where no photo of its article would: after a jump line, or as a story of its own. */
function isAway(article: Article, index: number): boolean {
  const before = article.blocks.slice(0, index)
  const body = article.blocks.filter((block) => block.type === 'paragraph')
  return before.some((block) => block.type === 'jump' && block.jump?.direction === 'out') || body.length === 0
}

export function detectOrphanCaptions(issue: Issue): Finding[] {
  const findings: Finding[] = []
  if (!issue.articles.some((article) => article.blocks.some((block) => block.type === 'caption'))) return findings
  // A loop, not a flatMap over every block: that built an empty array for each block that is no caption.
  const located: { article: Article; block: Block; caption: NonNullable<Block['caption']>; index: number }[] = []
  for (const article of issue.articles) {
    article.blocks.forEach((block, index) => {
      if (block.type === 'caption' && block.caption) located.push({ article, block, caption: block.caption, index })
    })
  }
  const indexOf = new Map(issue.articles.map((article, a) => [article, a]))
  const scores = affinities(
    located.map(({ block, caption }) => grams(caption.text || block.text)),
    issue.articles,
    located.map(({ article }) => indexOf.get(article) ?? -1),
  )
  located.forEach(({ article, block, caption, index }, c) => {
    const ranked = scores[c].ranked.map((entry) => ({ article: issue.articles[entry.article], score: entry.score }))
    const own = scores[c].own
    const best = ranked[0]
    if (!best || best.article === article || best.score < 0.25) return
    if (!isAway(article, index) && best.score < own * 1.5 + 0.1) return
    // A caption that stands as an article of its own, with no headline, takes that article with it:
    // an empty one is nothing to review or export.
    const alone: Op[] = article.headline.length === 0 && article.blocks.length === 1 ? [{ kind: 'delete-article', articleId: article.id, expect: {} }] : []
    const candidates: Candidate[] = ranked.filter((entry) => entry.article !== article).slice(0, 5).map((entry) => ({
      articleId: entry.article.id,
      score: Math.round(entry.score * 100) / 100,
      label: articleTitle(entry.article),
      fix: [{ kind: 'attach-caption', blockId: block.id, articleId: entry.article.id, expect: expectOf(block) }, ...alone],
    }))
    findings.push({
      id: findingId('orphan-caption', [block.id]),
      kind: 'orphan-caption',
      articleIds: [article.id, best.article.id],
      blockIds: [block.id],
      message: `Caption “${excerpt(caption.text, 16)}” sits under “${articleTitle(article)}” but describes “${articleTitle(best.article)}”`,
      params: { caption: excerpt(caption.text, 16), from: articleTitle(article), to: articleTitle(best.article) },
      confidence: Math.min(1, best.score + 0.2),
      fix: candidates[0].fix,
      candidates,
    })
  })
  return findings
}
