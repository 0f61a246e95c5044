// Pages → the auto-split issue: classify each raw block (headline, byline, subhead, jump,
// caption, paragraph) and gather blocks into articles under their headlines. Where a page has no
// `#`/`##` lines, articles are found by what a page looks like, with a lower confidence.

import { mastheadOf, printedDate } from './masthead'
import type { Article, Block, BlockType, Issue, Page, SplitReason } from '../model'
import { blockHash } from '../hash'
import { sortPages } from '../pages'
import { closesStory, isPaperName, mostlyCapitals, rawBlocks, type RawBlock } from './blocks'
import { bylineLine, inlineByline, isJobTitle } from './bylines'
import { captionOf } from './captions'
import { endsOnInitialism, headlineParts, looksLikeHeadline } from './headline'
import { goesOnAfter, RUNS_ON, runsOnEvidence } from './gap'
import { leadingEnglishJump, leadingJump, trailingEnglishJump, trailingJump, wholeJump } from './jumps'
import { adHead, opensAd, rejoinAcrossAds, staysInAd } from './ads'
import { creditLine, cutProse, damagedByline, headsParagraph, isTagline, listingLine, looksLikeAdCopy, isSignature, isSlugHead, looksLikeName, namesPlace, namesPost, neverHeadline, opensLetter, opensParagraph, opensTail, opensWireItem, signatureLine, signsOff, startReason, underByline } from './stories'
import { codePointsOver, endsSentence, hasCjk, IssueWords, opensOnDateline } from './text'
import { parseMetsIssue, withBoxes } from './alto'
import { layoutAreas } from './layout'

export interface ParseOptions {
  /** The title when the pages do not name their paper (usually the folder's name). */
  title?: string
  date?: string | null
  /** The paper's name as the editor set it for the library: wins over what the pages print. */
  paper?: string | null
}

export class BlockFactory {
  /** Shared by every page of the issue, so two page files with one number never share an id. */
  constructor(
    private readonly page: string,
    private readonly seen: Map<string, number>,
  ) {}

  make(type: BlockType, text: string, start: number, end: number, extra?: Pick<Block, 'parts' | 'byline' | 'jump' | 'caption'>): Block {
    const hash = blockHash(type, text)
    const base = `${this.page}-${hash.slice(0, 8)}`
    const n = (this.seen.get(base) ?? 0) + 1
    this.seen.set(base, n)
    const block: Block = { id: n === 1 ? base : `${base}.${n}`, type, text, hash, source: [{ page: this.page, start, end }] }
    // Set one by one rather than spread: a spread of optional fields was the parser's costliest line.
    if (extra?.parts) block.parts = extra.parts
    if (extra?.byline) block.byline = extra.byline
    if (extra?.jump) block.jump = extra.jump
    if (extra?.caption) block.caption = extra.caption
    return block
  }
}

/** Turns a text raw block into one to three blocks (a jump marker may open or close it). */
function classify(raw: RawBlock, factory: BlockFactory, firstParagraph: boolean, english = false): Block[] {
  const text = raw.text
  const subhead = /^\*\*(.+)\*\*$/u.exec(text)
  if (subhead) return [factory.make('subhead', subhead[1].trim(), raw.start, raw.end)]
  const jump = wholeJump(text)
  if (jump) return [factory.make('jump', text, raw.start, raw.end, { jump })]
  // A byline the jump marker closes (`本报记者 吴彤（下轉第三版）`, the story's text all on the other
  // page) is split below, as any line a marker closes.
  const byline = bylineLine(text)
  if (byline && !trailingJump(text)) return [factory.make('byline', text, raw.start, raw.end, { byline })]
  const caption = captionOf(text)
  if (caption) return [factory.make('caption', text, raw.start, raw.end, { caption })]

  const out: Block[] = []
  let body = text
  let bodyStart = raw.start
  const lead = leadingJump(body) ?? (english ? leadingEnglishJump(body) : null)
  if (lead) {
    const marker = body.slice(lead.start, lead.end).trim()
    out.push(factory.make('jump', marker, raw.start, Math.min(raw.end, raw.start + lead.end), { jump: lead.jump }))
    body = body.slice(lead.end).trim()
    bodyStart = Math.min(raw.end, raw.start + lead.end)
  }
  const trail = trailingJump(body) ?? (english ? trailingEnglishJump(body) : null)
  let tail: Block | null = null
  if (trail) {
    const marker = body.slice(trail.start).trim()
    const markerStart = Math.max(bodyStart, raw.end - (body.length - trail.start))
    tail = factory.make('jump', marker, markerStart, raw.end, { jump: trail.jump })
    body = body.slice(0, trail.start).trimEnd()
  }
  // `本报通讯员 X Y(下转2版)`: a byline line the jump marker closes is still a byline line.
  const line = body !== '' && (lead || trail) ? bylineLine(body) : null
  if (line) out.push(factory.make('byline', body, bodyStart, tail ? tail.source[0].start : raw.end, { byline: line }))
  else if (body !== '') {
    const dateline = firstParagraph ? inlineByline(body) : null
    const end = tail ? tail.source[0].start : raw.end
    out.push(factory.make('paragraph', body, bodyStart, end, dateline ? { byline: dateline.byline } : undefined))
  }
  if (tail) out.push(tail)
  return out
}

export function newArticle(headline: Block | null, page: string, confidence: number): Article {
  return {
    id: headline ? headline.id : '',
    pages: [page],
    headline: headline?.parts ?? [],
    headlineBlockId: headline?.id ?? null,
    blocks: [],
    confidence,
    reviewed: false,
  }
}

/** Chinese subheads often come without `**`: a short title line between whole paragraphs. */
export function looksLikeSubhead(text: string): boolean {
  if (!hasCjk(text) || codePointsOver(text, 40)) return false
  // A piece that opens on a closing mark (`”这是我…`) is the rest of a quotation, never a title.
  if (/^[”’」』）)]/u.test(text)) return false
  // Nor is one that closes a bracket it never opened (`林晓 来源：新华网）`): the rest of an attribution.
  if (closesMoreThanOpens(text)) return false
  if (/[？?]$/u.test(text)) return !/[。；;]/u.test(text)
  // Numbered titles: 一、… / （二）… / 案例三：…
  if (/^(?:案例|第)?[一二三四五六七八九十\d]+[、：:．.]|^[（(][一二三四五六七八九十\d]+[)）]/u.test(text)) return !/[。]/u.test(text)
  // A Chinese title never ends on a point: one there is a number's, cut at the break (`平均2.` / `.5小时`).
  if (/[。；;！!…\ufffd]/u.test(text) || /[：:，、,.．]$/u.test(text)) return false
  // A title does not end on a particle or preposition; a sentence cut at a column break does.
  if (/[了的地得和与及或在对把被将为是从向以而并且也都就还又之其]$/u.test(text)) return false
  // Nor on a preposition of two characters, which waits for its object (…执法局依据 / 《条例》…).
  if (/(?:依据|根据|按照|通过|经过|关于|围绕|针对|面对|对于|作为|依托|借助|随着|由于|为了|除了|经由|沿着|趁着)$/u.test(text)) return false
  // A comma is fine in a short title (…，中国方案应势而出), not in a line of running prose.
  return !/[，、,]/u.test(text) || !codePointsOver(text, 24)
}

/** More closing brackets （ ） ( ) than opening ones, counted without a list of the matches. */
function closesMoreThanOpens(text: string): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xff09 || c === 0x29) depth--
    else if (c === 0xff08 || c === 0x28) depth++
  }
  return depth < 0
}

/** A letter's writer signing it off: a name (in capitals, as letters pages print it, or with
 * the writer's post) right under the last sentence of an article that opens as a letter. A line
 * right over a salutation, a byline or a paragraph's start is the next story's headline. */
function signsLetterOff(current: Article | null, text: string, next: string | undefined): boolean {
  if (!current) return false
  const paragraphs = current.blocks.filter((block) => block.type === 'paragraph')
  const last = paragraphs.at(-1)
  if (!last || !opensLetter(paragraphs[0].text) || !endsSentence(last.text)) return false
  if (next !== undefined && (opensLetter(next) || opensParagraph(next) || bylineLine(next) !== null)) return false
  const t = text.trim()
  const capitals = t.length <= 32 && /^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,2}$/u.test(t) && looksLikeName(t.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()))
  // `Jane Doe` over `Riverton` or `Biology junior`: a name in mixed case signs with the line under it.
  const overPost = looksLikeName(t) && next !== undefined && (namesPost(next) || namesPlace(next))
  // `Jane Doe, Riverton`: the name and the town on one line.
  const comma = t.indexOf(', ')
  const withPlace = comma > 0 && looksLikeName(t.slice(0, comma)) && namesPlace(t.slice(comma + 2))
  return capitals || overPost || withPlace || signatureLine(t)
}

function inferSubheads(article: Article): void {
  const blocks = article.blocks
  for (let i = 1; i < blocks.length - 1; i++) {
    const block = blocks[i]
    if (block.type !== 'paragraph' || block.byline) continue
    const prev = blocks[i - 1]
    const next = blocks[i + 1]
    if (next.type !== 'paragraph') continue
    if (prev.type === 'paragraph' && !endsSentence(prev.text)) continue
    if (!looksLikeSubhead(block.text)) continue
    // The first piece of a paragraph cut at a column break reads like a short title too; the gap
    // to the next paragraph tells them apart (a word across it, an open quote, prose commas).
    if (runsOnEvidence(block.text, next.text) >= RUNS_ON) continue
    // A fragment of a cut paragraph printed again away from it, which the story goes on past.
    if (codePointsOver(block.text, 9) && blocks.some((other) => other !== block && other.type === 'paragraph' && goesOnAfter(other.text, block.text))) continue
    blocks[i] = { ...block, type: 'subhead', hash: blockHash('subhead', block.text) }
  }
}

/** A paper's name, alone or with the issue's date (`株洲日报`, `The Evening Post`): a nameplate. */
function isDatedPaperName(text: string): boolean {
  return isPaperName(text.replace(/\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天])\s*/gu, ' ').trim())
}

/**
 * `# 第01版：要闻` above the page's `##` articles: the page's own title (page furniture, like a
 * running head), not a story that every article below would become part of.
 */
function pageTitleOf(raws: RawBlock[]): RawBlock | null {
  const headings = raws.filter((raw) => raw.level > 0)
  const first = headings[0]
  if (!first || first.level !== 1 || headings.filter((raw) => raw.level === 1).length !== 1) return null
  // It names the page (`第01版`, `A3 版`, `Page 2`, `要闻`-style labels carry a page word), and no
  // text stands under it before the first story: a `# Headline` over its own `##` subheads is a story.
  if (!/[版页頁]|\bpage\b|\bsection\b/iu.test(first.text) && !isDatedPaperName(first.text)) return null
  const at = raws.indexOf(first)
  const next = raws.findIndex((raw, i) => i > at && raw.level === 2)
  if (raws.slice(at + 1, next).some((raw) => raw.level === 0 && !raw.pageMark)) return null
  return headings.filter((raw) => raw.level === 2).length >= 2 ? first : null
}

function articleLevel(raws: RawBlock[], pageTitle: RawBlock | null): number {
  if (pageTitle) return 2
  if (raws.some((raw) => raw.level === 1)) return 1
  if (raws.some((raw) => raw.level === 2)) return 2
  return raws.find((raw) => raw.level > 0)?.level ?? 0
}

function parsePage(page: Page, seen: Map<string, number>, words?: IssueWords): Article[] {
  const factory = new BlockFactory(page.number, seen)
  const first = Number.parseInt(page.number, 10)
  const raws = rawBlocks(page.text, !/^\d+$/u.test(page.number) ? null : first > 0 ? first : 1, words)
  const pageTitle = pageTitleOf(raws)
  const level = articleLevel(raws, pageTitle)
  // An English OCR page without marks: stories also start where the page's other evidence says.
  const english = level === 0 && !raws.some((raw) => hasCjk(raw.text))
  const articles: Article[] = []
  let logicalPage = page.number
  let current: Article | null = null
  let inHead = false
  /** The next article Galley starts without a headline starts for this reason. */
  let reason: SplitReason | null = null
  /** A signature (and the line under it) closed the current letter. */
  let signed = 0
  /** The current article is a letter its writer signed, and the line before was the name. */
  let letterSigned = false
  let postDue = false
  /** A byline printed above the headline that follows it. */
  let byline: Block | null = null
  /** An ad set into a story's column: its article, and the story it interrupted. */
  let ad: { article: Article | null; story: Article } | null = null
  /** The ad's head lines, taken out of the story, for the ad's article. */
  let adLines: Block[] = []
  /** Tails' slugs OCR read stacked over the first tail's jump line, in order, for the next tails. */
  let slugQueue: RawBlock[] = []
  /** The slug the next article Galley starts at a jump-in takes as its headline. */
  let slugHead: RawBlock | null = null
  /** A box of listings set apart (`LOTTERY` / `Pick 3: 4-1-7`), and the story it interrupted. */
  let box: { article: Article; story: Article | null } | null = null

  const ensure = (first: Block, confidence: number): Article => {
    if (current) return current
    const head = slugHead ? factory.make('headline', slugHead.text.trim(), slugHead.start, slugHead.end, { parts: [slugHead.text.trim()] }) : null
    slugHead = null
    const article = newArticle(head, logicalPage, confidence)
    if (!head) article.id = first.id
    if (reason) article.split = { reason }
    reason = null
    articles.push(article)
    current = article
    return article
  }
  const hasText = (article: Article | null): boolean => article !== null && article.blocks.some((block) => block.type === 'paragraph')
  // Under a byline held for it, a headline needs no more than its paragraph start.
  const held = (j: number): SplitReason | null => (headsParagraph(raws, j) ? 'headline-over-paragraph' : null)
  // A section's head (`OBITUARIES`, `IN BRIEF`) right over the head of the story under it, with no
  // text between (the story's head a name, which is no deck, or run into its first line): that
  // headline's kicker, not an article with nothing in it.
  const takeSectionHead = (parts: string[]): void => {
    if (!english || !current || articles.at(-1) !== current || current.blocks.length > 0 || current.headline.length === 0) return
    if (current.headline.length + parts.length > 5 || current.split?.reason === 'jump-head') return
    parts.unshift(...current.headline)
    articles.pop()
  }

  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]
    if (raw === pageTitle) continue
    // The paper's name on a line of its own (`THE VALLEY HERALD`, `Mustang Daily`) on an OCR page:
    // its nameplate or a running head's, page furniture as the folio is, never a story's headline
    // or its first words. (`Associated Press` under a headline is the story's credit.)
    if (english && raw.level === 0 && !raw.head && raw.text.length <= 60 && isDatedPaperName(raw.text.trim()) && !/^(?!the\s).*\bpress$/iu.test(raw.text.trim())) continue
    if (raw.pageMark) {
      slugQueue = []
      logicalPage = raw.pageMark
      // A story exported across pages carries on after the mark; an OCR folio starts afresh.
      if (!raw.runsOn) current = null
      continue
    }
    if (raw.level > 0 && raw.level === level) {
      const marker = wholeJump(raw.text)
      if (marker) {
        // `## ▲▲上接01版①`: the auto-split took the tail's jump line for its headline. A jump in
        // opens a story with no headline of its own; a jump out closes the story above.
        if (marker.direction === 'in') current = null
        const jump = factory.make('jump', raw.text, raw.start, raw.end, { jump: marker })
        const article = ensure(jump, 1)
        if (logicalPage !== page.number) jump.page = logicalPage
        if (!article.pages.includes(logicalPage)) article.pages.push(logicalPage)
        article.blocks.push(jump)
        inHead = false
        continue
      }
      // `▲▲上接01版①` right above the tail's repeated headline opens that tail; it never closes
      // the story above it.
      const jumpIn = current && i > 0 && raws[i - 1].level === 0 ? takeJumpIn(current, articles) : null
      const headline = factory.make('headline', raw.text, raw.start, raw.end, { parts: headlineParts(raw.text) })
      current = newArticle(headline, logicalPage, 1)
      if (jumpIn) current.blocks.push(jumpIn)
      articles.push(current)
      inHead = true
      continue
    }
    if (raw.level > 0) {
      // Below the article level: a deck or byline right under the headline, else a subhead.
      const byline = bylineLine(raw.text)
      if (inHead && current && raw.level === level + 1 && !byline) {
        current.headline = [...current.headline, raw.text]
        continue
      }
      if (inHead && current && (byline || raw.level === level + 2)) {
        // `###` right under a headline and deck is its byline (`### JANE DOE Staff writer`).
        const parsed = byline ?? { text: raw.text, reporters: capitalisedName(raw.text), correspondents: [] }
        current.blocks.push(factory.make('byline', raw.text, raw.start, raw.end, { byline: parsed }))
        continue
      }
      const sub = factory.make('subhead', raw.text, raw.start, raw.end)
      ensure(sub, level === 0 ? 0.5 : 1).blocks.push(sub)
      inHead = false
      continue
    }
    const stack = english ? slugStack(raws, i) : 0
    if (stack > 0) {
      // `ASI` / `HORSES` / `From page 2` …text… `From page 5` …text…: the slugs of tails set side
      // by side, read in a row; each jump line below takes the next.
      const headline = factory.make('headline', raw.text.trim(), raw.start, raw.end, { parts: [raw.text.trim()] })
      current = newArticle(headline, logicalPage, 0.6)
      current.split = { reason: 'jump-head' }
      articles.push(current)
      slugQueue = raws.slice(i + 1, i + stack)
      i += stack - 1
      inHead = true
      signed = 0
      continue
    }
    // Under a head's byline (`ly Sonya Rosi`) the next short line is the writer's title or agency
    // (`Agociotad Piess`), never the next story's headline, however a dateline below it reads.
    const underHeadByline: boolean = english && i > 0 && current !== null && !hasText(current) && current.blocks.length > 0 && current.blocks[current.blocks.length - 1].type === 'byline'
    // Right under a headline, a name (`Marco Ellison`, `Assodotsd Presi`) is the head's byline; a
    // section's one-word head (`Sports`) stands over headlines, not bylines.
    const underHead: boolean = english && current !== null && current.headlineBlockId !== null && current.blocks.length === 0 && current.headline.join(' ').split(/\s+/u).length >= 3 && looksLikeName(raw.text)
    // `WILLIAM WITT` under a letter's last sentence signs it: letters pages set the writer's name
    // in capitals, or with the post (`Matt Stephens Electrical Engineering`). It heads nothing.
    // The line under it, the writer's class or town (`Mechanical engineering junior`), signs off too.
    const signsName: boolean = english && signsLetterOff(current, raw.text, raws[i + 1]?.text)
    const signsPost: boolean = english && !signsName && postDue && signsOff(raw.text) && (namesPost(raw.text) || namesPlace(raw.text))
    const signsLetter: boolean = signsName || signsPost
    // A head over a hard-wrapped column's text (rawBlocks read it: a bank in capitals, or a smaller
    // head over its credit or dateline).
    const auto: SplitReason | null = raw.head === 'headline' ? (english ? wrappedHeadReason(raws, i) : 'headline-byline') : level === 0 && !(english && (neverHeadline(raw.text) || underHeadByline || underHead || signsLetter || cutProse(raw.text))) ? (isAutoHeadline(raws, i) ?? (english ? (byline ? held(i) : startReason(raws, i)) : null)) : null
    // A headline-like line (a photo credit OCR damaged, a pull quote) between two halves of a
    // sentence: the story above stopped mid-sentence, and a line just below goes on with it.
    // Those lines are kept as captions beside the story, so the sentence's halves can be joined.
    const resumes = auto === 'headline-over-paragraph' && !raw.head && !byline && current && cutOffBefore(current) ? resumesBelow(raws, i) : -1
    if (current && resumes > i) {
      for (let k = i; k < resumes; k++) {
        const text = raws[k].text.trim()
        const caption = factory.make('caption', text, raws[k].start, raws[k].end, { caption: captionOf(text) ?? { text, credit: '' } })
        if (logicalPage !== page.number) caption.page = logicalPage
        current.blocks.push(caption)
      }
      i = resumes - 1
      continue
    }
    // `Bridge to close — The Main Street bridge will close…`: a briefs column's item, its head run
    // into its first line, one of two or more set so in a row.
    const runIn = english && !auto && !byline && raw.level === 0 && !raw.head && !raw.pageMark ? runInHead(raws, i) : null
    if (runIn) {
      const head = raw.text.trim().slice(0, runIn.head.length)
      const at = raw.start + (raw.text.length - raw.text.trimStart().length)
      const parts = [head]
      takeSectionHead(parts)
      current = newArticle(factory.make('headline', parts.join(' '), at, at + head.length, { parts }), logicalPage, 0.6)
      current.split = { reason: 'run-in-head' }
      const bodyAt = raw.end - runIn.body.length
      current.blocks.push(factory.make('paragraph', runIn.body, bodyAt, raw.end))
      articles.push(current)
      signed = 0
      continue
    }
    if (box && current === box.article && !auto && !listingLine(raw.text)) {
      // Past the box's listings, the column goes on with the story the box interrupted.
      if (box.story) current = box.story
      box = null
    }
    if (auto) {
      const unbold = (text: string) => text.replace(/^\*\*(.+)\*\*$/u, '$1').trim()
      // A Chinese head stacked on lines of one block (`十四届全国人大四次会议在京开幕` over
      // `习近平等…出席大会`) is a part a line, as the page sets them: the block's text ran them together.
      const partsOf = (block: RawBlock) => {
        if (!hasCjk(block.text)) return [unbold(block.text)]
        const printed = page.text.slice(block.start, block.end).split('\n').map((line) => line.trim()).filter(Boolean)
        return (printed.length > 1 && printed.join('').replace(/\s+/gu, '') === block.text.replace(/\s+/gu, '') ? printed : [block.text]).flatMap((line) => headlineParts(unbold(line)))
      }
      const parts = partsOf(raw)
      // A headline OCR set on two lines (`Council approves plan to add` / `bus lanes on three
      // streets`): the line under it goes on in lower case, short, with no stop, over its byline or text.
      while (english && i + 2 < raws.length && parts.length > 0 && headlineGoesOn(raws, i + 1)) {
        i++
        parts[parts.length - 1] = `${parts[parts.length - 1]} ${raws[i].text.trim()}`
      }
      const deck = (j: number) => english
        ? raws[j].head === 'deck' || !neverHeadline(raws[j].text) && (isAutoHeadline(raws, j) !== null || (headsParagraph(raws, j) && !looksLikeName(raws[j].text)))
        : raws[j].head === 'deck' || isAutoHeadline(raws, j) !== null
      while (i + 1 < raws.length && raws[i + 1].level === 0 && parts.length < 5 && deck(i + 1)) {
        i++
        parts.push(...partsOf(raws[i]))
      }
      if (!byline) takeSectionHead(parts)
      // (A box after a box interrupts the story the first one did.)
      const interrupted: Article | null = box && current === box.article ? box.story : hasText(current) ? current : null
      const headline = factory.make('headline', parts.join(' '), raw.start, raws[i].end, { parts })
      current = newArticle(headline, logicalPage, 0.6)
      if (english) current.split = { reason: auto }
      else if (raw.because) current.split = { reason: raw.because }
      box = auto === 'listing-box' ? { article: current, story: interrupted } : null
      if (byline) current.blocks.push(byline)
      byline = null
      articles.push(current)
      inHead = true
      signed = 0
      continue
    }
    if (english && byline) {
      // The byline was the last line of its story after all.
      current?.blocks.push(byline)
      byline = null
    }
    if (english) {
      const text = raw.text
      if (bylineLine(text) && hasText(current) && i + 1 < raws.length && (isAutoHeadline(raws, i + 1) ?? held(i + 1))) {
        // `By Lee Carver` over the headline of the next story: it is that story's.
        byline = factory.make('byline', text, raw.start, raw.end, { byline: bylineLine(text)! })
        continue
      }
      const last = current?.blocks[current.blocks.length - 1]
      const name = looksLikeName(text) ? [text] : damagedByline(text) ? [text.replace(/^\S+\s+/u, '')] : null
      if (current && !hasText(current) && (name || (last?.type === 'byline' && underByline(text)))) {
        // A name without `By` (or with `By` damaged) under a headline is its byline, and the
        // short line under a byline is the writer's title (`Daly Staff Wrifef`).
        current.blocks.push(factory.make('byline', text, raw.start, raw.end, { byline: { text, reporters: name ?? [], correspondents: [] } }))
        continue
      }
      const jumpIn = opensTail(text)
      // A tail's `SLUG: headline` may stand a few lines over its jump line when OCR interleaved
      // another column: the jump line is still that head's.
      const slugHeaded = current !== null && isSlugHead(current.headline.join(' ')) && !current.blocks.some((block) => block.jump?.direction === 'in')
      const closing = current?.blocks[current.blocks.length - 1]
      if (hasText(current) && !jumpIn && closing && jumpsOut(closing)) {
        // `See ENDURO, page 8`: the story goes on on another page; what follows here is another's.
        current = null
        reason = 'jump-out'
      } else if (hasText(current) && jumpIn && !slugHeaded) {
        // A tail opens with its jump line: whatever came before it on the page was another story.
        current = null
        reason = 'jump-in'
        slugHead = slugQueue.shift() ?? null
      } else if (signed > 0 && hasText(current) && (opensParagraph(text) || (letterSigned && !signsLetter))) {
        current = null
        reason = 'signature-closed-letter'
      } else if (hasText(current) && opensLetter(text)) {
        current = null
        reason = 'letter-salutation'
      } else if (hasText(current) && opensWireItem(text)) {
        current = null
        reason = 'wire-dateline'
      } else if (hasText(current) && bylineOpensStory(raws, i)) {
        current = null
        reason = 'byline'
      }
      if (ad && current !== ad.article && current !== ad.story) ad = null
      if (ad && current === ad.article && !staysInAd(text)) {
        // The column goes on with the story the ad interrupted.
        current = ad.story
        ad = null
      } else if (!ad && current && hasText(current) && opensAd(text)) {
        ad = { article: null, story: current }
        adLines = adHead(current)
        current = null
        reason = 'ad-copy'
      }
      // `— Lloyd Lamouria` under a short quotation is a pull quote's attribution, not a signature.
      const quoted = i > 0 ? raws[i - 1].text.trim() : ''
      // (The whole line a quotation: it opens with its mark, or OCR lost that, and none opens inside.)
      const pullQuote = quoted.length <= 120 && /[’”"']$/u.test(quoted) && (/^[“"‘']/u.test(quoted) || !/[“‘"]/u.test(quoted.slice(1, -1)))
      const signature = (isSignature(text) && !pullQuote) || (looksLikeName(text) && i + 1 < raws.length && namesPost(raws[i + 1].text)) || signsLetter
      // `Nora Vance Chemistry sophomore`: name and post on one line sign off at once.
      signed = signature ? 2 : signatureLine(text) || isTagline(text) ? 1 : signed > 0 && signsOff(text) ? signed - 1 : 0
      // Nothing goes on after a letter's signature: what follows, in any case, is another's.
      letterSigned = signsLetter || (letterSigned && signed > 0)
      postDue = signsName
    }
    if (inHead && current && !english && isDashDeck(raw.text)) {
      // `——论…` right under a commentary's headline is its deck, never a paragraph's first piece.
      current.headline = [...current.headline, raw.text.trim()]
      continue
    }
    const first = !current || !current.blocks.some((block) => block.type === 'paragraph')
    const previous = current?.blocks[current.blocks.length - 1]
    if (english && current && previous?.type === 'caption' && previous.caption?.text === '' && underCredit(raws, i)) {
      // The photo's caption under its credit: one caption, the credit's and the sentence's.
      const text = raw.text.trim()
      current.blocks[current.blocks.length - 1] = factory.make('caption', `${previous.text} ${text}`, previous.source[0].start, raw.end, { caption: { text, credit: previous.text } })
      continue
    }
    // `By Laura Fleischer` / `Staff Writer`: a job title on its own line goes with the byline.
    const blocks = previous?.type === 'byline' && isJobTitle(raw.text)
      ? [factory.make('byline', raw.text, raw.start, raw.end, { byline: { text: raw.text, reporters: [], correspondents: [] } })]
      : classify(raw, factory, first, english)
    if (blocks.length === 0) continue
    const article = ensure(adLines[0] ?? blocks[0], level === 0 ? 0.4 : 1)
    if (ad && ad.article === null) {
      ad.article = article
      article.blocks.push(...adLines)
      adLines = []
    }
    if (logicalPage !== page.number) for (const block of blocks) block.page = logicalPage
    if (!article.pages.includes(logicalPage)) article.pages.push(logicalPage)
    article.blocks.push(...blocks)
    inHead = false
  }
  if (english) rejoinAcrossAds(articles)
  foldEditorsNotes(articles)
  for (const article of articles) inferSubheads(article)
  return articles
}

/** An editor's note (`编者按：…`, `编者的话：…`): it introduces the story it is printed with. */
const EDITORS_NOTE = /^(?:\u3000|\s)*(?:编者按|編者按|编者的话|編者的話|编前语|編前語)\s*[：:]/u

/** An editor's note set above a story's headline stood as an article with no head of its own, over
 * the story it introduces: it is that story's first paragraph. (After a story's text it is that
 * story's already; with no headline under it, it stays apart.) */
function foldEditorsNotes(articles: Article[]): void {
  for (let k = articles.length - 2; k >= 0; k--) {
    const [note, story] = [articles[k], articles[k + 1]]
    if (note.headlineBlockId !== null || note.blocks.length === 0 || !EDITORS_NOTE.test(note.blocks[0].text)) continue
    if (!note.blocks.every((block) => block.type === 'paragraph') || story.headlineBlockId === null || !story.pages.includes(note.pages[note.pages.length - 1])) continue
    story.blocks.unshift(...note.blocks)
    articles.splice(k, 1)
  }
}

/** A briefs item's head run into its first line (`Bridge to close — The Main Street bridge…`): a
 * few words, a dash, then a sentence; never a letter's salutation (`Editor — …`) or a wire
 * dateline (`WASHINGTON — …`, in capitals). */
const RUN_IN = /^([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5})\s+(?:—|--|–)\s+([A-Z“"][^—]{30,}[.!?”"])$/u

function runInOf(text: string): { head: string; body: string } | null {
  const m = RUN_IN.exec(text.trim())
  if (!m || m[1] === m[1].toUpperCase() || opensLetter(text) || opensWireItem(text)) return null
  return { head: m[1], body: m[2] }
}

/** Line `i` is a briefs item with a run-in head, beside another (above or below it) set the same way. */
function runInHead(raws: RawBlock[], i: number): { head: string; body: string } | null {
  const own = runInOf(raws[i].text)
  if (!own) return null
  const beside = [raws[i - 1], raws[i + 1]].some((raw) => raw !== undefined && !raw.pageMark && raw.level === 0 && runInOf(raw.text) !== null)
  return beside ? own : null
}

/** The second line of a headline OCR set on two: lower case, a few words, no mark closing it, over
 * the head's byline or the story's first paragraph. */
function headlineGoesOn(raws: RawBlock[], j: number): boolean {
  const t = raws[j].text.trim()
  if (raws[j].level !== 0 || raws[j].pageMark || !/^[a-z]/u.test(t) || t.length > 45 || t.split(/\s+/u).length > 8 || /[.!?,;:”"’')]$/u.test(t)) return false
  // `hy Erin Massey`, `by jane doe`: the byline OCR damaged, not the headline's words.
  if (bylineLine(t) !== null || damagedByline(t)) return false
  const below = raws[j + 1]
  return !below.pageMark && below.level === 0 && (bylineLine(below.text) !== null || opensParagraph(below.text))
}

/** `Photo by Dan Moore / Star` over `Firefighters douse the remains of a barn on Route 9.`, over
 * the next story's head: a sentence under a photo's credit, where no story's text goes on under it,
 * is the photo's caption. */
function underCredit(raws: RawBlock[], i: number): boolean {
  const t = raws[i].text.trim()
  if (i === 0 || i + 1 >= raws.length || !creditLine(raws[i - 1].text) || t.length > 200 || !/^[A-Z“"]/u.test(t) || !endsSentence(t)) return false
  return isAutoHeadline(raws, i + 1) !== null || startReason(raws, i + 1) !== null
}

/** Why a hard-wrapped column's head starts a story: the byline or credit under it, else its capitals. */
function wrappedHeadReason(raws: RawBlock[], i: number): SplitReason {
  if (i + 1 < raws.length && bylineLine(raws[i + 1].text)) return 'headline-byline'
  return mostlyCapitals(raws[i].text) ? 'capitals-headline' : 'headline-over-paragraph'
}

/** `By Lee Carver` / `Staff Writer` after a finished paragraph, over the next story's text: a
 * story whose headline OCR set elsewhere (stacked over the story beside it) starts at its byline. */
function bylineOpensStory(raws: RawBlock[], i: number): boolean {
  const text = raws[i].text
  if (!(bylineLine(text) || damagedByline(text)) || i === 0 || !endsSentence(raws[i - 1].text)) return false
  const next = raws[i + 1]
  return next !== undefined && !next.pageMark && next.level === 0 && (isJobTitle(next.text) || underByline(next.text) || opensParagraph(next.text))
}

/** Does the article's last paragraph stop mid-sentence? */
function cutOffBefore(article: Article): boolean {
  const last = article.blocks.findLast((block) => block.type === 'paragraph')
  return last !== undefined && last.text.trim().length > 40 && !endsSentence(last.text) && !looksLikeAdCopy(last.text)
}

/** Within the few lines under `raws[i]`, the one that opens lower case, the rest of a cut
 * sentence; -1 when there is none. */
function resumesBelow(raws: RawBlock[], i: number): number {
  for (let j = i + 1; j < raws.length && j <= i + 3; j++) {
    if (raws[j].pageMark || raws[j].level > 0) return -1
    const text = raws[j].text.trim()
    if (text.length >= 20 && /^\p{Ll}/u.test(text)) return j
  }
  return -1
}

/** A block that sends its story to another page: a jump line, or a paragraph closing on one. */
function jumpsOut(block: Block): boolean {
  if (block.type === 'jump') return block.jump?.direction === 'out'
  return block.type === 'paragraph' && (trailingJump(block.text) ?? trailingEnglishJump(block.text))?.jump.direction === 'out'
}

/** A Chinese deck line led by a dash (`——论学习贯彻…`): short, no sentence inside it. */
function isDashDeck(text: string): boolean {
  const t = text.trim()
  return /^(?:—|－|-){1,2}\p{Script=Han}/u.test(t) && hasCjk(t) && !/[。！？；，]/u.test(t) && !codePointsOver(t, 60)
}

/** The jump-in line closing `article`, taken out of it (and the article with it when that line
 * was all it held); null when its last block is no jump in or is the first under its headline. */
function takeJumpIn(article: Article, articles: Article[]): Block | null {
  const last = article.blocks[article.blocks.length - 1]
  if (last?.type !== 'jump' || last.jump?.direction !== 'in') return null
  if (article.blocks.length === 1 && article.headlineBlockId !== null) return null
  article.blocks.pop()
  if (article.blocks.length === 0) articles.splice(articles.indexOf(article), 1)
  return last
}

/** `BOB COHN Senior staff writer` → ["BOB COHN"]: the upper-case run that opens a byline. */
function capitalisedName(text: string): string[] {
  const name = /^((?:[A-Z][A-Z.'’-]+\s*){1,4})(?=\s|$)/u.exec(text.trim())
  return name ? [name[1].trim()] : []
}

/** A few words, each capitalised (`STORM`, `Mill`, `City Budget`): a jump head's slug. */
/** How many slug lines in capitals (two or more, `NOISE` / `FIELDS`) stand stacked at `raws[i]` right over a
 * jump-in line; 0 when they do not. */
function slugStack(raws: RawBlock[], i: number): number {
  let k = 0
  while (i + k < raws.length && !raws[i + k].pageMark && raws[i + k].level === 0 && k < 4 && /^[A-Z][A-Z'’&.-]*(?:\s+[A-Z][A-Z'’&.-]*){0,2}$/u.test(raws[i + k].text.trim()) && !wholeJump(raws[i + k].text)) k++
  const next = raws[i + k]
  return k >= 2 && next && !next.pageMark && opensTail(next.text) ? k : 0
}

function isSlug(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  return words.length <= 4 && words.every((word) => /^[A-Z][A-Za-z'’&-]*$/u.test(word))
}

/** On a page with no headline marks: a headline-like line that a byline or dateline (or, for a
 * jump head, its jump line) follows. */
function isAutoHeadline(raws: RawBlock[], i: number): 'headline-byline' | 'jump-head' | null {
  // A byline (`By ROBERT GREEN`, `Associated Press Writer`) is no headline, even above a dateline.
  // Nor is a Chinese story's closing line (`记者 李明 摄`, `责任编辑 张三`) over the next story's head.
  // Nor is the block over a head the line reader already found: that head starts its own stack.
  if (raws[i + 1]?.head === 'headline') return null
  // Nor is a photo's credit (`Photo by Dan Moore / Star`) over the head of the story it illustrates.
  if (raws[i].pageMark || wholeJump(raws[i].text) || !(looksLikeHeadline(raws[i].text) || endsOnInitialism(raws[i].text)) || bylineLine(raws[i].text) || isJobTitle(raws[i].text) || closesStory(raws[i].text) || creditLine(raws[i].text)) return null
  // A jump head: the tail's slug (`STORM`, `Mill Closing`, `STRIKE: Union rejects offer`) right
  // over `Continued from Page 1`.
  const next = raws[i + 1]
  if (next && !next.pageMark && (isSlug(raws[i].text) || isSlugHead(raws[i].text)) && wholeJump(next.text)?.direction === 'in') return 'jump-head'
  // A Chinese tail's own head over its text, which opens on the jump-in marker (`（文接A1）港铁…`).
  if (next && !next.pageMark && next.level === 0 && hasCjk(raws[i].text) && leadingJump(next.text)?.jump.direction === 'in') return 'jump-head'
  for (let j = i + 1; j < Math.min(raws.length, i + 4); j++) {
    const next = raws[j].text
    if (raws[j].pageMark) return null
    // `ly Posi Ree«`: a byline OCR damaged is a byline still.
    if (bylineLine(next) || inlineByline(next) || damagedByline(next)) return 'headline-byline'
    // `本报讯 近日，…` with no byline in brackets (the writer signs at the end: `（王丽）`).
    if (hasCjk(next) && opensOnDateline(next)) return 'headline-byline'
    if (wholeJump(next) || !looksLikeHeadline(next)) return null
  }
  return null
}


/**
 * A page file that ends on a tail's head (`KING` / `From page 1`, no text yet) and a next file
 * that opens on text with no head of its own: the file break fell inside that tail (an OCR dump
 * cut into page files a few lines off), and the text is the tail's.
 */
function runOnAcrossFiles(pages: Article[][]): Article[] {
  // English OCR pages only: a Chinese tail's `▲▲上接01版①` is a line of its page, not a file's cut.
  const latin = (article: Article): boolean => !hasCjk(article.headline.join('')) && article.blocks.every((block) => !hasCjk(block.text))
  for (let p = 1; p < pages.length; p++) {
    const head = pages[p - 1].at(-1)
    const text = pages[p][0]
    if (!head || !text || text.headlineBlockId !== null || text.split || !latin(head) || !latin(text)) continue
    if (head.blocks.some((block) => block.type === 'paragraph') || !head.blocks.some((block) => block.jump?.direction === 'in')) continue
    head.blocks.push(...text.blocks)
    for (const page of text.pages) if (!head.pages.includes(page)) head.pages.push(page)
    pages[p].shift()
  }
  return pages.flat()
}

function titleFrom(pages: Page[], opts: ParseOptions): { title: string; date: string | null } {
  // The folder's date, else the one the front page prints at its head.
  const date = opts.date ?? printedDate(pages)
  const paper = opts.paper || mastheadOf(pages)
  if (paper) return { title: date ? `${paper} ${date}` : paper, date }
  if (opts.title) return { title: opts.title, date }
  const first = pages[0]
  return { title: first ? first.file.replace(/\.[^.]*$/u, '') : 'Untitled issue', date }
}

/** Each page's articles; the words of the issue's text pages, counted once, rejoin the words OCR
 * cut at a line's end without a hyphen (an ALTO page marks its own hyphens). */
function parsePages(sorted: Page[], seen: Map<string, number>): Article[][] {
  const words = IssueWords.ofPages(sorted)
  return sorted.map((page) => (page.alto ? withBoxes(parsePage(page, seen), page) : parsePage(page, seen, words)))
}

export function parseIssue(pages: Page[], opts: ParseOptions = {}): Issue {
  const sorted = sortPages(pages)
  const seen = new Map<string, number>()
  const mets = sorted.some((page) => page.mets && page.mets.length > 0)
  const altoOnly = sorted.length > 0 && sorted.every((page) => page.alto)
  const layout = (page: Page) => layoutAreas(page, sorted.indexOf(page) * 100_000)
  const articles = mets
    ? parseMetsIssue(sorted, seen)
    : altoOnly
      ? parseMetsIssue(sorted, seen, layout, 'alto-layout')
      : runOnAcrossFiles(parsePages(sorted, seen))
  return { ...titleFrom(sorted, opts), pages: sorted, articles }
}
