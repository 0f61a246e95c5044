// Character classes and small text helpers shared by the parser and the detectors.
// CJK text is handled by code point, never by UTF-16 index, so astral characters stay whole.

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u

export function isCjk(ch: string): boolean {
  return CJK.test(ch)
}

export function hasCjk(text: string): boolean {
  return CJK.test(text)
}

/** Share of letters in `text` that are CJK ideographs (0..1). */
export function cjkShare(text: string): number {
  let cjk = 0
  let letters = 0
  for (const ch of text) {
    if (CJK.test(ch)) {
      cjk++
      letters++
    } else if (/\p{L}/u.test(ch)) letters++
  }
  return letters === 0 ? 0 : cjk / letters
}

export function firstChar(text: string): string {
  for (const ch of text) return ch
  return ''
}

export function lastChar(text: string): string {
  const t = text.trimEnd()
  if (t === '') return ''
  return t.slice(t.length > 1 && isPairAt(t, t.length - 2) ? -2 : -1)
}

/** A surrogate pair (one astral character) starts at `i`. */
function isPairAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i)
  const low = text.charCodeAt(i + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** The first `n` code points of `text` (all of it when shorter), without splitting it whole. */
export function headChars(text: string, n: number): string {
  let i = 0
  for (let k = 0; k < n && i < text.length; k++) {
    i += isPairAt(text, i) ? 2 : 1
  }
  return text.slice(0, i)
}

/** The last `n` code points of `text`. */
export function tailChars(text: string, n: number): string {
  let i = text.length
  for (let k = 0; k < n && i > 0; k++) {
    i -= i > 1 && isPairAt(text, i - 2) ? 2 : 1
  }
  return text.slice(i)
}

export function codePointLength(text: string): number {
  let pairs = 0
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++
        i++
      }
    }
  }
  return text.length - pairs
}

/** codePointLength(text) > n, without counting when the UTF-16 length already tells (a code
 * point is one or two units): most paragraphs are far over the short limits callers ask about. */
export function codePointsOver(text: string, n: number): boolean {
  if (text.length <= n) return false
  if (text.length > 2 * n) return true
  return codePointLength(text) > n
}

/** Drops the first code point. */
export function dropFirstChar(text: string): string {
  const first = firstChar(text)
  return text.slice(first.length)
}

const TERMINAL = /[。！？!?…；;:：.]$|[。！？!?…][”’」』）)"'」]*$|\.[”’"')]*$|[!?][”’"')]*$|——$/u

const GLOSS_END = /[\u4e00-\u9fff]\s*[（(](?:[A-Za-z][A-Za-z0-9 .&’'-]*|(?:公元)?\d{1,4}年)[)）]$/u

/** Does this paragraph end where a sentence may end? */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd()
  if (t === '') return true
  const last = t[t.length - 1]
  // A closing bracket ends an attribution such as （张嘉赫） or （编译：X 来源：Y）, but not a gloss
  // Chinese prose sets after a term: an acronym, a name in Latin letters, a year (人工智能（AI）,
  // 雍熙四年（987年）), which the sentence goes on after.
  if (last === '）' || last === ')') return !GLOSS_END.test(lastUnits(t))
  // TERMINAL's first branch read off the last character, and every other branch ends on a closing
  // quote or a dash: most paragraphs are decided without the pattern's scan of every position.
  // ABBREVIATION ends on a full stop: only a paragraph that ends on one is tried for it (a
  // Chinese paragraph's 。 ends it without a pattern or a copy of its end).
  if (STOPS.has(last)) return last !== '.' || !ABBREVIATION.test(lastUnits(t))
  if (!CLOSERS.has(last)) return false
  return TERMINAL.test(lastUnits(t))
}

/** Only the end can match: the patterns above are given the last characters, not the whole
 * paragraph (an end-anchored pattern is tried at every position of the string it is given). */
function lastUnits(t: string): string {
  return t.length > 24 ? t.slice(-24) : t
}

/** TERMINAL's first branch, `[。！？!?…；;:：.]$`, as characters. */
const STOPS = new Set('。！？!?…；;:：.')
/** What TERMINAL's other branches can end on, bar a stop: a closing quote or bracket, a dash. */
const CLOSERS = new Set('”’」』）)"\'—')

/** An English title whose full stop ends no sentence (`by Gov.` / `Michael Dukakis`). Not a
 * single letter or `No.`: `hepatitis B.`, `Plan B.`, `World War I.` end sentences as often. */
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Messrs|Dr|Gov|Lt|Sen|Sens|Rep|Reps|Gen|Col|Maj|Capt|Cmdr|Sgt|Cpl|Pvt|Adm|Rev|Msgr|Prof|Supt|Det|Atty|Insp|Hon|Pres|Sept)\.$/u

/** Words that open hyphenated compounds, where a line-end hyphen is the compound's own (numbers,
 * `well-`); most other words are as often hyphenated for the line (`self-less`, `day-light`). */
const COMPOUND_FIRST = new Set(
  'well two three four five six seven eight nine twenty thirty forty fifty sixty seventy eighty ninety'.split(' '),
)
/** A suffix or word end: `high-` / `er` is `higher`, not a compound. */
const WORD_END = /^(?:er|ers|est|ly|ness|ing|ings|ed|en|es|s|ment|ments|ity|ish|y|ier|iest|ily|teen|een|th|ty)\b/u

function keepsHyphen(left: string, right: string): boolean {
  const word = /([A-Za-z]+)-$/u.exec(left)?.[1]?.toLowerCase() ?? ''
  return COMPOUND_FIRST.has(word) && !WORD_END.test(right)
}

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9'
const isLatin = (ch: string): boolean => (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')

/** The Latin letters closing `left` and opening `right` read as one word in Chinese type: neither
 * run has a space beside it, and the cut is not a lower-case letter before a capital. */
function setTight(left: string, right: string): boolean {
  return /(?:^|[^\sA-Za-z])[A-Za-z]+$/u.test(left) && /^[A-Za-z]+(?:[^\sA-Za-z]|$)/u.test(right) && !(/[a-z]$/u.test(left) && /^[A-Z]/u.test(right))
}

/**
 * The English words an issue prints, counted off its page texts the first time they are asked
 * for: how often each (lower case) is printed, and how often inside a line (neither its first word
 * nor its last), where no cut at a line's end can have made it. They tell a word OCR cut at a
 * line's end and printed without its hyphen (`depart` / `ments`) from two words (`a` / `round`).
 */
export class IssueWords {
  private printed: Map<string, number> | null = null
  private inside: Map<string, number> | null = null
  private readonly pairs = new Map<string, number>()
  constructor(private readonly texts: readonly string[]) {}

  /** The words of an issue's text pages (an ALTO page marks its own hyphens). */
  static ofPages(pages: readonly { text: string; alto?: unknown }[]): IssueWords {
    return new IssueWords(pages.filter((page) => !page.alto).map((page) => page.text))
  }

  /** How often `word` is printed (lower case). */
  timesPrinted(word: string): number {
    this.count()
    return this.printed?.get(word) ?? 0
  }

  /** How often `word` is printed inside a line (lower case). */
  timesInside(word: string): number {
    this.count()
    return this.inside?.get(word) ?? 0
  }

  /** How often `first second` is printed as two words in a row within a line (any case). Asked of
   * a few pairs an issue: each is looked for in its texts once. */
  timesPairInLine(first: string, second: string): number {
    const pair = `${first} ${second}`
    let times = this.pairs.get(pair)
    if (times === undefined) {
      const pattern = new RegExp(`(?<![A-Za-z])${first}[ \\t]+${second}(?![A-Za-z])`, 'giu')
      times = 0
      for (const text of this.texts) times += text.match(pattern)?.length ?? 0
      this.pairs.set(pair, times)
    }
    return times
  }

  private count(): void {
    if (this.printed) return
    const printed = new Map<string, number>()
    const inside = new Map<string, number>()
    for (const text of this.texts) {
      for (const line of text.split(/\r\n|[\n\r\f]/u)) {
        const words = line.match(/[A-Za-z]+/gu)
        if (!words) continue
        words.forEach((word, i) => {
          const lower = word.toLowerCase()
          printed.set(lower, (printed.get(lower) ?? 0) + 1)
          if (i > 0 && i < words.length - 1) inside.set(lower, (inside.get(lower) ?? 0) + 1)
        })
      }
    }
    this.printed = printed
    this.inside = inside
  }
}

/** An English word list, where the process has one (the app, the CLI and their workers install
 * the `word-list` package's; core reads no files): what the issue alone cannot say of a word. */
let dictionary: ((word: string) => boolean) | null = null

/** Sets (or, with null, removes) the word list lost hyphens are checked against; returns the one it replaces. */
export function setDictionary(next: ((word: string) => boolean) | null): ((word: string) => boolean) | null {
  const previous = dictionary
  dictionary = next
  return previous
}

/** The letters that end a line (`…many University depart`), two or more, set off from what is before. */
const CUT_WORD_END = /(?:^|[^A-Za-z'’-])([A-Za-z][a-z]+)$/u
/** The lower-case letters that open the next line (`ments, the Stanford…`), two or more. */
const CUT_WORD_START = /^([a-z]{2,})(?![A-Za-z])/u

/** Endings English adds to a word: the issue may print the cut word only with another of them
 * (`comput` / `ing`: `computer`, `computers`). */
const ENDING = /(?:ies|ied|ing|ers|est|ed|er|es|ly|s|y|e)$/u
const ENDINGS = ['', 's', 'es', 'ed', 'er', 'ers', 'ing', 'ly', 'e', 'y']

/** Endings a word list also holds as words, which running text never prints alone. */
const ENDING_PIECE = new Set(['ing', 'ings', 'ers', 'ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ness', 'ity', 'ities', 'ous', 'ive', 'ally', 'ized', 'izing', 'ation', 'ations'])

/** Is `word`, or the same stem with another ending (five letters of stem or more), printed in the issue? */
function printedInSomeForm(word: string, words: IssueWords): boolean {
  if (words.timesPrinted(word) > 0) return true
  const stem = word.replace(ENDING, '')
  return stem.length >= 5 && ENDINGS.some((ending) => stem + ending !== word && words.timesPrinted(stem + ending) > 0)
}

/**
 * A word OCR cut at a line's end and printed without its hyphen (`depart` / `ments`, `Trus` /
 * `tees`): the issue prints the two pieces elsewhere as one word (in some form), or the word list
 * has it, and one of them is no word of its own (`a` / `round`, `car` / `pet` stay two words), or the
 * issue prints the word whole inside its lines, again and again, and never the two apart. A
 * typesetter leaves two letters or more each side of a break; a word in capitals is never cut so.
 */
function lostHyphen(left: string, right: string, words: IssueWords): boolean {
  const a = CUT_WORD_END.exec(left.slice(-40))?.[1]
  const b = a ? CUT_WORD_START.exec(right)?.[1] : undefined
  if (!a || !b) return false
  const first = a.toLowerCase()
  const printed = printedInSomeForm(first + b, words)
  if (!(printed || dictionary?.(first + b))) return false
  // A piece is a word of its own where the issue prints it inside a line, or the word list has it
  // (three letters or more: `re`, `ex`, `al` open many a cut word) and the issue does not print the
  // whole word: its own text outweighs a list that holds `ant`, `sea`, `pre` (import / ant, sea /
  // ports, pre / sented).
  const isWord = (piece: string): boolean => words.timesInside(piece) > 0 || (piece.length >= 3 && dictionary?.(piece) === true && !printed)
  // A word's ending on the next line (`engineer` / `ing`, `research` / `ers`) is no word of its own,
  // though the list has `ing` and `ers`.
  if (!(isWord(first) && isWord(b) && !ENDING_PIECE.has(b))) return true
  // Two words each (`be` / `cause`, `class` / `room`): one word where the issue prints it whole
  // inside its lines again and again and never the two in a row, and it is long enough to be cut (a
  // setter breaks no word of six letters: `on` / `to` are two words, whatever `onto` the issue prints).
  return first.length + b.length >= 7 && words.timesInside(first + b) >= 2 && words.timesPairInLine(first, b) === 0 && dictionary?.(first + b) === true
}

/** Join two pieces of one paragraph: no space between CJK, drop a line-end hyphen in English, and
 * with the issue's `words`, join a word cut at a line's end whose hyphen OCR lost. */
export function joinPieces(a: string, b: string, words?: IssueWords): string {
  const left = a.trimEnd()
  const right = b.trimStart()
  if (left === '') return right
  if (right === '') return left
  const l = lastChar(left)
  const r = firstChar(right)
  // A soft hyphen (or ABBYY's ¬) at a line end is always the break's; a hard one is the break's
  // unless it joins a compound (`well-` / `known`, `two-` / `thirds`).
  if (/[a-z][\u00ad¬]$/u.test(left) && /^[a-z]/u.test(right)) return left.slice(0, -1) + right
  if (/[a-z]-$/.test(left) && /^[a-z]/.test(right)) return keepsHyphen(left, right) ? left + right : left.slice(0, -1) + right
  // A number cut at its decimal point (`6.` / `8%`) is one number; so is one Chinese type cut
  // between its digits (`202` / `4年`): English sets a line's last number whole.
  if (isDecimalCut(left, right)) return left + right
  // (The ends are read off l and r: an end-anchored pattern would scan the whole paragraph, which
  // grows by a line at each join.)
  if (isDigit(l) && isDigit(r) && (hasCjk(right) || hasCjk(left))) return left + right
  // A Latin word set tight in Chinese type (`人工智能（A` / `I）`, `arX` / `iv`) is one word; words
  // Chinese type spaces apart (`Google Earth`), or a lower-case end before a capital, stay two.
  if (isLatin(l) && isLatin(r) && (hasCjk(right) || hasCjk(left)) && setTight(left.slice(-64), right)) return left + right
  if (isCjk(l) || isCjk(r) || /[\p{P}]/u.test(l) && !/[,.;:!?)”’"']/.test(l) || /^[，。、；：！？）」』”]/u.test(r)) {
    if (/[A-Za-z0-9]/.test(l) && /[A-Za-z0-9]/.test(r)) return `${left} ${right}`
    return left + right
  }
  if (words && isLatin(l) && isLatin(r) && lostHyphen(left, right, words)) return left + right
  return `${left} ${right}`
}

/** Text made only of ASCII, CJK ideographs, the punctuation dailies print (general, CJK and
 * full-width) and the signs they set in figures (° · × ÷, arrows, math operators, geometric
 * shapes): NFKC leaves its letters and digits alone and folds the rest to what is dropped. */
const SIMPLE = /^[\t\n\r -\u007f\u00b0\u00b7\u00d7\u00f7\u2000-\u206f\u2190-\u21ff\u2200-\u22ff\u25a0-\u25ff\u3000-\u3004\u3008-\u3011\u3014-\u301f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]*$/

/** A normalised form for comparing text: letters and digits only, lower case, full-width folded. */
export function comparable(text: string): string {
  // Most paragraphs are SIMPLE: one plain pass instead of NFKC plus a Unicode-class replace
  // (a test checks that both give the same for every character the fast path takes).
  if (SIMPLE.test(text)) return text.replace(/[^A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff]+/g, '').toLowerCase()
  return comparableSlow(text)
}

export function comparableSlow(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** `re.exec(text)` for a pattern anchored at the end (`…$`), run on the last `tail` code units:
 * an end-anchored pattern is otherwise tried at every position of a long paragraph. A match that
 * starts at the tail's first unit might reach further back, so that one case searches the whole. */
export function execNearEnd(re: RegExp, text: string, tail: number): RegExpExecArray | null {
  if (text.length <= tail) return re.exec(text)
  const offset = text.length - tail
  const m = re.exec(text.slice(offset))
  if (!m) return null
  if (m.index === 0) return re.exec(text)
  m.index += offset
  return m
}

/** Traditional forms of the characters Galley's Chinese patterns key on (記者, 通訊員, 攝, 供圖,
 * 本報訊, 新華社發, 資料圖片, 評論員), each to its simplified form: one character for one, so a
 * match in the folded text is at the same offsets in the original. */
const HANT: Record<string, string> = {
  記: '记', 訊: '讯', 員: '员', 攝: '摄', 圖: '图', 報: '报', 華: '华', 發: '发', 資: '资', 網: '网',
  絡: '络', 見: '见', 習: '习', 實: '实', 電: '电', 評: '评', 論: '论', 視: '视', 覺: '觉', 東: '东',
  蟲: '虫', 創: '创', 據: '据', 導: '导', 聞: '闻',
}
const HANT_CHAR = new RegExp(`[${Object.keys(HANT).join('')}]`, 'gu')
/** HANT's keys (all in the BMP) by code unit: the look for one is a byte read per unit, half the
 * cost of a regex test, and most text (simplified, every block's tail) holds none. */
const IS_HANT = new Uint8Array(0x10000)
for (const ch of Object.keys(HANT)) IS_HANT[ch.charCodeAt(0)] = 1

export function foldHant(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (IS_HANT[text.charCodeAt(i)] === 1) return text.replace(HANT_CHAR, (ch) => HANT[ch] ?? ch)
  }
  return text
}

/** `增长6.` / `8%`: a short number cut at its decimal point, its fraction and unit on the next
 * piece (not `…opened in 1987.` / `1988 brought…`). */
export function isDecimalCut(left: string, right: string): boolean {
  return /(?:^|[^\d.,])\d{1,3}\.$/u.test(left) && /^\d{1,3}(?:%|％|[\u4e00-\u9fff]|\s*(?:percent|per cent)\b)/u.test(right)
}

/** A box's label over its text (`核心阅读`, `相关链接`, `记者手记`): Chinese papers set these over a
 * summary, a sidebar or a reporter's note; the label runs into nothing. */
const BOX_LABEL = /^[【[■▲●◆□]?\s*(?:核心阅读|相关链接|新闻链接|背景链接|延伸阅读|记者手记|采访手记|专家点评|温馨提示|新闻背景|小贴士|图片新闻|新闻图片)\s*[】\]]?$/u

export function isBoxLabel(text: string): boolean {
  return BOX_LABEL.test(text.trim())
}

/** The paper's own dateline (`本报讯`, `本报北京电`, `株洲日报讯`). */
export const PAPER_DATELINE = String.raw`本[报報][讯訊]|本[报報][^\s，。]{0,6}[电讯電訊]|[\p{Script=Han}]{2,8}[报報日][讯訊](?=[（(]|\s)`

/** A Chinese story's dateline proper: the paper's or an agency's (`本报讯`, `株洲日报讯`, `新华社北京7月1日电`). */
const CN_DATELINE = new RegExp(String.raw`^(?:\u3000|\s)*(?:${PAPER_DATELINE}|新[华華]社[^，。\s]{0,8}[电電]|中新社[^，。\s]{0,8}[电電])`, 'u')

/** Does `text` open on a Chinese story's dateline (`本报讯 近日，…`, `新华社北京7月1日电 …`)? */
export function opensOnDateline(text: string): boolean {
  return CN_DATELINE.test(text)
}
