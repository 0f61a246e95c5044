// Page text → raw blocks with source offsets. Paragraphs are separated by blank lines where the
// page uses them; a page of one-line paragraphs (OCR dumps) makes a block per line; a page of
// short hard-wrapped lines is re-flowed into paragraphs at sentence ends.

import type { SplitReason } from '../model'
import { bylineLine, isJobTitle } from './bylines'
import { jumpPage, wholeJump } from './jumps'
import { isNameplate } from './masthead'
import { dateInCopy, looksLikeName, opensWireItem, signatureLine } from './stories'
import { RUNS_ON, runsOnEvidence } from './gap'
import { COHESION_SPAN, PageVocabulary } from './cohesion'
import { endsSentence, hasCjk, isBoxLabel, joinPieces, opensOnDateline, PAPER_DATELINE, type IssueWords } from './text'

export interface RawBlock {
  /** 1–6 for `#` heading lines, 0 otherwise. */
  level: number
  text: string
  start: number
  end: number
  /** Page number set by a `<!-- galley:page NN -->` line in a multi-page export, if any. */
  pageMark?: string
  /** A galley page mark inside a story that runs on (an export); a folio starts afresh. */
  runsOn?: boolean
  /** A folio that printed its page number. */
  printed?: boolean
  /** A page mark at a form feed: the file's own page break. */
  feed?: boolean
  /** On a hard-wrapped page: a headline set in capitals over its story, or a deck under it; on a
   * Chinese one, a headline over its story's text, or its deck. */
  head?: 'headline' | 'deck'
  /** A Chinese hard-wrapped page's headline: the evidence it starts a story on. */
  because?: SplitReason
}

/** The page's lines as offsets into its text, each line's text sliced when it is read: a page of
 * 300,000 lines holds two integer arrays, not 300,000 objects kept for its whole parse (they
 * outlived the young generation and grew the heap of a 50 MB page's parse by tens of MB). */
class Lines {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly count: number
  /** The lines a form feed opens (the next page's first line), where the page holds any: a form
   * feed ends a line as a line feed does, wherever it stands in it. */
  readonly fed: Uint8Array | null

  constructor(readonly source: string) {
    const feeds = source.includes('\f')
    const next = (from: number): number => {
      const nl = source.indexOf('\n', from)
      if (!feeds) return nl
      const ff = source.indexOf('\f', from)
      return ff !== -1 && (nl === -1 || ff < nl) ? ff : nl
    }
    // One search for each line's end (counting the lines first was a second pass over the page),
    // into an array grown by doubling and cut to size: a line starts where the one before ended.
    let ends = new Int32Array(Math.max(16, source.length >> 6))
    let count = 0
    for (let at = next(0); ; at = next(at + 1)) {
      if (count === ends.length) {
        const grown = new Int32Array(ends.length * 2)
        grown.set(ends)
        ends = grown
      }
      ends[count++] = at === -1 ? source.length : at
      if (at === -1) break
    }
    this.count = count
    this.ends = ends.length === count ? ends : ends.slice(0, count)
    this.starts = new Int32Array(count)
    this.fed = feeds ? new Uint8Array(count) : null
    for (let n = 1; n < count; n++) {
      const at = this.ends[n - 1]
      this.starts[n] = at + 1
      if (this.fed && source.charCodeAt(at) === 12) this.fed[n] = 1
    }
  }

  text(n: number): string {
    return this.source.slice(this.starts[n], this.ends[n])
  }
}

const PAGE_MARK = /^<!--\s*galley:page\s+(\S+)\s*-->$/u
// A running head (folio) of an English OCR dump: `8 Tuesday, September 27, 1988 Mustang Daily`.
const FOLIO = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*[.,]?\s*(?:1[89]|20)\d{2}\b/iu

/** An older paper's running head in capitals, which ends on a stop like its every part
 * (`THE EVENING HERALD, SPRINGFIELD, ILL., MONDAY, JANUARY 5, 1914. PAGE EIGHT.`): it names
 * the day of the week or the volume (`RECORDED JANUARY 5, 1914, IN BOOK 7, PAGE 42.` is a notice's text). */
const CAPS_RUNNING_HEAD = /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b|\bVOL(?:UME)?\.?\s+[\dIVXLC]/u

/** The page number a folio line prints, or '' when it prints none. */
function folioNumber(line: string): string | null {
  if (line.length > 100 || !FOLIO.test(line)) return null
  const stop = /[.!?]["”’]?$/u.test(line.replace(FOLIO, ''))
  if ((stop || line.length > 80) && !(capsLine(line, 100) && CAPS_RUNNING_HEAD.test(line))) return null
  // Two dates (`Jan. 4, 1903 - March 1, 1987`) are a life or a term, in the text, not a running head.
  if (FOLIO.test(line.replace(FOLIO, ' '))) return null
  const rest = line.replace(FOLIO, ' ')
  const edge = /^\s*(\d{1,2})\b|\b(\d{1,2})\s*$/u.exec(rest)
  if (edge) return edge[1] ?? edge[2]
  // `… PAGE EIGHT.`: the page named in words.
  const worded = /\bpage\s+([a-z]+|\d{1,2})\b/iu.exec(rest)
  const page = worded ? jumpPage(worded[1]) : ''
  return /^\d+$/u.test(page) ? String(Number(page)) : ''
}

/** A masthead's folio names the paper's volume and number (`Vol. 88, No. 41`), whatever else it
 * holds (the town, the price: `50 cents`). */
const VOLUME_AND_NUMBER = /\bvol(?:ume)?\.?\s*[\dIVXLC]+\b.{0,12}\bno\.?\s*\d+/iu

/** A date line of an OCR dump that is no ad or event copy: the running head it reads like. */
function englishFolio(line: string): string | null {
  const folio = folioNumber(line)
  return folio !== null && !hasCjk(line) && dateInCopy(line) && !VOLUME_AND_NUMBER.test(line) ? null : folio
}

type Layout = 'blank-separated' | 'line-per-paragraph' | 'wrapped'

/** The page's layout, and whether it is marked (Chinese text or `#` headline lines). */
function layoutOf(lines: Lines): { layout: Layout; marked: boolean } {
  /** Chinese text or headline marks: no English OCR dump. */
  let marked = false
  let filled = 0
  for (let n = 0; n < lines.count; n++) {
    const trimmed = lines.text(n).trim()
    if (trimmed === '') continue
    filled++
    if (!marked && (trimmed.startsWith('#') || hasCjk(trimmed))) marked = true
  }
  if (filled === 0) return { layout: 'blank-separated', marked }
  const blanks = lines.count - filled
  if (blanks >= filled * 0.6) return { layout: 'blank-separated', marked }
  // Lengths and open lines only for a page that is not blank-separated (most pages are, and
  // reading every line's end for them was a pass over the page for nothing).
  const lengths: number[] = []
  let open = 0
  for (let n = 0; n < lines.count; n++) {
    const text = lines.text(n)
    const trimmed = text.trim()
    if (trimmed === '') continue
    lengths.push(trimmed.length)
    if (!endsSentence(text)) open++
  }
  lengths.sort((a, b) => a - b)
  // Hard-wrapped column text has lines of one narrow width; OCR dumps of one line per paragraph
  // have many long lines.
  const p90 = lengths[Math.floor(lengths.length * 0.9)]
  if (p90 > 90 || open <= filled * 0.5) return { layout: 'line-per-paragraph', marked }
  if (marked) return { layout: 'wrapped', marked }
  // An English OCR dump of short lines that also holds whole paragraphs on a line of their own (an
  // ad page: price and slogan scraps around a few stories) is not wrapped text; a column's width
  // bounds every line of wrapped text but a stray one.
  let chars = 0
  let long = 0
  for (const length of lengths) {
    chars += length
    if (length > Math.max(120, 2 * p90)) long += length
  }
  return { layout: long >= chars * 0.1 ? 'line-per-paragraph' : 'wrapped', marked }
}

/** On a page of blank-line paragraphs, a date line at the top or bottom is a running head only
 * when it reads like one (`Page 4 — The Daily Star — Tuesday, March 3, 1987`): a page word or the
 * paper's name set off by dashes or bars; a headline or a text line holding a date is neither. */
function isRunningHead(line: string): boolean {
  return !line.startsWith('#') && (/\bpage\s+[A-Z]?\d/iu.test(line) || (line.match(/\s[—–|•·]\s/gu) ?? []).length >= 2)
}

/** A Chinese page's running head or foot (`株洲日报 2024年1月5日 星期五 第2版 要闻`, `本版责任编辑：王芳`):
 * a short line with no sentence in it that names the page (第2版, A3版: never a jump's `转2版`) with
 * a date or weekday, or that credits the page's editors. */
function isChineseRunningHead(line: string): boolean {
  if (line.length > 60 || line.startsWith('#')) return false
  if (/^(?:本版)?(?:责任编辑|责编)\s*[:：\s]/u.test(line)) return line.length <= 40 && !/[。！？]/u.test(line)
  if (/[。！？；，,]/u.test(line)) return false
  // 第2版, 2版, A2版, or a section page alone (A2, B03: a letter and its number).
  const page = /(?:^|[^转轉接续續见見])(?:(?:第\s*[0-9０-９一二三四五六七八九十]{1,3}|[A-ZＡ-Ｚ]?[0-9０-９]{1,2})\s*版|(?<![A-Za-z])[A-ZＡ-Ｚ][0-9０-９]{1,2}(?![0-9０-９A-Za-z]))/u.test(line)
  const date = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|周[一二三四五六日]/u.test(line)
  return page && date
}

/** A paper's name on a line of its own (`株洲日报`, `人民日报`, `The Evening Post`). */
export function isPaperName(line: string): boolean {
  return line.length <= 40 && (/^[\u4e00-\u9fff]{2,12}(?:日报|晚报|早报|时报|商报|周报|都市报|晨报)$/u.test(line) || isNameplate(line))
}

/** A Chinese paragraph's first-line indent, an ideographic space (spaces also center headlines). */
const INDENT = /^\u3000/u

/** Where line `n`'s text, its spaces left out, stands in the page. */
function textSpan(lines: Lines, n: number): { start: number; end: number } {
  const line = lines.text(n)
  return { start: lines.starts[n] + line.length - line.trimStart().length, end: lines.starts[n] + line.trimEnd().length }
}

/** A line's length in characters (code points: an ideograph beyond the BMP is one). */
function charsIn(t: string): number {
  let pairs = 0
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0xd800 && t.charCodeAt(i) <= 0xdbff) pairs++
  return t.length - pairs
}

/** A Chinese head line runs to at most this share of the column's width; a line of the column's
 * full width, at least FULL_LINE of it. */
const SHORT_LINE = 0.6
const FULL_LINE = 0.8
/** A line this share of the column's width or less is short of a full line, with room for the ±1
 * character a justified column's lines vary by. */
const SHORT_OF_FULL = 0.9
/** At most this share of the words under a short line also stands in the story above it, and
 * the line heads a story of its own: none of its names, next to none of its words. */
const UNRELATED = 0.009

/** The length a hard-wrapped column's full lines run to, in characters: the upper quartile of the
 * page's filled lines, since headlines, paragraphs' last lines and bylines are shorter. */
function typicalLength(lines: Lines): number {
  const lengths: number[] = []
  for (let n = 0; n < lines.count; n++) {
    const t = lines.text(n).trim()
    if (t !== '') lengths.push(charsIn(t))
  }
  lengths.sort((a, b) => a - b)
  return lengths.length > 0 ? lengths[Math.floor(lengths.length * 0.75)] : 0
}

/** A hard-wrapped Chinese column's line that stands alone: well short of the column's width, not
 * indented as a paragraph opens, and ending on no punctuation, as a paragraph's last line does. */
function chineseHeadLine(line: string, trimmed: string, typical: number): boolean {
  if (charsIn(trimmed) < 2 || charsIn(trimmed) > typical * SHORT_LINE || closesStory(trimmed) || CN_DATE_LINE.test(trimmed)) return false
  // A clause's comma inside, or a caption's 图 before it, and the line is a sentence's or a caption's.
  return !INDENT.test(line) && hasCjk(trimmed) && !/[\p{P}]$|[，、；：,;:]/u.test(trimmed) && !/^[图▲△■]/u.test(trimmed)
}

/** A story's headline right over its dateline, of any shape a headline takes: wider than the
 * column (set across several), holding a comma or a 、 (`产业链、创新链深度融合`), closing on ” 》 ！ ？
 * (`一图读懂《政府工作报告》`); not indented, ending no sentence or clause. */
function datedHead(line: string, trimmed: string, below: string, typical: number, wide: boolean): boolean {
  const byline = hasCjk(below) && bylineLine(below) !== null
  if (!byline && !CN_OPENING.test(below)) return false
  // Prose cut at a line's end opens its next line on 记者 or 新华社 as often (`…在接受` / `记者采访时`):
  // under such a line, unless it is a byline of its own, a line the column's full width is text.
  const proper = byline || opensOnDateline(below) || !LOOSE_OPENING.test(below)
  if (!proper && !wide && charsIn(trimmed) >= typical * SHORT_OF_FULL) return false
  // A head and its deck set on one line across the columns run past 40 characters.
  return headShaped(line, trimmed, wide && proper ? Infinity : 40)
}

/** The openings of CN_OPENING that prose cut at a line's end starts a line on too: 记者, 通讯员, an agency's name. */
const LOOSE_OPENING = /^(?:\u3000|\s)*(?:[记記]者|通[讯訊][员員]|本[报報][记記]者|新[华華]社|中新社|据)/u

/** After a story signed off or sent on, or at the page's head, the next story's head: shorter
 * than a column's full line (the first line of a paragraph under no head is full, unless a Latin
 * word or a number it could not hold runs on below it) or set wider than the column. */
function headUnderSignOff(line: string, trimmed: string, below: string, typical: number, wide: boolean): boolean {
  const next = below.trim()
  if (next === '' || /^[A-Za-z0-9０-９]/u.test(next) || !headShaped(line, trimmed)) return false
  if (charsIn(trimmed) < typical * SHORT_OF_FULL || wide) return true
  // A head as long as the column's line, or a character or two past it that its quotes or a
  // narrow mark make up (`防汛的思想之堤容不得一点“管涌”` over a column of 14): a line that holds
  // no clause's mark, waits for no word (`…出现在`) and does not run on into the line below as a
  // sentence's line would (`…几个概` / `念，…`).
  return charsIn(trimmed) <= typical + 2 && !/[，。；：,;:]|[于在到至从自是的为与和及对向将]$/u.test(trimmed) && runsOnEvidence(trimmed, next) < RUNS_ON
}

/** A line short of the column's width after a finished sentence, ending on no mark, over a line
 * of the full width: a head (a story's or a subhead) as its shape goes, since only a paragraph's
 * last line stops short and none ends on no mark. What is said under it tells which. */
function headOverProse(line: string, trimmed: string, below: string, typical: number): boolean {
  const next = below.trim()
  if (next === '' || /^[A-Za-z0-9０-９]/u.test(next) || charsIn(next) < typical * FULL_LINE) return false
  return lineWidth(trimmed) < typical * SHORT_OF_FULL && headShaped(line, trimmed) && !/[\p{P}]$/u.test(trimmed)
}

/** A lede's opening clause: the story's date or time, set off by its comma (`7月16日，…`, `近日，…`). */
const LEDE_OPENING = /^(?:\u3000|\s)*(?:\d{1,2}月\d{1,2}日|近日|日前|近年来|今年以来|当前|目前)[，,]/u

/** A line as wide as the column, where the story above has ended, over a lede's opening clause: a
 * prose line never runs on into a clause that opens a sentence without its mark closing the line
 * (nor does one that waits for its date: `…定于` / `7月16日，…`). */
function headOverLede(line: string, trimmed: string, below: string): boolean {
  return LEDE_OPENING.test(below) && headShaped(line, trimmed) && !/[\p{P}]$|[于在到至从自是的为与和及对向将]$/u.test(trimmed)
}

/** A line of a headline's shape (see datedHead), where what stands round it says a story starts. */
function headShaped(line: string, trimmed: string, longest = 40): boolean {
  return !INDENT.test(line) && hasCjk(trimmed) && charsIn(trimmed) <= longest && !/[。；;，,：:、…]$/u.test(trimmed) && !closesStory(trimmed) && !PRINTED_DATE.test(trimmed) && (!/^[图▲△■]/u.test(trimmed) || isBoxLabel(trimmed))
}

/** A line that closes a Chinese story, never heads one: a photo's credit (`记者 李明 摄`), the
 * page's editor (`责任编辑 张三`), a byline in brackets (`（记者 王芳）`). */
export function closesStory(t: string): boolean {
  return creditLine(t) || /^[（(].*[）)]$/u.test(t)
}

/** How a photo's credit ends (`…摄`, `…供图`, `…图/王天巍`). */
const PHOTO_CREDIT = String.raw`(?:摄|摄影|供图|[图圖]\s*[/／]\s*[\p{Script=Han}·]{2,8})`
const PHOTO_CREDIT_END = new RegExp(`${PHOTO_CREDIT}$`, 'u')

/** A photo's credit (`记者 李明 摄`, `…蝴蝶兰图/王天巍`) or the page's editor on a line of its own: a
 * block of its own too, where the story above has ended. (A writer's name in brackets, `（刘蕊）`,
 * closes the paragraph it ends.) */
function creditLine(t: string): boolean {
  return PHOTO_CREDIT_END.test(t) || /^[（(]?(?:责任编辑|责编|编辑|校对|美编|组版|审校|记者|通讯员|实习生|文|图)[：:\s]/u.test(t)
}

/** A Chinese dateline's byline cut at a line's end runs on to the next line: inside its brackets
 * (`株洲日报讯(全媒体记者/高晓燕 通讯员/` / `肖明) 近日,…`) or before its 报道 or 电. */
function bylineRunsOn(line: string, next: string): boolean {
  if (!hasCjk(line)) return false
  const opened = (line.match(/[（(]/gu) ?? []).length
  const closed = (line.match(/[）)]/gu) ?? []).length
  return opened > closed || /^(?:报道|[电電讯訊](?![\p{Script=Han}]))/u.test(next)
}

/** What a story is signed with in brackets: its writer's name (`张嘉赫`), those who helped
 * (`李明、王芳对本文有贡献`), its translator or compiler and source (`编译：王玉 来源：arXiv官网`); not a
 * note a story goes on after (`数据来源：市统计局`, `单位：万元`). */
const SIGNATURE_TEXT = String.raw`(?:[\p{Script=Han}·、\s]{1,16}|[\p{Script=Han}·、\s]{1,24}对本文有贡献|(?:编译|整理|综合|撰文|翻译|作者)[：:][^（）()。！？]{1,26})`
/** A story's last sentence signed in brackets (`…守住底线。（张嘉赫）`). */
const SIGNED_OFF = new RegExp(String.raw`[。！？”][（(]${SIGNATURE_TEXT}[）)]$`, 'u')
/** A caption's last sentence and its photo's credit (`…开展观测试验。图/文黄曙杰`, `…。记者 李明 摄`). */
const CREDITED = new RegExp(String.raw`[。！？”]\s*[^。！？，]{0,12}${PHOTO_CREDIT}$`, 'u')
/** How far from a paragraph's end its signature starts, at the most. */
const SIGN_OFF_TAIL = 34

/** Does the block above end its story: signed by its writer, sent on to another page, a jump line
 * out or a credit of its own? (Its end only is read: a paragraph grows a line at a time.) */
function signedOffAbove(above: RawBlock | undefined): boolean {
  if (above === undefined || above.pageMark) return false
  const tail = above.text.slice(-SIGN_OFF_TAIL)
  return SIGNED_OFF.test(tail) || JUMPS_ON.test(tail) || CREDITED.test(tail) || (above.text.length <= 40 && (wholeJump(above.text)?.direction === 'out' || creditLine(above.text) || (SIGNATURE.test(above.text) && wholeJump(above.text) === null)))
}

/** A signature (see SIGNED_OFF) on a line of its own, under the story's last sentence (`（蒋芷晴）`). */
const SIGNATURE = new RegExp(String.raw`^[（(]${SIGNATURE_TEXT}[）)]$`, 'u')

/** Is line `n` set across the columns, as a headline over several is? Past the column's full line
 * by more than the one character a justified column's lines vary by, in display width (an ideograph
 * two, a Latin letter or digit one, since a full line of half-width text holds more characters),
 * with no sentence ended inside it, over two lines of that column: where stories are set in columns
 * of different widths, a wider column's paragraph runs on in lines as wide. */
function setAcross(lines: Lines, n: number, typical: number): boolean {
  const column = 2 * (typical + 1)
  const trimmed = lines.text(n).trim()
  if (displayWidth(trimmed) <= column || trimmed.includes('。')) return false
  for (let k = n + 1; k <= n + 2; k++) {
    if (k >= lines.count || lines.fed?.[k] || lines.text(k).trim() === '' || displayWidth(lines.text(k).trim()) > column) return false
  }
  // Nor under lines as wide: a wider column's paragraph of two lines, before a narrower one's head.
  for (let k = n - 1; k >= Math.max(0, n - 3) && !lines.fed?.[k + 1]; k--) {
    if (displayWidth(lines.text(k).trim()) > column) return false
  }
  return true
}

function displayWidth(t: string): number {
  let width = 0
  for (const ch of t) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1
  return width
}

/** A paragraph sent on to another page at its end (`…清晰回响。（下转第三版）`). */
const JUMPS_ON = /[（(][^（）()]{0,4}[转轉][^（）()]{0,10}[）)]$/u

/** A date printed in full, or a weekday: a page's folio line holds one (`2024年1月30日 星期二 要闻`), a head seldom. */
const PRINTED_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]/u

/** A date alone on its line (`2024年1月30日`, `2024年1月30日 星期二`): the page's, no headline. */
const CN_DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?$/u


/** A dateline or a byline opening a Chinese story's first paragraph (`本报讯（记者 王芳）`, `新华社北京1月30日电`). */
const CN_OPENING = new RegExp(String.raw`^(?:\u3000|\s)*(?:编者按|編者按|[（(](?:上接|接|续|續|承)[^）)]{1,8}[）)]|${PAPER_DATELINE}|新[华華]社|中新社|据[^，。]{1,12}[报報]道|[（(【]?(?:[记記]者|通[讯訊]员|通[讯訊]員|本[报報][记記]者))`, 'u')

/** How many short lines from `n` on (where the story above has ended) stand apart as a head, or 0:
 * one line over an indented line, a story's dateline or a line the column's full width; two or
 * three (a kicker, the headline, a deck under it) over a dateline only, since two short lines over
 * an indented paragraph are as often verse quoted. Lines wrapped round a photo or set in a narrow
 * sidebar are as short as the lines around them. */
function headStack(lines: Lines, n: number, typical: number): number {
  for (let k = n; k < n + 3; k++) {
    const below = k + 1 < lines.count ? lines.text(k + 1) : ''
    // A head stands on one page: the line under a form feed is the next page's.
    if (lines.fed?.[k + 1]) return 0
    // A Latin word or a number the line could not hold runs on below it (`微信小程序` / `ParkGo预约`).
    if (below.trim() === '' || /^[A-Za-z0-9０-９]/u.test(below.trim())) return 0
    // (Over a line the full width only one: two short lines over prose are as often verse quoted.)
    if (CN_OPENING.test(below) || (k === n && (INDENT.test(below) || charsIn(below.trim()) >= typical * FULL_LINE))) return k - n + 1
    if (!chineseHeadLine(below, below.trim(), typical)) return 0
  }
  return 0
}

/** How wide a line is set, in ideographs: a Latin letter or a digit is half of one, and a line
 * holding them holds more characters. */
function lineWidth(t: string): number {
  return Math.max(charsIn(t), displayWidth(t) / 2)
}

/** A Chinese column's line well short of its full width, over a line that is full: where no indent
 * marks paragraphs, only a paragraph's last line stops short (a subhead, a line ending on no
 * stop), so the paragraph ends there. Short in characters and in display width both, since a
 * line holding Latin letters or digits holds more characters; not on a clause's comma, which no
 * paragraph ends on (a line set short round a photo); not over a line as short, as a narrower
 * column's lines are. */
function endsShortOfColumn(trimmed: string, paragraph: string, below: string, typical: number): boolean {
  if (lineWidth(trimmed) >= typical * SHORT_OF_FULL || !hasCjk(paragraph) || /[，、,]$/u.test(trimmed) || PRINTED_DATE.test(trimmed)) return false
  const next = below.trim()
  if (next === '' || charsIn(next) < typical * SHORT_OF_FULL) return false
  // A Latin word or a number the line had no room for runs on below it (`微信小程序` / `ParkGo预约`),
  // and so does a sentence the line cut (`今年以来，公园接待游客` / `一万二千人次，…`).
  const word = /^[A-Za-z0-9０-９][A-Za-z0-9０-９.,:%'’-]*/u.exec(next)
  if (word && displayWidth(word[0]) + 2 > 2 * typical - displayWidth(trimmed)) return false
  // (A piece of one line is weighed as a column's cut piece is; a paragraph's last line, after
  // lines as wide as the column, ends it.)
  return paragraph !== trimmed || runsOnEvidence(trimmed, next) < RUNS_ON
}

/** A line as wide as the column it stands in: near the page's column width, and no narrower than
 * the lines of its paragraph round it (where a page sets some stories wider, their paragraphs'
 * last lines are as wide as the narrower column's full ones). */
function fullLine(trimmed: string, above: string, below: string, typical: number): boolean {
  const width = lineWidth(trimmed)
  return width >= typical * SHORT_OF_FULL && width >= lineWidth(above) && width >= lineWidth(below)
}

/** Do indents mark the paragraphs: several indented lines, each opening a run of unindented ones? */
function indentsParagraphs(lines: Lines): boolean {
  let filled = 0
  let opening = 0
  for (let n = 0; n < lines.count; n++) {
    const text = lines.text(n)
    if (text.trim() === '' || /^\s*#/u.test(text)) continue
    filled++
    if (INDENT.test(text)) opening++
  }
  return opening >= 2 && opening <= filled * 0.5
}

function isStandalone(text: string): boolean {
  const first = text[0]
  if (first !== '#' && first !== '*' && first !== '<') return false
  return /^#{1,6}(\s|$)/u.test(text) || /^\*\*.+\*\*$/u.test(text) || PAGE_MARK.test(text)
}

/** A line set in capitals (`PRESIDENT SIGNS`, `FIRE DESTROYS MILL.`), as an older paper sets a
 * headline's banks: words, not a table's figures (`AMAL. COPPER .... 62 1/2`), a box score, a photo
 * credit (`JOHN SMITH/MUSTANG DAILY`) or OCR's specks (`I I I I`); a line cut at a hyphen, a comma or
 * a semicolon is a paragraph's. */
function capsLine(t: string, longest = 60): boolean {
  if (t.length > longest || /[-,;:]$|;|\/|\.{3}|…/u.test(t)) return false
  if (t.replace(/[^\p{L}]/gu, '').length < 4 || !mostlyCapitals(t)) return false
  if (t.replace(/[^\d]/gu, '').length * 5 > t.replace(/\s/gu, '').length) return false
  const words = t.match(/\p{L}{3,}/gu) ?? []
  return words.length >= 2 || (words.length === 1 && words[0].length >= 5)
}

/** Four letters in five of the line set in capitals, as a headline's bank is. */
export function mostlyCapitals(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '').length
  return t.replace(/[^\p{Lu}]/gu, '').length >= letters * 0.8
}

/** Most of the words of four letters or more capitalised (`Measure Providing for New Banking`):
 * `least` of them at least, three in four capitalised. */
function titleCase(t: string, least: number): boolean {
  const words = t.split(/\s+/u).filter((word) => /\p{L}{4,}/u.test(word))
  const capitalised = words.filter((word) => /^[“"‘'(]?\p{Lu}/u.test(word)).length
  return words.length >= least && capitalised >= words.length * 0.75
}

/** A head in sentence case: two words or more from a capital, ending on no mark a sentence or a
 * clause ends on, and no dateline itself (`Storm knocks out power`, `Tokyo kids have toys aplenty`). */
function sentenceCaseHead(t: string): boolean {
  const line = t.trim()
  return /^[“"‘']?\p{Lu}/u.test(line) && /\s\S/u.test(line) && !/[.,;:!?—–-]$/u.test(line) && !opensWireItem(line)
}

/** A day of a month (`Sept. 16`, `March 2`): a dateline's or a signature's, never a deck's. */
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/u

/** A line that opens a story's text or signs one off with its place and day (`Ogden, Utah, Sept.
 * 16.—The six miners`, `Salt Lake City, Sept. 15.`), or a running head's date line. */
function datedLine(t: string): boolean {
  return opensWireItem(t) || FOLIO.test(t) || MONTH_DAY.test(t) || /\.\s*(?:—|--)/u.test(t)
}

/** A wire's name on a line of its own (`ASSOCIATED PRESS`): a credit, no headline. */
const WIRE_NAME = /^(?:THE\s+)?(?:ASSOCIATED\s+PRESS|UNITED\s+PRESS(?:\s+INTERNATIONAL)?|INTERNATIONAL\s+NEWS\s+SERVICE|REUTERS)\.?$/u

/** The most lines a deck runs to, up to its stop (`Measure Providing for New Banking` / `System Now the Law of the Land.`). */
const DECK_LINES = 4

/** The lines a deck under a bank in capitals takes from `at(0)` on: up to its stop, within
 * DECK_LINES, most of its words capitalised (a story's first sentence, `The Salt Lake City Flour
 * Mill Company` / `lost its big mill…`, has a few capitals only), no date, no byline, no jump line,
 * no line in capitals; 0 where no deck stands there. A word cut at a line's end, OCR's hyphen lost
 * or not (`…Plan of Compro` / `mise on the Arbitra` / `tion Treaties.`), goes on to the next. */
function deckAt(at: (k: number) => string): number {
  let text = ''
  for (let k = 0; k < DECK_LINES; k++) {
    const line = at(k)
    // A deck set with no stop (`Loss Is Placed at $40,000 as` / `Flames Sweep Old Building`) ends
    // where the next bank in capitals, a credit or the dateline begins; a story's text never
    // stops short of its sentence's end over one.
    if (k > 0 && (capsLine(line) || bylineLine(line) !== null || opensWireItem(line))) return titleCase(text, 3) && titleCase(at(0), 2) ? k : 0
    if (line === '' || line.length > 60 || capsLine(line) || datedLine(line) || /;/u.test(line) || bylineLine(line) || wholeJump(line)) return 0
    text = text === '' ? line : `${text} ${line}`
    if (endsSentence(line)) return titleCase(text, 2) && titleCase(at(0), 2) ? k + 1 : 0
  }
  return 0
}

/**
 * A hard-wrapped English column's head, line by line: after a finished paragraph, a bank of lines
 * in capitals over a deck, a credit, a dateline or the story's text is a headline (one line in
 * capitals that ends on a stop over the text is a crosshead or a signature: `WILL ISSUE BONDS.`,
 * `A TAXPAYER.`); under it, a deck to its stop; another bank in capitals under a deck is the next
 * deck. The first other line (a dateline, a sentence) is the story's text. Every paragraph reflowed
 * at its stop would run a headline into the text below it, as nothing but its capitals ends it.
 */
class WrappedHead {
  /** The lines since the headline are all head lines. */
  private inStack = false
  /** The column's full line, in characters (see typicalLength). */
  constructor(private readonly column: number) {}
  /** The open block is a bank in capitals, not a deck. */
  private capsBank = false
  /** Lines of the open deck still to join to it. */
  private deckLeft = 0

  /** Ends the head: a line of another kind (a byline, a jump line, a blank) came. */
  reset(): void {
    this.inStack = false
    this.deckLeft = 0
  }

  /** What `at(0)` is to the head, given the block still open and the lines after it (`at(k)`): a
   * line to join to the open head block, one that opens a head block of this kind, or none (the story's text). */
  read(open: RawBlock | null, at: (k: number) => string): 'join' | 'headline' | 'deck' | null {
    const line = at(0)
    if (this.deckLeft > 0 && open?.head === 'deck') {
      this.deckLeft--
      return 'join'
    }
    if (capsLine(line) && (this.inStack || open === null)) {
      if (open?.head && this.capsBank) return 'join'
      // The nameplate (`THE EVENING HERALD.`) heads the page, no story; nor does a crosshead.
      if (!this.inStack && (isNameplate(line) || !this.headsStory(at))) return this.end()
      const kind = this.inStack ? 'deck' : 'headline'
      this.inStack = true
      this.capsBank = true
      return kind
    }
    // A smaller head in capitals and small letters (`Identified by Girl.`), or in a modern paper's
    // sentence case (`Storm knocks out power`), after a finished paragraph, over its credit or
    // dateline (`By Associated Press.`, `WASHINGTON (AP) —`): a story's headline too; no line of a
    // paragraph stands over either.
    if (open === null && !this.inStack && line.length <= 50 && (titleCase(line, 1) || sentenceCaseHead(line)) && !bylineLine(line) && (bylineLine(at(1)) !== null || opensWireItem(at(1)))) {
      this.inStack = true
      this.capsBank = false
      return 'headline'
    }
    // A head in capitals and small letters set alone on a line well short of the column, after a
    // finished paragraph and over a full line opening the next (`School board race heats up`): a
    // paragraph's first line fills the column, and one short enough to end on its own line ends on
    // its stop. A name alone (a letter's signature) is none.
    if (open === null && !this.inStack && this.shortHead(line) && this.opensParagraph(at(1))) {
      this.inStack = true
      this.capsBank = false
      return 'headline'
    }
    if (this.inStack && open?.head && this.capsBank) {
      const lines = deckAt(at)
      if (lines > 0) {
        this.capsBank = false
        this.deckLeft = lines - 1
        return 'deck'
      }
    }
    return this.end()
  }

  /** Does the bank in capitals opening at `at(0)` head a story? Two lines or more, or one without
   * a stop, or one over a deck, a credit, a dateline or a jump line. */
  private headsStory(at: (k: number) => string): boolean {
    if (WIRE_NAME.test(at(0))) return false
    let lines = 1
    while (lines < 4 && capsLine(at(lines))) lines++
    const after = at(lines)
    if (deckAt((k) => at(k + lines)) > 0 || bylineLine(after) !== null || opensWireItem(after) || wholeJump(after) !== null) return true
    // Over the text itself: a roll of names, each line with its commas (`JOHN ADAMS, MARY BROWN`), is the text's.
    const bank = Array.from({ length: lines }, (_, k) => at(k))
    // (A head naming someone by the age set between commas, `WOMAN, 92, DIES`, is no roll's line.)
    if (bank.every((line) => line.includes(',')) && !(lines === 1 && AGE_HEAD.test(at(0)))) return false
    return lines > 1 || !endsSentence(at(0))
  }

  private end(): null {
    this.inStack = false
    this.deckLeft = 0
    return null
  }

  private shortHead(line: string): boolean {
    const t = line.trim()
    // Three words or more, two of them of three letters or more (`I I I I` is OCR's specks).
    const words = t.split(/\s+/u)
    if (this.column < 24 || t.length > this.column * SHORT_HEAD || words.length < 3 || words.filter((word) => /\p{L}{3,}/u.test(word)).length < 2) return false
    // Not a sentence's piece: one ended inside it, a quote opening or closing it, a word that
    // waits for more ending it (`Next week, the`), a comma's clause.
    if (/[.!?]["”’]?\s|^["“‘']|["”’]$|,|—|\//u.test(t) || HEAD_NEVER_ENDS.test(t) || CREDIT_WORDS.test(t)) return false
    return (titleCase(t, 1) || sentenceCaseHead(t)) && !bylineLine(t) && !looksLikeName(t) && !signatureLine(t) && !isJobTitle(t) && !/\d/u.test(t)
  }

  private opensParagraph(next: string): boolean {
    const t = next.trim()
    return t.length >= this.column * FULL_LINE && /^[“"‘']?\p{Lu}/u.test(t) && !capsLine(t)
  }
}

/** `WOMAN, 92, DIES`, `FARMER, 80, HURT IN FALL`: who, the age between commas, what befell them. */
const AGE_HEAD = /^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?, \d{1,3}, [A-Z][A-Z'’ -]+$/u

/** A head set alone on its line is this much of the column's full line at the most. */
const SHORT_HEAD = 0.7
/** Words no headline ends on: an article, a preposition, a conjunction, a verb waiting for more. */
const HEAD_NEVER_ENDS = /\b(?:the|a|an|of|to|in|on|at|by|for|from|with|against|about|into|onto|over|under|after|before|between|through|during|without|within|toward|towards|upon|among|across|around|behind|beyond|since|until|via|and|or|but|nor|as|that|than|if|is|are|was|were|be|been|has|have|had|will|would|can|could|its|their|his|her|our|my|your|this|these|those|which|who|whose)$/iu
/** A picture's or a wire's credit, which a short line alone often is (`CD courtesy of KCPR`). */
const CREDIT_WORDS = /\b(?:courtesy|photo|photos|special\s+to|staff)\b/iu

/**
 * The page's raw blocks. `firstPage` is the page the file holds (its name's number): a running
 * head that prints no number names that page, and only a later one moves on (an OCR dump of a
 * whole issue in one file); null for a section page (A7), whose heads are dropped and name none.
 * `words`, the issue's, tell a word cut at a line's end without its hyphen (see joinPieces).
 */
export function rawBlocks(text: string, firstPage: number | null = 1, words?: IssueWords): RawBlock[] {
  const lines = new Lines(text)
  const { layout, marked } = layoutOf(lines)
  // An English page of hard-wrapped columns: its headlines are told by their capitals.
  const heads = layout === 'wrapped' && !marked ? new WrappedHead(typicalLength(lines)) : null
  // Hard-wrapped text whose paragraphs open with an indent (ideographic spaces, as pdftotext
  // writes a Chinese page): a paragraph runs to the next indent or blank line, not to its first
  // full stop.
  const indented = layout === 'wrapped' && indentsParagraphs(lines)
  // (Only a marked page, one with Chinese text or `#` lines, is measured; the head rules ask for Chinese text too.)
  const typical = layout === 'wrapped' && marked ? typicalLength(lines) : 0
  /** The last line of a head the stack rules set apart: the line under it is no headline of its own. */
  let lastHeadLine = -2
  const blocks: RawBlock[] = []
  let folioPage = (firstPage ?? 1) - 1
  let open: RawBlock | null = null
  const close = () => {
    if (open) blocks.push(open)
    open = null
  }
  // A form feed parts the pages of one file (pdftotext writes one between every two pages). The
  // lines at the head and foot of the file and of each of its pages are where running heads stand.
  let firstFilled = -1
  let lastFilled = -1
  const edges = new Set<number>()
  const feeds: number[] = []
  let headDue = true
  /** The last line of text before each form feed: a page's foot. */
  const feet = new Set<number>()
  /** Lines at a page's head that print the paper's name (`人民日报`, `THE VALLEY HERALD`): furniture. */
  const nameplates = new Set<number>()
  for (let n = 0; n < lines.count; n++) {
    const text = lines.text(n)
    if (lines.fed?.[n]) {
      feeds.push(n)
      if (lastFilled >= 0) {
        edges.add(lastFilled)
        feet.add(lastFilled)
      }
      headDue = true
    }
    if (text.trim() === '') continue
    if (firstFilled < 0) firstFilled = n
    if (headDue) edges.add(n)
    // Under the nameplate at the page's head stands the running head (`2026年3月5日 星期四 第1版`).
    headDue = headDue && isPaperName(text.trim())
    if (headDue) nameplates.add(n)
    lastFilled = n
  }
  if (lastFilled >= 0) edges.add(lastFilled)
  const atEdge = (n: number): boolean => edges.has(n)
  // A short line over prose, after a finished sentence of a story no one signed: a subhead inside
  // that story as often as the next story's head. The next story names other things; a subhead's
  // section goes on naming the story's own (see cohesion.ts).
  let vocabulary: PageVocabulary | null = null
  // (Asked once to set a line apart and again for why: the last answer is kept.)
  let askedFrom = -1
  let changed = false
  const topicChanges = (from: number): boolean => {
    if (from === askedFrom) return changed
    askedFrom = from
    // The story's text from its head (whose words its sections go on using) to here.
    let above = open?.text ?? ''
    let k = blocks.length - 1
    for (; k >= 0 && !blocks[k].head && above.length < COHESION_SPAN * 2; k--) above = blocks[k].text + above
    let head = ''
    for (; k >= 0 && blocks[k].head; k--) head = blocks[k].text + head
    let below = ''
    for (let line = from; line < lines.count && below.length < COHESION_SPAN * 2 && !(line > from && lines.fed?.[line]); line++) below += lines.text(line).trim()
    vocabulary ??= new PageVocabulary(text)
    const shared = vocabulary.sharedAcross(above, below, head)
    changed = shared !== null && shared < UNRELATED
    return changed
  }
  /** The form feeds between two filled lines: a page break each, a blank page between two feeds
   * too (one before the first text or after the last breaks nothing). */
  const breaks = new Set(feeds.filter((n) => n > firstFilled && n <= lastFilled))
  for (let n = 0; n < lines.count; n++) {
    const line = lines.text(n)
    const trimmed = line.trim()
    if (breaks.has(n) && firstPage !== null) {
      // The next page: numbered on from this one (a running head under it may name it).
      close()
      heads?.reset()
      folioPage = Math.max(folioPage, firstPage) + 1
      blocks.push({ level: 0, text: '', start: lines.starts[n], end: lines.starts[n], pageMark: String(folioPage).padStart(2, '0'), printed: false, feed: true })
    }
    if (trimmed === '') {
      close()
      heads?.reset()
      continue
    }
    // textSpan's offsets from the line and its trimmed text already at hand (no slice of the line again).
    const leading = trimmed.length === line.length ? 0 : line.length - line.trimStart().length
    const start = lines.starts[n] + leading
    const end = start + trimmed.length
    // Marks and headings open on their own character: most lines are tried for neither pattern.
    const mark = trimmed.startsWith('<') ? PAGE_MARK.exec(trimmed) : null
    if (mark || trimmed.startsWith('#')) heads?.reset()
    if (mark) {
      close()
      blocks.push({ level: 0, text: '', start, end, pageMark: mark[1], runsOn: true })
      continue
    }
    if (nameplates.has(n)) {
      close()
      continue
    }
    if (atEdge(n) && hasCjk(trimmed) && isChineseRunningHead(trimmed)) {
      // Page furniture at the page's top or foot: no story's text, and it names no other page.
      close()
      continue
    }
    const folio = layout === 'blank-separated'
      ? (atEdge(n) && isRunningHead(trimmed) ? folioNumber(trimmed) : null)
      : englishFolio(trimmed)
    if (folio !== null && layout === 'blank-separated') {
      // The page's own running head or foot, at its top or bottom: dropped, naming no other page.
      close()
      continue
    }
    if (folio !== null) {
      close()
      heads?.reset()
      // A section page (A7) is one page: its running head is dropped and names no other.
      if (firstPage === null) continue
      if (feet.has(n)) {
        // A running foot, the last line before a form feed, names the page it closes.
        const number = folio === '' ? Number.NaN : Number.parseInt(folio, 10)
        let mark: RawBlock | undefined
        for (let k = blocks.length - 1; k >= 0 && !mark; k--) if (blocks[k].pageMark && !blocks[k].runsOn) mark = blocks[k]
        if (!Number.isNaN(number) && mark && !mark.printed) {
          mark.pageMark = String(number).padStart(2, '0')
          mark.printed = true
        }
        if (!Number.isNaN(number)) folioPage = Math.max(folioPage, number)
        continue
      }
      const previous = blocks[blocks.length - 1]
      if (previous?.pageMark) {
        // Two running-head lines in a row name one page.
        if (folio !== '') folioPage = Math.max(folioPage, Number.parseInt(folio, 10))
        previous.pageMark = String(folioPage).padStart(2, '0')
        previous.printed = previous.printed || folio !== ''
        previous.end = end
        continue
      }
      folioPage = folio === '' ? folioPage + 1 : Math.max(folioPage + 1, Number.parseInt(folio, 10))
      blocks.push({ level: 0, text: '', start, end, pageMark: String(folioPage).padStart(2, '0'), printed: folio !== '' })
      continue
    }
    const heading = trimmed.startsWith('#') ? /^(#{1,6})(?:\s+(.*))?$/u.exec(trimmed) : null
    if (heading) {
      close()
      // An empty heading (`##` with nothing after it) is an empty deck slot: nothing to keep.
      if ((heading[2] ?? '').trim() !== '') blocks.push({ level: heading[1].length, text: (heading[2] ?? '').trim(), start, end })
      continue
    }
    // On a hard-wrapped page a byline, a jump line or a photo credit is a line of its own; a jump
    // line is on any page (`(Continued from Page 1)` over the tail's first line, no blank between).
    const ownLine =
      (layout === 'wrapped' && ((bylineLine(trimmed) !== null && !bylineRunsOn(trimmed, n + 1 < lines.count ? lines.text(n + 1).trim() : '')) || isJobTitle(trimmed) || /^(?:通讯员|记者|新华社记者)?\s*\S{0,8}\s*(?:供图|摄)$/u.test(trimmed) || (hasCjk(trimmed) && trimmed.length <= 24 && creditLine(trimmed) && (open === null || endsSentence(open.text))))) ||
      (layout !== 'line-per-paragraph' && wholeJump(trimmed) !== null)
    if (isStandalone(trimmed) || layout === 'line-per-paragraph' || ownLine) {
      close()
      heads?.reset()
      blocks.push({ level: 0, text: trimmed, start, end })
      continue
    }
    const head: ReturnType<WrappedHead['read']> = heads?.read(open, (k) => (n + k < lines.count ? lines.text(n + k).trim() : '')) ?? null
    if (head === 'join' && open) {
      open.text = joinPieces(open.text, trimmed, words)
      open.end = end
      // A deck ends at its stop; a bank in capitals goes on to the next line in capitals.
      if (open.head === 'deck' && endsSentence(trimmed)) close()
      continue
    }
    if (head === 'headline' || head === 'deck') {
      close()
      open = { level: 0, text: trimmed, start, end, head }
      if (head === 'deck' && endsSentence(trimmed) && !capsLine(trimmed)) close()
      continue
    }
    // The story's text under its head: the head is a block of its own.
    if (open?.head) close()
    if (indented && INDENT.test(line)) close()
    // After the story above ended (on a finished sentence, a running head, a jump line, a credit)
    // or at the page's head.
    const mayHead = layout === 'wrapped' && typical > 0 && n - 1 !== lastHeadLine
    const afterStory = mayHead && (open === null || endsSentence(open.text) || SIGNED_OFF.test(open.text.slice(-SIGN_OFF_TAIL)) || CREDITED.test(open.text.slice(-SIGN_OFF_TAIL)))
    // The story above was signed off (`…底线。（张嘉赫）`), sent on (`（下转第三版）`) or credited, or
    // this is the page's head: a story starts.
    // (The file's first text only: under a running head or a form feed the story above may run on,
    // and a short line there is as often its subhead.)
    const pageHead = open === null && blocks.length === 0
    const storyStarts = afterStory && (signedOffAbove(open ?? blocks.at(-1)) || pageHead)
    const below = n + 1 < lines.count && !lines.fed?.[n + 1] ? lines.text(n + 1) : ''
    // A head set across the columns.
    const across = afterStory && setAcross(lines, n, typical)
    const wide = across && headShaped(line, trimmed, Infinity)
    // Over a dateline proper a short line heads its story even where the text above stops short of
    // a sentence's end (the story above cut off, or sent on with no line saying so); a line that
    // holds a clause's mark or closes a quote is the last of that text's paragraph (`…他说：“好！”`).
    const cutOff = mayHead && !afterStory && opensOnDateline(below) && (charsIn(trimmed) < typical * SHORT_OF_FULL || setAcross(lines, n, typical)) && headShaped(line, trimmed) && !/[。！？；：，、!?;:,]|[”’）)】》」』]$/u.test(trimmed)
    const stack = cutOff
      ? 1
      : !afterStory
        ? 0
        : chineseHeadLine(line, trimmed, typical)
          ? headStack(lines, n, typical)
          : wide || datedHead(line, trimmed, below, typical, across) || (storyStarts && (headUnderSignOff(line, trimmed, below, typical, across) || headOverLede(line, trimmed, below))) || (headOverProse(line, trimmed, below, typical) && topicChanges(n + 1)) ? 1 : 0
    if (stack > 0) {
      // A Chinese column's short lines after a finished sentence, ending on no mark, over a line of
      // the column's full width or a dateline: a headline and its deck (`春运首日客流平稳`), each a
      // block of its own, never the first line of the paragraph under them.
      close()
      // Over a story's dateline the lines head a story (the parse starts one there); over prose
      // alone they are as often a subhead inside one.
      const overDateline = cutOff || (n + stack < lines.count && !lines.fed?.[n + stack] && (CN_OPENING.test(lines.text(n + stack)) || (stack === 1 && bylineLine(below) !== null)))
      const because: SplitReason | null = overDateline ? 'headline-over-dateline' : wide ? 'headline-across-columns' : storyStarts ? (pageHead ? 'page-head' : 'story-ended') : topicChanges(n + stack) ? 'topic-changed' : null
      blocks.push({ level: 0, text: trimmed, start, end, ...(because ? { head: 'headline' as const, because } : {}) })
      for (let k = n + 1; k < n + stack; k++) {
        blocks.push({ level: 0, text: lines.text(k).trim(), ...textSpan(lines, k), ...(because ? { head: 'deck' as const } : {}) })
      }
      n += stack - 1
      lastHeadLine = n
      continue
    }
    let paragraph: RawBlock
    const above = open ? lines.text(n - 1).trim() : ''
    if (open) {
      paragraph = open
      paragraph.text = joinPieces(paragraph.text, trimmed, words)
      paragraph.end = end
    } else {
      paragraph = { level: 0, text: trimmed, start, end }
      open = paragraph
    }
    if (layout === 'wrapped' && !indented) {
      // Where no indent marks paragraphs, one ends at a sentence's stop at its line's end; on a
      // Chinese column, not at a line of the column's full width: a sentence inside a paragraph
      // ends there more often than a paragraph does (its last line is full once in a column's
      // width of characters), so the paragraph runs on. Its ends are where a line stops short.
      const full = typical > 0 && hasCjk(paragraph.text) && fullLine(trimmed, above, below.trim(), typical)
      if (endsSentence(paragraph.text) && !full) {
        close()
      } else if (typical > 0 && endsShortOfColumn(trimmed, paragraph.text, below, typical)) close()
    }
  }
  close()
  renumberFolios(blocks)
  return blocks
}

/** A running head that prints no number sits on the page before the next one that does, unless a
 * form feed parts them: the file then says where each page begins. */
function renumberFolios(blocks: RawBlock[]): void {
  const folios = blocks.filter((block) => block.pageMark && !block.runsOn)
  for (let i = folios.length - 2; i >= 0; i--) {
    if (folios[i + 1].feed) continue
    const here = Number.parseInt(folios[i].pageMark ?? '', 10)
    const next = Number.parseInt(folios[i + 1].pageMark ?? '', 10)
    const before = i > 0 ? Number.parseInt(folios[i - 1].pageMark ?? '', 10) : 0
    if (!folios[i].printed && next - 1 > here && next - 1 > before) folios[i].pageMark = String(next - 1).padStart(2, '0')
  }
}
