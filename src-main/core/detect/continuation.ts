// continuation / unresolved-jump: pair each jump-out line (`▶▶下转02版①`, `Continued on Page A6`,
// `See MAYOR, Page 6`) with the jump-in line that opens its tail (`▲▲上接01版①`, `From Page 1`,
// `MAYOR, from Page 1`) by page, label, keyword, repeated headline and text continuity. Jumps with
// no partner among the loaded pages stay visible as unresolved.

import type { Article, Block, Candidate, Evidence, Finding, Issue, Op } from '../model'
import { comparablePage, comparePageNumbers, resolveJumpPage } from '../pages'
import { markerBracket } from '../parse/jumps'
import { comparable, endsSentence, hasCjk } from '../parse/text'
import { articleTitle, expectOf, findingId } from './common'
import { bareTail, headWordsShared, slugsAgree } from './head-words'
import { TEXT_SHARED_MAX, textShared, type Part } from './shared-text'

interface JumpAt {
  article: Article
  articleIndex: number
  block: Block
  page: string
  /** comparablePage(page), computed once. */
  at: string
}

function pageOf(article: Article, block: Block): string {
  const own = block.source[0]?.page
  return own !== undefined && article.pages.includes(own) ? own : article.pages[0]
}

function collect(issue: Issue, direction: 'in' | 'out'): JumpAt[] {
  const out: JumpAt[] = []
  issue.articles.forEach((article, articleIndex) => {
    for (const block of article.blocks) {
      if (block.type === 'jump' && block.jump?.direction === direction) {
        const page = pageOf(article, block)
        out.push({ article, articleIndex, block, page, at: comparablePage(page) })
      }
    }
  })
  return out
}

// Headlines in comparable form, per article of the issue being scanned (a WeakMap: no article is
// kept alive by it).
const titles = new WeakMap<Article, string>()

function titleOf(article: Article): string {
  let title = titles.get(article)
  if (title === undefined) {
    title = comparable(article.headline.join(''))
    titles.set(article, title)
  }
  return title
}

// A headline's lines in comparable form, those long enough to tell (four or more), per article.
const titleParts = new WeakMap<Article, string[]>()

function partsOf(article: Article): string[] {
  let parts = titleParts.get(article)
  if (parts === undefined) {
    parts = article.headline.map(comparable).filter((part) => part.length >= 4)
    titleParts.set(article, parts)
  }
  return parts
}

/** 1 for the same headline, 0.8 where one holds the other, 0.6 where `a`'s holds a line of
 * `b`'s, else 0. Run for every article of a page against each orphan tail, so nothing in it
 * allocates once an article's forms are kept. */
function headlineMatch(a: Article, b: Article): number {
  const x = titleOf(a)
  const y = titleOf(b)
  if (x === '' || y === '') return 0
  if (x === y) return 1
  if (x.includes(y) || y.includes(x)) return 0.8
  for (const part of partsOf(b)) if (x.includes(part)) return 0.6
  return 0
}

function lastParagraph(article: Article): Block | undefined {
  return [...article.blocks].reverse().find((block) => block.type === 'paragraph')
}

/** A tail's slug: its jump line's own keyword, or a one-to-three-word capitalised line (or
 * headline) printed just above the jump line (`MAYOR` / `From page 1`). */
function tailKeyword(tail: JumpAt): string {
  if (tail.block.jump?.keyword) return tail.block.jump.keyword
  const index = tail.article.blocks.indexOf(tail.block)
  const before = [tail.article.blocks[index - 1]?.text, index <= 1 ? tail.article.headline.join(' ') : undefined]
  for (const text of before) {
    const t = text?.trim() ?? ''
    if (/^[A-Z][A-Z'’.&-]*(?:\s+[A-Z][A-Z'’.&-]*){0,2}$/u.test(t)) return t
    // `STRIKE: Union rejects offer`: the slug, then the tail's own headline.
    const slug = /^([A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+){0,2})\s*:\s+\S/u.exec(t)
    if (slug) return slug[1]
  }
  return ''
}

interface Weighed {
  /** The sum of what agrees: ranks the pairs. */
  raw: number
  /** What could have agreed. */
  possible: number
  /** raw over what could have agreed, 0–1: the candidate's score as the editor sees it. */
  share: number
  evidence: Evidence[]
}

/** Do two Chinese jump lines share their form (the bracket they are set in, simplified or
 * traditional type)? null when either is not a Chinese marker. */
function sameMarkerForm(out: string, inn: string): boolean | null {
  if (!hasCjk(out) || !hasCjk(inn)) return null
  const traditional = (text: string): boolean => /[轉續頁]/u.test(text)
  return markerBracket(out) === markerBracket(inn) && traditional(out) === traditional(inn)
}

/** How well `tail` continues `head`'s jump; null when it cannot be its tail. */
function score(head: JumpAt, tail: JumpAt, named: PageNamer, pages: ReadonlySet<string>): Weighed | null {
  const out = head.block.jump!
  const inn = tail.block.jump!
  const target = named(out.page, head.at)
  const source = named(inn.page, tail.at)
  if (resolveJumpPage(target, head.page, pages) !== tail.at) return null
  if (resolveJumpPage(source, tail.page, pages) !== head.at) return null
  if (head.article === tail.article) return null
  // Each piece of evidence adds its weight to what could agree, and to what does when it does.
  let s = 1
  let possible = 1
  const evidence: Evidence[] = ['page']
  if (out.label && inn.label) {
    if (out.label !== inn.label) return null
    s += 2
    possible += 2
    evidence.push('marker')
  }
  // A paper prints one story's two markers in one form (（下转第四版） / （上接第二版）, 【…】 / 【…】,
  // 下轉 / 續 in traditional type): where several heads jump to one page, the form tells them apart.
  const form = sameMarkerForm(head.block.text, tail.block.text)
  if (form !== null) {
    possible += 0.5
    if (form) {
      s += 0.5
      if (!evidence.includes('marker')) evidence.push('marker')
    }
  }
  const slug = tailKeyword(tail)
  if (out.keyword) possible += 2
  if (out.keyword && slug) {
    if (!slugsAgree(comparable(out.keyword), comparable(slug))) return null
    s += 2
    evidence.push('keyword')
  } else if (out.keyword) {
    const title = comparable(tail.article.headline.join(' '))
    if (title.includes(comparable(out.keyword))) {
      s += 1.5
      evidence.push('keyword')
    }
  }
  const headline = headlineMatch(head.article, tail.article)
  possible += 2
  s += 2 * headline
  if (headline > 0) evidence.push('headline')
  const words = headWordsShared(head.article, tail.article)
  if (!hasCjk(head.article.headline.join('') + tail.article.headline.join(''))) possible += 1.5
  s += words
  if (words > 0) evidence.push('head-words')
  const end = lastParagraph(head.article)
  possible += 0.5
  if (end && !endsSentence(end.text)) {
    s += 0.5
    evidence.push('runs-on')
  }
  return { raw: s, possible, share: Math.min(1, s / possible), evidence }
}

function mergeOp(head: JumpAt, tail: JumpAt): Op {
  return {
    kind: 'merge-continuation',
    headId: head.article.id,
    tailId: tail.article.id,
    dropBlockIds: [head.block.id, tail.block.id],
    expect: expectOf(head.block, tail.block),
  }
}

/** A jump's page as the issue numbers it: "back" is the last page, "next" and "previous" the pages
 * beside the jump line's own (`from`, comparable) in page order; any other page is itself. */
type PageNamer = (page: string, from: string) => string

function pageNamer(lastPage: string, ordered: readonly string[]): PageNamer {
  return (page, from) => {
    if (page === 'back') return lastPage
    if (page !== 'next' && page !== 'previous') return page
    const at = ordered.indexOf(from)
    const beside = at < 0 ? undefined : ordered[page === 'next' ? at + 1 : at - 1]
    if (beside !== undefined) return beside
    // Past the issue's first or last page: the page that number would be, which is missing.
    const n = /^\d+$/u.test(from) ? Number(from) + (page === 'next' ? 1 : -1) : 0
    return n >= 1 ? String(n).padStart(2, '0') : page
  }
}

export function detectContinuations(issue: Issue): Finding[] {
  const heads = collect(issue, 'out')
  const tails = collect(issue, 'in')
  const pages = new Set(issue.pages.map((page) => comparablePage(page.number)))
  for (const article of issue.articles) for (const page of article.pages) pages.add(comparablePage(page))
  // "back page": the highest page the issue has, counting pages found inside one OCR file.
  // (In an issue of sections only, the last page of the last section.)
  const plain = [...pages].filter((page) => /^\d+$/u.test(page)).map(Number)
  const ordered = [...pages].sort(comparePageNumbers)
  const lastPage = plain.length > 0 ? String(Math.max(...plain)).padStart(2, '0') : (ordered.at(-1) ?? '00')
  const named = pageNamer(lastPage, ordered)
  // Each head is scored only against the tails on the page it jumps to: linear in the jumps
  // for an issue of many pages, not heads × tails.
  const tailsOn = new Map<string, JumpAt[]>()
  for (const tail of tails) pushTo(tailsOn, tail.at, tail)
  const pairs: Pair[] = []
  for (const head of heads) {
    const target = named(head.block.jump!.page, head.at)
    for (const tail of tailsOn.get(resolveJumpPage(target, head.page, pages)) ?? []) {
      const s = score(head, tail, named, pages)
      if (s !== null) pairs.push({ head, tail, score: s.raw, weighed: s })
    }
  }
  breakTiesByText(pairs)
  // Greedy assignment, best pairs first: where several heads jump to one page with one marker,
  // the headline or keyword decides.
  pairs.sort((a, b) => b.score - a.score || a.head.articleIndex - b.head.articleIndex || a.tail.articleIndex - b.tail.articleIndex)
  const headTaken = new Map<string, JumpAt>()
  const tailTaken = new Set<string>()
  for (const pair of pairs) {
    if (headTaken.has(pair.head.block.id) || tailTaken.has(pair.tail.block.id)) continue
    headTaken.set(pair.head.block.id, pair.tail)
    tailTaken.add(pair.tail.block.id)
  }
  const byHead = groupBy(pairs, (pair) => pair.head)
  const byTail = groupBy(pairs, (pair) => pair.tail)
  const onPage = new Map<string, Article[]>()
  for (const article of issue.articles) {
    for (const page of new Set(article.pages.map(comparablePage))) pushTo(onPage, page, article)
  }
  const findings: Finding[] = []
  const bareTaken = new Set<Article>()
  for (const head of heads) {
    const tail = headTaken.get(head.block.id)
    const target = named(head.block.jump!.page, head.at)
    const bare = tail ? null : bareTail(head.article, head.block.jump!.keyword, onPage.get(resolveJumpPage(target, head.page, pages)) ?? [], bareTaken)
    if (bare) {
      bareTaken.add(bare)
      findings.push(bareContinuation(head, bare))
      continue
    }
    if (tail) {
      const ranked = (byHead.get(head) ?? []).slice(0, 5)
      const rivals = (byTail.get(tail) ?? []).filter((pair) => pair.head !== head)
      const unique = ranked.length === 1 && rivals.length === 0
      const tied = ranked.some((pair) => pair.tail !== tail && pair.score === ranked[0].score) || rivals.some((pair) => pair.score >= ranked[0].score)
      const candidates: Candidate[] = ranked.map((pair) => ({
        articleId: pair.tail.article.id,
        score: Math.round(pair.weighed.share * 100) / 100,
        evidence: pair.weighed.evidence,
        label: articleTitle(pair.tail.article),
        fix: [mergeOp(head, pair.tail)],
      }))
      findings.push({
        id: findingId('continuation', [head.block.id, tail.block.id]),
        kind: 'continuation',
        articleIds: [head.article.id, tail.article.id],
        blockIds: [head.block.id, tail.block.id],
        variant: 'marked',
        params: { article: articleTitle(head.article), page: tail.page, out: head.block.text, in: tail.block.text },
        message: `“${articleTitle(head.article)}” continues on page ${tail.page} (${head.block.text} → ${tail.block.text})`,
        // A pairing nothing competes with is sure; one chosen between equals is only a guess.
        confidence: tied ? 0.4 : unique ? Math.max(0.8, Math.min(1, ranked[0].score / 5)) : Math.min(1, 0.5 + ranked[0].score / 10),
        fix: [mergeOp(head, tail)],
        candidates,
      })
      continue
    }
    const at = resolveJumpPage(target, head.page, pages)
    findings.push(unresolved(head, target, !pages.has(at), onPage.get(at) ?? []))
  }
  const merged = new Set(heads.filter((head) => headTaken.has(head.block.id)).map((head) => head.article))
  for (const tail of tails) {
    if (tailTaken.has(tail.block.id)) continue
    findings.push(...orphanTail(tail, onPage, merged, pages))
  }
  return findings
}

interface Pair {
  head: JumpAt
  tail: JumpAt
  score: number
  weighed: Weighed
}

const part = (at: JumpAt): Part => ({ article: at.article, jump: at.block })

/** Where a head could take more than one tail (or a tail more than one head) and the scores
 * are too close for the label, slug or headline to have decided, each pair gains what its two
 * parts' text shares apart from those rivals; any other pair is left as it is scored. */
function breakTiesByText(pairs: Pair[]): void {
  const byHead = groupBy(pairs, (pair) => pair.head)
  const byTail = groupBy(pairs, (pair) => pair.tail)
  const close = (pair: Pair) => (other: Pair) => other !== pair && Math.abs(other.score - pair.score) <= TEXT_SHARED_MAX
  const bonus = pairs.map((pair) => {
    const rivals = [
      ...(byHead.get(pair.head) ?? []).filter(close(pair)).map((other) => part(other.tail)),
      ...(byTail.get(pair.tail) ?? []).filter(close(pair)).map((other) => part(other.head)),
    ]
    return rivals.length === 0 ? null : textShared(part(pair.head), part(pair.tail), rivals)
  })
  pairs.forEach((pair, i) => {
    const shared = bonus[i]
    if (shared === null) return
    // The editor sees what decided: the shared words as evidence, and in the candidate's share. Every
    // pair with rivals is weighed out of the same larger whole, so a pair the text favours never shows less.
    const possible = pair.weighed.possible + TEXT_SHARED_MAX
    const evidence = pair.weighed.evidence
    pair.score += shared
    pair.weighed = { raw: pair.score, possible, share: Math.min(1, pair.score / possible), evidence: shared > 0 ? [...evidence, 'shared-text'] : evidence }
  })
}

function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key)
  if (group) group.push(value)
  else groups.set(key, [value])
}

/** Pairs grouped by a key, each group in the pairs' (ranked) order. */
function groupBy(pairs: Pair[], key: (pair: Pair) => JumpAt): Map<JumpAt, Pair[]> {
  const groups = new Map<JumpAt, Pair[]>()
  for (const pair of pairs) pushTo(groups, key(pair), pair)
  return groups
}

/** A tail whose head printed no jump line: its repeated headline may still find the head. */
function orphanTail(tail: JumpAt, onPage: Map<string, Article[]>, merged: Set<Article>, pages: Set<string>): Finding[] {
  const source = tail.block.jump!.page
  const unmarked = (onPage.get(resolveJumpPage(source, tail.page, pages)) ?? []).filter((article) =>
    article !== tail.article &&
    !merged.has(article) &&
    headlineMatch(article, tail.article) >= 0.8)
  if (unmarked.length === 1) {
    const head = unmarked[0]
    const op: Op = { kind: 'merge-continuation', headId: head.id, tailId: tail.article.id, dropBlockIds: [tail.block.id], expect: expectOf(tail.block) }
    return [{
      id: findingId('continuation', [head.id, tail.block.id]),
      kind: 'continuation',
      articleIds: [head.id, tail.article.id],
      blockIds: [tail.block.id],
      variant: 'unmarked-head',
      params: { article: articleTitle(head), page: tail.page, tail: articleTitle(tail.article), in: tail.block.text, from: source },
      message: `“${articleTitle(tail.article)}” on page ${tail.page} continues “${articleTitle(head)}” from page ${source} (${tail.block.text}; the head prints no jump line)`,
      confidence: 0.6,
      fix: [op],
      candidates: [{ articleId: head.id, score: 0.6, label: articleTitle(head), fix: [op] }],
    }]
  }
  return [unresolved(tail, source, !pages.has(resolveJumpPage(source, tail.page, pages)))]
}

/** `See POSTER, page 8` and the one story on page 8 headed `POSTER` alone, which prints no jump
 * line: the slug is the only evidence, so the tail's head is kept out of the merge (its slug is
 * no story text) and the finding is as sure as a unique slug match. */
function bareContinuation(head: JumpAt, tail: Article): Finding {
  const title = articleTitle(head.article)
  const slug = tail.headline.join(' ')
  const fix: Op[] = [{ kind: 'merge-continuation', headId: head.article.id, tailId: tail.id, dropBlockIds: [head.block.id], expect: expectOf(head.block) }]
  return {
    id: findingId('continuation', [head.block.id, tail.id]),
    kind: 'continuation',
    articleIds: [head.article.id, tail.id],
    blockIds: [head.block.id],
    variant: 'marked',
    params: { article: title, page: tail.pages[0], out: head.block.text, in: slug },
    message: `“${title}” continues on page ${tail.pages[0]} (${head.block.text} → ${slug})`,
    confidence: 0.8,
    fix,
    // The slug is the one piece of evidence there is, and it agrees.
    candidates: [{ articleId: tail.id, score: 1, label: articleTitle(tail), fix }],
  }
}

/** A jump line with no partner among the loaded pages: kept visible, naming the page it needs.
 * A jump out to a page that is there offers that page's articles, for the editor to pick the tail
 * whose jump line OCR lost or never printed. */
function unresolved(at: JumpAt, page: string, missing: boolean, onTarget: Article[] = []): Finding {
  const title = articleTitle(at.article)
  const out = at.block.jump!.direction === 'out'
  const message = out
    ? missing
      ? `“${title}” jumps to page ${page} (${at.block.text}), which is not in this issue; add the page to resolve it`
      : `“${title}” jumps to page ${page} (${at.block.text}), but no story there opens with a matching jump line`
    : missing
      ? `“${title}” continues from page ${page} (${at.block.text}), which is not in this issue`
      : `“${title}” continues from page ${page} (${at.block.text}), but no story there jumps here`
  return {
    id: findingId('unresolved-jump', [at.block.id]),
    kind: 'unresolved-jump',
    articleIds: [at.article.id],
    blockIds: [at.block.id],
    variant: `${out ? 'out' : 'in'}-${missing ? 'missing' : 'unmatched'}`,
    params: { article: title, page, jump: at.block.text },
    message,
    confidence: 1,
    fix: [],
    ...(missing ? { missingPage: page } : {}),
    ...(out && !missing ? { candidates: linkable(at, onTarget) } : {}),
  }
}

function linkable(head: JumpAt, onTarget: Article[]): Candidate[] {
  return onTarget
    .filter((article) => article !== head.article)
    .map((article) => {
      const op: Op = { kind: 'merge-continuation', headId: head.article.id, tailId: article.id, dropBlockIds: [head.block.id], expect: expectOf(head.block) }
      return { articleId: article.id, score: 0, label: articleTitle(article), fix: [op] }
    })
}
