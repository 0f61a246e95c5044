// suspicious-text: what an OCR verification queue (ABBYY's, Transkribus') puts before an editor's
// eye: characters that cannot render (the replacement character, private-use code points, control
// characters), lines of OCR noise (`St>M WrlUf`), a stray space inside a Chinese word (`本报通讯 员`),
// and quotes or brackets that do not close. Each is a question, not a certainty: the editor retypes
// the text or confirms it as printed, so accept-all never takes these fixes.

import type { Article, Block, Finding, Issue } from '../model'
import { ContentCache } from '../cache'
import { wordAcrossGap } from '../parse/gap'
import { expectOf, findingId } from './common'

export type Suspicion = 'unrenderable' | 'cjk-space' | 'ocr-noise' | 'unbalanced'

/** Below accept-all's floor: a suspicion waits for an editor. */
const CONFIDENCE = 0.3
const CHECKED: ReadonlySet<Block['type']> = new Set(['paragraph', 'headline', 'subhead', 'caption', 'byline'])
/** Where a space between ideographs is style, not a slip: a headline's parts, a byline's names. */
const SPACED_BY_STYLE: ReadonlySet<Block['type']> = new Set(['headline', 'byline'])

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u

/**
 * Quotes may open a paragraph and close only paragraphs later (a quotation over several
 * paragraphs opens each one), so only a close with nothing open is suspect; brackets never span
 * paragraphs, so any imbalance is. ‘’ only in CJK text, where ’ is not also the apostrophe.
 */
const QUOTES: [string, string][] = [['“', '”'], ['「', '」'], ['『', '』']]
const CJK_QUOTES: [string, string][] = [['‘', '’']]
const BRACKETS: [string, string][] = [['《', '》'], ['（', '）'], ['(', ')'], ['【', '】'], ['[', ']']]
const PAIRS = [...QUOTES, ...CJK_QUOTES, ...BRACKETS]
const FIRST_CJK_QUOTE = QUOTES.length
const FIRST_BRACKET = QUOTES.length + CJK_QUOTES.length

// What each UTF-16 unit is to the scan: one table lookup a character, since this reads every
// block of every issue (Unicode-property regexes over the same text were a third of detection).
const UNRENDERABLE = 100
const SPACE = 101
const UNIT = new Int8Array(0x10000)
PAIRS.forEach(([open, close], i) => {
  UNIT[open.charCodeAt(0)] = i + 1
  UNIT[close.charCodeAt(0)] = -(i + 1)
})
// U+FFFD, private use (the BMP's, and planes 15–16 by their lead surrogates), control characters but tab and line ends.
for (const [from, to] of [[0xfffd, 0xfffd], [0xe000, 0xf8ff], [0xdb80, 0xdbff], [0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x9f]]) UNIT.fill(UNRENDERABLE, from, to + 1)
for (const space of [0x20, 0xa0, 0x3000]) UNIT[space] = SPACE

function isIdeograph(unit: number): boolean {
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff)
}

interface Scan {
  unrenderable: number
  /** Spaces with an ideograph on each side. */
  spaces: number[]
  unbalanced: { pair: string; at: number } | null
}

const opened: number[][] = PAIRS.map(() => [])
// Keyed by the block's own hash (no key to build), one cache for paragraphs whose brackets are judged.
const SCANS = { pairs: new ContentCache<Scan>(50_000), plain: new ContentCache<Scan>(50_000) }

/** One pass over a block's text: its first unrenderable unit, its spaces between ideographs, its first quote or bracket that does not pair. */
/** What most blocks scan to: nothing. Shared, so a large page's clean blocks allocate nothing. */
const CLEAN: Scan = Object.freeze({ unrenderable: -1, spaces: Object.freeze([]) as unknown as number[], unbalanced: null })

function scan(text: string, pairs: boolean): Scan {
  // Kept in locals, and an object made only for a block with something to say: most blocks are
  // clean, and an object and a list for each of a 50 MB page's blocks were megabytes made for nothing.
  let unrenderable = -1
  let spaces: number[] | null = null
  let unbalanced: Scan['unbalanced'] = null
  for (let pair = 0; pair < opened.length; pair++) opened[pair].length = 0
  let cjk: boolean | null = null
  for (let i = 0; i < text.length; i++) {
    const kind = UNIT[text.charCodeAt(i)]
    if (kind === 0) continue
    if (kind === SPACE) {
      if (i > 0 && isIdeograph(text.charCodeAt(i - 1)) && isIdeograph(text.charCodeAt(i + 1))) (spaces ??= []).push(i)
    } else if (kind === UNRENDERABLE) {
      if (unrenderable < 0) unrenderable = i
    } else if (pairs && unbalanced === null) {
      const pair = Math.abs(kind) - 1
      if (pair >= FIRST_CJK_QUOTE && pair < FIRST_BRACKET && !(cjk ??= CJK_CHAR.test(text))) continue
      if (kind > 0) opened[pair].push(i)
      else if (opened[pair].pop() === undefined) unbalanced = { pair: PAIRS[pair].join(''), at: i }
    }
  }
  if (pairs && unbalanced === null) {
    for (let pair = FIRST_BRACKET; pair < PAIRS.length && unbalanced === null; pair++) {
      const left = opened[pair]
      if (left.length > 0) unbalanced = { pair: PAIRS[pair].join(''), at: left[left.length - 1] }
    }
  }
  return unrenderable < 0 && spaces === null && unbalanced === null ? CLEAN : { unrenderable, spaces: spaces ?? [], unbalanced }
}

/** A Latin token OCR garbled: symbols inside letters (`St>M`), or case that flips inside a word (`WrlUf`). */
function garbled(token: string): boolean {
  if (/^\p{L}+[>|<\\^~{}=_]+\p{L}*$/u.test(token)) return true
  return /^\p{Lu}?\p{Ll}+\p{Lu}+\p{Ll}/u.test(token) && !/^(?:Mc|Mac|O')/.test(token)
}

/** A short line mostly of garbled tokens and stray symbols: noise, not words. */
function isOcrNoise(text: string): boolean {
  if (text.length > 80 || /[\u3400-\u9fff]/u.test(text)) return false
  const tokens = text.split(/\s+/).filter((t) => t.length > 0)
  if (tokens.length < 2) return false
  const bad = tokens.filter((t) => garbled(t) || /^[^\p{L}\p{N}]{2,}$/u.test(t) || /[\p{L}][\p{N}][\p{L}]/u.test(t)).length
  return bad / tokens.length >= 0.5
}

function snippet(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 8), at + length + 8)
}

/**
 * `changing`: blocks that open findings of other kinds will join or delete (a cut paragraph's
 * brackets close once it is joined), judged again when those are settled.
 */
export function detectSuspiciousText(issue: Issue, changing: ReadonlySet<string> = new Set()): Finding[] {
  const scans = new Map<Block, Scan>()
  const spaces: Space[] = []
  for (const article of issue.articles) {
    for (const block of article.blocks) {
      if (!CHECKED.has(block.type)) continue
      const pairs = block.type === 'paragraph' && !changing.has(block.id)
      // Accept-all's rounds see mostly the same blocks: a block's scan is kept by its content.
      const found = (pairs ? SCANS.pairs : SCANS.plain).get(block.hash, () => scan(block.text, pairs))
      if (found === CLEAN) continue
      scans.set(block, found)
      if (!SPACED_BY_STYLE.has(block.type)) for (const at of found.spaces) spaces.push({ block, at, forms: formsAround(block.text, at) })
    }
  }
  const printedTogether = spaces.length > 0 ? formsPrintedTogether(issue, spaces) : new Set<string>()
  const stray = new Map<Block, number[]>()
  for (const { block, at, forms } of spaces) {
    // The dictionary reads a few characters either side (gap.ts): no need to copy the whole block.
    const inWord = forms.some((f) => printedTogether.has(f)) || wordAcrossGap(block.text.slice(Math.max(0, at - 8), at), block.text.slice(at + 1, at + 9)) >= 1
    if (inWord) stray.set(block, [...(stray.get(block) ?? []), at])
  }
  const out: Finding[] = []
  for (const article of issue.articles) {
    for (const block of article.blocks) {
      if (!CHECKED.has(block.type)) continue
      const found = suspicionsOf(block, scans.get(block) ?? CLEAN, stray.get(block) ?? NONE)
      for (let k = 0; k < found.length; k++) out.push(finding(article, block, found[k]))
    }
  }
  return out
}

interface Space {
  block: Block
  at: number
  /** The characters around the space as they would read without it: two before + one after, one before + two after. */
  forms: string[]
}

function formsAround(text: string, at: number): string[] {
  const before = Array.from(text.slice(Math.max(0, at - 4), at)).slice(-2).join('')
  const after = Array.from(text.slice(at + 1, at + 5)).slice(0, 2).join('')
  return [before + after.slice(0, 1), before.slice(-1) + after].filter((f) => Array.from(f).length === 3 && Array.from(f).every((c) => CJK_CHAR.test(c)))
}

/**
 * Which of the spaces' forms the issue prints somewhere without a space: the word exists here.
 * One pass over the issue whatever the number of forms (a regex of every form was a search per
 * form, which grew with the issue): a form is looked up only where its first ideograph stands.
 */
function formsPrintedTogether(issue: Issue, spaces: readonly Space[]): Set<string> {
  const wanted = new Set(spaces.flatMap((s) => s.forms))
  const found = new Set<string>()
  if (wanted.size === 0) return found
  // A form is three ideographs, three BMP units: looked up by its units, so the scan of the
  // issue's text slices no string where a form's first ideograph stands (most of them are common).
  const byFirst = new Map<number, string[]>()
  for (const form of wanted) {
    const list = byFirst.get(form.charCodeAt(0))
    if (list) list.push(form)
    else byFirst.set(form.charCodeAt(0), [form])
    for (let k = 0; k < 3; k++) UNITS[form.charCodeAt(k)] |= IN_FORM
  }
  for (const first of byFirst.keys()) UNITS[first] |= OPENS_FORM
  try {
    for (const article of issue.articles) {
      for (const block of article.blocks) {
        const text = block.text
        for (let i = 0; i + 3 <= text.length; ) {
          // A unit in no form can be no form's third, second or first unit: no form starts at
          // this position or the next two (Horspool's skip; most of a text's units are in no form).
          if (UNITS[text.charCodeAt(i + 2)] === 0) {
            i += 3
            continue
          }
          if ((UNITS[text.charCodeAt(i)] & OPENS_FORM) !== 0) {
            const second = text.charCodeAt(i + 1)
            const third = text.charCodeAt(i + 2)
            // Indexed, not for…of: this runs wherever a common first ideograph stands, and an iterator
            // made each time was 22 MB of garbage on a 50 MB page.
            const forms = byFirst.get(text.charCodeAt(i)) ?? NO_FORMS
            for (let f = 0; f < forms.length; f++) {
              const form = forms[f]
              if (form.charCodeAt(1) !== second || form.charCodeAt(2) !== third || found.has(form)) continue
              found.add(form)
              if (found.size === wanted.size) return found
            }
          }
          i++
        }
      }
    }
    return found
  } finally {
    for (const form of wanted) for (let k = 0; k < 3; k++) UNITS[form.charCodeAt(k)] = 0
  }
}

/** What each unit is to the forms looked for (in one, opens one), set and cleared by each call
 * (one table, not one a call). */
const UNITS = new Uint8Array(0x10000)
const IN_FORM = 1
const OPENS_FORM = 2
const NO_FORMS: readonly string[] = []

interface Found {
  kind: Suspicion
  at: number
  length: number
  /** The text with the fix made, when there is one sure enough to propose. */
  fixed?: string
  detail?: string
}

const NONE: readonly number[] = Object.freeze([])
const NOTHING: readonly Found[] = Object.freeze([])

function suspicionsOf(block: Block, scanned: Scan, stray: readonly number[]): readonly Found[] {
  const text = block.text
  if (scanned === CLEAN && !isOcrNoise(text)) return NOTHING
  const found: Found[] = []
  if (scanned.unrenderable >= 0) {
    const point = text.codePointAt(scanned.unrenderable)!
    found.push({ kind: 'unrenderable', at: scanned.unrenderable, length: point > 0xffff ? 2 : 1, detail: `U+${point.toString(16).toUpperCase().padStart(4, '0')}` })
  }
  if (stray.length > 0) {
    const fixed = stray.reduceRight((t, i) => t.slice(0, i) + t.slice(i + 1), text)
    found.push({ kind: 'cjk-space', at: stray[0], length: 1, fixed, detail: String(stray.length) })
  }
  if (isOcrNoise(text)) found.push({ kind: 'ocr-noise', at: 0, length: text.length })
  if (scanned.unbalanced) found.push({ kind: 'unbalanced', at: scanned.unbalanced.at, length: 1, detail: scanned.unbalanced.pair })
  return found
}

const MESSAGES: Record<Suspicion, (f: Found, text: string) => string> = {
  unrenderable: (f) => `A character that cannot be shown (${f.detail}): retype it from the print, or confirm it`,
  'cjk-space': (f, text) => `A space inside a word ("${snippet(text, f.at, f.length)}"): remove it, or confirm it as printed`,
  'ocr-noise': (_f, text) => `This line reads as OCR noise ("${text.slice(0, 40)}"): retype it, or confirm it`,
  unbalanced: (f, text) => `${f.detail} do not pair up ("${snippet(text, f.at, f.length)}"): check the text against the print`,
}

function finding(article: Article, block: Block, f: Found): Finding {
  return {
    id: findingId(`suspicious-text:${f.kind}`, [block.id]),
    kind: 'suspicious-text',
    articleIds: [article.id],
    blockIds: [block.id],
    message: MESSAGES[f.kind](f, block.text),
    confidence: CONFIDENCE,
    fix: f.fixed === undefined ? [] : [{ kind: 'edit-text', blockId: block.id, text: f.fixed, expect: expectOf(block) }],
    variant: f.kind,
    params: { at: String(f.at), length: String(f.length), snippet: f.length > 0 ? snippet(block.text, f.at, f.length) : '', detail: f.detail ?? '' },
  }
}
