// orphan-caption: a photo caption that sits away from its photo's article (after the last story,
// under a jump line, stored as an article of its own). It belongs to the article whose words it
// shares most: character bigrams for Chinese, words for English.

import type { Article, Candidate, Finding, Issue } from '../model'
import { comparable, hasCjk } from '../parse/text'
import { articleTitle, excerpt, expectOf, findingId, normalisedText } from './common'

function grams(text: string): Set<string> {
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

/** Bigram prefilter slot: two UTF-16 units folded into 16 bits. */
const slot = (a: number, b: number): number => (Math.imul(a, 31) + b) & 0xffff

/** For each caption, the share of its words found in each article (headline and body, never the
 * article's own captions). One streaming pass over every article's normalised text, looking up
 * only the captions' words: no word set is built per article. */
function affinities(captions: Set<string>[], articles: Article[]): Float64Array[] {
  const holders = new Map<string, number[]>()
  const flagged = new Uint8Array(1 << 16)
  captions.forEach((words, c) => {
    for (const gram of words) {
      const list = holders.get(gram)
      if (list) list.push(c)
      else holders.set(gram, [c])
      if (gram.length === 2) flagged[slot(gram.charCodeAt(0), gram.charCodeAt(1))] = 1
    }
  })
  const scores = captions.map(() => new Float64Array(articles.length))
  const lastSeen = new Map<string, number>()
  articles.forEach((article, a) => {
    const count = (gram: string): void => {
      const list = holders.get(gram)
      if (!list || lastSeen.get(gram) === a) return
      lastSeen.set(gram, a)
      for (const c of list) scores[c][a]++
    }
    const headline = article.headline.join(' ')
    const body = article.blocks.filter((block) => block.type !== 'caption')
    if (hasCjk(headline) || body.some((block) => hasCjk(block.text))) {
      // Bigrams run across block boundaries, as in the article's text read straight through.
      let prev = -1
      for (const norm of [comparable(headline), ...body.map(normalisedText)]) {
        for (let i = 0; i < norm.length; i++) {
          const unit = norm.charCodeAt(i)
          if (prev >= 0 && flagged[slot(prev, unit)]) count(String.fromCharCode(prev, unit))
          prev = unit
        }
      }
    } else {
      for (const text of [headline, ...body.map((block) => block.text)]) {
        for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 3) count(word)
      }
    }
  })
  captions.forEach((words, c) => {
    for (let a = 0; a < articles.length; a++) scores[c][a] = words.size === 0 ? 0 : scores[c][a] / words.size
  })
  return scores
}

/** Indices of the `n` highest positive scores, highest first, ties in issue order: a caption
 * needs its best few articles, never all of them sorted. */
function top(scores: Float64Array, n: number): number[] {
  const best: number[] = []
  for (let a = 0; a < scores.length; a++) {
    const score = scores[a]
    if (score <= 0 || (best.length === n && score <= scores[best[n - 1]])) continue
    let at = best.length
    while (at > 0 && scores[best[at - 1]] < score) at--
    best.splice(at, 0, a)
    if (best.length > n) best.pop()
  }
  return best
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
  const located = issue.articles.flatMap((article) =>
    article.blocks.flatMap((block, index) => (block.type === 'caption' && block.caption ? [{ article, block, caption: block.caption, index }] : [])),
  )
  const scores = affinities(
    located.map(({ block, caption }) => grams(caption.text || block.text)),
    issue.articles,
  )
  const indexOf = new Map(issue.articles.map((article, a) => [article, a]))
  located.forEach(({ article, block, caption, index }, c) => {
    const ranked = top(scores[c], 6).map((a) => ({ article: issue.articles[a], score: scores[c][a] }))
    const own = scores[c][indexOf.get(article) ?? -1] ?? 0
    const best = ranked[0]
    if (!best || best.article === article || best.score < 0.25) return
    if (!isAway(article, index) && best.score < own * 1.5 + 0.1) return
    const candidates: Candidate[] = ranked.filter((entry) => entry.article !== article).slice(0, 5).map((entry) => ({
      articleId: entry.article.id,
      score: Math.round(entry.score * 100) / 100,
      label: articleTitle(entry.article),
      fix: [{ kind: 'attach-caption', blockId: block.id, articleId: entry.article.id, expect: expectOf(block) }],
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
