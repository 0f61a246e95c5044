// An ad set into a story's column on an English OCR page: OCR reads the column top to bottom, so
// the ad's lines sit between two lines of the story. They belong to no story: Galley keeps them
// apart (an article of their own, split for `ad-copy`), and the story goes on after them.

import type { Article, Block } from '../model'
import { looksLikeAdCopy, shopCopy } from './stories'
import { namesIn, textOf } from './names'
import { endsSentence } from './text'

/** A line that opens an ad: a shop's copy (a phone number, a coupon's words, an address) on a
 * short line that no sentence of a story goes on into (it opens capitalised). A story's line is
 * longer, and a price alone is as often a fact box's (`Fines imposed: $3,000`). */
export function opensAd(text: string): boolean {
  const t = text.trim()
  return t.length <= 40 && shopCopy(t) && !/^[\p{Ll}“"‘'(]/u.test(t)
}

/** A line still of the ad: ad copy, or a short line of it (`All sizes 20% off`). */
export function staysInAd(text: string): boolean {
  const t = text.trim()
  return looksLikeAdCopy(t) || t.length <= 40
}

/** The short lines that closed `story` right before the ad opened: the ad's own head
 * (`SPRING TIRE SALE`), taken out of the story. A story's line is as long as its column, or ends
 * its sentence; at least one paragraph stays. */
export function adHead(story: Article): Block[] {
  const head: Block[] = []
  const paragraphs = story.blocks.filter((block) => block.type === 'paragraph').length
  while (head.length < 3 && head.length < paragraphs - 1) {
    const last = story.blocks[story.blocks.length - 1]
    if (last?.type !== 'paragraph' || last.text.trim().length > 40 || endsSentence(last.text)) break
    head.unshift(story.blocks.pop()!)
  }
  return head
}

const startOf = (block: Block): number => block.source[0]?.start ?? -1

/** The first of `ad`'s blocks after its ad: after the ad Galley already kept apart inside its span
 * (`articles[j]`, split for `ad-copy`), or else after its last short line of ad copy; -1 when it
 * holds no ad. A story's own fact in a long line (`The bid is $300,000 lower…`) is no ad copy. */
function afterAd(articles: Article[], i: number): { at: number; inner: Article | null } {
  const ad = articles[i]
  const next = articles[i + 1]
  const first = next?.blocks[0]
  if (next?.split?.reason === 'ad-copy' && first) {
    const at = ad.blocks.findIndex((block) => startOf(block) > startOf(first))
    if (at > 0) return { at, inner: next }
  }
  let at = looksLikeAdCopy(ad.headline.join(' ')) ? 0 : -1
  ad.blocks.forEach((block, k) => {
    if (block.text.length <= 60 && looksLikeAdCopy(block.text)) at = k + 1
  })
  return { at, inner: null }
}

/** How many short lines that end no sentence close the article after its last long paragraph:
 * the scraps of an ad OCR read into the column. */
function scrapsClosing(article: Article): number {
  let n = 0
  for (let k = article.blocks.length - 1; k >= 0; k--) {
    const block = article.blocks[k]
    if (block.type !== 'paragraph') continue
    const text = block.text.trim()
    if (text.length > 40) break
    if (!endsSentence(text)) n++
  }
  return n
}

/** An article of ad copy alone: kept apart as `ad-copy`, or a headline over short lines of an ad. */
function adOnly(article: Article): boolean {
  if (article.split?.reason === 'ad-copy') return true
  if (article.split?.reason !== 'headline-over-paragraph') return false
  return article.blocks.every((block) => block.type === 'paragraph' && (block.text.trim().length <= 40 || looksLikeAdCopy(block.text)))
}

/**
 * OCR reads an ad set between two paragraphs of a story as a story of its own when the ad prints
 * a headline-like line over a long line of copy (`Our Doors Are Always Open To You!`); the story's
 * next paragraphs then follow the ad's lines. In such an article (started only for a headline over
 * a paragraph, holding an ad), the first paragraph after the ad that goes on from the story above
 * goes back to it, with the rest: one that opens lower case, mid-sentence (`below our budget, …`),
 * or that names someone the story above names and no other article of the page does (`…said
 * Fair`). The ad keeps its own lines, split for `ad-copy`.
 */
export function rejoinAcrossAds(articles: Article[]): void {
  // Each article's names once, and how many articles print each: a page's articles are many.
  let names: Set<string>[] | null = null
  const printedBy = new Map<string, number>()
  // A word the page also prints in lower case (`room`, `student`) is a common word, not a name.
  const lower = new Set<string>()
  for (let i = 1; i < articles.length; i++) {
    const ad = articles[i]
    // The story the ad interrupted: the article before, or before the ad's other pieces (a
    // column of ads OCR read as several: `ad-copy`, or a headline over ad copy alone).
    let j = i - 1
    while (j > 0 && i - j < 4 && adOnly(articles[j])) j--
    const story = articles[j]
    if (ad.split?.reason !== 'headline-over-paragraph' || !story.blocks.some((block) => block.type === 'paragraph')) continue
    const found = afterAd(articles, i)
    const { inner } = found
    // An ad OCR read as scraps (`LARGE 16«`, `8-11 pm Mon-Wed`) closing the story above: what
    // this article holds is after it.
    // Past the ad's other pieces, this article's own lines are the ad's last until the story's resume.
    const at = found.at < 0 && (scrapsClosing(story) >= 3 || j < i - 1) ? 0 : found.at
    if (at < 0) continue
    if (!names) {
      names = articles.map((article) => namesIn(textOf(article)))
      for (const set of names) for (const name of set) printedBy.set(name, (printedBy.get(name) ?? 0) + 1)
      for (const article of articles) for (const word of textOf(article).match(/\b\p{Ll}{3,}\b/gu) ?? []) lower.add(word)
    }
    const here = [names[j], names[i], inner ? names[articles.indexOf(inner)] : new Set<string>()]
    const elsewhere = (name: string): boolean => (printedBy.get(name) ?? 0) > here.filter((set) => set.has(name)).length
    const adNames = namesIn([...ad.headline, ...ad.blocks.slice(0, at).map((block) => block.text)].join(' '))
    const named = (name: string): boolean => here[0].has(name) && !elsewhere(name) && !adNames.has(name) && !lower.has(name.toLowerCase())
    // A line of prose that opens lower case finishes a sentence: the story above's, when it was
    // left unfinished and what stands before the ad here (its copy, or a finished paragraph) was not.
    const unfinished = (blocks: Block[]): boolean => {
      const last = blocks.filter((block) => block.type === 'paragraph' && block.text.trim().length > 40).at(-1)
      return last !== undefined && !endsSentence(last.text)
    }
    const finishes = unfinished(story.blocks) && (inner === null || !unfinished(ad.blocks.slice(0, at)))
    const finishing = (text: string): boolean => finishes && text.length >= 20 && /^\p{Ll}/u.test(text)
    for (let k = at; k < ad.blocks.length; k++) {
      const block = ad.blocks[k]
      if (block.type !== 'paragraph') break
      const text = block.text.trim()
      // The ad's own lines are passed over: short ones, and long ones of shop copy (an address, hours, a phone).
      if ((text.length <= 40 || looksLikeAdCopy(text)) && !finishing(text)) continue
      if (!finishing(text) && ![...namesIn(text)].some(named)) break
      // An ad keeps a line of its own: an article left with its headline alone was a story.
      if (k === 0 && !inner) break
      story.blocks.push(...ad.blocks.splice(k))
      ad.split = { reason: 'ad-copy' }
      if (inner) {
        // One ad, one article: the lines Galley kept apart first join the ad's head, where they
        // stand on the page (after the ad's lines before `at`).
        ad.blocks.splice(at, 0, ...inner.blocks)
        names.splice(articles.indexOf(inner), 1)
        articles.splice(articles.indexOf(inner), 1)
      }
      break
    }
  }
}
