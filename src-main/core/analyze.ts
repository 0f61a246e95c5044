// One call from pages (and an edit log) to what an editor sees: the auto-split source, the
// corrected issue after the log's ops, the findings still open, and the ops that no longer fit.

import type { Applied, Conflict, Finding, Issue, Op, Page } from './model'
import { detect } from './detect/index'
import { apply } from './edit/apply'
import { parseIssue, type ParseOptions } from './parse/issue'

export interface Analysis {
  source: Issue
  issue: Issue
  findings: Finding[]
  conflicts: Conflict[]
  dismissed: string[]
}

export function analyze(pages: Page[], ops: readonly Op[] = [], opts: ParseOptions = {}): Analysis {
  return analyzeParsed(parseIssue(pages, opts), ops)
}

/** The same from an issue already parsed: callers that keep the parse of unchanged pages use it. */
export function analyzeParsed(source: Issue, ops: readonly Op[] = []): Analysis {
  return analyzeApplied(source, apply(source, ops))
}

/**
 * The rest of an analysis once the ops are applied (`apply(source, ops)`): the findings. Split out
 * for callers that check the ops' conflicts first and look for findings later (the library does it
 * while the edit log is being saved).
 */
export function analyzeApplied(source: Issue, applied: Applied): Analysis {
  const dismissed = new Set(applied.dismissed)
  const findings = detect(applied.issue).filter((finding) => !dismissed.has(finding.id))
  return { source, issue: applied.issue, findings, conflicts: applied.conflicts, dismissed: applied.dismissed }
}
