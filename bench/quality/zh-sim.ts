// The simulated Chinese issues through the real pipeline: each issue's page files decoded with
// makePage (as the library reads them), accept-all, and the result scored against the answer.
// The same issues laid out clean go through too: accept-all on clean pages must change nothing.

import { acceptAll, type Op, type Page } from '../../src-main/core/index'
import { pageFromBytes } from './pages'
import { emptyScore, f1Of, scoreIssue, type Score } from './score'
import { PLACES, STYLES, simulateIssue, type Encoding, type SimIssue } from './simulate'
import type { CleanStory } from './stories'
import { pct, ratio, table, type Row } from './table'

export interface Failure {
  issue: string
  message: string
}

export interface SimRun {
  issues: number
  score: Score
  decoded: Record<Encoding, { pages: number; same: number }>
  clean: { issues: number; changed: number; ops: Record<string, number>; score: Score }
  failures: Failure[]
}

export function pagesOf(sim: SimIssue): Page[] {
  return sim.pages.map((p) => pageFromBytes(p.file, p.bytes))
}

function countOps(ops: Op[], into: Record<string, number>): void {
  for (const op of ops) into[op.kind] = (into[op.kind] ?? 0) + 1
}

export function runSimulation(pool: readonly CleanStory[], seed: number, issues: number): SimRun {
  const run: SimRun = {
    issues,
    score: emptyScore(),
    decoded: { 'utf-8': { pages: 0, same: 0 }, 'gb18030-crlf': { pages: 0, same: 0 }, 'utf-16le': { pages: 0, same: 0 }, 'utf-16be': { pages: 0, same: 0 } },
    clean: { issues: 0, changed: 0, ops: {}, score: emptyScore() },
    failures: [],
  }
  for (let i = 0; i < issues; i++) {
    const issueSeed = seed * 100_003 + i
    for (const damage of [true, false]) {
      const sim = simulateIssue(pool, issueSeed, { damage })
      // A crash is a failure of the figures, not of the benchmark: recorded with its seed.
      try {
        const pages = pagesOf(sim)
        const result = acceptAll(pages)
        if (damage) {
          sim.pages.forEach((p, k) => {
            run.decoded[p.encoding].pages++
            if (pages[k].text === p.text) run.decoded[p.encoding].same++
          })
          scoreIssue(sim, result.analysis.source, result.analysis.issue, run.score)
        } else {
          run.clean.issues++
          if (result.ops.length > 0) run.clean.changed++
          countOps(result.ops, run.clean.ops)
          scoreIssue(sim, result.analysis.source, result.analysis.issue, run.clean.score)
        }
      } catch (error) {
        run.failures.push({ issue: `${damage ? 'damaged' : 'clean'} issue, seed ${issueSeed}`, message: error instanceof Error ? error.message : String(error) })
      }
    }
  }
  return run
}

function countOf<T>(xs: readonly T[], keep: (x: T) => boolean): number {
  return xs.filter(keep).length
}

/** `n of d` with the rate, for a row. */
function share(n: number, d: number): Pick<Row, 'count' | 'rate'> {
  return { count: `${n} of ${d}`, rate: ratio(n, d) }
}

export function simulationReport(run: SimRun): { text: string; summary: Row[] } {
  const s = run.score
  const breaks = s.breaks
  const plain = breaks.filter((b) => !b.doubled)
  const doubled = breaks.filter((b) => b.doubled)
  const joinedAny = countOf(breaks, (b) => b.outcome !== 'missed')
  const wrongJoinRate = ratio(s.wrongJoins, joinedAny + s.wrongJoins)
  const rows: Row[] = [
    { label: 'column breaks', count: String(breaks.length) },
    { label: '  joined (both parts in one paragraph)', ...share(joinedAny, breaks.length), goal: { op: '≥', value: 0.98, as: 'percent' } },
    { label: '  missed', ...share(countOf(breaks, (b) => b.outcome === 'missed'), breaks.length) },
    { label: '  wrongly joined (two clean paragraphs joined; share of all joins)', count: `${s.wrongJoins} (${s.boundaries} clean paragraph ends)`, rate: wrongJoinRate, goal: { op: '≤', value: 0.005, as: 'percent' } },
    { label: '    of them in the stories written for the benchmark', count: `${s.own.wrongJoins} (${s.own.boundaries} clean paragraph ends)` },
  ]
  for (const place of ['inside', 'sentence-edge', 'reduplicated'] as const) {
    const these = breaks.filter((b) => b.place === place)
    rows.push({ label: `  joined, cut ${place === 'inside' ? 'inside a sentence' : place === 'sentence-edge' ? 'within 3 characters of a sentence edge' : 'inside a reduplicated word (天|天)'}`, ...share(countOf(these, (b) => b.outcome !== 'missed'), these.length) })
  }
  rows.push(
    { label: 'doubled characters at a break', count: String(doubled.length) },
    { label: '  dropped', ...share(countOf(doubled, (b) => b.outcome === 'joined'), doubled.length), goal: { op: '≥', value: 0.95, as: 'percent' } },
    { label: '  kept (joined with the character twice)', ...share(countOf(doubled, (b) => b.outcome === 'doubled-kept'), doubled.length) },
    { label: '  not joined', ...share(countOf(doubled, (b) => b.outcome === 'missed'), doubled.length) },
    { label: '  wrongly dropped (a character lost: a word split)', ...share(countOf(breaks, (b) => b.outcome === 'wrongly-dropped'), breaks.length), goal: { op: '=', value: 0, as: 'percent' } },
    { label: '  of them at breaks with no doubled character', ...share(countOf(plain, (b) => b.outcome === 'wrongly-dropped'), plain.length) },
  )
  const dup = s.duplicates
  rows.push({ label: 'repeated passages', count: String(dup.length) })
  for (const outcome of ['removed', 'left', 'damaged-copy-kept', 'lost'] as const) {
    rows.push({ label: `  ${outcome === 'damaged-copy-kept' ? 'removed, but the damaged copy kept' : outcome === 'lost' ? 'both copies removed' : outcome}`, ...share(countOf(dup, (d) => d.outcome === outcome), dup.length) })
  }
  for (const form of ['whole', 'cut-short', 'noisy'] as const) {
    const these = dup.filter((d) => d.form === form)
    rows.push({ label: `  removed, repeat ${form === 'noisy' ? 'with OCR noise' : form}`, ...share(countOf(these, (d) => d.outcome === 'removed'), these.length) })
  }
  const tails = s.tails.filter((t) => t.place !== 'no-tail')
  const heads = s.tails.filter((t) => t.place === 'no-tail')
  rows.push(
    { label: 'stories cut across two pages', count: String(tails.length) },
    { label: '  tails merged', ...share(countOf(tails, (t) => t.outcome === 'merged'), tails.length), goal: { op: '≥', value: 0.99, as: 'percent' } },
    { label: '  left', ...share(countOf(tails, (t) => t.outcome === 'left'), tails.length) },
    { label: '  wrongly merged (articles over pages holding two stories)', count: String(s.wrongMerges), rate: s.wrongMerges, goal: { op: '=', value: 0, as: 'count' } },
    { label: '  heads whose page is missing, kept unresolved', ...share(countOf(heads, (t) => t.outcome === 'merged'), heads.length) },
  )
  for (const place of PLACES) {
    const these = tails.filter((t) => t.place === place)
    const name = { 'after-headline': 'marker after the repeated headline', 'before-headline': 'marker before the repeated headline', 'as-headline': 'marker as the headline', alone: 'marker alone (no headline)', inline: 'marker opening the first paragraph' }[place]
    rows.push({ label: `  merged, ${name}`, ...share(countOf(these, (t) => t.outcome === 'merged'), these.length) })
  }
  for (const style of STYLES) {
    const these = tails.filter((t) => t.style === style)
    const name = {
      'paren-cn': '（下转第三版）/（上接第一版）',
      circled: '▶▶下转03版①/▲▲上接01版①',
      lenticular: '【下转第3版】/【上接第1版】',
      'ascii-paren': '(下转3版)/(上接1版)',
      diamond: '◆转见第3版/◆接第1版',
      bare: '转3版/上接1版',
      traditional: '（下轉第三版）/（續第一版）',
    }[style]
    rows.push({ label: `  merged, ${name}`, ...share(countOf(these, (t) => t.outcome === 'merged'), these.length) })
  }
  for (const inline of [false, true]) {
    const these = tails.filter((t) => t.outInline === inline)
    rows.push({ label: `  merged, out-marker ${inline ? 'closing the last paragraph' : 'on its own line'}`, ...share(countOf(these, (t) => t.outcome === 'merged'), these.length) })
  }
  const caps = s.captions
  rows.push(
    { label: 'captions printed on another page', count: String(caps.length) },
    { label: '  attached to their story', ...share(countOf(caps, (c) => c === 'attached'), caps.length) },
    { label: '  left where printed', ...share(countOf(caps, (c) => c === 'left'), caps.length) },
    { label: '  attached to another story', ...share(countOf(caps, (c) => c === 'wrongly-attached'), caps.length) },
  )
  rows.push({ label: 'page files read as their UTF-8 text' })
  for (const [encoding, d] of Object.entries(run.decoded)) rows.push({ label: `  ${encoding === 'gb18030-crlf' ? 'GB18030 + CRLF' : encoding.toUpperCase() + (encoding.startsWith('utf-16') ? ' with BOM' : '')}`, ...share(d.same, d.pages) })
  const f = f1Of(s.f1)
  rows.push(
    { label: 'paragraph F1 against the clean text', count: `P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)}`, rate: f.f1, goal: { op: '≥', value: 0.99, as: 'number' } },
  )
  const cf = f1Of(run.clean.score.f1)
  const ops = Object.entries(run.clean.ops).map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'
  const cleanRows: Row[] = [
    { label: 'issues accept-all changed', ...share(run.clean.changed, run.clean.issues), goal: { op: '=', value: 0, as: 'percent' } },
    { label: `  ops it applied: ${ops}` },
    { label: '  paragraph F1 against the clean text', count: `P ${cf.precision.toFixed(3)} R ${cf.recall.toFixed(3)}`, rate: cf.f1, goal: { op: '≥', value: 0.99, as: 'number' } },
    { label: '  wrongly joined clean paragraphs', ...share(run.clean.score.wrongJoins, run.clean.score.boundaries) },
    { label: '    of them in the stories written for the benchmark', ...share(run.clean.score.own.wrongJoins, run.clean.score.own.boundaries) },
  ]
  const failures = run.failures.length ? `\n  pipeline failures: ${run.failures.length} (${run.failures.slice(0, 3).map((x) => `${x.issue}: ${x.message}`).join('; ')})` : '\n  pipeline failures: none'
  const text = [
    table(`Simulated damage, accept-all (${run.issues} issues of 4 pages)`, rows),
    '',
    table(`The same issues undamaged, accept-all (must change nothing)`, cleanRows) + failures,
  ].join('\n')
  const summary: Row[] = [
    { label: 'simulated: paragraph F1', rate: f.f1, goal: { op: '≥', value: 0.99, as: 'number' } },
    { label: 'simulated: breaks joined', rate: ratio(joinedAny, breaks.length), goal: { op: '≥', value: 0.98, as: 'percent' } },
    { label: 'simulated: wrong joins', rate: wrongJoinRate, goal: { op: '≤', value: 0.005, as: 'percent' } },
    { label: 'simulated: tails merged', rate: ratio(countOf(tails, (t) => t.outcome === 'merged'), tails.length), goal: { op: '≥', value: 0.99, as: 'percent' } },
    { label: 'simulated: wrong merges', rate: s.wrongMerges, goal: { op: '=', value: 0, as: 'count' } },
    { label: 'simulated: doubled characters dropped', rate: ratio(countOf(doubled, (b) => b.outcome === 'joined'), doubled.length), goal: { op: '≥', value: 0.95, as: 'percent' } },
    { label: 'simulated: word splits (characters wrongly dropped)', rate: countOf(breaks, (b) => b.outcome === 'wrongly-dropped'), goal: { op: '=', value: 0, as: 'count' } },
    { label: 'clean pages changed by accept-all', rate: ratio(run.clean.changed, run.clean.issues), goal: { op: '=', value: 0, as: 'percent' } },
  ]
  return { text, summary }
}

export { pct }
