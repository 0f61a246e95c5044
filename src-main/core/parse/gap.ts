// Evidence that two pieces of Chinese text are one sentence cut at a column break (the gap between
// them), weighed into one confidence. Words are read with ICU's Chinese dictionary
// (Intl.Segmenter), only on the few characters either side of the gap: segmenting is not free.

import { ContentCache } from '../cache'
import { codePointLength, firstChar, hasCjk, headChars, isBoxLabel, isCjk, isDecimalCut, lastChar, tailChars } from './text'

/** Characters read on each side of the gap: the longest words that matter (渐渐地, 高高兴兴). */
const WINDOW = 4

let segmenter: Intl.Segmenter | null = null

/** A gap's few characters read again: the subhead test of the parse and the paragraph-break
 * detector both weigh a paragraph's gap to the next, and accept-all's rounds weigh it once more.
 * Ten thousand gaps are a large issue's; an entry is a few hundred bytes. */
const segmented = new ContentCache<readonly (readonly [number, number])[]>(10_000)

/** The window's words as [start, end) code-unit offsets. */
function words(text: string): readonly (readonly [number, number])[] {
  return segmented.get(text, () => {
    segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
    const out: [number, number][] = []
    for (const part of segmenter.segment(text)) out.push([part.index, part.index + part.segment.length])
    return out
  })
}

/**
 * How surely a word runs across the gap: 1 when the dictionary reads one there and a side left
 * alone keeps only a lone character of it (`志愿者还` / `为居民`: 还为), 0.5 when the word only
 * extends a whole word of one side (发展 / 中国 may read 发展中), 0 when the gap falls between words.
 */
export function wordAcrossGap(left: string, right: string): number {
  const l = tailChars(left.trimEnd(), WINDOW)
  const r = headChars(right.trimStart(), WINDOW)
  if (!isCjk(lastChar(l)) || !isCjk(firstChar(r))) return 0
  const across = words(l + r).some(([start, end]) => start < l.length && end > l.length)
  if (!across) return 0
  const leftWords = words(l)
  const rightWords = words(r)
  const [lastStart, lastEnd] = leftWords[leftWords.length - 1]
  const [firstStart, firstEnd] = rightWords[0]
  const lone = lastEnd - lastStart === lastChar(l).length || firstEnd - firstStart === firstChar(r).length
  return lone ? 1 : 0.5
}

/** Does the dictionary read `text` as one word (学习, 山沟; not 在人, 为中)? */
export function isOneWord(text: string): boolean {
  return words(text).length === 1
}

/** The last character of an office's name that also opens its head's title (局长, 馆长, 省长). */
const OFFICE = /^[局部厅处科司署院馆校所站社团组队会省市县区镇乡村州]$/u

/** Is the gap inside the second pair of an AABB form (妥妥当 / 当，)? Only when AB is a word (妥当),
 * the first A ends no word of its own and the second B opens none: 工作作出 / 出部署, 源源不 /
 * 不断 and 好好配 / 配合 are slips. */
export function secondPairCut(kept: readonly string[], next: string): boolean {
  const [before, a, again, b] = kept.slice(-4)
  if (kept.length < 4 || a !== again || a === b || !isCjk(a) || !isCjk(b)) return false
  const whole = isOneWord
  const after = Array.from(next)[1] ?? ''
  return whole(a + b) && !(isCjk(before) && whole(before + a)) && !(isCjk(after) && whole(b + after))
}

/**
 * A character printed on both sides of the gap where the text read with it once makes a word of it
 * and what follows (`网红打` / `打卡地`: 网红打卡地; `中国深` / `深度参与`: 深度), and the side before
 * the gap leaves it standing alone: the copy after the gap is the slip. Two words that meet on the
 * character (山沟 / 沟口, 多地 / 地质) each hold it, so the side before ends a word with it.
 */
export function onceMakesWord(left: string, right: string): boolean {
  const l = tailChars(left.trimEnd(), WINDOW)
  const r = headChars(right.trimStart(), WINDOW)
  const ch = lastChar(l)
  if (!isCjk(ch) || firstChar(r) !== ch) return false
  const once = r.slice(ch.length)
  if (once === '' || !isCjk(firstChar(once)) || doubledForm(l, r)) return false
  const own = words(l)
  const [lastStart, lastEnd] = own[own.length - 1]
  if (lastEnd - lastStart !== ch.length) return false
  const opens = l.length - ch.length
  return words(l + once).some(([start, end]) => start === opens && end > l.length)
}

/** The forms Chinese prints a character twice in, read off the gap's sides: AABB (高高兴兴,
 * 妥妥当当) cut inside either pair, an office and its head's title (公安局局长, 教育局局领导; but
 * 副局长 is one title). `l` ends and `r` opens with the same character. */
export function doubledForm(l: string, r: string): boolean {
  const ch = lastChar(l)
  const rest = Array.from(r)
  const kept = Array.from(l)
  if (rest.length >= 3 && rest[1] === rest[2] && rest[1] !== ch) return true
  if (secondPairCut(kept, r)) return true
  return isCjk(kept.at(-2) ?? '') && !/[副正]/u.test(kept.at(-2) ?? '') && OFFICE.test(ch) && /^(?:长|领导)/u.test(rest.slice(1).join(''))
}

export type DoubledReading = 'word' | 'two-words' | 'slip' | 'unknown'

/**
 * A character printed on both sides of the gap (`…更好` / `好地…`, `…盼着天` / `天都…`), read in
 * its context: a word when the dictionary reads the two as one (天天, 渐渐地) or as an AABB form
 * (高高兴兴), and two words when each belongs to a word of its own (工作|作出: kept too, but a
 * weaker reading, which the issue's own text may overrule); a slip when the first ends a word and
 * the second stands alone (更好|好|地); else unknown, for other evidence.
 */
export function doubledReading(left: string, right: string): DoubledReading {
  const l = tailChars(left.trimEnd(), WINDOW)
  const r = headChars(right.trimStart(), WINDOW)
  const ch = lastChar(l)
  if (ch === '' || firstChar(r) !== ch) return 'unknown'
  if (doubledForm(l, r)) return 'word'
  const joined = words(l + r)
  const first = l.length - ch.length
  const second = l.length
  if (joined.some(([start, end]) => start <= first && end > second)) return 'word'
  // 一个个, 一次次: a classifier doubled after 一.
  if (Array.from(l).at(-2) === '一') return 'word'
  const firstInWord = joined.some(([start, end]) => end === l.length && start < first)
  const secondInWord = joined.some(([start, end]) => start === second && end > second + ch.length)
  if (firstInWord && secondInWord) return 'two-words'
  // The copy a slip adds opens the second piece; what the dictionary reads there is an accident,
  // so only a lone second copy after a whole word is sure.
  return firstInWord ? 'slip' : 'unknown'
}

/** Is the dictionary's word over the character printed on both sides of the gap just the pair
 * (`更更`, `唱唱`)? The dictionary reads almost any character doubled so, as it does 天天; a longer
 * word round the pair (`渐渐地`, `实实在在`) is a reading of its own. */
export function pairReadAlone(left: string, right: string): boolean {
  const l = tailChars(left.trimEnd(), WINDOW)
  const r = headChars(right.trimStart(), WINDOW)
  const ch = lastChar(l)
  if (ch === '' || firstChar(r) !== ch) return false
  const first = l.length - ch.length
  return words(l + r).some(([start, end]) => start === first && end === l.length + ch.length)
}

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '「': '」', '『': '』', '【': '】' }

/** Each opener's code unit → +(pair + 1), each closer's → -(pair + 1): one pass counts them all
 * (a split per mark was fourteen arrays built for every piece this reads). */
const MARK = new Int8Array(0x10000)
Object.entries(OPENERS).forEach(([open, close], i) => {
  MARK[open.charCodeAt(0)] = i + 1
  MARK[close.charCodeAt(0)] = -(i + 1)
})
const opened = new Int32Array(Object.keys(OPENERS).length)

/** A quote or bracket the piece opens and does not close: no title or sentence ends so. */
export function leavesOpen(text: string): boolean {
  opened.fill(0)
  for (let i = 0; i < text.length; i++) {
    const mark = MARK[text.charCodeAt(i)]
    if (mark > 0) opened[mark - 1]++
    else if (mark < 0) opened[-mark - 1]--
  }
  return opened.some((n) => n > 0)
}

/** Clause commas outside quotes: a short title holds one at most (收到预警后，主动…). */
function clauseCommas(text: string): number {
  return (text.replace(/“[^”]*”/gu, '').match(/[，,]/gu) ?? []).length
}

/**
 * How surely (0..1) the short piece `left` runs on into `right` rather than being a title over it:
 * a word across the gap, a character printed on both sides, a number cut at its decimal point, a
 * quote left open, a next piece that opens on punctuation or a bound particle, the commas of
 * running prose, a piece too short for a title.
 */
export function runsOnEvidence(left: string, right: string): number {
  const l = left.trimEnd()
  const r = right.trimStart()
  if (l === '' || r === '' || isBoxLabel(l)) return 0
  let evidence = 0
  if (lastChar(l) === firstChar(r) && (isCjk(firstChar(r)) || firstChar(r) in OPENERS)) evidence += 1
  if (isDecimalCut(l, r) || leavesOpen(l) || /^[，。、；：！？）」』”’》,;:!?)]/u.test(r)) evidence += 1
  // A number or a Latin word cut between its digits or letters (`资金3` / `200万元`, `SPA` / `R雷达`),
  // or a number cut from its unit (`第10` / `号台风`).
  const end = lastChar(l)
  if ((/\d/u.test(end) && /^[\d年月日号时分秒个万亿千百元岁度米吨次名家条项件户倍%％]/u.test(r)) || (/[A-Za-z]/u.test(end) && /^[A-Za-z]/u.test(r) && hasCjk(l))) evidence += 1
  // A piece that opens on a pronoun (我们要…, 它评估的是…, 这些迹象…) or a clause's connective
  // (如发现…, 即便…, 只有…, 例如…) opens a sentence: no title does.
  if (PRONOUN_LED.test(l) || SENTENCE_OPENING.test(l) || REPORTED.test(l) || LIST_COLON.test(l)) evidence += 1
  if (WAITS_FOR_VERB.test(l) || WAITS_FOR_MORE.test(l)) evidence += 1
  // A list closed by 等 waits for its verb (`习近平等` / `为受表彰的…`), and a paragraph opening on
  // what someone said (`同时指出，…`, `强调，…`) left its speaker before the gap: no title is either.
  if ((/\p{Script=Han}等$/u.test(l) && isCjk(firstChar(r))) || SAID_FIRST.test(r)) evidence += 1
  // A sentence of four characters or fewer (抓手。, 移是关键。) opens no paragraph: it ends one.
  if (/^[^，。、；：！？“”\s]{1,4}。/u.test(r)) evidence += 1
  const commas = clauseCommas(l)
  evidence += commas >= 2 ? 0.75 : commas * 0.25
  // A title's clause is a phrase of its own (收到预警后，…); one to three characters before the
  // first comma open a sentence (此外，目前，在中国，).
  if (/^[^，,：:“”]{1,3}[，,]/u.test(l)) evidence += 1
  // A title's clauses are phrases each (多部门联动，发挥…作用); one or two characters after its last
  // comma are a sentence's next words (…南海海域，当 / 热带气旋…, …问题，我市 / 推行…).
  if (/[，,][^，,]{1,2}$/u.test(l)) evidence += 1
  // A title is a phrase: one character is none, and two or three (通过, 志愿) are enough on their
  // own to read as a piece that runs on.
  const length = codePointLength(l)
  if (length <= 3) evidence += length === 1 ? 1 : 0.75
  // A title and the paragraph under it are two clauses; a paragraph cut short of its first comma
  // leaves one clause on both sides, which read together are a clause's length (为帮助农户 /
  // 降本增效，…, 德州市气象局 / 依托数字化平台，…).
  if (oneClauseAcross(l, r)) evidence += 1
  // A list cut at the gap (`常委李强、赵乐` / `际、王沪宁…`, `张祖强、熊` / `绍员、…`): a title's list
  // is of phrases, not of a character or two, and no paragraph opens on a lone character's item
  // (a name of two, `张芳、…`, may open one).
  if (listCutAcross(l, r)) evidence += 1
  // The dictionary last, and only when the cheap evidence has not decided.
  if (evidence >= 1) return 1
  // A particle that binds to what precedes it (的, 了, 们) opens no sentence.
  // So does an adverb or a conjunction that needs a subject before it (还, 将, 也, 和, 与).
  if (/^[的了着过们还将也都已便就才又却仍均皆亦曾并和与及]/u.test(r) && words(headChars(r, WINDOW))[0][1] === 1) evidence += 1
  if (evidence < 1) evidence += wordAcrossGap(l, r)
  if (evidence < 1 && nameEndAcross(l, r)) evidence += 1
  if (evidence < 1 && unknownWordAcross(l, r)) evidence += 0.75
  return Math.min(1, evidence)
}

/** A paragraph opening on a verb of saying, its speaker left before the gap. */
const SAID_FIRST = /^(?:同时|还|也|并|进一步|再次|特别|明确)?(?:指出|强调|表示|要求|透露|坦言)/u

/** The last character of an office's or a place's name (局, 馆, 园): the dictionary reads it alone
 * at a paragraph's start only where a cut took it from its name (`济南市气象` / `局针对…`, `菊花湾农业`
 * / `园是…`); no sentence opens on it (局里, 院内 are words of their own). Not 市, 省, 县 or 区, which
 * open a sentence as the paper's own city does (`市气象局与…`). */
function nameEndAcross(l: string, r: string): boolean {
  const [first, second = ''] = Array.from(r.slice(0, 2))
  if (!NAME_END.has(first) || /[里内外上中方府]/u.test(second) || !isCjk(lastChar(l)) || codePointLength(l) < 2) return false
  const [start, end] = words(headChars(r, WINDOW))[0]
  return end - start === first.length
}
const NAME_END = new Set(Array.from('局厅署院馆校站园'))

/** Clause ends: what a title's clause and a sentence's stop at (`、` lists within a clause). */
const CLAUSE_END = /[，。；：！？,;:!?]/u
/** What opens a paragraph as a clause of its own (近年来，…, 2023年，…, 在田间地头，…): a title over
 * one is no cut. */
const CLAUSE_OPENER = /^(?:近年来|近年|今年以来|今年|去年|当前|目前|近日|日前|此前|如今|同时|此外|其中|据悉|据了解|据介绍|与此同时|\d{2,4}年|\d{1,2}月\d{1,2}日|在|从|据|随着|通过|经过|按照|根据|围绕|针对|面对)/u
/** The longest clause, in characters, that `oneClauseAcross` reads as one cut in two. */
const ONE_CLAUSE = 12

/** `left`'s last clause and `right`'s first read as one clause of a sentence's usual length. */
function oneClauseAcross(l: string, r: string): boolean {
  if (/[？?！!…—]$/u.test(l) || CLAUSE_OPENER.test(r)) return false
  // A quoted term is part of its clause, marks and all (`关键时刻“拉得出、用得上”`).
  const unquoted = l.replace(/“[^”]*”/gu, (quoted) => '“'.repeat(codePointLength(quoted)))
  // A title's clauses are a phrase each (`多部门联动，打造城市书房`); a colon sets its kicker off
  // (`织网捕风：从…到…`), so it ends no clause here. After a comma, a word or two (`…，市教育局`)
  // are the next clause's opening; a longer last clause is a title's phrase.
  const clauses = unquoted.split(/[，。；！？,;!?]/u)
  const last = clauses.at(-1) ?? ''
  if (clauses.length > 1 && codePointLength(last) > 4) return false
  const end = r.search(CLAUSE_END)
  if (end < 0) return false
  return codePointLength(last) + codePointLength(r.slice(0, end)) <= ONE_CLAUSE
}

/** `left` ends on a list item of one or two characters (outside quotes), or `right` opens on one
 * of a single character (a numbered point's `一、` aside). */
function listCutAcross(l: string, r: string): boolean {
  const unquoted = l.replace(/“[^”]*”/gu, '')
  const item = unquoted.lastIndexOf('、')
  if (item >= 0 && !/[，。；：！？,;:!?]/u.test(unquoted.slice(item)) && /^[\u4e00-\u9fff]{1,2}$/u.test(unquoted.slice(item + 1))) return true
  return /^[\u4e00-\u9fff]、/u.test(r) && !/^[一二三四五六七八九十百零〇两]、/u.test(r)
}

/** Characters that stand alone as a word at a sentence's start (在…, 据…, 今…): one after the gap
 * opens a clause as often as it ends a cut word, and so does an office's place (市 / 气象局…). */
const LONE_OPENERS = new Set(Array.from('在从据为对向当自由因随经凡我你他她它这那此其该今近昨明去前后每各全但而并且又也还就才都若如虽即让使要将把被请一二三四五六七八九十某本市省县区镇乡村'))

/**
 * A word the dictionary does not know cut at the gap (铜 / 川市, 张祖 / 强、): each side leaves a
 * character standing alone, neither one a word that opens a clause, and the side before still
 * reads words (a title ending on an idiom the dictionary lacks, 天罗地网, is all lone characters).
 */
function unknownWordAcross(l: string, r: string): boolean {
  const left = tailChars(l, WINDOW)
  const right = headChars(r, WINDOW)
  const a = lastChar(left)
  const b = firstChar(right)
  if (!isCjk(a) || !isCjk(b) || LONE_OPENERS.has(a) || LONE_OPENERS.has(b)) return false
  const own = words(left)
  const next = words(right)
  const [lastStart, lastEnd] = own[own.length - 1]
  if (lastEnd - lastStart !== a.length || next[0][1] - next[0][0] !== b.length) return false
  return own.some(([start, end]) => end - start > 1 && codePointLength(left.slice(start, end)) > 1)
}

const PRONOUN_LED = /^(?:我们|你们|他们|她们|它们|咱们|我|你|他|她|它|这些|那些|这一|这是|那是|这里|其|该|此|如果|如(?!何)|若|即便|即使|虽然|尽管|只有|只要|因为|由于|例如|比如|尤其|此外|另外|同时|不过|但是|然而|而且|并且|否则|作为|有的(?!放矢)|而(?![今立已]))/u

/** `这场转变…`, `那次…`: a demonstrative and its measure word, a sentence's subject; `7月1日，…`,
 * `近日，…`, `活动期间，…`, `2025年6月，…`, `10时整，…`: a time set before the comma that opens a
 * news sentence; `在吉布提，…`, `从行业看，…`: a place or a view set so. A title's clause is a phrase
 * of its own (`收到预警后，…`), never an adverbial waiting for its sentence. */
const SENTENCE_OPENING = /^(?:[这那][场次项个种位批条份座所家支样]|\d{1,2}月\d{1,2}日[，,]|(?:近日|日前|目前|当前|近年来|今年以来|此前|随后|与此同时|据了解|据介绍|据悉)[，,]|(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|深夜|当晚|当天|当日|次日)[^，,。：:]{0,5}[，,]|对[^，,。：:]{1,8}(?:而言|来说)[，,]|[^，,。：:]{0,6}现场[，,]|受[^，,。：:]{1,10}(?:影响|制约|限制)[，,]|[^，,。]{1,8}期间[，,]|(?:\d{2,4}年(?:\d{1,2}月)?|\d{1,2}时[整许]?|在[^，,。：:“”]{1,10}|从[^，,。]{1,6}看)[，,])/u
/** `负责人介绍，…`, `他表示，…`: a reported clause; no title reports what someone said. */
const REPORTED = /(?:介绍|表示|指出|认为|强调|透露|坦言|告诉记者|提醒|建议|呼吁|提示|回忆)[，,：:]/u

/** A colon that opens a list or an explanation (`征兆包括：山体…`, `做法如下：`): a sentence's, where a
 * title's colon follows its kicker (`科技赋能：…`). */
const LIST_COLON = /(?:包括|包含|如下|分别是|分别为|主要有|例如|比如|分为|表现为)[：:]/u
/** A clause whose subject is followed by a preposition and a few characters of its object
 * (`…气象局针对非煤矿` / `山…`, `…中心以安全` / `为…`), or a 从 frame cut before its 到 or at it
 * (`织网捕风：从“被动应对”` / `到…`, `…从“被动应对”到` / `“提前预判”`): what it waits for is past the
 * gap. A title opening on its preposition (`依托科技…`, `从A到B`, `以人为本`) is a phrase of its own. */
const WAITS_FOR_VERB = /\p{Script=Han}{2}(?:针对|围绕|依托|通过|根据|按照|依据|借助|经过|沿着)[^，。、：:“”！？]{1,5}$|从[^，。：:]{1,20}到$|[：:]从“[^”]{1,10}”$|\p{Script=Han}{2}以[^为，。、：:“”！？]{1,3}$/u
/** What no title is, as its sentence goes on past the gap: a piece ending on a preposition bound to
 * the verb before it or waiting for its agent (`…根植于`, `…源自`, `…延伸至`, `…致力`, `…安排由`; not
 * `将至`, `冬至`, `理由`), a list its verb opened (`…分别为湖南`), a clause after the comma that is
 * only its subject (`…，各级气象部门`) or opens on 是 (`…，是佛山市`); a post and its holder's name
 * (`…站长陈为德`) or a list of posts cut (`…副局长、应急管理`): the sentence's subject; a delegation
 * and what it did (`…一行还深入`); a subject and its 则 (`泥石流则主要`). */
const WAITS_FOR_MORE = /(?:于|源自|来自|出自|致力|(?<![将冬夏即终必])至|(?<![缘自理事])由)$|(?:[局站院校所队馆处科厅县区镇乡村社市省部]长|主任|书记|主席|成员|委员|常委|经理)、[^，。、]{1,6}$|一行(?:还|也|又|先后|来到|深入|前往|实地|走访|察看|调研)|^[^，。：:“”]{2,8}则(?!是)|(?:分别为|分别是|包括|涵盖)[^，。：:、]{1,6}$|[，,][^，。；：:“”]{2,10}(?:局|部门|委员会|办公室|中心|公司|政府)$|[，,]是[^，。；]{1,10}$|(?:[局站院校所队馆处科厅县区镇乡村社市省部]长|主任|书记|主席|经理|高工|工程师|研究员|教授|负责人|董事长)[\u4e00-\u9fff]{2,3}$/u

/** Enough evidence to read a short piece as running on. */
export const RUNS_ON = 0.75

/** Does `text` print `piece` and go on with more of its sentence (a letter right after it)? A
 * column-break fragment printed again is found so in its original; a refrain or a quoted phrase
 * stands before a stop or a quote mark. */
export function goesOnAfter(text: string, piece: string): boolean {
  if (piece === '' || text.length <= piece.length) return false
  for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
    if (/^[\p{L}\p{N}]/u.test(text.slice(at + piece.length))) return true
  }
  return false
}
