// orphan-caption: a photo caption that sits away from its photo's article (after the last story,
// under a jump line, stored as an article of its own). It belongs to the article whose words it
// shares most: character bigrams for Chinese, words for English.

import type { Article, Candidate, Finding, Issue } from '../model'
import { comparable, hasCjk } from '../parse/text'
import { articleTitle, excerpt, expectOf, findingId } from './common'

function grams(text: string): Set<string> {
  const out = new Set<string>()
  if (hasCjk(text)) {
    const chars = Array.from(comparable(text))
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  } else {
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 3) out.add(word)
  }
  return out
}

/** An article's own words: headline and body, never its captions (which are what is matched). */
function articleText(article: Article): string {
  return [article.headline.join(' '), ...article.blocks.filter((block) => block.type !== 'caption').map((block) => block.text)].join('\n')
}

/** Share of the caption's words found in the article. */
function affinity(caption: Set<string>, article: Set<string>): number {
  if (caption.size === 0) return 0
  let shared = 0
  for (const gram of caption) if (article.has(gram)) shared++
  return shared / caption.size
}

/** The caption sits where no photo of its article would: after a jump line, or as a story of its own. */
function isAway(article: Article, index: number): boolean {
  const before = article.blocks.slice(0, index)
  const body = article.blocks.filter((block) => block.type === 'paragraph')
  return before.some((block) => block.type === 'jump' && block.jump?.direction === 'out') || body.length === 0
}

// An article's words, kept by the content of its blocks so re-detection after an accept is cheap.
const gramCache = new Map<string, Set<string>>()
const GRAM_CACHE_LIMIT = 20_000

function articleGrams(article: Article): Set<string> {
  const key = `${article.headline.join(' ')}\u0000${article.blocks.filter((block) => block.type !== 'caption').map((block) => block.hash).join(',')}`
  const hit = gramCache.get(key)
  if (hit) return hit
  if (gramCache.size >= GRAM_CACHE_LIMIT) gramCache.clear()
  const grams_ = grams(articleText(article))
  gramCache.set(key, grams_)
  return grams_
}

export function detectOrphanCaptions(issue: Issue): Finding[] {
  const findings: Finding[] = []
  if (!issue.articles.some((article) => article.blocks.some((block) => block.type === 'caption'))) return findings
  const words = new Map(issue.articles.map((article) => [article, articleGrams(article)]))
  for (const article of issue.articles) {
    article.blocks.forEach((block, index) => {
      if (block.type !== 'caption' || !block.caption) return
      const captionWords = grams(block.caption.text || block.text)
      const ranked = issue.articles
        .map((other) => ({ article: other, score: affinity(captionWords, words.get(other)!) }))
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score)
      const own = ranked.find((entry) => entry.article === article)?.score ?? 0
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
        message: `Caption “${excerpt(block.caption.text, 16)}” sits under “${articleTitle(article)}” but describes “${articleTitle(best.article)}”`,
        params: { caption: excerpt(block.caption.text, 16), from: articleTitle(article), to: articleTitle(best.article) },
        confidence: Math.min(1, best.score + 0.2),
        fix: candidates[0].fix,
        candidates,
      })
    })
  }
  return findings
}
