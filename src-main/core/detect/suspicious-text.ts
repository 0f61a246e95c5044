// suspicious-text: what an OCR verification queue (ABBYY's, Transkribus') puts before an editor's
// eye: characters that cannot render (the replacement character, private-use code points, control
// characters), lines of OCR noise (`St>M WrlUf`), a stray space inside a Chinese word (`本报通讯 员`),
// and quotes or brackets that do not close. Each is a question, not a certainty: the editor retypes
// the text or confirms it as printed, so accept-all never takes these fixes.

import type { Article, Block, Finding, Issue } from '../model'
import { wordAcrossGap } from '../parse/gap'
import { expectOf, findingId } from './common'

export type Suspicion = 'unrenderable' | 'cjk-space' | 'ocr-noise' | 'unbalanced'

/** Below accept-all's floor: a suspicion waits for an editor. */
const CONFIDENCE = 0.3
const CHECKED: ReadonlySet<Block['type']> = new Set(['paragraph', 'headline', 'subhead', 'caption', 'byline'])
/** Where a space between ideographs is style, not a slip: a headline's parts, a byline's names. */
const SPACED_BY_STYLE: ReadonlySet<Block['type']> = new Set(['headline', 'byline'])

// U+FFFD, private use, C0/C1 controls other than tab and line ends, and unassigned code points.
const UNRENDERABLE = /[\ufffd\p{Co}\p{Cn}]|(?![\t\n\r])\p{Cc}/u
// One space (ASCII, no-break or ideographic) with a CJK ideograph on each side.
const CJK_SPACE = /(?<=[\u3400-\u9fff\uf900-\ufaff])[ \u00a0\u3000](?=[\u3400-\u9fff\uf900-\ufaff])/gu
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/u
/**
 * Quotes may open a paragraph and close only paragraphs later (a quotation over several
 * paragraphs opens each one), so only a close with nothing open is suspect; brackets never span
 * paragraphs, so any imbalance is. ‘’ only in CJK text, where ’ is not also the apostrophe.
 */
const QUOTES: [string, string][] = [['“', '”'], ['「', '」'], ['『', '』']]
const CJK_QUOTES: [string, string][] = [['‘', '’']]
const BRACKETS: [string, string][] = [['《', '》'], ['（', '）'], ['(', ')'], ['【', '】'], ['[', ']']]

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

/** The first pair that closes what never opened (or, for brackets, leaves one open), and where; or null. */
function unbalancedPair(text: string): { pair: string; at: number } | null {
  const quotes = CJK_CHAR.test(text) ? [...QUOTES, ...CJK_QUOTES] : QUOTES
  for (const [pairs, mustClose] of [[quotes, false], [BRACKETS, true]] as const) {
    for (const [open, close] of pairs) {
      if (!text.includes(open) && !text.includes(close)) continue
      const opened: number[] = []
      for (let i = 0; i < text.length; i++) {
        if (text[i] === open) opened.push(i)
        else if (text[i] === close && opened.pop() === undefined) return { pair: `${open}${close}`, at: i }
      }
      if (mustClose && opened.length > 0) return { pair: `${open}${close}`, at: opened[opened.length - 1] }
    }
  }
  return null
}

function snippet(text: string, at: number, length: number): string {
  return text.slice(Math.max(0, at - 8), at + length + 8)
}

/**
 * `changing`: blocks that open findings of other kinds will join or delete (a cut paragraph's
 * brackets close once it is joined), judged again when those are settled.
 */
export function detectSuspiciousText(issue: Issue, changing: ReadonlySet<string> = new Set()): Finding[] {
  const spaces = spacesBetweenIdeographs(issue)
  const printedTogether = spaces.length > 0 ? formsPrintedTogether(issue, spaces) : new Set<string>()
  const stray = new Map<Block, number[]>()
  for (const space of spaces) {
    const { block, at } = space
    const text = block.text
    const inWord = wordAcrossGap(text.slice(0, at), text.slice(at + 1)) >= 1 || space.forms.some((f) => printedTogether.has(f))
    if (inWord) stray.set(block, [...(stray.get(block) ?? []), at])
  }
  const out: Finding[] = []
  for (const article of issue.articles) {
    for (const block of article.blocks) {
      if (!CHECKED.has(block.type)) continue
      for (const s of suspicionsOf(block, changing.has(block.id), stray.get(block) ?? [])) out.push(finding(article, block, s))
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

function spacesBetweenIdeographs(issue: Issue): Space[] {
  const out: Space[] = []
  for (const article of issue.articles) {
    for (const block of article.blocks) {
      if (!CHECKED.has(block.type) || SPACED_BY_STYLE.has(block.type)) continue
      for (const m of block.text.matchAll(CJK_SPACE)) {
        const before = Array.from(block.text.slice(Math.max(0, m.index - 4), m.index)).slice(-2).join('')
        const after = Array.from(block.text.slice(m.index + 1, m.index + 5)).slice(0, 2).join('')
        const forms = [before + after.slice(0, 1), before.slice(-1) + after].filter((f) => Array.from(f).length === 3 && Array.from(f).every((c) => CJK_CHAR.test(c)))
        out.push({ block, at: m.index, forms })
      }
    }
  }
  return out
}

/** Which of the spaces' forms the issue prints somewhere without a space: the word exists here. */
function formsPrintedTogether(issue: Issue, spaces: readonly Space[]): Set<string> {
  const wanted = new Set(spaces.flatMap((s) => s.forms))
  const found = new Set<string>()
  for (const article of issue.articles) {
    for (const block of article.blocks) {
      for (const form of wanted) {
        if (block.text.includes(form)) {
          found.add(form)
          wanted.delete(form)
        }
      }
      if (wanted.size === 0) return found
    }
  }
  return found
}

interface Found {
  kind: Suspicion
  at: number
  length: number
  /** The text with the fix made, when there is one sure enough to propose. */
  fixed?: string
  detail?: string
}

function suspicionsOf(block: Block, changing: boolean, stray: readonly number[]): Found[] {
  const text = block.text
  const found: Found[] = []
  const bad = UNRENDERABLE.exec(text)
  if (bad) found.push({ kind: 'unrenderable', at: bad.index, length: bad[0].length, detail: `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` })
  if (stray.length > 0) {
    const fixed = stray.reduceRight((t, i) => t.slice(0, i) + t.slice(i + 1), text)
    found.push({ kind: 'cjk-space', at: stray[0], length: 1, fixed, detail: String(stray.length) })
  }
  if (isOcrNoise(text)) found.push({ kind: 'ocr-noise', at: 0, length: text.length })
  if (!changing && block.type === 'paragraph') {
    const unbalanced = unbalancedPair(text)
    if (unbalanced) found.push({ kind: 'unbalanced', at: unbalanced.at, length: 1, detail: unbalanced.pair })
  }
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
