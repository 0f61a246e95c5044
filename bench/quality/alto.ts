// ALTO story separation: the British Library's four-page issue read without its METS, its stories
// found from the page alone, scored against the METS articles. A METS article is separated when one
// of Galley's articles holds ≥ 90 % of its words and is made ≥ 80 % of them.

import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseIssue, readPageFiles, type Article, type Page } from '../../src-main/core/index'
import { ratio, table, type Row } from './table'

const ISSUE = 'alto/british-library-0002647-1824-02-17'

function wordsOf(article: Article, pages: Map<string, Page>): Set<string> {
  const out = new Set<string>()
  for (const block of article.blocks) {
    for (const range of block.source) {
      const page = pages.get(range.page)
      page?.alto?.words.forEach((word, i) => {
        if (word.end > word.start && word.start >= range.start && word.end <= range.end) out.add(`${page.file}:${i}`)
      })
    }
  }
  return out
}

function metsWords(pages: Page[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const page of pages) {
    for (const area of page.mets ?? []) {
      const set = out.get(area.articleId) ?? new Set<string>()
      for (let w = area.firstWord; w <= area.lastWord; w++) set.add(`${page.file}:${w}`)
      out.set(area.articleId, set)
    }
  }
  return out
}

/** Where a METS article that was not separated went: the Galley articles holding its words, most first. */
function missLine(id: string, title: string, words: Set<string>, found: { headline: string; words: Set<string> }[]): string {
  const where = found
    .map((mine) => ({ mine, shared: [...words].filter((w) => mine.words.has(w)).length }))
    .filter((hit) => hit.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .map((hit) => `${hit.shared} in "${hit.mine.headline}" (of its ${hit.mine.words.size})`)
  return `  not separated: ${id} "${title}" (${words.size} words): ${where.join(', ') || 'in no article'}`
}

/** `misses`: also list each METS article not separated and where its words went (QUALITY_ALTO_MISSES=1). */
export function altoReport(samplesDir: string, misses = false): { text: string; summary: Row[] } | null {
  const dir = join(samplesDir, ISSUE)
  if (!existsSync(dir)) return null
  const files = readdirSync(dir).filter((name) => name.endsWith('.xml'))
  const read = (names: string[]) => readPageFiles(names.map((name) => ({ name, bytes: readFileSync(join(dir, name)), sha256: name })))
  const withMets = read(files)
  const truth = metsWords(withMets)
  const titles = new Map(withMets.flatMap((page) => (page.mets ?? []).map((area) => [area.articleId, area.title] as const)))
  const pages = read(files.filter((name) => !/mets/iu.test(name)))
  const byNumber = new Map(pages.map((page) => [page.number, page]))
  const articles = parseIssue(pages).articles
  const found = articles.map((article) => wordsOf(article, byNumber))
  let separated = 0
  const missed: string[] = []
  for (const [id, words] of truth) {
    const ok = found.some((mine) => {
      let shared = 0
      for (const w of words) if (mine.has(w)) shared++
      return shared >= 0.9 * words.size && shared >= 0.8 * mine.size
    })
    if (ok) separated++
    else if (misses) missed.push(missLine(id, titles.get(id) ?? '', words, articles.map((article, i) => ({ headline: article.headline.join(' / '), words: found[i] }))))
  }
  const row: Row = { label: 'ALTO without METS: stories separated', count: `${separated} of ${truth.size}`, rate: ratio(separated, truth.size), goal: { op: '≥', value: 0.9, as: 'percent' } }
  const text = table(`ALTO story separation (${ISSUE}, its METS articles as the answer; Galley found ${found.length} articles)`, [row])
  return { text: [text, ...missed].join('\n'), summary: [row] }
}
