// Words cut at a hard-wrapped line's end with the hyphen lost, as per-article and Chronicling
// America OCR print them (`com` / `mittee`): the body text of the Mustang Daily labelled issues
// (real English, never tuned on for this) is set again in narrow columns, one printed line a row,
// each word that overflows a line cut there without a hyphen; parsed, the figures are how many of
// those words come out whole, and how many line ends between two words come out glued.

import type { Page } from '../../src-main/core/index'
import { parseIssue } from '../../src-main/core/index'
import { englishIssues, labelRows } from './english'
import { pageFromBytes } from './pages'
import { ratio, table, type Row } from './table'

/** The column's width in characters: a narrow newspaper column. */
const WIDTH = 34

interface Cut {
  first: string
  rest: string
}

interface Setting {
  text: string
  cuts: Cut[]
  /** Two whole words a line's end falls between (`board` / `met`). */
  ends: [string, string][]
}

/** A word the setter may cut: letters only (trailing punctuation aside), seven or more. */
const CUTTABLE = /^([A-Za-z]{7,})([.,;:!?'"”’)]*)$/u

/** Paragraphs set in a column WIDTH wide; an overflowing word of CUTTABLE form cut where the line
 * ends (two letters or more each side, three after), the rest on the next line, no hyphen. */
function setColumn(paragraphs: string[]): Setting {
  const lines: string[] = []
  const cuts: Cut[] = []
  const ends: [string, string][] = []
  for (const paragraph of paragraphs) {
    let line = ''
    const words = paragraph.split(/\s+/u).filter(Boolean)
    for (const word of words) {
      if (line === '') {
        line = word
        continue
      }
      if (line.length + 1 + word.length <= WIDTH) {
        line += ` ${word}`
        continue
      }
      const room = WIDTH - line.length - 1
      const m = CUTTABLE.exec(word)
      if (m && room >= 2 && m[1].length - room >= 3) {
        cuts.push({ first: m[1].slice(0, room), rest: m[1].slice(room) })
        lines.push(`${line} ${m[1].slice(0, room)}`)
        line = word.slice(room)
        continue
      }
      const last = /([A-Za-z]+)$/u.exec(line)?.[1]
      const next = /^([a-z]+)/u.exec(word)?.[1]
      if (last && next) ends.push([last, next])
      lines.push(line)
      line = word
    }
    if (line) lines.push(line)
    lines.push('')
  }
  return { text: lines.join('\n'), cuts, ends }
}

/** How often each word, and each pair of words in a row, is printed in `text`. */
function tally(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  const words = text.match(/[A-Za-z]+/gu) ?? []
  words.forEach((word, i) => {
    counts.set(word, (counts.get(word) ?? 0) + 1)
    if (i > 0) counts.set(`${words[i - 1]} ${word}`, (counts.get(`${words[i - 1]} ${word}`) ?? 0) + 1)
  })
  return counts
}

/** How many times each key is in `keys`. */
function times(keys: string[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const key of keys) out.set(key, (out.get(key) ?? 0) + 1)
  return out
}

export function lostHyphenReport(samplesDir: string): { text: string; summary: Row[] } {
  let cut = 0
  let whole = 0
  let ends = 0
  let glued = 0
  for (const { csv } of englishIssues(samplesDir)) {
    const rows = labelRows(csv).filter((row) => row.fn === 'TXT' && row.page > 0)
    const byPage = new Map<number, string[]>()
    for (const row of rows) byPage.set(row.page, [...(byPage.get(row.page) ?? []), row.text])
    const settings = [...byPage].map(([page, paragraphs]) => ({ page, ...setColumn(paragraphs) }))
    const pages: Page[] = settings.map(({ page, text }) => pageFromBytes(`${String(page).padStart(2, '0')}.txt`, new TextEncoder().encode(`${text}\n`)))
    const issue = parseIssue(pages)
    const out = tally(issue.articles.flatMap((article) => [...article.headline, ...article.blocks.map((block) => block.text)]).join('\n'))
    const source = tally(settings.map((setting) => setting.text).join('\n'))
    // A cut word is whole where the output holds its two pieces apart fewer times than the setting
    // did; a line end is glued where the output prints the two words run together more often.
    for (const [pair, n] of times(settings.flatMap((setting) => setting.cuts.map((c) => `${c.first} ${c.rest}`)))) {
      cut += n
      whole += Math.min(n, Math.max(0, (source.get(pair) ?? 0) - (out.get(pair) ?? 0)))
    }
    for (const [joined, n] of times(settings.flatMap((setting) => setting.ends.map(([a, b]) => a + b)))) {
      ends += n
      glued += Math.min(n, Math.max(0, (out.get(joined) ?? 0) - (source.get(joined) ?? 0)))
    }
  }
  const rows: Row[] = [
    { label: 'lost hyphens: words cut at a line end come out whole', count: `${whole} of ${cut}`, rate: ratio(whole, cut), goal: { op: '≥', value: 0.9, as: 'percent' } },
    { label: 'lost hyphens: line ends between two words glued', count: `${glued} of ${ends}`, rate: ratio(glued, ends), goal: { op: '≤', value: 0.001, as: 'percent' } },
  ]
  return { text: table(`Lost hyphens (the Mustang Daily labelled body text set in ${WIDTH}-character columns, overflowing words cut without a hyphen)`, rows), summary: rows }
}
