// Scores an accept-all result against the simulator's answer. Every check reads the corrected
// issue's text, never the ops, so it measures what an editor would see:
// - a text unit is a body block (paragraph, subhead, byline) with its whitespace removed;
// - each unit belongs to the story most of its 6-character shingles come from (shingles that
//   two stories share are ignored), so fragments, markers and joined pieces are still placed;
// - a break is joined when one unit holds the text on both sides of the cut (6 characters each
//   way): as the clean text (doubled character dropped), with the doubled character kept, or
//   with a character lost (a wrong drop: at 天|天 that splits a word);
// - a wrong join is two consecutive clean paragraphs of a story found in one unit;
// - a duplicate is removed when each paragraph of the passage opens exactly one unit, and that
//   unit is the clean paragraph (else the repeat is left, or the damaged copy was kept);
// - a tail is merged when its head's first paragraph and its own first paragraph are in one
//   article; a wrong merge is an article spanning pages that holds units of two stories;
// - a caption is attached when its story's article holds a caption block with its words;
// - paragraph F1: each article is given the story most of its units belong to, and its units
//   are matched (as a multiset) against that story's clean paragraphs.

import type { Article, Issue } from '../../src-main/core/index'
import type { CleanStory } from './stories'
import type { BreakPlace, DuplicateForm, JumpStyle, SimIssue, TailPlace } from './simulate'

export const norm = (text: string): string => text.replace(/\s+/gu, '')
const chars = (text: string): string[] => Array.from(text)
const N = 6

function shingles(text: string): string[] {
  const cs = chars(text)
  const out: string[] = []
  for (let i = 0; i + N <= cs.length; i++) out.push(cs.slice(i, i + N).join(''))
  return out
}

/** Which story a piece of text comes from, by its shingles; null when none is known. */
export class StoryIndex {
  private owner = new Map<string, string | null>()
  constructor(stories: readonly CleanStory[]) {
    for (const story of stories) {
      for (const gram of new Set([story.headline, ...story.paragraphs, story.caption ?? ''].flatMap((t) => shingles(norm(t))))) {
        const seen = this.owner.get(gram)
        this.owner.set(gram, seen === undefined || seen === story.id ? story.id : null)
      }
    }
  }
  storyOf(text: string): string | null {
    const votes = new Map<string, number>()
    for (const gram of shingles(text)) {
      const id = this.owner.get(gram)
      if (id) votes.set(id, (votes.get(id) ?? 0) + 1)
    }
    let best: string | null = null
    let most = 0
    for (const [id, n] of votes) if (n > most) [best, most] = [id, n]
    return best
  }
}

export interface Unit {
  text: string
  article: number
  story: string | null
}

export function unitsOf(issue: Issue, index?: StoryIndex): Unit[] {
  return issue.articles.flatMap((article, i) =>
    article.blocks
      .filter((block) => block.type === 'paragraph' || block.type === 'subhead' || block.type === 'byline')
      .map((block) => {
        const text = norm(block.text)
        return { text, article: i, story: index?.storyOf(text) ?? null }
      }),
  )
}

type Tally<K extends string> = Record<K, number>
const tally = <K extends string>(keys: readonly K[]): Tally<K> => Object.fromEntries(keys.map((k) => [k, 0])) as Tally<K>

export const BREAK_OUTCOMES = ['joined', 'missed', 'doubled-kept', 'wrongly-dropped'] as const
export type BreakOutcome = (typeof BREAK_OUTCOMES)[number]
export const DUPLICATE_OUTCOMES = ['removed', 'left', 'damaged-copy-kept', 'lost'] as const
export type DuplicateOutcome = (typeof DUPLICATE_OUTCOMES)[number]
export const TAIL_OUTCOMES = ['merged', 'left', 'wrongly-merged'] as const
export type TailOutcome = (typeof TAIL_OUTCOMES)[number]
export const CAPTION_OUTCOMES = ['attached', 'left', 'wrongly-attached'] as const
export type CaptionOutcome = (typeof CAPTION_OUTCOMES)[number]

export interface Score {
  breaks: { outcome: BreakOutcome; doubled: boolean; place: BreakPlace }[]
  /** Clean paragraph boundaries (the chances of a wrong join) and the wrong joins found. */
  boundaries: number
  wrongJoins: number
  /** The same for the stories written for the benchmark (ids `own-…`) alone. */
  own: { boundaries: number; wrongJoins: number }
  duplicates: { outcome: DuplicateOutcome; form: DuplicateForm }[]
  tails: { outcome: TailOutcome; style: JumpStyle; place: TailPlace | 'no-tail'; outInline: boolean }[]
  /** Articles spanning pages that hold two stories' text. */
  wrongMerges: number
  captions: CaptionOutcome[]
  /** Paragraph matches: true positives, units put out, clean paragraphs. */
  f1: { tp: number; out: number; clean: number }
}

export function emptyScore(): Score {
  return { breaks: [], boundaries: 0, wrongJoins: 0, own: { boundaries: 0, wrongJoins: 0 }, duplicates: [], tails: [], wrongMerges: 0, captions: [], f1: { tp: 0, out: 0, clean: 0 } }
}

const window = (text: string, from: number, to: number): string => chars(text).slice(Math.max(0, from), Math.max(0, to)).join('')
const someUnit = (units: Unit[], needle: string): boolean => units.some((u) => u.text.includes(needle))

function breakOutcome(units: Unit[], paragraph: string, at: number, doubled: string): BreakOutcome {
  const p = norm(paragraph)
  // The cut's offset in the normalised text: the clean paragraph holds no whitespace to speak of.
  const cut = chars(norm(window(paragraph, 0, at))).length
  const left = window(p, cut - N, cut)
  const right = window(p, cut, cut + N)
  // The first part still standing alone is a missed break, whatever else matches.
  const first = window(p, 0, cut)
  if (units.some((u) => u.text === first)) return 'missed'
  if (someUnit(units, left + right)) return 'joined'
  if (doubled && someUnit(units, left + doubled + right)) return 'doubled-kept'
  // A character lost on either side of the cut; both sides must keep some text, or the bare other
  // side (still unjoined) would match.
  const l = chars(left)
  const r = chars(right)
  if ((r.length > 1 && someUnit(units, left + r.slice(1).join(''))) || (l.length > 1 && someUnit(units, l.slice(0, -1).join('') + right))) return 'wrongly-dropped'
  return 'missed'
}

function opening(text: string): string {
  return chars(norm(text)).slice(0, 16).join('')
}

/** The article holding a clean paragraph's text. Papers open many paragraphs alike (`本报讯通讯员
 * X 报道7月16日，`), and a break may cut any one place, so three windows are tried (the middle,
 * then a quarter in from either end) and the first one that a single article holds decides. */
export function articleHolding(units: Unit[], text: string): number | null {
  const cs = chars(norm(text))
  const width = Math.min(12, cs.length)
  const starts = [Math.floor((cs.length - width) / 2), Math.floor(cs.length / 4 - width / 2), Math.floor((3 * cs.length) / 4 - width / 2)]
  let fallback: number | null = null
  for (const start of starts) {
    const key = cs.slice(Math.max(0, start), Math.max(0, start) + width).join('')
    const holders = new Set(units.filter((u) => u.text.includes(key)).map((u) => u.article))
    if (holders.size === 1) return [...holders][0]
    if (holders.size > 1 && fallback === null) fallback = [...holders][0]
  }
  return fallback
}

/** Stories with at least one unit in each article. */
function storiesPerArticle(units: Unit[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>()
  for (const u of units) {
    if (!u.story) continue
    const set = out.get(u.article) ?? new Set<string>()
    set.add(u.story)
    out.set(u.article, set)
  }
  return out
}

function majority(units: Unit[]): Map<number, string> {
  const counts = new Map<number, Map<string, number>>()
  for (const u of units) {
    if (!u.story) continue
    const m = counts.get(u.article) ?? new Map<string, number>()
    m.set(u.story, (m.get(u.story) ?? 0) + chars(u.text).length)
    counts.set(u.article, m)
  }
  const out = new Map<number, string>()
  for (const [article, m] of counts) out.set(article, [...m].sort((a, b) => b[1] - a[1])[0][0])
  return out
}

/** `source` is the issue as parsed, before accept-all; `issue` the corrected one. */
export function scoreIssue(sim: SimIssue, source: Issue, issue: Issue, score: Score = emptyScore()): Score {
  const index = new StoryIndex(sim.stories)
  const units = unitsOf(issue, index)
  const byId = new Map(sim.stories.map((s) => [s.id, s]))

  for (const b of sim.breaks) score.breaks.push({ outcome: breakOutcome(units, b.paragraph, b.at, b.doubled), doubled: b.doubled !== '', place: b.place })

  for (const story of sim.stories) {
    const own = story.id.startsWith('own-')
    for (let i = 0; i + 1 < story.paragraphs.length; i++) {
      score.boundaries++
      if (own) score.own.boundaries++
      const a = norm(story.paragraphs[i])
      const b = norm(story.paragraphs[i + 1])
      if (someUnit(units, window(a, chars(a).length - N, chars(a).length) + window(b, 0, N))) {
        score.wrongJoins++
        if (own) score.own.wrongJoins++
      }
    }
  }

  for (const d of sim.duplicates) {
    let outcome: DuplicateOutcome = 'removed'
    for (const paragraph of d.passage) {
      const key = opening(paragraph)
      const holders = units.filter((u) => u.text.includes(key))
      if (holders.length === 0) outcome = 'lost'
      else if (holders.length > 1) outcome = outcome === 'lost' ? outcome : 'left'
      else if (holders[0].text !== norm(paragraph) && outcome === 'removed') outcome = 'damaged-copy-kept'
    }
    score.duplicates.push({ outcome, form: d.form })
  }

  const mixed = storiesPerArticle(units)
  const multiPage = (article: number): boolean => (issue.articles[article]?.pages.length ?? 0) > 1
  const wronglyMerged = (article: number | null): boolean => article !== null && multiPage(article) && (mixed.get(article)?.size ?? 0) > 1
  for (const [article, set] of mixed) if (set.size > 1 && multiPage(article)) score.wrongMerges += set.size - 1

  for (const j of sim.jumps) {
    const story = byId.get(j.story) as CleanStory
    const head = articleHolding(units, story.paragraphs[0])
    const tail = j.tailPage === null ? null : articleHolding(units, j.tailStart)
    let outcome: TailOutcome
    if (wronglyMerged(head) || wronglyMerged(tail) || (j.tailPage === null && head !== null && multiPage(head))) outcome = 'wrongly-merged'
    else if (j.tailPage !== null && head !== null && head === tail) outcome = 'merged'
    else outcome = j.tailPage === null ? 'merged' : 'left'
    score.tails.push({ outcome, style: j.style, place: j.tailPage === null ? 'no-tail' : j.place, outInline: j.outInline })
  }

  for (const c of sim.captions) {
    const story = byId.get(c.story) as CleanStory
    const home = articleHolding(units, story.paragraphs[0])
    const key = opening(c.text)
    const holding = (articles: Article[]): Article | undefined => articles.find((a) => a.blocks.some((block) => block.type === 'caption' && norm(block.text).includes(key)))
    const holder = holding(issue.articles)
    // Still in the article it was printed under (the page's last story) is left, not attached.
    const printedUnder = holding(source.articles)
    const at = holder ? issue.articles.indexOf(holder) : -1
    score.captions.push(at === -1 ? 'left' : at === home ? 'attached' : holder?.id === printedUnder?.id ? 'left' : 'wrongly-attached')
  }

  const owner = majority(units)
  const pool = new Map<string, Map<string, number>>()
  for (const story of sim.stories) {
    const m = new Map<string, number>()
    for (const p of story.paragraphs) m.set(norm(p), (m.get(norm(p)) ?? 0) + 1)
    pool.set(story.id, m)
    score.f1.clean += story.paragraphs.length
  }
  for (const u of units) {
    score.f1.out++
    const story = owner.get(u.article)
    const left = story ? pool.get(story) : undefined
    const n = left?.get(u.text) ?? 0
    if (left && n > 0) {
      left.set(u.text, n - 1)
      score.f1.tp++
    }
  }
  return score
}

export function f1Of(f: Score['f1']): { precision: number; recall: number; f1: number } {
  const precision = f.out ? f.tp / f.out : 1
  const recall = f.clean ? f.tp / f.clean : 1
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

export { tally }
