// The damage simulator: lays clean stories out on the pages of an issue and damages them the way
// extraction does (column-break cuts, a doubled character at some cuts, passages printed again,
// stories jumped to another page with every marker form the parser reads, captions printed on
// another page, GB18030+CRLF and UTF-16 page files), recording the answer as it goes. Seeded:
// the same stories and seed give the same bytes and the same answer.

import iconv from 'iconv-lite'
import { rngOf, type Rng } from '../archive'
import type { CleanStory } from './stories'

export type Encoding = 'utf-8' | 'gb18030-crlf' | 'utf-16le' | 'utf-16be'

export interface SimPage {
  file: string
  /** The page as printed, before encoding. */
  text: string
  bytes: Uint8Array
  encoding: Encoding
}

export type BreakPlace = 'inside' | 'sentence-edge' | 'reduplicated'

/** A column break: the clean paragraph cut at `at` (code points), `doubled` printed again after it. */
export interface BreakAnswer {
  story: string
  paragraph: string
  at: number
  doubled: string
  place: BreakPlace
}

export type DuplicateForm = 'whole' | 'cut-short' | 'noisy'
export interface DuplicateAnswer {
  story: string
  form: DuplicateForm
  passage: string[]
  copies: string[]
}

export type JumpStyle = 'paren-cn' | 'circled' | 'lenticular' | 'ascii-paren' | 'diamond' | 'bare' | 'traditional'
export type TailPlace = 'after-headline' | 'before-headline' | 'as-headline' | 'alone' | 'inline'
export interface JumpAnswer {
  story: string
  style: JumpStyle
  outInline: boolean
  place: TailPlace
  headPage: string
  /** null for a head whose tail is on no page of the issue (it must stay unresolved). */
  tailPage: string | null
  /** The clean text the tail starts with (after its marker). */
  tailStart: string
}

export interface CaptionAnswer {
  story: string
  text: string
  storyPage: string
  page: string
}

export interface SimIssue {
  name: string
  pages: SimPage[]
  stories: CleanStory[]
  breaks: BreakAnswer[]
  duplicates: DuplicateAnswer[]
  jumps: JumpAnswer[]
  captions: CaptionAnswer[]
}

export interface SimOptions {
  pages?: number
  storiesPerIssue?: number
  /** false: the stories laid out whole and clean, captions in place, UTF-8 (the clean run). */
  damage?: boolean
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]
const chance = (rng: Rng, p: number): boolean => rng() < p

const SENTENCE_END = /[。！？；]/u
/** No line of Chinese type opens with these (kinsoku): no column break falls before one. */
const NO_LINE_START = /[，。、；：？！”’）》」』】…·—%％]/u
const CN_PAGE = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']
const CIRCLED = '①②③④⑤⑥⑦⑧⑨'
/** Characters OCR takes for others (and the ones it takes them for): the small noise of a repeat. */
const LOOKALIKE: Record<string, string> = { 日: '曰', 已: '己', 未: '末', 人: '入', 土: '士', 大: '太', 天: '夭', 王: '玉', 了: '子', 力: '刀', 口: '囗', 二: '三', 千: '干' }

function pageName(n: number): string {
  return String(n).padStart(2, '0')
}

/** Where a column break may fall in a paragraph, by kind: never after a sentence's end (a real
 * paragraph end looks the same) and never before a mark no line may open with. */
function cutPlaces(chars: string[]): Record<BreakPlace, number[]> {
  const places: Record<BreakPlace, number[]> = { inside: [], 'sentence-edge': [], reduplicated: [] }
  for (let k = 1; k < chars.length; k++) {
    if (SENTENCE_END.test(chars[k - 1]) || NO_LINE_START.test(chars[k])) continue
    if (chars[k - 1] === chars[k] && /\p{Script=Han}/u.test(chars[k])) {
      places.reduplicated.push(k)
      continue
    }
    // Within three characters of a sentence's start or end.
    const near = k <= 3 || [1, 2, 3].some((d) => SENTENCE_END.test(chars[k - d] ?? '') || SENTENCE_END.test(chars[k + d - 1] ?? '') || k + d - 1 === chars.length - 1)
    places[near ? 'sentence-edge' : 'inside'].push(k)
  }
  return places
}

/** A subhead among a story's paragraphs: a short line that ends no sentence (案例一：…案, 风雨护航：…),
 * or a short question standing alone (台风破坏力有多大？). Typesetting sets a heading whole in one
 * column and never leaves it at a column's foot apart from its text (背题), so no break cuts one;
 * the real sample pages show none cut. */
function isHeading(paragraph: string): boolean {
  const length = Array.from(paragraph).length
  if (length > 40 || /[。；！]/u.test(paragraph)) return false
  return /[？?]$/u.test(paragraph) ? length <= 20 : !/[”’）)…—]$/u.test(paragraph)
}

interface Part {
  story: CleanStory
  /** `## ` lines and blocks of this part, in print order. */
  blocks: string[]
}

function splitAtBreaks(rng: Rng, story: CleanStory, paragraph: string, answers: BreakAnswer[]): string[] {
  const chars = Array.from(paragraph)
  // A column break falls in running text; a line with no punctuation at all (a byline line such
  // as 本报记者 X 通讯员 Y, set on one line over the columns) is never cut.
  if (!/[，。！？；、：,]/u.test(paragraph)) return [paragraph]
  if (chars.length < 12 || !chance(rng, 0.5)) return [paragraph]
  const places = cutPlaces(chars)
  const place: BreakPlace = places.reduplicated.length && chance(rng, 0.5) ? 'reduplicated' : places['sentence-edge'].length && chance(rng, 0.3) ? 'sentence-edge' : 'inside'
  const at = places[place].length ? pick(rng, places[place]) : null
  if (at === null) return [paragraph]
  // A doubled character, of any kind, but not where the doubling would itself read as a word
  // (the character after the cut is the same one), nor after a one-character first part (its
  // second part would read as the whole paragraph).
  const doubled = place !== 'reduplicated' && at > 1 && chars[at] !== chars[at - 1] && chance(rng, 0.3) ? chars[at - 1] : ''
  // Checked after the draws, so the other paragraphs are damaged exactly as they were before.
  if (isHeading(paragraph)) return [paragraph]
  answers.push({ story: story.id, paragraph, at, doubled, place })
  return [chars.slice(0, at).join(''), doubled + chars.slice(at).join('')]
}

function noisy(rng: Rng, paragraph: string): string {
  const chars = Array.from(paragraph)
  const half = Math.floor(chars.length / 2)
  const candidates = chars.map((ch, i) => (i >= half && LOOKALIKE[ch] ? i : -1)).filter((i) => i >= 0)
  const at = candidates.length ? pick(rng, candidates) : int(rng, half, chars.length - 2)
  chars[at] = LOOKALIKE[chars[at]] ?? (chars[at] === '的' ? '地' : '的')
  return chars.join('')
}

function markers(style: JumpStyle, from: number, to: number, label: string): { out: string; in: string } {
  switch (style) {
    case 'paren-cn':
      return { out: `（下转第${CN_PAGE[to]}版）`, in: `（上接第${CN_PAGE[from]}版）` }
    case 'circled':
      return { out: `▶▶下转${pageName(to)}版${label}`, in: `▲▲上接${pageName(from)}版${label}` }
    case 'lenticular':
      return { out: `【下转第${to}版】`, in: `【上接第${from}版】` }
    case 'ascii-paren':
      return { out: `(下转${to}版)`, in: `(上接${from}版)` }
    case 'diamond':
      return { out: `◆转见第${to}版`, in: `◆接第${from}版` }
    case 'bare':
      return { out: `转${to}版`, in: `上接${from}版` }
    case 'traditional':
      return { out: `（下轉第${CN_PAGE[to]}版）`, in: `（續第${CN_PAGE[from]}版）` }
  }
}

export const STYLES: JumpStyle[] = ['paren-cn', 'circled', 'lenticular', 'ascii-paren', 'diamond', 'bare', 'traditional']
export const PLACES: TailPlace[] = ['after-headline', 'before-headline', 'as-headline', 'alone', 'inline']

/** One issue of `pages` pages from the given stories (each used once), damaged unless told not. */
export function simulateIssue(pool: readonly CleanStory[], seed: number, opts: SimOptions = {}): SimIssue {
  const rng = rngOf(seed)
  const damage = opts.damage ?? true
  const pageCount = opts.pages ?? 4
  const order = pool.map((_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const stories = order.slice(0, Math.min(pool.length, opts.storiesPerIssue ?? 12)).map((i) => pool[i])
  const sim: SimIssue = { name: `seed-${seed}`, pages: [], stories, breaks: [], duplicates: [], jumps: [], captions: [] }
  const layout: (Part | string)[][] = Array.from({ length: pageCount }, () => [])
  const labels = new Map<number, number>()

  stories.forEach((story, index) => {
    const home = (index % pageCount) + 1
    let paragraphs = [...story.paragraphs]
    const noBreak = new Set<number>()
    // A passage printed again right after itself: whole, cut short, or with an OCR slip.
    const dupes: { after: number; copies: string[] } | null = (() => {
      if (!damage || paragraphs.length < 4 || !chance(rng, 0.25)) return null
      const from = int(rng, 1, paragraphs.length - 2)
      const length = Math.min(int(rng, 1, 3), paragraphs.length - from)
      const passage = paragraphs.slice(from, from + length)
      if (passage.some((p) => Array.from(p).length < 24)) return null
      const form = pick(rng, ['whole', 'cut-short', 'noisy'] as const)
      const copies = [...passage]
      const last = Array.from(copies[length - 1])
      if (form === 'cut-short') copies[length - 1] = last.slice(0, Math.ceil(last.length * (0.45 + rng() * 0.3))).join('')
      if (form === 'noisy') copies[length - 1] = noisy(rng, copies[length - 1])
      sim.duplicates.push({ story: story.id, form, passage, copies })
      for (let i = from; i < from + length; i++) noBreak.add(i)
      return { after: from + length - 1, copies }
    })()
    // A story jumped to a later page (or, now and then, to a page the issue lacks).
    const jumpTo = damage && !dupes && home <= pageCount - 2 && paragraphs.length >= 3 && chance(rng, 0.4) ? int(rng, home + 1, pageCount) : null
    const decoy = damage && !dupes && jumpTo === null && home <= 2 && chance(rng, 0.06)
    let tailParas: string[] = []
    if (jumpTo !== null) {
      const at = int(rng, 1, paragraphs.length - 1)
      tailParas = paragraphs.slice(at)
      paragraphs = paragraphs.slice(0, at)
    }
    const printed: string[] = []
    paragraphs.forEach((p, i) => {
      printed.push(...(damage && !noBreak.has(i) ? splitAtBreaks(rng, story, p, sim.breaks) : [p]))
      if (dupes && dupes.after === i) printed.push(...dupes.copies)
    })
    const head: Part = { story, blocks: [`## ${story.headline}`, ...printed] }
    if (jumpTo !== null || decoy) {
      const target = jumpTo ?? 9
      const style = pick(rng, STYLES)
      const label = style === 'circled' ? CIRCLED[(labels.get(home) ?? 0) % CIRCLED.length] : ''
      if (style === 'circled') labels.set(home, (labels.get(home) ?? 0) + 1)
      const mark = markers(style, home, target, label)
      const outInline = !decoy && chance(rng, 0.4) && style !== 'diamond'
      if (outInline) head.blocks[head.blocks.length - 1] += mark.out
      else head.blocks.push(mark.out)
      const place = pick(rng, PLACES)
      sim.jumps.push({ story: story.id, style, outInline, place, headPage: pageName(home), tailPage: decoy ? null : pageName(target), tailStart: tailParas[0] ?? '' })
      if (jumpTo !== null) {
        const body = tailParas.flatMap((p) => splitAtBreaks(rng, story, p, sim.breaks))
        const blocks =
          place === 'after-headline' ? [`## ${story.headline}`, mark.in, ...body]
          : place === 'before-headline' ? [mark.in, `## ${story.headline}`, ...body]
          : place === 'as-headline' ? [`## ${mark.in}`, ...body]
          : place === 'alone' ? [mark.in, ...body]
          : [`## ${story.headline}`, mark.in + body[0], ...body.slice(1)]
        const tailPage = layout[jumpTo - 1]
        // A tail with no headline of its own opens its page (or follows the page's last story).
        const at = place === 'alone' ? (chance(rng, 0.5) ? 0 : tailPage.length) : int(rng, 0, tailPage.length)
        tailPage.splice(at, 0, { story, blocks })
      }
    }
    if (story.caption) {
      const moved = damage && chance(rng, 0.5)
      const page = moved ? ((home + int(rng, 0, pageCount - 2)) % pageCount) + 1 : home
      if (moved) {
        sim.captions.push({ story: story.id, text: story.caption, storyPage: pageName(home), page: pageName(page) })
        layout[page - 1].push(story.caption)
      } else head.blocks.push(story.caption)
    }
    layout[home - 1].push(head)
  })

  layout.forEach((items, i) => {
    // Moved captions sit after the page's last story, where extraction leaves them.
    const parts = [...items.filter((it) => typeof it !== 'string'), ...items.filter((it) => typeof it === 'string')]
    const text = parts.map((it) => (typeof it === 'string' ? it : it.blocks.join('\n\n'))).join('\n\n') + '\n'
    const encoding: Encoding = !damage ? 'utf-8' : pick(rng, ['utf-8', 'utf-8', 'utf-8', 'gb18030-crlf', 'utf-16le', 'utf-16be'] as const)
    sim.pages.push({ file: `${pageName(i + 1)}.md`, text, encoding, bytes: encode(text, encoding) })
  })
  return sim
}

export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text)
  if (encoding === 'gb18030-crlf') return new Uint8Array(iconv.encode(text.replace(/\n/g, '\r\n'), 'gb18030'))
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: true }))
}
