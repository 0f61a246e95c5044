// Jump lines: where a story continues on another page, or comes from one.
// Chinese: ▶▶下转02版① / ▲▲上接01版① / （下转第三版） / ◆转见第2版 / 转2版 / 接1版 / （下轉第2版）.
// English: Continued on Page A6 / Continued from Page 1 / See MAYOR, Page 6 / MAYOR, from Page 1,
// tolerant of OCR noise (Sec/Sac for See, Pago for Page, hack page for back page).

import type { Jump } from '../model'
import { ContentCache } from '../cache'
import { normalisePageNumber } from '../pages'
import { readJumpWords, repairJumpWords } from './jumps-ocr'
import { execNearEnd, hasCjk } from './text'

const CN_NUM: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const EN_NUM: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, front: 1, first: 1,
}
/** `Continued on Second Page`: the page an older paper names by its place in the issue. */
const EN_ORDINAL: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
}

/** `Three`, `THREE`, `three`: the words as a pattern in any case (for patterns without the i flag). */
function anyCase(words: string[]): string {
  return `(?:${words.map((word) => [...word].map((ch) => `[${ch.toUpperCase()}${ch}]`).join('')).join('|')})\\b`
}

function chineseNumber(raw: string): number | null {
  if (raw === '十') return 10
  const tens = raw.match(/^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/)
  if (tens) return (tens[1] ? CN_NUM[tens[1]] : 1) * 10 + (tens[2] ? CN_NUM[tens[2]] : 0)
  let n = 0
  for (const ch of raw) {
    if (!(ch in CN_NUM)) return null
    n = n * 10 + CN_NUM[ch]
  }
  return n
}

/** "02", "２", "三", "A6", "Three", "back" → a page number as Galley names pages ("A6" → "A06"). */
export function jumpPage(raw: string): string {
  const folded = raw.normalize('NFKC').trim().replace(/^([a-z])-(?=\d)/iu, '$1')
  // The section letter stays (`A6` → A06): continuation matching decides what it names.
  if (/^[a-z]?\d{1,3}[a-z]?$/i.test(folded)) return normalisePageNumber(/^[a-z]\d+[a-z]$/iu.test(folded) ? folded.replace(/[a-z]$/iu, '') : folded)
  // OCR reads a lone 1 as l or I (`Continued from Page l`).
  if (/^[lI]$/u.test(folded)) return normalisePageNumber('1')
  if (folded === '下' || folded === '后' || folded === '後') return 'next'
  if (folded === '上' || folded === '前') return 'previous'
  const cn = chineseNumber(folded)
  if (cn !== null) return normalisePageNumber(String(cn))
  const word = folded.toLowerCase().replace(/[^a-z]/g, '')
  if (word in EN_NUM) return normalisePageNumber(String(EN_NUM[word]))
  if (word in EN_ORDINAL) return normalisePageNumber(String(EN_ORDINAL[word]))
  if (/^(back|hack|baek|bock|last)$/.test(word)) return 'back'
  // Relative: continuation detection finds the page beside the jump line's own.
  if (/^(next|following)$/.test(word)) return 'next'
  if (/^(previous|preceding)$/.test(word)) return 'previous'
  return folded
}

/** A page's number, or the page beside this one (`转下页` / `接上页`, `转后页` / `续前页`): those words
 * only before 页 or 版, as 下面, 后面, 上面 are prose's below, behind, above (`转到后面`, `接上面的话题`). */
const PAGE_NO = '([A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}|[〇零一二三四五六七八九十]{1,3}|[下上前后後](?=\\s*[页頁版]))'
/** A section page (`A3`, `Ｂ２`): bracketed, a marker may name it without the word 版 (`（下转A3）`). */
const SECTION_PAGE = '([A-Za-zＡ-Ｚ][0-9０-９]{1,3})'
const CIRCLED = '([\\u2460-\\u2473\\u2776-\\u277f])?'
/** The brackets papers set a marker in: （）, (), [], 【】, 〔〕, ［］, and the corner and angle brackets
 * of Hong Kong and Taiwan type (「」, 『』, 〈〉, ﹙﹚). */
const OPEN_CHARS = '（(\\[【〔［「『〈﹙'
const OPEN = `[${OPEN_CHARS}]`
const CLOSE = '[)）\\]】〕］」』〉﹚]'
/** The words every Chinese jump-out holds one of (OUT_WORD's): a line holding none is none. */
const OUT_KEY = /[转轉]|下接|[续續][见見]/u
/** `续见` (continued, see), `文转` (the text goes on, Hong Kong and Taiwan papers' `文轉A3`) too. */
const OUT_WORD = '(?:下\\s*[转轉]|[转轉](?:至|见|見|到)?|下接|[续續](?:见|見|[转轉])|(?:下)?文[转轉])'
/** `（承上頁）`, `（承第1版）`: 承 alone is how some papers (Hong Kong, Taiwan) say continued from. */
const IN_WORD = '(?:上接|接上|承接|[紧緊]接|[续續]接|[续續]|接|承)'
/** The marks papers print before a marker (`▶▶下转…`, `▲▲上接…`, `——接…`). */
const OUT_MARK_CHARS = '▶►▷▼→>＞»◆◇■□●○★☆※—'
const IN_MARK_CHARS = '▲△◀◄←<＜«◆◇■□●○★☆※—'
const OUT_MARKS = `[${OUT_MARK_CHARS}\\s]*`
const IN_MARKS = `[${IN_MARK_CHARS}\\s]*`
/** A marker set in brackets or led by a mark, or `下转…`: a jump wherever it stands. */
const MARKED_OUT = new RegExp(`^[${OPEN_CHARS}${OUT_MARK_CHARS}]|^\\s*下\\s*[转轉]`, 'u')
const MARKED_IN = new RegExp(`[${OPEN_CHARS}${IN_MARK_CHARS}]`, 'u')
const OPENING_BRACKET = new RegExp(`^${OPEN}`, 'u')

/** The bracket a marker opens with, its half-width and small forms read as （ and 【 (`(上接…` and
 * `（下转…` are one form); '' for none. */
export function markerBracket(marker: string): string {
  const t = marker.trim()
  return OPENING_BRACKET.test(t) ? t[0].replace(/[(﹙]/u, '（').replace('[', '【') : ''
}
/** `本文下转…`: the story named before the marker word. */
const THIS_STORY = '(?:本文|此文|文)?'
/** Where on the page the story goes on (`转第2版上`, `下转第2版左下`, `下转4版·中`, `下转第3版中栏`,
 * `下转第2版第1栏`), inside the marker's brackets. */
const WHERE = `(?:[·・]?(?:[上下左右中]{1,2}[部栏欄]?|第?[0-9０-９一二三四五六七八九十]{1,2}[栏欄])(?=\\s*${CLOSE}))?`
/** A mark printed after the marker (`上接第1版▲`), and a stop set after its bracket (`（转4版）。`). */
const TRAIL_MARKS = '[▲△▼▽▶◀►◄]*(?:(?<=[)）\\]】〕］」』〉﹚▲△▼▽▶◀►◄])[。.．])?'
// Simplified and traditional forms (转/轉, 续/續, 页/頁), and the marks papers print before them.
const CN_OUT = new RegExp(`${OPEN}?\\s*${OUT_MARKS}${THIS_STORY}${OUT_WORD}\\s*第?\\s*${PAGE_NO}\\s*(?:版|页|頁|面)${WHERE}\\s*${CIRCLED}\\s*${CLOSE}?${TRAIL_MARKS}`, 'u')
const CN_IN = new RegExp(`${OPEN}?\\s*${IN_MARKS}${THIS_STORY}${IN_WORD}\\s*第?\\s*${PAGE_NO}\\s*(?:版|页|頁|面)${WHERE}\\s*${CIRCLED}\\s*${CLOSE}?${TRAIL_MARKS}`, 'u')
const CN_OUT_SECTION = new RegExp(`${OPEN}\\s*${OUT_MARKS}${THIS_STORY}${OUT_WORD}\\s*${SECTION_PAGE}\\s*${CLOSE}`, 'u')
const CN_IN_SECTION = new RegExp(`${OPEN}\\s*${IN_MARKS}${THIS_STORY}${IN_WORD}\\s*${SECTION_PAGE}\\s*${CLOSE}`, 'u')
/** A section page after the words no sentence holds, unbracketed (`下转A02`, `上接A01`). */
const CN_OUT_SECTION_BARE = new RegExp(`${OUT_MARKS}下[转轉]\\s*${SECTION_PAGE}(?![0-9０-９A-Za-z])${TRAIL_MARKS}`, 'u')
const CN_IN_SECTION_BARE = new RegExp(`${IN_MARKS}上接\\s*${SECTION_PAGE}(?![0-9０-９A-Za-z])${TRAIL_MARKS}`, 'u')

// A page named with its word (`Page A6`, `Pg. 6`, `page Two`, OCR `Pago`, `Pagc`) or a bare section
// page (`A6`, `2A`, `B-3`): two groups, one of them set.
const EN_PAGE = `(?:(?:[Pp]ag[eoc]|[Pp]aqe|PAG[EOC]|[Pp]g\\.?|[Pp]\\.)\\s*([A-Za-z]?-?\\d{1,3}[A-Za-z]?|${anyCase(Object.keys(EN_NUM))}|[lI]\\b)|([A-Z]-?\\d{1,2}|\\d{1,2}[A-Z])\\b)`
/** `See`, its OCR misreadings, and the other words papers send a reader on with. */
const SEE = '(?:[Ss](?:ee|ec|ac|ce|cc|ea)|SE[EC]|[Tt]urn\\s+to|TURN\\s+TO|[Jj]ump\\s+to|JUMP\\s+TO)'
const PLEASE = '(?:(?:[Pp]lease|PLEASE)\\s+)?'
/** A slug's word opens with a capital and is none of the marker's own words (`SEE MAYOR ON PAGE 6`,
 * `MAYOR CONTINUED FROM PAGE 1`: the slug is MAYOR). */
const SLUG_WORD = "(?!(?:ON|TO|FROM|CONTINUED|CONTINUES|PAGE)\\b)[A-Z]"
/** The story's slug: `MAYOR`, `SALT LAKE`; in mixed case (`Budget`) only where a page word or a
 * comma sets it off (`See Table B2.` and `Greetings from Page 3` are no jumps). */
const SLUG = `(${SLUG_WORD}[A-Z'’.&-]*(?:\\s+${SLUG_WORD}[A-Z'’.&-]*){0,2})`
const MIXED_SLUG = "([A-Z][A-Za-z'’.&-]*(?:\\s+[A-Z][A-Za-z'’.&-]*){0,2})"
/** `Page 7`, `Pg. 7`: a page named with its word (one group). */
const WORDED_PAGE = '(?:[Pp]ag[eoc]|[Pp]aqe|PAG[EOC]|[Pp]g\\.?)\\s*([A-Za-z]?-?\\d{1,3}[A-Za-z]?)'
/** `Continued` and its OCR misreadings. */
const CONTINUED = "(?:continued|contlnued|contmued|continned|contiuued|continues|concluded|cont'd|cont\\.?)"
/** `, Column 3`, `, Column Four`: where on the page, after the page (an older paper's form). */
const COLUMN = `(?:\\s*,?\\s*col(?:umn|\\.)?\\s*(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine))?`
/** How a marker closes: a stop inside or after its bracket (`(Continued on Page Eight.)`). */
const EN_CLOSE = '\\.?\\s*\\)?\\s*\\.?'
/** `the first page`, `Second Page`: a page named by its place (older papers), before or after this one. */
const ORDINALS = Object.keys(EN_ORDINAL).join('|')
const PLACE_IN = `(?:the\\s+)?(first|front|back|last|previous|preceding|${ORDINALS})\\s+page`
const PLACE_OUT = `(?:the\\s+)?(back|last|next|following|${ORDINALS})\\s+page`
/** A page named by its place in the issue (`the second page`): prose names pages so too. */
const PLACE_WORD = new RegExp(`\\b(?:${ORDINALS})\\s+page`, 'iu')
const EN_OUT = [
  new RegExp(`(?:[—–]|--)?\\s*\\(?\\s*${PLEASE}(?:(?:story\\s+)?${CONTINUED}\\s+(?:on|to)|turn\\s+to|jump\\s+to)\\s+${EN_PAGE}${COLUMN}${EN_CLOSE}`, 'i'),
  new RegExp(`\\(?${PLEASE}\\b${SEE}\\s+${SLUG}\\s*[,./]?\\s*(?:[Oo]n\\s+|ON\\s+)?${EN_PAGE}\\s*\\)?\\.?`),
  // A slug in mixed case set off by a comma or a slash before any page (`See Budget, A4`), or by
  // `on` before a page named with its word (`See Budget on Page 4`): `See Table B2.` is prose.
  new RegExp(`\\(?${PLEASE}\\b${SEE}\\s+${MIXED_SLUG}(?:\\s*[,/]\\s*(?:[Oo]n\\s+|ON\\s+)?${EN_PAGE}|\\s+(?:[Oo]n|ON)\\s+${WORDED_PAGE})\\s*\\)?\\.?`),
  new RegExp(`\\(?${PLEASE}\\b${SEE}\\s+${SLUG}\\s*[,.]?\\s*(?:[Oo]n\\s+|ON\\s+)?(?:the\\s+)?([Bb]ack|[Hh]ack|[Bb]aek|[Ll]ast|BACK)\\s+(?:[Pp]age|[Pp]ago|PAGE)\\s*\\)?\\.?`),
  // `See Page 12`, `See page 2, column 3`: no slug; `See back page` only capitalised (prose sees pages too).
  new RegExp(`\\(?${PLEASE}\\b${SEE}\\s+(?:on\\s+)?${EN_PAGE}${COLUMN}\\s*\\)?\\.?`),
  new RegExp(`\\(?${PLEASE}\\b(?:S(?:ee|ec|ac)|SE[EC]|Turn\\s+to|TURN\\s+TO)\\s+(?:on\\s+)?(?:the\\s+)?([Bb]ack|[Hh]ack|[Bb]aek|[Ll]ast|BACK|LAST)\\s+(?:[Pp]age|[Pp]ago|PAGE)\\s*\\)?\\.?`),
  // `Continued on back page`, and on the page after this one (`Continued on next page`).
  new RegExp(`(?:[—–]|--)?\\s*\\(?\\s*${CONTINUED}\\s+(?:on|to)\\s+${PLACE_OUT}${COLUMN}${EN_CLOSE}`, 'i'),
]
const CONTINUED_START = new RegExp(`^${CONTINUED}`, 'i')
const EN_IN = [
  new RegExp(`^\\(?\\s*(?:${CONTINUED}\\s+)?from\\s+${PLACE_IN}${COLUMN}${EN_CLOSE}$`, 'i'),
  new RegExp(`^\\(?\\s*(?:(?:story\\s+)?${CONTINUED}\\s+)?(?:from|frotn|fron|liom|frorn)\\s+${EN_PAGE}${COLUMN}${EN_CLOSE}$`, 'i'),
  new RegExp(`^${SLUG}\\s*[,.:/]?\\s*\\(?\\s*(?:[Cc]ontinued\\s+|CONTINUED\\s+)?(?:[Ff]rom|[Ff]rotn|[Ff]ron|[Ff]rorn|FROM)\\s+${EN_PAGE}\\s*\\)?\\.?$`),
  new RegExp(`^${MIXED_SLUG}\\s*[,/:]\\s*(?:[Cc]ontinued\\s+)?(?:[Ff]rom|FROM)\\s+${EN_PAGE}\\s*\\)?\\.?$`),
]

// The same patterns anchored at a paragraph's end or start, compiled once.
const CN_OUT_END = new RegExp(`${CN_OUT.source}$`, 'u')
const CN_OUT_SECTION_END = new RegExp(`${CN_OUT_SECTION.source}$`, 'u')
/** How CN_OUT_END ends (the page word, a label, a closing bracket), or its section form (`A3）`). */
const CN_MARK_END = new RegExp(`(?:(?:版|页|頁|面)${WHERE}\\s*${CIRCLED}\\s*${CLOSE}?${TRAIL_MARKS}|${SECTION_PAGE}\\s*${CLOSE})$`, 'u')
const CN_IN_START = new RegExp(`^\\s*${CN_IN.source}`, 'u')
const CN_IN_SECTION_START = new RegExp(`^\\s*${CN_IN_SECTION.source}`, 'u')
const EN_OUT_END = EN_OUT.map((re) => new RegExp(`${re.source}$`, re.flags))

export interface JumpMatch {
  jump: Jump
  /** Where the marker sits in the text it was found in (code units). */
  start: number
  end: number
}

/** Jump markers are short: an end-anchored search needs only the text's last characters. */
const TAIL = 96
const execAtEnd = (re: RegExp, text: string): RegExpExecArray | null => execNearEnd(re, text, TAIL)

type Exec = (re: RegExp, text: string) => RegExpExecArray | null
const execAnywhere: Exec = (re, text) => re.exec(text)

function chinese(text: string, re: RegExp, direction: Jump['direction'], exec: Exec = execAnywhere): JumpMatch | null {
  const m = exec(re, text)
  if (!m) return null
  return { jump: { direction, page: jumpPage(m[1]), label: m[2] ?? '', keyword: '' }, start: m.index, end: m.index + m[0].length }
}

function english(text: string, patterns: RegExp[], direction: Jump['direction'], exec: Exec = execAnywhere): JumpMatch | null {
  for (const re of patterns) {
    const m = exec(re, text)
    if (!m) continue
    // `Concluded on Page 5` is a marker only capitalised: prose's `the study concluded on page 12` is none.
    if (m[0].includes('oncluded') && !/Concluded|CONCLUDED/u.test(m[0])) continue
    // Groups: the slug where the pattern has one, then the page (named or bare; one is set).
    const groups = m.slice(1)
    const withSlug = re.source.includes(SLUG) || re.source.includes(MIXED_SLUG)
    const slug = withSlug ? (groups[0] ?? '') : ''
    const page = groups.slice(withSlug ? 1 : 0).find((group) => group !== undefined) ?? ''
    return { jump: { direction, page: jumpPage(page), label: '', keyword: slug.trim() }, start: m.index, end: m.index + m[0].length }
  }
  return null
}

/** Short lines read as whole jump lines, by their trimmed text: the parse asks of the same line in
 * several places (a raw block's lines, then the block it becomes), and each reading runs a dozen patterns. */
const jumpsByLine = new ContentCache<Jump | null>(20_000)

/** The whole block is a jump line. */
export function wholeJump(text: string): Jump | null {
  const trimmed = text.trim()
  if (trimmed.length > 60) return null
  let jump = jumpsByLine.peek(trimmed)
  // Kept by a copy of the line: the line itself is a slice of its page's text, and would keep the
  // whole page alive as long as the cache (over a library, every page it has read).
  if (jump === undefined) jump = jumpsByLine.get(trimmed.split('').join(''), () => jumpOfLine(trimmed))
  // A copy: the caller may keep it on a block, and blocks do not share what they hold.
  return jump && { ...jump }
}

function jumpOfLine(trimmed: string): Jump | null {
  // OCR often leaves a stray mark after the line (`Continued On Pago Two. m`).
  const found = jumpIn(trimmed) ?? jumpIn(trimmed.replace(/\s+\S{1,2}$/u, ''))
  if (found || hasCjk(trimmed)) return found
  // A marker set between dashes or after an arrow (`— See FIRE on A6 —`, `▶ See FIRE, Page 6`); not
  // after a bullet, which an index box sets before its refers (`■ See SPORTS, B1`).
  const unframed = trimmed.replace(/^(?:[—–▶►→»]|--)+\s*|\s*(?:[—–◀◄←«]|--)+$/gu, '')
  if (unframed !== trimmed && unframed !== '') {
    const framed = jumpIn(unframed)
    if (framed) return framed
  }
  // An English marker whose words OCR damaged (`Frorn pagc l`): read again with them repaired.
  const repaired = repairJumpWords(trimmed)
  const found2 = repaired === trimmed ? null : jumpIn(repaired)
  if (found2) return found2
  // Words damaged past those repairs (`Continucd frompage 1`, `5ee $TRIKE, paye 4`).
  const read = readJumpWords(trimmed)
  return read === trimmed ? null : jumpIn(read)
}

/** An English jump-out that OCR damaged closing a paragraph (`…anyone,’’ Please era page 9`,
 * `…neces-___See CAMRMGN poge 5`): the paragraph's last few words read as a whole jump line. */
export function trailingEnglishJump(text: string): JumpMatch | null {
  const t = text.trimEnd()
  const from = Math.max(0, t.length - 48)
  // An underscore rule OCR read before the marker (`neces-_____See`) parts words like a space.
  const words = [...t.slice(from).matchAll(/[^\s_]+/gu)]
  for (let k = Math.max(1, words.length - 5); k < words.length; k++) {
    const start = from + (words[k].index ?? 0)
    if (start === 0 || !/\d|[lI]$/u.test(t)) continue
    const marker = t.slice(start)
    // A marker opens with a capital or a bracket, or follows a finished sentence.
    if (!/^[(A-Z]/u.test(marker) && !/[.!?"”’')]\s*$/u.test(t.slice(0, start))) continue
    const jump = wholeJump(marker)
    if (jump?.direction === 'out') return { jump, start, end: t.length }
  }
  return null
}

/** An English jump-in opening a line that goes on with the tail's text (`From page 1 the council…`,
 * `SALT LAKE (Continued from page 1) The council…`),
 * as OCR joins them; not a range (`From page 1 to page 5`). */
export function leadingEnglishJump(text: string): JumpMatch | null {
  const words = [...text.slice(0, 48).matchAll(/\S+/gu)]
  for (let k = 2; k <= 6 && k < words.length; k++) {
    const end = (words[k - 1].index ?? 0) + words[k - 1][0].length
    const marker = text.slice(0, end)
    // Past four words only a bracketed or `Continued` marker (`SALT LAKE (Continued from page 1)`):
    // `Maj. Ann Lee, from B-52 crews…` is a sentence.
    if (k > 4 && !/\(|continued/iu.test(marker)) continue
    const jump = wholeJump(marker)
    if (!jump) continue
    const rest = text.slice(end).trimStart()
    if (jump.direction !== 'in' || rest === '' || /^(?:to|through|thru|and|or|[-–—])(?:\s|$)/iu.test(rest)) return null
    return { jump, start: 0, end }
  }
  return null
}

function jumpIn(t: string): Jump | null {
  // Tried in order, each only when the line holds its key word: most lines are no jump at all.
  const latin = PAGE_WORD.test(t)
  const out = OUT_KEY.test(t)
  const into = /[接续續承]/u.test(t)
  return (
    spanning(t, out ? chinese(t, CN_OUT, 'out') : null) ??
    spanning(t, into ? chinese(t, CN_IN, 'in') : null) ??
    spanning(t, out ? chinese(t, CN_OUT_SECTION, 'out') : null) ??
    spanning(t, into ? chinese(t, CN_IN_SECTION, 'in') : null) ??
    spanning(t, out ? chinese(t, CN_OUT_SECTION_BARE, 'out') : null) ??
    spanning(t, into ? chinese(t, CN_IN_SECTION_BARE, 'in') : null) ??
    spanning(t, latin ? english(t, EN_OUT, 'out') : null) ??
    spanning(t, latin ? english(t, EN_IN, 'in') : null)
  )
}

/** The jump of a match that is the whole line, else null. */
function spanning(t: string, found: JumpMatch | null): Jump | null {
  return found && found.start === 0 && t.slice(found.end).trim() === '' ? found.jump : null
}

/** A jump marker closing a paragraph: `…安全转移。（下转第三版）`, `…saw Sec DEBATE, back page`. */
export function trailingJump(text: string): JumpMatch | null {
  const t = text.trimEnd()
  // Every marker form holds one of these words; most paragraphs end in none of them.
  if (!hasJumpWord(t.length > TAIL ? t.slice(-TAIL) : t)) return null
  return trailingIn(t) ?? trailingIn(withoutStrayMark(t))
}

const EN_JUMP_WORD = /ont[il1]nu|ontmu|ONTINU|[Pp]ag[eoc]|PAG[EOC]|\b[A-Z]-?\d{1,2}\b|\b\d{1,2}[A-Z]\b/u

/** Does the text hold a word some marker form needs? Plain substring looks first: most tails are
 * Chinese prose with no Latin letter at all. */
function hasJumpWord(text: string): boolean {
  return OUT_KEY.test(text) || (/[A-Za-z]/u.test(text) && EN_JUMP_WORD.test(text))
}
/** Every English marker names a page (EN_PAGE: Page, Pago, Paqe, Pg., P., a section page such
 * as A6 or 2A; or "back page"). */
const PAGE_WORD = /[Pp]a[gq]|PAG|[Pp]g|[Pp]\.|\b[A-Za-z]-?\d{1,2}\b|\b\d{1,2}[A-Za-z]\b/u

/** The text without a stray one- or two-character mark after its last space (OCR noise). */
function withoutStrayMark(t: string): string {
  const m = execAtEnd(/\s+\S{1,2}$/u, t)
  return m ? t.slice(0, m.index) : t
}

function trailingIn(t: string): JumpMatch | null {
  const tail = t.length > TAIL ? t.slice(-TAIL) : t
  if (!hasJumpWord(tail)) return null
  const latin = PAGE_WORD.test(tail) ? english(t, EN_OUT_END, 'out', execAtEnd) : null
  // `…continued on page 3` closing a paragraph is specific enough on its own; a lower-case `see` or
  // `turn to page 6` only after a sentence's end (`…tickets, turn to page 6.` is the sentence's own).
  if (latin && latin.start > 0) {
    const marker = t.slice(latin.start).trimStart()
    // A page named by its place (`back`, `next`) is no page number: a lower-case marker needs more.
    const byPlace = latin.jump.page === 'back' || latin.jump.page === 'next' || PLACE_WORD.test(marker)
    if (/^[(A-Z—–-]/u.test(marker) || (CONTINUED_START.test(marker) && !byPlace) || /[.!?"”’')]\s*$/u.test(t.slice(0, latin.start))) return latin
  }
  // The Chinese marker's own ending (`版①）`) is checked first: cheap, and most paragraphs lack it.
  const chineseEnd = OUT_KEY.test(tail) && execNearEnd(CN_MARK_END, t, 16) !== null
  for (const found of [chineseEnd ? (chinese(t, CN_OUT_END, 'out', execAtEnd) ?? chinese(t, CN_OUT_SECTION_END, 'out', execAtEnd)) : null]) {
    if (!found || found.start === 0) continue
    const before = t.slice(0, found.start)
    const marker = t.slice(found.start, found.end)
    // Bracketed or led by a mark, or `下转…` (no sentence ends in those words and a page): a jump
    // wherever it stands; a bare `转2版` after a sentence's end (`……` too), or closing a paragraph
    // the jump cut mid-sentence (`识别灾害前兆转4版`: prose ends on a stop), never after a comma
    // (`干部转岗，转3版`), where it is the sentence's own.
    if (MARKED_OUT.test(marker) || /[。！？.!?”"’\s…—]$/u.test(before)) return found
    // Mid-sentence only as `转` and a page number (`前兆转4版`): not `转到后面`, not an edition's
    // change (`从第一版转第二版`, `由V1版转V2版`).
    if (/\p{Script=Han}$/u.test(before) && !/[版页頁]$/u.test(before) && /^[转轉]\s*第?\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[版页頁]/u.test(marker)) return found
  }
  return null
}

/** A jump marker opening a paragraph: `（上接第一版）今年，…`. */
export function leadingJump(text: string): JumpMatch | null {
  if (!/接|承|续|續/u.test(text.slice(0, 12))) return null
  const found = chinese(text, CN_IN_START, 'in') ?? chinese(text, CN_IN_SECTION_START, 'in')
  if (!found) return null
  const marker = text.slice(found.start, found.end)
  // Bracketed or led by a mark (`（上接第一版）`, `←接01版`), or `上接…版`, which opens no
  // sentence; a bare `接第二面锦旗…` or `紧接一版的…` is prose.
  return MARKED_IN.test(marker) || /^\s*上接.*版/u.test(marker) ? found : null
}
