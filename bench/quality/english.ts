// The Mustang Daily labels (issue 12): each labelled issue rebuilt as one page file per page from
// its rows (page 0 rows are unreadable scraps, not a page), run through accept-all, and scored:
//
// - A labelled story is an article number on a page, counted by its TXT, HL and BL lines (ads,
//   captions, jump lines and page furniture left out); it needs one TXT line to count. An article
//   number with a jump label on some row is one story over the pages of its jump rows and the
//   pages they name (BACK PAGE: the issue's last page); its rows on other pages, and every
//   unjumped article number, are a story per page (the labels reuse numbers across pages).
// - A TXT line with a jump label is compared without the jump marker it holds (`…said. See ASI,
//   page 8`): the marker is no story text, and once the story is merged its article drops it.
// - Text is compared as lower-case letters and digits only, so a line cut by a hyphen (`sup-`)
//   is still found in the joined paragraph. Only lines of 12 or more such characters are used
//   (shorter ones, `are;`, are found anywhere); a line counts with its length.
// - An article holds a line when the line's text is in the article's text (headline and blocks).
// - separated: some article holds ≥ 90 % of the story's line text, and under 10 % of the labelled
//   line text that article holds is from other stories.
// - jumps: for a story over several pages, one article holds ≥ 80 % of each page's part and lists
//   every one of those pages.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { acceptAll, type Issue, type Page } from '../../src-main/core/index'
import { leadingEnglishJump, trailingEnglishJump, trailingJump } from '../../src-main/core/parse/jumps'
import { pageFromBytes } from './pages'
import { ratio, table, type Row } from './table'

export interface LabelRow {
  line: number
  page: number
  article: number
  fn: string
  jump: string
  text: string
}

/** RFC 4180 rows (quoted cells may hold commas, doubled quotes and line ends), by csv-parse. */
export function csvRows(text: string): string[][] {
  return parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][]
}

/** The label rows of one file: the first two rows are the key and the column names. */
export function labelRows(csv: string): LabelRow[] {
  return csvRows(csv.replace(/^\uFEFF/u, ''))
    .slice(2)
    .filter((cells) => cells.length >= 8 && /^\d+$/.test(cells[0].trim()))
    .map((c) => ({ line: Number(c[0]), page: Number(c[1]) || 0, article: Number(c[2]) || 0, fn: c[3].trim().toUpperCase(), jump: c[5].trim(), text: c[7] }))
}

/** One page file per printed page, the rows' text in row order. */
export function pagesOfLabels(rows: LabelRow[]): Page[] {
  const byPage = new Map<number, string[]>()
  for (const row of rows) if (row.page > 0) byPage.set(row.page, [...(byPage.get(row.page) ?? []), row.text])
  return [...byPage.keys()].sort((a, b) => a - b).map((page) => pageFromBytes(`${String(page).padStart(2, '0')}.txt`, new TextEncoder().encode(byPage.get(page)!.join('\n') + '\n')))
}

export interface LabelledStory {
  key: string
  pages: number[]
  lines: LabelRow[]
}

const jumped = (row: LabelRow): boolean => row.jump !== '' && row.jump !== '0'
const STORY_FN = new Set(['TXT', 'HL', 'BL'])

export function storiesOf(rows: LabelRow[]): LabelledStory[] {
  const lastPage = Math.max(...rows.map((r) => r.page))
  const jumpPages = new Map<number, Set<number>>()
  for (const row of rows) {
    if (row.article === 0 || row.page === 0 || !jumped(row)) continue
    const set = jumpPages.get(row.article) ?? new Set<number>()
    set.add(row.page)
    const n = Number.parseInt(row.jump, 10)
    if (Number.isFinite(n) && n !== 0) set.add(Math.abs(n))
    else if (/back|last/i.test(row.jump)) set.add(lastPage)
    jumpPages.set(row.article, set)
  }
  const stories = new Map<string, LabelledStory>()
  for (const row of rows) {
    if (row.article === 0 || row.page === 0 || !STORY_FN.has(row.fn)) continue
    const joined = jumpPages.get(row.article)?.has(row.page)
    const key = joined ? `${row.article}` : `${row.article}@${row.page}`
    const story = stories.get(key) ?? { key, pages: [], lines: [] }
    if (!story.pages.includes(row.page)) story.pages.push(row.page)
    story.lines.push(row)
    stories.set(key, story)
  }
  return [...stories.values()].filter((s) => s.lines.some((l) => l.fn === 'TXT'))
}

/** A story line's own text: a jump marker that closes or opens it (`…said. See ASI, page 8`) is
 * no story text, and a merged story no longer holds it. */
function storyText(row: LabelRow): string {
  if (!jumped(row) || row.fn !== 'TXT') return row.text
  const trail = trailingJump(row.text) ?? trailingEnglishJump(row.text)
  if (trail) return row.text.slice(0, trail.start)
  const lead = leadingEnglishJump(row.text)
  return lead ? row.text.slice(lead.end) : row.text
}

export const letters = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/gu, '')
const MIN_LINE = 12

export interface IssueFigures {
  stories: number
  separated: number
  multiPage: number
  jumps: number
}

/** Every article's text, for finding which articles hold a line. */
function articleTexts(issue: Issue): string[] {
  return issue.articles.map((a) => letters([...a.headline, ...a.blocks.map((b) => b.text)].join(' ')))
}

export function scoreEnglish(rows: LabelRow[], issue: Issue): IssueFigures {
  const stories = storiesOf(rows)
  const texts = articleTexts(issue)
  const holders = (line: string): number[] => texts.flatMap((t, i) => (t.includes(line) ? [i] : []))
  // held[story][article] = line text of the story found in the article; per page for jumps.
  const held = new Map<string, Map<number, number>>()
  const heldOnPage = new Map<string, Map<number, Map<number, number>>>()
  const total = new Map<string, number>()
  const totalOnPage = new Map<string, Map<number, number>>()
  const articleTotal = new Map<number, number>()
  for (const story of stories) {
    const h = new Map<number, number>()
    const hp = new Map<number, Map<number, number>>()
    const tp = new Map<number, number>()
    let t = 0
    for (const line of story.lines) {
      const text = letters(storyText(line))
      if (text.length < MIN_LINE) continue
      t += text.length
      tp.set(line.page, (tp.get(line.page) ?? 0) + text.length)
      for (const a of holders(text)) {
        h.set(a, (h.get(a) ?? 0) + text.length)
        articleTotal.set(a, (articleTotal.get(a) ?? 0) + text.length)
        const onPage = hp.get(line.page) ?? new Map<number, number>()
        onPage.set(a, (onPage.get(a) ?? 0) + text.length)
        hp.set(line.page, onPage)
      }
    }
    held.set(story.key, h)
    heldOnPage.set(story.key, hp)
    total.set(story.key, t)
    totalOnPage.set(story.key, tp)
  }
  const figures: IssueFigures = { stories: 0, separated: 0, multiPage: 0, jumps: 0 }
  for (const story of stories) {
    const t = total.get(story.key) ?? 0
    if (t === 0) continue
    figures.stories++
    const h = held.get(story.key)!
    if ([...h].some(([a, n]) => n >= 0.9 * t && (articleTotal.get(a)! - n) < 0.1 * articleTotal.get(a)!)) figures.separated++
    const parts = [...totalOnPage.get(story.key)!].filter(([, n]) => n > 0)
    if (story.pages.length < 2 || parts.length < 2) continue
    figures.multiPage++
    const linked = texts.some((_, a) =>
      parts.every(([page, n]) => (heldOnPage.get(story.key)!.get(page)?.get(a) ?? 0) >= 0.8 * n && issue.articles[a].pages.some((p) => Number.parseInt(p, 10) === page)),
    )
    if (linked) figures.jumps++
  }
  return figures
}

export function englishIssues(samplesDir: string): { name: string; csv: string }[] {
  const dir = join(samplesDir, 'english', 'mustang-daily-labelled')
  const out: { name: string; csv: string }[] = []
  const single = join(samplesDir, 'english', 'mustang-daily-1988-09-27.labels.csv')
  if (existsSync(single)) out.push({ name: 'mustang-daily-1988-09-27', csv: readFileSync(single, 'utf8') })
  if (existsSync(dir)) for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) out.push({ name: f.replace(/\.csv$/, ''), csv: readFileSync(join(dir, f), 'utf8') })
  return out
}

export function englishReport(samplesDir: string): { text: string; summary: Row[] } {
  const issues = englishIssues(samplesDir)
  if (issues.length === 0) return { text: `Mustang Daily labels not found under ${samplesDir}/english: skipping story separation and jumps`, summary: [] }
  const rows: Row[] = []
  const sum: IssueFigures = { stories: 0, separated: 0, multiPage: 0, jumps: 0 }
  for (const { name, csv } of issues) {
    const labels = labelRows(csv)
    const f = scoreEnglish(labels, acceptAll(pagesOfLabels(labels)).analysis.issue)
    for (const k of Object.keys(sum) as (keyof IssueFigures)[]) sum[k] += f[k]
    rows.push({ label: `${name}: separated`, count: `${f.separated} of ${f.stories}`, rate: ratio(f.separated, f.stories) })
    rows.push({ label: `${name}: jumps`, count: `${f.jumps} of ${f.multiPage}`, rate: ratio(f.jumps, f.multiPage) })
  }
  const goal = { op: '≥', value: 0.95, as: 'percent' } as const
  rows.push({ label: `all ${issues.length} issues: separated`, count: `${sum.separated} of ${sum.stories}`, rate: ratio(sum.separated, sum.stories), goal })
  rows.push({ label: `all ${issues.length} issues: jumps`, count: `${sum.jumps} of ${sum.multiPage}`, rate: ratio(sum.jumps, sum.multiPage), goal })
  return {
    text: table('Labelled: Mustang Daily (English OCR, one page file per page), accept-all', rows),
    summary: [
      { label: 'Mustang Daily: separated', rate: ratio(sum.separated, sum.stories), goal },
      { label: 'Mustang Daily: jumps', rate: ratio(sum.jumps, sum.multiPage), goal },
    ],
  }
}
