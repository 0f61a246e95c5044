// Accepting findings: a finding's fix (or a chosen candidate's) as ops, and "accept all", which
// applies every proposed fix in rounds until the issue has nothing left to fix. A fix that no
// longer fits (an earlier fix already changed its blocks) is skipped, never forced.

import type { Finding, Issue, Op, Page } from '../model'
import { GalleyError } from '../errors'
import { detect } from '../detect/index'
import { parseIssue, type ParseOptions } from '../parse/issue'
import { applyWhole, editableCopy, type EditState } from './apply'
import { analyzeParsed, type Analysis } from '../analyze'

export function fixesOf(finding: Finding, candidateIndex?: number): Op[] {
  if (candidateIndex === undefined) return finding.fix
  const candidate = finding.candidates?.[candidateIndex]
  if (!candidate) throw new GalleyError('invalid-argument', `Finding ${finding.id} has no candidate ${candidateIndex}.`)
  return candidate.fix
}

const PRIORITY: Record<Finding['kind'], number> = {
  'duplicate-passage': 0,
  continuation: 1,
  'paragraph-break': 2,
  'orphan-caption': 3,
  'split-suspect': 4,
  'unresolved-jump': 5,
  'auto-split': 6,
  'suspicious-text': 7,
  'uncertain-word': 8,
}

const MAX_ROUNDS = 6
/** Accept-all takes only fixes Galley is sure of; boundary changes and guesses wait for an editor. */
const ACCEPT_ALL_MIN_CONFIDENCE = 0.5

function acceptable(finding: Finding): boolean {
  return finding.fix.length > 0 && finding.kind !== 'split-suspect' && finding.kind !== 'suspicious-text' && finding.confidence >= ACCEPT_ALL_MIN_CONFIDENCE
}

/** Applies every finding's proposed fix; returns the ops it added, the result and its findings. */
export function acceptAllOn(
  issue: Issue,
  dismissed: ReadonlySet<string> = new Set(),
  known?: Finding[],
): { ops: Op[]; issue: Issue; findings: Finding[] } {
  const state: EditState = { issue: editableCopy(issue), dismissed: new Set(dismissed) }
  const added: Op[] = []
  let findings = known ?? detect(state.issue)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixable = findings
      .filter((finding) => acceptable(finding) && !state.dismissed.has(finding.id))
      .sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])
    let progressed = false
    for (const finding of fixable) {
      // A fix goes in whole or not at all; one that no longer fits is found again next round.
      if (!applyWhole(state, finding.fix)) continue
      added.push(...finding.fix)
      progressed = true
    }
    if (!progressed) break
    findings = detect(state.issue)
  }
  return { ops: added, issue: state.issue, findings: findings.filter((finding) => !state.dismissed.has(finding.id)) }
}

export function acceptAll(pages: Page[], ops: Op[] = [], opts: ParseOptions = {}): { ops: Op[]; analysis: Analysis } {
  return acceptAllAfter(analyzeParsed(parseIssue(pages, opts), ops), ops)
}

/** acceptAll from the analysis of the pages with `ops` already made (an export has it from the
 * library): the parse and the first detection are not done twice. */
export function acceptAllAfter(before: Analysis, ops: Op[]): { ops: Op[]; analysis: Analysis } {
  const after = acceptAllOn(before.issue, new Set(before.dismissed), before.findings)
  return {
    ops: [...ops, ...after.ops],
    analysis: { ...before, issue: after.issue, findings: after.findings },
  }
}
