// English jump heads and tails: the tail's headline is most often reworded (`Tuition rises again`
// over the head, `Trustees raise tuition` over the tail), so the words they share tell which tail
// is whose when no slug says it.

import type { Article } from '../model'
import { comparable, hasCjk } from '../parse/text'

const STOP = new Set('about after again also back from have into more over said says than that their them they this were what when will with your'.split(' '))

/** A headline's content words, each cut to five letters so `strikes` meets `strike`. */
function stems(article: Article): Set<string> {
  const out = new Set<string>()
  for (const word of article.headline.join(' ').toLowerCase().match(/[a-z]{4,}/gu) ?? []) {
    if (!STOP.has(word)) out.add(word.slice(0, 5))
  }
  return out
}

/** A score bonus for the content words two English headlines share: 0.5 a word, at most 1.5. */
export function headWordsShared(head: Article, tail: Article): number {
  const text = head.headline.join(' ') + tail.headline.join(' ')
  if (text === '' || hasCjk(text)) return 0
  const a = stems(head)
  let shared = 0
  for (const stem of stems(tail)) if (a.has(stem)) shared++
  return Math.min(1.5, shared * 0.5)
}

/** Edits (insert, delete, replace) from `a` to `b`, stopping once over `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

/** Two printings of one slug, OCR damage allowed (`POSTF.R` and `POSTER`, `HL’FFINtiTON` and
 * `HUFFINGTON`, `CAMRMGN` and `CAMBUGN`): one letter wrong in five, two in seven or more. */
export function slugsAgree(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = Math.min(a.length, b.length)
  const limit = shorter >= 7 ? 2 : shorter >= 5 ? 1 : 0
  return limit > 0 && distance(a, b, limit) <= limit
}

/** A slug alone in capitals as an article's whole headline (`POSTER`, `S.N.A.P.`). */
const BARE_SLUG = /^[A-Z][A-Z'’.&-]*(?:\s+[A-Z][A-Z'’.&-]*){0,2}$/u

/**
 * The tail a head's jump line names by its slug (`See POSTER, page 8`) when the tail prints the
 * slug as its headline but no jump line of its own: the one article among `onPage` headed by that
 * slug alone and opened by no jump-in. Null when none or more than one is (an editor decides).
 */
export function bareTail(head: Article, keyword: string, onPage: readonly Article[], taken: ReadonlySet<Article>): Article | null {
  if (keyword === '' || hasCjk(keyword)) return null
  const slug = comparable(keyword)
  const found = onPage.filter((article) =>
    article !== head && !taken.has(article) && article.headline.length === 1 && BARE_SLUG.test(article.headline[0].trim()) &&
    !article.blocks.some((block) => block.jump?.direction === 'in') && slugsAgree(slug, comparable(article.headline[0])),
  )
  return found.length === 1 ? found[0] : null
}
