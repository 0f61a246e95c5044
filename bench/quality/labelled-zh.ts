// The labelled Chinese checks: the three Qixiangbao issues' real continuations, and the bundled
// sample issue (resources/sample-library), whose defects ../shared/samples/README.md counts.
//
// Qixiangbao labels are read from the pages themselves, as the samples' README describes them: a
// tail is an article off page 01 whose first block is `（上接第一版）`; its head is the page-01
// article with the same headline (the first 10 characters). A head whose `下转` marker has no
// such tail must stay unresolved (one page). A tail counts as merged when the head's first body
// block and the tail's first body block end in one article of the accept-all result.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { acceptAll, countByKind } from '../../src-main/core/index'
import { articleHolding, norm, unitsOf } from './score'
import { pagesFromFolder } from './pages'
import { ratio, table, type Row } from './table'

interface SourceArticle {
  page: string
  headline: string
  body: string[]
}

function articlesOf(page: string, text: string): SourceArticle[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/^(?=## )/mu)
    .map((chunk) => chunk.split(/\n\s*\n/u).map((b) => b.trim()).filter(Boolean))
    .filter((blocks) => blocks[0]?.startsWith('## '))
    .map((blocks) => ({ page, headline: blocks[0].slice(3).trim(), body: blocks.slice(1) }))
}

const key = (headline: string): string => Array.from(norm(headline)).slice(0, 10).join('')
const TAIL_MARK = /^[（(]上接第[一二三四五六七八九十\d]+版[）)]$/u
const HEAD_MARK = /下转第?[一二三四五六七八九十\d]+版/u

export interface ContinuationCounts {
  tails: number
  merged: number
  wrongHead: number
  heads: number
  keptUnresolved: number
}

export function qixiangbaoIssue(dir: string): ContinuationCounts {
  const files = readdirSync(dir).filter((f) => /^\d+\.md$/.test(f)).sort()
  const source = files.flatMap((f) => articlesOf(f.slice(0, 2), readFileSync(join(dir, f), 'utf8')))
  const issue = acceptAll(pagesFromFolder(dir, files)).analysis.issue
  const units = unitsOf(issue)
  const holder = (text: string): number => articleHolding(units, text) ?? -1
  const counts: ContinuationCounts = { tails: 0, merged: 0, wrongHead: 0, heads: 0, keptUnresolved: 0 }
  const front = source.filter((a) => a.page === '01')
  const tails = source.filter((a) => a.page !== '01' && a.body.length > 1 && TAIL_MARK.test(norm(a.body[0])))
  for (const tail of tails) {
    const head = front.find((a) => key(a.headline) === key(tail.headline))
    if (!head) continue
    counts.tails++
    // The head's anchor is its first block of prose: a deck (——论…) under the headline is no body text.
    const h = holder(head.body.find((block) => /[。！？]/u.test(block)) ?? head.body[0])
    const t = holder(tail.body[1])
    if (h !== -1 && h === t) counts.merged++
    else if (t !== -1 && issue.articles[t].pages.includes('01')) counts.wrongHead++
  }
  for (const head of front.filter((a) => a.body.some((b) => HEAD_MARK.test(b)))) {
    if (tails.some((tail) => key(tail.headline) === key(head.headline))) continue
    counts.heads++
    const h = holder(head.body[0])
    if (h !== -1 && issue.articles[h].pages.length === 1) counts.keptUnresolved++
  }
  return counts
}

/** The bundled sample against the README's counts of its defects. */
function bundledSample(repo: string): Row[] {
  const dir = join(repo, 'resources', 'sample-library', '株洲日报-2024-01-30')
  const result = acceptAll(pagesFromFolder(dir, ['01.md']))
  const ops = result.ops
  const joins = ops.filter((op) => op.kind === 'join-paragraphs')
  const dropped = joins.filter((op) => op.kind === 'join-paragraphs' && op.dropDoubled).length
  const deleted = ops.filter((op) => op.kind === 'delete-blocks').length
  const attached = ops.filter((op) => op.kind === 'attach-caption').length
  const open = countByKind(result.analysis.findings)
  return [
    { label: 'column-break cuts joined (labelled: 14)', count: `${joins.length} of 14`, rate: ratio(joins.length, 14) },
    { label: 'doubled character dropped (labelled: 1)', count: `${dropped} of 1`, rate: ratio(dropped, 1) },
    { label: 'repeated copies deleted (labelled: a passage printed 3 times)', count: `${deleted} delete ops` },
    { label: 'jumps to the missing page 02 left unresolved (labelled: 2)', count: `${open['unresolved-jump']} of 2`, rate: ratio(Math.min(open['unresolved-jump'], 2), 2) },
    { label: 'orphan caption attached (labelled: 1)', count: `${attached} of 1`, rate: ratio(attached, 1) },
    { label: 'findings still open after accept-all', count: Object.entries(open).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(', ') || 'none' },
  ]
}

export function labelledChineseReport(samplesDir: string | null, repo: string): { text: string; summary: Row[] } {
  const parts: string[] = []
  const summary: Row[] = []
  if (samplesDir) {
    const rows: Row[] = []
    const total: ContinuationCounts = { tails: 0, merged: 0, wrongHead: 0, heads: 0, keptUnresolved: 0 }
    for (const issue of readdirSync(samplesDir).filter((d) => d.startsWith('zhongguo-qixiangbao-')).sort()) {
      const c = qixiangbaoIssue(join(samplesDir, issue))
      for (const k of Object.keys(total) as (keyof ContinuationCounts)[]) total[k] += c[k]
      rows.push({ label: `${issue}: tails merged`, count: `${c.merged} of ${c.tails}`, rate: ratio(c.merged, c.tails) })
      if (c.wrongHead) rows.push({ label: `${issue}: tails merged into the wrong head`, count: String(c.wrongHead) })
      if (c.heads) rows.push({ label: `${issue}: heads with no tail kept unresolved`, count: `${c.keptUnresolved} of ${c.heads}`, rate: ratio(c.keptUnresolved, c.heads) })
    }
    const goal = { op: '≥', value: 0.99, as: 'percent' } as const
    rows.push({ label: 'all three: tails merged', count: `${total.merged} of ${total.tails}`, rate: ratio(total.merged, total.tails), goal })
    rows.push({ label: 'all three: heads with no tail kept unresolved', count: `${total.keptUnresolved} of ${total.heads}`, rate: ratio(total.keptUnresolved, total.heads), goal: { op: '=', value: 1, as: 'percent' } })
    parts.push(table('Labelled: Qixiangbao continuations, accept-all', rows))
    summary.push({ label: 'Qixiangbao: tails merged', rate: ratio(total.merged, total.tails), goal })
    summary.push({ label: 'Qixiangbao: heads with no tail kept unresolved', rate: ratio(total.keptUnresolved, total.heads), goal: { op: '=', value: 1, as: 'percent' } })
  }
  parts.push(table('Labelled: the bundled sample (resources/sample-library, counts from the samples README), accept-all', bundledSample(repo)))
  return { text: parts.join('\n\n'), summary }
}
