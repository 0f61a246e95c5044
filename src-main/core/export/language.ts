// The language an issue is printed in, as exports declare it (HTML `lang`, TEI `xml:lang`).

import type { Issue } from '../model'
import { hasCjk } from '../parse/text'

/** Words so common in English running text that a handful of them in the first paragraphs settles it. */
const ENGLISH = /\b(?:the|and|of|to|in|that|is|was|for|with)\b/gi

/** 'zh' when the title or first headlines hold CJK; 'en' when the first paragraphs read as English; else null (say nothing rather than guess). */
export function issueLanguage(issue: Issue): 'zh' | 'en' | null {
  const heads = issue.title + issue.articles.slice(0, 3).map((a) => a.headline.join('')).join('')
  if (hasCjk(heads)) return 'zh'
  let words = 0
  let english = 0
  for (const article of issue.articles.slice(0, 5)) {
    for (const block of article.blocks) {
      if (block.type !== 'paragraph') continue
      words += block.text.split(/\s+/).length
      english += block.text.match(ENGLISH)?.length ?? 0
      if (words > 400) break
    }
  }
  return words >= 20 && english / words >= 0.08 ? 'en' : null
}
