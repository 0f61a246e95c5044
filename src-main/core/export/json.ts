// galley.issue/1: the corrected issue as JSON (also what `analyze` prints).

import type { Analysis } from '../analyze'
import type { Article, Block, Byline, SplitReason } from '../model'

export interface GalleyIssueJson {
  schema: 'galley.issue/1'
  issue: { title: string; date: string | null }
  pages: { number: string; file: string; sha256: string; encoding: string }[]
  articles: {
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
  }[]
  findings: { id: string; kind: string; articleIds: string[]; blockIds: string[]; message: string; confidence: number; doubled?: string; missingPage?: string }[]
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
  const { issue, findings } = analysis
  const paired = new Set(findings.filter((finding) => finding.kind === 'continuation').flatMap((finding) => finding.blockIds))
  return {
    schema: 'galley.issue/1',
    issue: { title: issue.title, date: issue.date },
    pages: issue.pages.map((page) => ({ number: page.number, file: page.file, sha256: page.sha256, encoding: page.encoding })),
    articles: issue.articles.map((article) => ({
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
    })),
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
