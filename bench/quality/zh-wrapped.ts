// Chinese pages as pdftotext gives them: the Chinese sample pages with their `##` marks taken off,
// each paragraph hard-wrapped at a column's width (and, in turn, opened by an indent or not), the
// headline on a line of its own as a head printed across the columns is. Parsed, the figures are
// how many headlines come out as an article's headline, and how many paragraphs stay whole (one
// block holding all of the paragraph): a head rule that splits prose loses the second. The third
// keeps the first honest: a story's own short paragraphs (a subhead inside it, `大小雷达筑牢监测精密防线`;
// a byline) must not come out as another article's headline. The fourth keeps the second honest:
// two paragraphs run together each count as whole, so the seams run into the next are counted.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseIssue } from '../../src-main/core/index'
import { pageFromBytes } from './pages'
import { ratio, table, type Row } from './table'

/** The column widths the pages are set in, in characters. */
const WIDTHS = [14, 20, 26]
const INDENT = '\u3000\u3000'
/** A story's paragraph this short (a subhead inside it, a byline, a credit) is what a head rule could take for a headline. */
const SHORT = 40

interface Story {
  headline: string
  paragraphs: string[]
}

function storiesOf(text: string): Story[] {
  const out: Story[] = []
  for (const chunk of text.replace(/\r\n?/gu, '\n').split(/^(?=## )/mu)) {
    const blocks = chunk.split(/\n\s*\n/u).map((block) => block.replace(/\*\*/gu, '').trim()).filter(Boolean)
    if (!blocks[0]?.startsWith('## ')) continue
    const headline = blocks[0].slice(3).trim()
    // A picture stored as an article (`## 图片：…`, its caption under it) prints no headline.
    if (/^图片[:：]/u.test(headline)) continue
    const paragraphs = blocks.slice(1).filter((block) => !block.startsWith('#') && !block.startsWith('<!--'))
    if (headline && paragraphs.length > 0) out.push({ headline, paragraphs })
  }
  return out
}

function wrap(paragraph: string, width: number, indent: boolean): string[] {
  const chars = Array.from(indent ? INDENT + paragraph : paragraph)
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''))
  return lines
}

const squeeze = (text: string): string => text.replace(/\s+/gu, '')
/** A paragraph as the parse keeps it: its jump line (`（下转第三版）`, `▶▶下转02版①`) is read out of the text. */
const withoutJumps = (text: string): string => text.replace(/[（(][^（）()]{0,8}[转轉接][^（）()]{0,8}[版页頁][^（）()]{0,4}[）)]|[▶▲◀►]+[^。]{0,8}[转接][^。]{0,6}版[①-⑳]?/gu, '')

export function wrappedChineseReport(samplesDir: string): { text: string; summary: Row[] } | null {
  if (!existsSync(samplesDir)) return null
  const pages: Story[][] = []
  for (const issue of readdirSync(samplesDir).sort()) {
    if (!/^(zhuzhou-daily|zhongguo-qixiangbao)-/u.test(issue)) continue
    for (const file of readdirSync(join(samplesDir, issue)).sort()) {
      if (/^\d+\.md$/u.test(file)) pages.push(storiesOf(readFileSync(join(samplesDir, issue, file), 'utf8')))
    }
  }
  let heads = 0
  let found = 0
  let paragraphs = 0
  let whole = 0
  let short = 0
  let inside = 0
  /** Ends of a paragraph with another after it in its story, and those run into the next one. */
  let ends = 0
  let runTogether = 0
  for (const width of WIDTHS) {
    for (const indent of [false, true]) {
      for (const stories of pages) {
        const lines = stories.flatMap((story) => [story.headline, ...story.paragraphs.flatMap((paragraph) => wrap(paragraph, width, indent))])
        const issue = parseIssue([pageFromBytes('01.txt', new TextEncoder().encode(lines.join('\n') + '\n'))])
        const headlines = new Set(issue.articles.map((article) => squeeze(article.headline.join(''))))
        const blocks = issue.articles.flatMap((article) => article.blocks.map((block) => squeeze(block.text)))
        for (const story of stories) {
          heads++
          if (headlines.has(squeeze(story.headline))) found++
          story.paragraphs.forEach((paragraph, i) => {
            const next = story.paragraphs[i + 1]
            if (next === undefined) return
            ends++
            const seam = Array.from(squeeze(withoutJumps(paragraph))).slice(-8).join('') + Array.from(squeeze(withoutJumps(next))).slice(0, 8).join('')
            if (blocks.some((block) => block.includes(seam))) runTogether++
          })
          for (const paragraph of story.paragraphs) {
            if (Array.from(paragraph).length <= SHORT) {
              short++
              if (!headlines.has(squeeze(paragraph))) inside++
            }
            if (Array.from(paragraph).length < 2 * width) continue
            paragraphs++
            if (blocks.some((block) => block.includes(squeeze(withoutJumps(paragraph))))) whole++
          }
        }
      }
    }
  }
  const rows: Row[] = [
    { label: 'wrapped Chinese pages: headlines found', count: `${found} of ${heads}`, rate: ratio(found, heads), goal: { op: '≥', value: 0.9, as: 'percent' } },
    { label: 'wrapped Chinese pages: paragraphs kept whole', count: `${whole} of ${paragraphs}`, rate: ratio(whole, paragraphs), goal: { op: '≥', value: 0.98, as: 'percent' } },
    { label: 'wrapped Chinese pages: short paragraphs kept in their story', count: `${inside} of ${short}`, rate: ratio(inside, short), goal: { op: '≥', value: 0.98, as: 'percent' } },
    // Kept whole counts a paragraph inside one block: two run together count as whole, so this counts them.
    { label: 'wrapped Chinese pages: paragraphs run into the next one', count: `${runTogether} of ${ends}`, rate: ratio(runTogether, ends) },
  ]
  return { text: table(`Hard-wrapped Chinese pages (the Chinese sample pages, marks taken off, set ${WIDTHS.join('/')} characters wide, with and without indents)`, rows), summary: rows }
}
