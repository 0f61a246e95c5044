// An ad set into a story's column on an English OCR page: OCR reads the column top to bottom, so
// the ad's lines sit between two lines of the story. They belong to no story: Galley keeps them
// apart (an article of their own, split for `ad-copy`), and the story goes on after them.

import type { Article, Block } from '../model'
import { looksLikeAdCopy, shopCopy } from './stories'
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
