// Runs every detector over an issue. Detectors only read; the duplicate detector runs first so
// that breaks inside a repeated copy (which its fix deletes) are not reported twice.

import type { Finding, Issue } from '../model'
import { detectContinuations } from './continuation'
import { detectDuplicatePassages } from './duplicate-passage'
import { detectOrphanCaptions } from './orphan-caption'
import { detectParagraphBreaks } from './paragraph-break'
import { detectAutoSplits, detectSplitSuspects } from './split-suspect'
import { detectUncertainWords } from './uncertain-word'

export function detect(issue: Issue): Finding[] {
  const duplicates = detectDuplicatePassages(issue)
  const copies = new Set(duplicates.flatMap((finding) => finding.fix.flatMap((op) => (op.kind === 'delete-blocks' ? op.blockIds : []))))
  return [
    ...duplicates,
    ...detectContinuations(issue),
    ...detectParagraphBreaks(issue, copies),
    ...detectOrphanCaptions(issue),
    ...detectSplitSuspects(issue),
    ...detectAutoSplits(issue),
    ...detectUncertainWords(issue),
  ]
}
