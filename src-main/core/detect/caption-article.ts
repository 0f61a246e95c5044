// orphan-caption, variant as-article: a photo caption the page file stored as an article
// (`## 图片：…` over the caption itself), which no caption finding saw, since an article is no
// caption. Merging it into the story beside it, its headline dropped (the caption's own first
// words again), makes its blocks captions of that story; the editor picks which story.

import type { Article, Candidate, Finding, Issue } from '../model'
import { comparable, hasCjk } from '../parse/text'
import { articleTitle, excerpt, expectOf, findingId, normalisedText } from './common'
import { grams } from './orphan-caption'

/** `图片：`, `图：`, `照片：`, `Photo:`: a headline that only labels a picture. */
const PICTURE_LABEL = /^(?:图片|图|照片|摄影|photo|picture)\s*[：:]\s*/iu

/** Not sure enough for accept-all: which story the photo is of is the editor's call. */
const CONFIDENCE = 0.45

function captionArticle(article: Article): string | null {
  const headline = article.headline.join('')
  if (!PICTURE_LABEL.test(headline) || article.blocks.length === 0) return null
  if (!article.blocks.every((block) => block.type === 'caption')) return null
  // The headline repeats the caption's opening (often cut short): dropping it loses no words.
  const label = comparable(headline.replace(PICTURE_LABEL, ''))
  const first = comparable(article.blocks[0].text)
  return label !== '' && (first.startsWith(label) || label.startsWith(first)) ? headline : null
}

/** The share of the caption's words the article's text holds, 0–1. */
function share(caption: Set<string>, article: Article): number {
  if (caption.size === 0) return 0
  const body = article.blocks.filter((b) => b.type !== 'caption')
  const headline = article.headline.join('')
  // Chinese text's words are its bigrams (grams): the caption's are looked for in one pass over
  // the story, not by a set of every bigram a whole story holds. The story's comparable text is
  // its blocks' own (kept by their content: the other detectors have made them), run together.
  if (hasCjk(headline) || body.some((b) => hasCjk(b.text))) return bigramsHeld(caption, [comparable(headline), ...body.map(normalisedText)].join('')) / caption.size
  const words = grams([headline, ...body.map((b) => b.text)].join('\n'))
  let found = 0
  for (const word of caption) if (words.has(word)) found++
  return found / caption.size
}

/** A bigram's two UTF-16 units folded into 16 bits: most positions of a story are passed over
 * after one byte read. */
const fold = (a: number, b: number): number => (Math.imul(a, 31) + b) & 0xffff
/** The folds of the bigrams looked for, set and cleared by each call. */
const FLAGGED = new Uint8Array(1 << 16)

/** How many of `words` occur as two consecutive units of `norm` (grams' bigrams of it). */
function bigramsHeld(words: ReadonlySet<string>, norm: string): number {
  const pairs = [...words].filter((word) => word.length === 2)
  for (const pair of pairs) FLAGGED[fold(pair.charCodeAt(0), pair.charCodeAt(1))] = 1
  const held = new Set<string>()
  for (let i = 0; i + 1 < norm.length && held.size < pairs.length; i++) {
    if (FLAGGED[fold(norm.charCodeAt(i), norm.charCodeAt(i + 1))] === 0) continue
    const pair = norm.slice(i, i + 2)
    if (words.has(pair)) held.add(pair)
  }
  for (const pair of pairs) FLAGGED[fold(pair.charCodeAt(0), pair.charCodeAt(1))] = 0
  return held.size
}

export function detectCaptionArticles(issue: Issue): Finding[] {
  const findings: Finding[] = []
  issue.articles.forEach((article, at) => {
    const headline = captionArticle(article)
    if (!headline) return
    const caption = grams(article.blocks.map((block) => block.text).join('\n'))
    const beside = [issue.articles[at - 1], issue.articles[at + 1]].filter(
      (other): other is Article => other !== undefined && captionArticle(other) === null && other.pages.some((page) => article.pages.includes(page)),
    )
    if (beside.length === 0) return
    const candidates: Candidate[] = beside
      .map((other) => ({ other, score: Math.round(share(caption, other) * 100) / 100 }))
      // Equal shares: the story it follows, as a photo is most often printed under its story.
      .sort((a, b) => b.score - a.score)
      .map(({ other, score }) => ({
        articleId: other.id,
        score,
        label: articleTitle(other),
        fix: [{ kind: 'merge-articles', articleId: article.id, intoId: other.id, headlineAs: 'drop', expect: expectOf(article.blocks[0]) }],
      }))
    const to = candidates[0].label
    findings.push({
      id: findingId('orphan-caption', [article.blocks[0].id, 'as-article']),
      kind: 'orphan-caption',
      variant: 'as-article',
      articleIds: [article.id, candidates[0].articleId],
      blockIds: [article.blocks[0].id],
      message: `“${excerpt(headline, 16)}” is a photo caption stored as an article; make it a caption of “${to}”`,
      params: { caption: excerpt(headline, 16), to },
      confidence: CONFIDENCE,
      fix: candidates[0].fix,
      candidates,
    })
  })
  return findings
}
