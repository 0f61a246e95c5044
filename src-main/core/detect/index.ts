// Runs every detector over an issue. Detectors only read; the duplicate detector runs first so
// that breaks inside a repeated copy (which its fix deletes) are not reported twice.

import type { Finding, Issue } from '../model'
import { stageEnded } from '../stages'
import { detectCaptionArticles } from './caption-article'
import { detectContinuations } from './continuation'
import { detectDuplicatePassages } from './duplicate-passage'
import { detectGluedSubheads } from './glued-subhead'
import { detectOrphanCaptions } from './orphan-caption'
import { detectParagraphBreaks } from './paragraph-break'
import { detectAutoSplits, detectSplitSuspects } from './split-suspect'
import { detectSuspiciousText } from './suspicious-text'
import { detectUncertainWords } from './uncertain-word'

export function detect(issue: Issue): Finding[] {
  // Each detector's working memory is let go before the next starts (see core/stages.ts).
  let size = 0
  for (const page of issue.pages) size += page.text.length
  const staged = <T>(found: T): T => (stageEnded(size), found)
  stageEnded(size)
  const duplicates = staged(detectDuplicatePassages(issue))
  const copies = new Set(duplicates.flatMap((finding) => finding.fix.flatMap((op) => (op.kind === 'delete-blocks' ? op.blockIds : []))))
  // A caption stored as an article is offered whole (its headline dropped, not left behind).
  const captionArticles = staged(detectCaptionArticles(issue))
  const asArticle = new Set(captionArticles.flatMap((finding) => finding.blockIds))
  const breaks = staged(detectParagraphBreaks(issue, copies))
  const found = [
    ...duplicates,
    ...staged(detectContinuations(issue)),
    ...breaks,
    ...staged(detectGluedSubheads(issue)),
    ...staged(detectOrphanCaptions(issue)).filter((finding) => !finding.blockIds.some((id) => asArticle.has(id))),
    ...captionArticles,
    ...staged(detectSplitSuspects(issue)),
    ...staged(detectAutoSplits(issue)),
    ...staged(detectUncertainWords(issue)),
  ]
  // A paragraph another finding joins or deletes is judged once that is settled (its brackets close once joined).
  const changing = new Set([...copies, ...breaks.flatMap((f) => f.blockIds)])
  return staged([...found, ...detectSuspiciousText(issue, changing)])
}
