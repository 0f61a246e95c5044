// split-suspect: an article boundary that looks wrong: a "headline" that reads like a sentence,
// an article with no body, or a subhead taken for a headline (the story before it runs on into it).

import type { Article, Finding, Issue } from '../model'
import { codePointLength, endsSentence, hasCjk } from '../parse/text'
import { articleTitle, findingId } from './common'

function body(article: Article) {
  return article.blocks.filter((block) => block.type === 'paragraph')
}

export function detectSplitSuspects(issue: Issue): Finding[] {
  const findings: Finding[] = []
  issue.articles.forEach((article, i) => {
    const previous = issue.articles[i - 1]
    if (!previous || article.headline.length === 0) return
    const headline = article.headline.join(' ')
    const paragraphs = body(article)
    const captionsOnly = paragraphs.length === 0 && article.blocks.some((block) => block.type === 'caption')
    const hasByline = article.blocks.some((block) => block.type === 'byline' || block.byline)
    const samePage = previous.pages[previous.pages.length - 1] === article.pages[0]
    let reason: string | null = null
    let variant = ''
    let headlineAs: 'subhead' | 'paragraph' = 'subhead'
    if (/[。！!]$/u.test(headline) && codePointLength(headline) > 20) {
      reason = 'its headline reads like a sentence of the story before it'
      variant = 'sentence'
      headlineAs = 'paragraph'
    } else if (paragraphs.length === 0 && !captionsOnly && article.blocks.every((block) => block.type !== 'jump')) {
      reason = 'it has no body'
      variant = 'no-body'
    } else if (samePage && !hasByline && previous.blocks.length > 0) {
      const lastBody = body(previous).at(-1)
      const runsOn = lastBody && !endsSentence(lastBody.text) && previous.blocks.at(-1) === lastBody
      const first = paragraphs[0]?.text ?? ''
      const continuesText = hasCjk(headline) ? !first.match(/^\S{0,12}[讯电]/u) : /^[a-z]/u.test(first)
      if (runsOn && continuesText && codePointLength(headline) <= 30) {
        reason = 'the story before it runs on into it: the headline looks like a subhead'
        variant = 'runs-on'
      }
    }
    if (!reason) return
    findings.push({
      id: findingId('split-suspect', [article.id]),
      kind: 'split-suspect',
      articleIds: [article.id, previous.id],
      blockIds: article.headlineBlockId ? [article.headlineBlockId] : [],
      message: `“${articleTitle(article)}” may not be an article of its own: ${reason}`,
      variant,
      params: { article: articleTitle(article), previous: articleTitle(previous) },
      confidence: 0.5,
      fix: [{ kind: 'merge-articles', articleId: article.id, intoId: previous.id, headlineAs, expect: {} }],
    })
  })
  return findings
}

/** Articles Galley split itself (no headline marks on the page) ask for a look. */
export function detectAutoSplits(issue: Issue): Finding[] {
  return issue.articles
    .filter((article) => article.confidence < 1)
    .map((article) => ({
      id: findingId('auto-split', [article.id]),
      kind: 'auto-split' as const,
      articleIds: [article.id],
      blockIds: article.headlineBlockId ? [article.headlineBlockId] : [],
      params: { article: articleTitle(article), confidence: String(article.confidence) },
      ...autoSplitWording(article),
      confidence: article.confidence,
      fix: [],
    }))
}

/** Why the article asks for a look: Galley split a text page, a METS drew it, or an ALTO page's layout. */
function autoSplitWording(article: Article): { message: string; variant?: string } {
  const title = articleTitle(article)
  if (article.split?.reason === 'mets-article') return { variant: 'mets', message: `“${title}” is an article as the issue's METS draws it; check where it starts and ends against the page` }
  if (article.split?.reason === 'alto-layout') return { variant: 'layout', message: `“${title}” was split by Galley from the ALTO page's layout (there is no METS); check where it starts and ends` }
  return { message: `“${title}” was split by Galley (the page has no headline marks); check where it starts and ends (confidence ${article.confidence})` }
}
