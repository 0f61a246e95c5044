// Shared helpers for the core tests: pages from text (as the CLI would read them), fixture and
// sample loading, and small lookups an editor would make (an article by its headline, its body).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  acceptAll,
  analyze,
  makePage,
  type Analysis,
  type Article,
  type Block,
  type Finding,
  type Issue,
  type Op,
  type Page,
} from '../../src-main/core/index'

export const SAMPLES = path.resolve(__dirname, '../../../shared/samples')
export const FIXTURES = path.resolve(__dirname, '../fixtures/core')
export const haveSamples = existsSync(SAMPLES)

let told = false
/** Prints one line (once per file) when the shared samples are absent. */
export function samplesOrSkip(): boolean {
  if (!haveSamples && !told) {
    told = true
    console.log(`samples not found at ${SAMPLES}: skipping sample-based tests`)
  }
  return haveSamples
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** A page from bytes, named like a page file. */
export function pageFromBytes(file: string, bytes: Uint8Array): Page {
  return makePage(file, bytes, sha256(bytes))
}

/** A page from UTF-8 text, named like a page file (`01.md`). */
export function page(file: string, text: string): Page {
  return pageFromBytes(file, new TextEncoder().encode(text))
}

/** A page read from a file on disk. */
export function pageFromFile(file: string): Page {
  const bytes = new Uint8Array(readFileSync(file))
  return pageFromBytes(path.basename(file), bytes)
}

/** Every page file of a folder, in file name order. */
export function pagesOf(dir: string): Page[] {
  return readdirSync(dir)
    .filter((name) => /\d/.test(name) && /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => pageFromFile(path.join(dir, name)))
}

export function fixture(...names: string[]): Page[] {
  return names.map((name) => pageFromFile(path.join(FIXTURES, name)))
}

export function titleOf(article: Article): string {
  return article.headline.join(' ')
}

/** The article whose headline contains `words` (fails loudly when there is none or several). */
export function articleByHeadline(issue: Issue, words: string): Article {
  const found = issue.articles.filter((article) => titleOf(article).includes(words) || article.headline.some((part) => part.includes(words)))
  if (found.length !== 1) {
    throw new Error(`expected one article headlined “${words}”, found ${found.length}: ${issue.articles.map(titleOf).join(' | ')}`)
  }
  return found[0]
}

export function paragraphs(article: Article): Block[] {
  return article.blocks.filter((block) => block.type === 'paragraph')
}

export function bodyTexts(article: Article): string[] {
  return article.blocks.filter((block) => block.type === 'paragraph' || block.type === 'subhead').map((block) => block.text)
}

export function ofKind(findings: Finding[], kind: Finding['kind']): Finding[] {
  return findings.filter((finding) => finding.kind === kind)
}

export function opsOfKind(ops: Op[], kind: Op['kind']): Op[] {
  return ops.filter((op) => op.kind === kind)
}

export function analyse(...pages: Page[]): Analysis {
  return analyze(pages)
}

export function acceptEverything(...pages: Page[]): { ops: Op[]; analysis: Analysis } {
  return acceptAll(pages)
}

/** Recursively freezes a value so any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

/** Text of the page between a block's source offsets. */
export function sourceOf(pages: Page[], block: Block): string[] {
  return block.source.map((range) => {
    const p = pages.find((candidate) => candidate.number === range.page)
    if (!p) throw new Error(`no page ${range.page}`)
    return p.text.slice(range.start, range.end)
  })
}
