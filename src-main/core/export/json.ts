// galley.issue/1: the corrected issue as JSON (also what `analyze` prints).

import type { Analysis } from '../analyze'
import type { Article, Block, Byline, SplitReason } from '../model'
import { LazyList } from './json-chunks'

export interface GalleyIssueJson {
  schema: 'galley.issue/1'
  issue: { title: string; date: string | null }
  pages: { number: string; file: string; sha256: string; encoding: string }[]
  articles: GalleyArticleJson[]
  findings: { id: string; kind: string; articleIds: string[]; blockIds: string[]; message: string; confidence: number; doubled?: string; missingPage?: string }[]
}

export interface GalleyArticleJson {
  id: string
  pages: string[]
  headline: string[]
  byline: Byline | null
  body: { type: 'paragraph' | 'subhead'; text: string }[]
  captions: { text: string; credit: string }[]
  jumps: { direction: 'out' | 'in'; page: string; label: string; keyword?: string; text: string; resolved: boolean }[]
  confidence: number
  reviewed: boolean
  /** Why Galley started this story where the page marked none (English OCR). */
  split?: SplitReason
}

export function articleByline(article: Article): Byline | null {
  const line = article.blocks.find((block) => block.type === 'byline')?.byline
  if (line) return line
  return article.blocks.find((block) => block.type === 'paragraph' && block.byline)?.byline ?? null
}

function jumpsOf(blocks: Block[], paired: ReadonlySet<string>) {
  return blocks
    .filter((block) => block.type === 'jump' && block.jump)
    .map((block) => ({
      direction: block.jump!.direction,
      page: block.jump!.page,
      label: block.jump!.label,
      ...(block.jump!.keyword ? { keyword: block.jump!.keyword } : {}),
      text: block.text,
      // A jump is resolved when a continuation finding pairs it with its partner.
      resolved: paired.has(block.id),
    }))
}

export function toGalleyJson(analysis: Analysis): GalleyIssueJson {
  const paired = pairedJumps(analysis)
  return galleyJson(analysis, analysis.issue.articles.map((article) => articleJson(article, paired)))
}

/** The same, its articles made one at a time as the JSON is written (exportIssueChunks). */
export function toGalleyJsonLazily(analysis: Analysis): Omit<GalleyIssueJson, 'articles'> & { articles: LazyList<GalleyArticleJson> } {
  const paired = pairedJumps(analysis)
  const { articles } = analysis.issue
  return galleyJson(analysis, new LazyList(articles.length, (index) => articleJson(articles[index], paired)))
}

function pairedJumps(analysis: Analysis): Set<string> {
  return new Set(analysis.findings.filter((finding) => finding.kind === 'continuation').flatMap((finding) => finding.blockIds))
}

function galleyJson<A>(analysis: Analysis, articles: A): Omit<GalleyIssueJson, 'articles'> & { articles: A } {
  const { issue, findings } = analysis
  return {
    schema: 'galley.issue/1',
    issue: { title: issue.title, date: issue.date },
    pages: issue.pages.map((page) => ({ number: page.number, file: page.file, sha256: page.sha256, encoding: page.encoding })),
    articles,
    findings: findings.map((finding) => ({
      id: finding.id,
      kind: finding.kind,
      articleIds: finding.articleIds,
      blockIds: finding.blockIds,
      message: finding.message,
      confidence: finding.confidence,
      ...(finding.doubled ? { doubled: finding.doubled } : {}),
      ...(finding.missingPage ? { missingPage: finding.missingPage } : {}),
    })),
  }
}

function articleJson(article: Article, paired: ReadonlySet<string>): GalleyArticleJson {
  return {
    id: article.id,
    pages: article.pages,
    headline: article.headline,
    byline: articleByline(article),
    body: article.blocks
      .filter((block) => block.type === 'paragraph' || block.type === 'subhead')
      .map((block) => ({ type: block.type as 'paragraph' | 'subhead', text: block.text })),
    captions: article.blocks.filter((block) => block.type === 'caption').map((block) => ({ text: block.caption?.text ?? block.text, credit: block.caption?.credit ?? '' })),
    jumps: jumpsOf(article.blocks, paired),
    confidence: article.confidence,
    reviewed: article.reviewed,
    ...(article.split ? { split: article.split.reason } : {}),
  }
}
