// The British Library's four-page ALTO 1.4 issue with its METS: read as blocks with rectangles
// and word confidence, its METS articles the auto-split, each holding exactly its words.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue, readPageFiles, type Article, type Page } from '../../src-main/core/index'
import { SAMPLES, samplesOrSkip, sha256 } from './helpers'

const ISSUE = path.join(SAMPLES, 'alto/british-library-0002647-1824-02-17')
const have = samplesOrSkip()

function readIssue(withMets: boolean): Page[] {
  const names = readdirSync(ISSUE).filter((name) => name.endsWith('.xml') && (withMets || !/mets/u.test(name)))
  return readPageFiles(names.map((name) => {
    const bytes = readFileSync(path.join(ISSUE, name))
    return { name, bytes, sha256: sha256(bytes) }
  }))
}

/** METS, read here with no code of Galley's: article id → its title and `page:word` keys (1-based N of `wordN`). */
function metsArticles(): Map<string, { title: string; words: Set<string> }> {
  const xml = readFileSync(path.join(ISSUE, '0002647_18240217_mets.xml'), 'utf8')
  const fileOf = new Map([...xml.matchAll(/<mets:file ID="([^"]+)"[^>]*>\s*<mets:FLocat[^>]*xlink:href="([^"]+)"/gu)].map((m) => [m[1], m[2]]))
  const areaWords = new Map<string, string[]>()
  for (const m of xml.matchAll(/<mets:div ID="(pa\d+)"[\s\S]*?<\/mets:div>/gu)) {
    const alto = /<mets:area FILEID="([^"]+)" BETYPE="IDREF" BEGIN="word(\d+)" END="word(\d+)"/u.exec(m[0])
    if (!alto) continue
    const file = fileOf.get(alto[1]) as string
    const keys: string[] = []
    for (let n = Number(alto[2]); n <= Number(alto[3]); n++) keys.push(`${file}:${n}`)
    areaWords.set(m[1], keys)
  }
  const titles = new Map<string, string>()
  for (const m of xml.matchAll(/<mets:dmdSec ID="(modsarticle\d+)">([\s\S]*?)<\/mets:dmdSec>/gu)) {
    const raw = /<mods:title>([^<]*)</u.exec(m[2])?.[1] ?? ''
    titles.set(m[1], raw.replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'"))
  }
  const dmdOf = new Map([...xml.matchAll(/<mets:div ID="(art\d+)" TYPE="ARTICLE" DMDID="([^"]+)"/gu)].map((m) => [m[1], m[2]]))
  const out = new Map<string, { title: string; words: Set<string> }>()
  for (const group of xml.matchAll(/<mets:smLinkGrp>([\s\S]*?)<\/mets:smLinkGrp>/gu)) {
    const hrefs = [...group[1].matchAll(/xlink:href="#([^"]+)"/gu)].map((m) => m[1])
    const article = hrefs.find((id) => dmdOf.has(id))
    if (!article) continue
    const words = new Set(hrefs.flatMap((id) => areaWords.get(id) ?? []))
    out.set(article, { title: titles.get(dmdOf.get(article) as string) ?? '', words })
  }
  return out
}

/** The ALTO words (as `file:N`) an article's blocks came from, through their source ranges. */
function wordsOf(article: Article, pages: Page[]): Set<string> {
  const out = new Set<string>()
  for (const block of article.blocks) {
    for (const range of block.source) {
      const page = pages.find((p) => p.number === range.page) as Page
      page.alto?.words.forEach((word, i) => {
        if (word.start >= range.start && word.end <= range.end && word.end > word.start) out.add(`${page.file}:${i + 1}`)
      })
    }
  }
  return out
}

describe.runIf(have)('an ALTO issue with its METS', () => {
  const pages = have ? readIssue(true) : []
  const issue = parseIssue(pages)

  it('reads the four ALTO pages in the METS page order, with their size, unit and every String', () => {
    expect(pages.map((p) => [p.number, p.file])).toEqual([
      ['01', '0002647_18240217_0001.xml'],
      ['02', '0002647_18240217_0002.xml'],
      ['03', '0002647_18240217_0003.xml'],
      ['04', '0002647_18240217_0004.xml'],
    ])
    expect(pages[0].layout).toMatchObject({ width: 4169, height: 6177, unit: 'pixel' })
    const strings = readFileSync(path.join(ISSUE, pages[0].file), 'utf8').match(/<String /gu)?.length
    expect(pages[0].alto?.words.length).toBe(strings)
    expect(pages[0].alto?.words.every((w) => w.wc === null || (w.wc >= 0 && w.wc <= 1))).toBe(true)
  })

  it('joins a word hyphenated at a line end (Prelee- / tions)', () => {
    expect(pages[0].text).toContain('Preleetions')
    expect(pages[0].text).not.toMatch(/Prelee\s/u)
  })

  it('makes every METS article one article holding exactly its words, headed by its MODS title', () => {
    const mets = metsArticles()
    expect(mets.size).toBeGreaterThan(20)
    const withWords = issue.articles.map((article) => ({ article, words: wordsOf(article, pages) }))
    for (const [id, expected] of mets) {
      const holding = withWords.filter(({ words }) => [...expected.words].some((w) => words.has(w)))
      expect(holding, `METS ${id} spread over ${holding.length} articles`).toHaveLength(1)
      const [{ article, words }] = holding
      // Every word the article holds besides its headline block is the METS article's.
      expect([...words].filter((w) => !expected.words.has(w)), id).toEqual([])
      // The rest are the headline's: the words that print the title.
      const missing = [...expected.words].filter((w) => !words.has(w))
      expect(bare(missing.map((w) => wordText(w, pages)).join('')), id).toBe(article.headlineBlockId ? bare(article.headline.join('')) : '')
      if (expected.title) expect(bare(article.headline.join(' '))).toBe(bare(expected.title))
    }
  })

  it('gives every block the rectangle of its TextBlock on the page', () => {
    const blocks = issue.articles.flatMap((a) => a.blocks)
    expect(blocks.every((b) => b.box && b.box.w > 0 && b.box.h > 0)).toBe(true)
  })
})

const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

function wordText(key: string, pages: Page[]): string {
  const [file, n] = key.split(':')
  const page = pages.find((p) => p.file === file) as Page
  const word = page.alto?.words[Number(n) - 1]
  return word ? page.text.slice(word.start, word.end) : ''
}
