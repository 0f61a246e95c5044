// The names a story's text holds, as evidence of which story a stray paragraph belongs to: an ad
// OCR read between a story's paragraphs leaves the story's next paragraphs under the ad, and the
// people and places they name say whose they are.

import type { Article } from '../model'

/** Capitalised words that open sentences or name nothing: no evidence that two texts share a topic. */
const COMMON = new Set(
  'The This That These Those There Then They Them Their He She His Her Him It Its We Our You Your But And Or In On At For With From Into As After Before When While If Although However According Many Some Most Other Another Each Every All Also Because Since So Yet Still Even Last Next First New Now Only One Two Three What Who Why How Where Which Mrs Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
)

/** The names a text holds (`said Fair`, `MacIntyre added`): capitalised words, none of the
 * common ones, that the text capitalises somewhere inside a sentence (any word opens one). */
export function namesIn(text: string): Set<string> {
  const out = new Set<string>()
  for (const word of text.matchAll(/\b[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?\b/gu)) {
    if (COMMON.has(word[0]) || out.has(word[0])) continue
    const before = text.slice(Math.max(0, word.index - 6), word.index)
    // An initial or a title's stop (`William R. Fair`, `Dr. Fair`) ends no sentence.
    const opens = /(?:[.!?:;][”"’']?\s+|[“"‘'(—–-]\s*)$/u.test(before) && !/(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Gen|Lt|Sgt))\.\s+$/u.test(before)
    if (word.index > 0 && !opens) out.add(word[0])
  }
  return out
}

export const textOf = (article: Article): string => [...article.headline, ...article.blocks.map((block) => block.text)].join(' ')

