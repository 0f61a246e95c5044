// paragraph-break: a paragraph cut mid-sentence at a column break, sometimes with the character
// at the break printed twice. Never joins across a headline, subhead, jump line or byline; a photo
// caption set between the two parts stays, after the joined paragraph.

import type { Block, Finding, Issue, Page } from '../model'
import { ContentCache } from '../cache'
import { doubledReading, isOneWord, leavesOpen, onceMakesWord, pairReadAlone, RUNS_ON, runsOnEvidence, secondPairCut } from '../parse/gap'
import { looksLikeSubhead } from '../parse/issue'
import { codePointLength, codePointsOver, endsSentence, firstChar, foldHant, hasCjk, isCjk, isDecimalCut, lastChar } from '../parse/text'
import { articleTitle, excerpt, expectOf, findingId } from './common'

// Characters that Chinese doubles as a word (天天, 常常): where the dictionary cannot read a doubled
// one at a break in its context, it is kept unless the issue shows it is not a word. The last
// group are printed only doubled (铮铮, 皑皑): a slip can never double them.
const REDUPLICATED = new Set(Array.from(
  '天常人个渐刚看想谢慢轻静紧好深默悄早多处事家户年月日时步层声句条片点滴纷频连久稍往仅明偏统哥姐妹弟爸妈爷奶宝星匆冉茫熊滚浩赫隆源款欣蒸勃井津侃栩彬孜谆喋恰暗淡高大小长满足白乐红绿蓝黑青亮闪冷热甜香样些试说听走跑坐等数算' +
  '铮皑潺袅粼淙熠簌姗娓翩炯赳琅' +
  // More that news prose doubles (一排排, 缓缓, 环环相扣, 牢牢, 种种, 汹汹, 代代, 一一, 巍巍, 层层…):
  // the dictionary reads almost any pair as a word, so a pair it reads alone is a word only for these.
  '排缓环牢种汹代一巍节重件村声岁座项阵朵棵颗双串丝粒字桩辈刻秒夜朝暮息稳扎踏整远迟屡徐亭楚依恋念耿历比碌苍郁葱莽荡堂寥济洋振岌惶沉昏蒙绵淅沥哗呼嗡哈嘻啧咚叮' +
  // Verbs doubled to soften them (聊聊, 问问, 测测); not 练, 学, 读, 写, as often cut inside 练习, 学习.
  '聊问找测玩尝逛摸'))

/** `…叠加成势。制度赋能协同联动释放叠加效应`: a subhead the extractor glued to the paragraph's end.
 * A break falls as often in a sentence's first words (`…热烈。志愿者还` / `为居民…`): the text
 * after the last full stop must read as a title and not run on into the next paragraph. */
export function endsWithGluedSubhead(text: string, next: string): boolean {
  const cut = lastStop(text, MAX_TAIL_UNITS)
  if (cut < 0) return false
  const tail = text.slice(cut + 1)
  // Four characters or fewer are a sentence's first words (这些, 通过会商), not a title. A
  // labelled title (`跨界赋能：让气象红利…`, `案例三：某公司…案`) runs longer than a plain one.
  const labelled = /^[\p{Script=Han}\d]{2,6}：[^：“”"]{4,30}$/u.test(tail)
  if (!codePointsOver(tail, 4) || codePointsOver(tail, labelled ? 36 : 20) || /[，、；,;]/u.test(tail) || !codePointsOver(text.slice(0, cut + 1), 39)) return false
  return looksLikeSubhead(tail) && runsOnEvidence(tail, next) < RUNS_ON
}

/** endsWithGluedSubhead of two paragraphs, kept by their content: the paragraph-break and the
 * glued-subhead detectors both ask it of the same pairs, and accept-all's rounds ask again. */
export function gluedSubheadBefore(a: Block, b: Block): boolean {
  // The test's first steps read only the paragraph's last few characters, and most paragraphs
  // fail them (their last stop ends them): asked first, they spare the pair's key and its lookup.
  if (!tailAfterStop(a.text)) return false
  return glued.get(`${a.hash}:${b.hash}`, () => endsWithGluedSubhead(a.text, b.text))
}

/** endsWithGluedSubhead's first two tests: a stop near the end, and more than four characters after it. */
function tailAfterStop(text: string): boolean {
  const cut = lastStop(text, MAX_TAIL_UNITS)
  return cut >= 0 && codePointsOver(text.slice(cut + 1), 4)
}
/** Pairs of paragraphs: a few thousand make a large issue, and a very large page's would only fill it. */
const glued = new ContentCache<boolean>(20_000)

/** A glued title is at most 36 code points, so 72 units: a stop further back leaves a tail too long. */
const MAX_TAIL_UNITS = 72

/** Where the last 。！？ stands, looked for only among the last `tail` + 1 units (three
 * lastIndexOf calls read the whole paragraph for each mark it lacks); -1 when none is there. */
function lastStop(text: string, tail: number): number {
  for (let i = text.length - 1; i >= 0 && i >= text.length - tail - 1; i--) {
    const c = text.charCodeAt(i)
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return i
  }
  return -1
}

/** A short title line between a finished paragraph and `b` that the parse could not call a subhead
 * because no paragraph followed it there: the last line before a jump out, which a merged tail
 * now follows. The parse's own test decides, so a story reads the same merged or not. */
function standsAsSubhead(prev: Block, a: Block, b: Block): boolean {
  if (prev.type === 'paragraph' && !endsSentence(prev.text)) return false
  return !a.byline && looksLikeSubhead(a.text) && runsOnEvidence(a.text, b.text) < RUNS_ON
}

/** OCR noise (`'tvMion'M-j-'`, `w`) is not prose and is never joined as if it were. */
function isProse(text: string): boolean {
  if (hasCjk(text)) return true
  if (/^[•·▪■□◆*-]/u.test(text)) return false
  const words = text.split(/\s+/u).filter((word) => /^[“"‘'(]?[A-Za-z][a-z’'-]*[,.;:!?”"’')]*$/u.test(word))
  const letters = (text.match(/[A-Za-z\s]/gu) ?? []).length
  return words.length >= 2 && letters >= text.length * 0.8
}

/** A piece of Chinese prose cut so short that it holds no character of its own: the opening quote
 * or bracket (`“` / `妈祖”坚持…`), a number's first digits (`202` / `4年9月`, `6` / `月26日`), a
 * Latin word's first letters (`WM` / `O秘书长`, `X` / `波段雷达`); or, after the cut, the number or
 * word that ends the sentence (`同比增长` / `234%。`, `AIFS-DO` / `P。`). No paragraph is only that. */
function cutShortInChinese(a: string, b: string): boolean {
  // Both forms are a few characters: a length read first spares the patterns almost every pair.
  if (a.length > 6 && b.length > 16) return false
  if (/^[“‘《（「『【]+$/u.test(a)) return hasCjk(b)
  if (/^\d{1,4}$/u.test(a)) return /^[\d年月日时分秒号个万亿千百元岁度米吨%％]/u.test(b) && hasCjk(b)
  if (/^[A-Za-z\d]{0,5}[A-Za-z]$/u.test(a)) return (/^[A-Za-z\d]/u.test(b) || (a.length === 1 && /^[A-Z]$/u.test(a) && isCjk(firstChar(b)))) && hasCjk(b)
  return b.length <= 16 && hasCjk(a) && !endsSentence(a) && /^[A-Za-z\d.,-]*[\d%％A-Za-z][%％]?[。，；、！？）”]*$/u.test(b) && (/[%％]|[。，；、！？）”]$/u.test(b))
}

/** A Chinese dateline standing as a line of its own (`本报讯（记者 陈晓 通讯员`, `本报讯（记者 陈晓）`,
 * `新华社北京7月1日电`) before a paragraph: Chinese type always runs the dateline into the story's
 * first paragraph, so only a column break leaves it apart. */
function cutDateline(a: Block, b: Block): boolean {
  if (a.type !== 'byline' || b.byline || !hasCjk(b.text) || /^[“‘《（「『【]/u.test(b.text)) return false
  return /^(?:本报|新华社|中新社)[^，。；！？\s]{0,16}?[讯电]/u.test(foldHant(a.text.trim()))
}

function continues(a: Block, b: Block): boolean {
  // The ends read as characters: an end-anchored pattern is tried at every position of a paragraph.
  const hyphenated = a.text.endsWith('-') && /[a-z]/u.test(a.text.charAt(a.text.length - 2)) && /^[a-z]/u.test(b.text)
  if (cutShortInChinese(a.text, b.text)) return !b.byline
  if (!isProse(a.text) || (!isProse(b.text) && !hyphenated)) return false
  // `增长6.` / `8%`: a decimal number cut at its point ends nothing, nor one whose point is printed
  // again at the break (`平均2.` / `.5小时`).
  const decimal = isDecimalCut(a.text, b.text) || pointAgain(a.text, b.text)
  if ((endsSentence(a.text) && !decimal && !goesOnPastMark(a.text, b.text)) || a.text.endsWith('\ufffd')) return false
  // `…by Gov.` / `Michael Dukakis`: a title ends no sentence, but the next paragraph must go on
  // with the name (`Dr.` / `"We want…` is a new paragraph after a sentence that ended so).
  if (a.text.endsWith('.') && !decimal && !/^[A-Za-z]/u.test(b.text)) return false
  if (hasCjk(a.text) && gluedSubheadBefore(a, b)) return false
  if (b.byline) return false
  const first = firstChar(b.text)
  // English: a new paragraph after an open line usually starts upper-case; lower-case continues.
  // (A Latin capital in Chinese prose is a name's or an acronym's: `人工智能（A` / `AI）天气…`.)
  if (!isCjk(first) && !isCjk(lastChar(a.text)) && /[A-Z]/.test(first) && !/[,;-]$/.test(a.text.trimEnd()) && !hasCjk(a.text)) {
    return /[a-z]$/.test(a.text.trimEnd()) && a.text.length > 40
  }
  return true
}

/** A colon ends a paragraph that a list or a quotation follows (`措施如下：` / `一是…`), but not one
 * inside a bracket it leaves open (`（编译：` / `X 来源：Y）`), nor one printed again at the break
 * (`赵大爷说：` / `：“以前…`): the paragraph goes on there. So does one that ends on a closing
 * bracket printed again at the break (`（监测中心）` / `）将…`). */
function goesOnPastMark(a: string, b: string): boolean {
  const end = a.trimEnd()
  const again = firstChar(b.trimStart()) === lastChar(end)
  if (again && /[）)]$/u.test(end)) return true
  if (!/[：:]$/u.test(end)) return false
  return again || leavesOpen(end.slice(-60))
}

/** `平均2.` / `.5小时`: a number's point printed again at the break, in Chinese prose (in English the
 * point may end a sentence: `…in 1990.` / `.38-caliber revolvers…`). */
function pointAgain(a: string, b: string): boolean {
  return /\d\.$/u.test(a.trimEnd()) && /^\.\d+[\p{Script=Han}%％]/u.test(b.trimStart()) && hasCjk(a)
}

/** Does the issue print this pair (天天) somewhere as a word? Each place it is printed is read in
 * its context: the same slip printed elsewhere (更好好地) is no evidence of a word. */
function printedAsWord(issue: Issue, pair: string): boolean {
  const ch = pair.slice(0, pair.length / 2)
  for (const page of issue.pages) {
    for (let at = page.text.indexOf(pair); at >= 0; at = page.text.indexOf(pair, at + 1)) {
      const before = page.text.slice(Math.max(0, at - 6), at + ch.length)
      const after = page.text.slice(at + ch.length, at + ch.length + 6)
      // 实实在在 holds 在在 as the second pair of its form, not as a word of its own.
      if (secondPairCut(Array.from(before), after)) continue
      if (doubledReading(before, after) !== 'slip') return true
    }
  }
  return false
}

/** An opening quote or bracket printed on both sides of the break (`说：“` / `“现在…`): never a word. */
const OPENING = /^[“‘《（「『【]$/u
/** Marks Chinese type never sets twice in a row (`介绍，` / `，今年…`), unlike …… and ——, which
 * are one mark of two characters, or ）） closing nested brackets. */
const NEVER_TWICE = /^[，、；：”’%％]$/u

/** The characters Chinese prints three times running: cries and laughs, and those whose doubled
 * word meets one that opens on them (天天天气, 人人人手…). */
const TRIPLED = new Set(Array.from('哈嘻呵啦嘿哇呜嗡咚叮啪嘀嗒哒啊天人'))

/** A five-year plan's name, as Chinese news quotes it: “十一五” … “十五五”. */
const FIVE_YEAR_PLAN = /^“十[一二三四五六七八九]五”$/u

/** The quoted term a break falls in (`部署“十五` / `五”规划`), spelled with the character at the
 * break twice and once; null when no short quote spans the break. */
function quotedTermAt(a: string, b: string): { twice: string; once: string } | null {
  const open = a.lastIndexOf('“')
  const close = b.indexOf('”')
  if (open < 0 || close < 0 || a.indexOf('”', open) >= 0) return null
  const head = a.slice(open).trimEnd()
  const rest = b.trimStart().slice(0, b.trimStart().indexOf('”') + 1)
  if (codePointsOver(head + rest, 14)) return null
  return { twice: head + rest, once: head + rest.slice(firstChar(rest).length) }
}

/** The largest number a unit takes: a date's (月, 日, 号, 时), a person's age (岁), the world's
 * countries (国); and the digits a year has. */
const UNIT_MOST: Record<string, number> = { 月: 12, 日: 31, 号: 31, 时: 24, 岁: 130, 国: 200 }

/** A digit printed on both sides of the break (`2009` / `9年`, `3` / `3月`, `9` / `98岁`) where the
 * number read with it twice is none its unit takes and read once is one: 20099年, 33月, 311日,
 * 998岁, 400余国; or a range's end ten times its start read twice and close to it read once
 * (`降温8至1` / `10℃`: 8至10, not 8至110). A number either reading leaves possible (1 / 1月: 1月 or
 * 11月) keeps both. */
function impossibleNumber(a: string, b: string): boolean {
  const before = a.trimEnd().slice(-16)
  const left = /\d+$/u.exec(before)?.[0] ?? ''
  const digits = /^\d+/u.exec(b.trimStart())?.[0] ?? ''
  const [twice, once] = [left + digits, left + digits.slice(1)]
  const range = /(\d+)\s*(?:至|到|~|～|-|－)\s*\d+$/u.exec(before)
  if (range && once !== '' && Number(once) >= Number(range[1]) && Number(once) <= 5 * Number(range[1]) && Number(twice) > 10 * Number(range[1])) return true
  const right = /^(\d+)(?:余|多)?([年月日号时岁国])/u.exec(b.trimStart())
  if (!right) return false
  const unit = right[2]
  if (unit === '年') return twice.length > 4 && once.length === 4
  const most = UNIT_MOST[unit]
  return Number(twice) > most && Number(once) >= 1 && Number(once) <= most
}

/** A digit printed on both sides of the break (`覆盖1` / `139个国家`, `排查隐患551` / `19项`) where
 * the issue prints the number read once, with what follows it, elsewhere (`139个国家`) and never
 * read twice (`1139个国家`): the story's own figure, printed again in its headline or another story.
 * Three digits at least, with a unit after: a short number (`12个`) is printed everywhere. The
 * second piece, which may itself hold the number read once, is not counted. */
function numberPrintedOnce(a: string, b: string, timesInIssue: (text: string, enough: number) => number): boolean {
  if (!hasCjk(a) && !hasCjk(b)) return false
  const left = /\d+$/u.exec(a.trimEnd().slice(-16))?.[0] ?? ''
  const right = /^(\d+)((?:\.\d+)?[%％]|[^\s\d，。、；：！？,.;:!?]{1,2})/u.exec(b.trimStart())
  if (!right || !/\p{Script=Han}|[%％]/u.test(right[2])) return false
  const once = left + right[1].slice(1) + right[2]
  const twice = left + right[1] + right[2]
  if (codePointLength(left + right[1].slice(1)) < 3) return false
  const self = b.trimStart().startsWith(once) ? 1 : 0
  return timesInIssue(once, self + 1) > self && timesInIssue(twice, 1) === 0
}

/** A Latin letter printed on both sides of the break in Chinese prose (`（IP` / `PCC）`, `arX` /
 * `Xiv`): a slip where the issue prints the word with it once elsewhere (IPCC) and never twice.
 * The pieces at the break are not counted. */
function latinSlip(a: string, b: string, timesInIssue: (text: string, enough: number) => number): boolean {
  if (!hasCjk(a) && !hasCjk(b)) return false
  const left = /[A-Za-z]+$/u.exec(a.trimEnd().slice(-32))?.[0] ?? ''
  const right = /^[A-Za-z]+/u.exec(b.trimStart())?.[0] ?? ''
  const once = left + right.slice(1)
  const twice = left + right
  if (once.length < 2) return false
  // Either piece is the word once when the other holds only the letter (`（A` / `AI）`, `UNDR` / `R）`).
  const self = (right === once ? 1 : 0) + (left === once ? 1 : 0)
  return timesInIssue(once, self + 1) > self && timesInIssue(twice, 1) === 0
}

/** The doubled character at the break, when the evidence says it is a printing slip. */
function doubledAt(a: Block, b: Block, doubledInIssue: (pair: string) => boolean, timesInIssue: (text: string, enough: number) => number): string | null {
  const last = lastChar(a.text)
  if (firstChar(b.text) !== last) return null
  if (OPENING.test(last) || NEVER_TWICE.test(last)) return last
  // A closing bracket printed again where the first already closed every bracket before it
  // (`（987年）` / `）九月`): the second closes nothing.
  if ((last === '）' || last === ')') && !leavesOpen(a.text.slice(-60))) return last
  // A number has one point.
  if (pointAgain(a.text, b.text)) return last
  if (/\d/u.test(last)) return impossibleNumber(a.text, b.text) || numberPrintedOnce(a.text, b.text, timesInIssue) ? last : null
  if (/[A-Za-z]/u.test(last)) return latinSlip(a.text, b.text, timesInIssue) ? last : null
  if (!isCjk(last)) return null
  const before = Array.from(a.text.trimEnd()).at(-2) ?? ''
  // The characters after the break: the copy at [0], then what follows it.
  const [, after = '', after2 = '', after3 = ''] = Array.from(b.text.trimStart())
  // A number takes its measure word once (3月, 420个, 48小时): only 一 doubles one (一个个).
  if (/^[0-9０-９]$/u.test(before)) return last
  // A pair before the break and its character again after it (`慢慢` / `慢走`, `往往` / `往与`):
  // Chinese never prints a character three times running but in a cry or a laugh (哈哈哈), or
  // where a doubled word meets one that opens on it (天天 / 天气).
  if (before === last && !TRIPLED.has(last)) return last
  // The frame 一X一Y (一户一表, 一矿一策, 一段一景) read once across the break, which the character
  // printed twice would part: `“一` / `一户一表”`, `一矿` / `矿一策`.
  if (isCjk(after) && ((before === '一' && last !== '一' && after === '一' && isCjk(after2)) || (last === '一' && after !== '一' && after2 === '一'))) return last
  // An ordinal's or a demonstrative's 一 (第一, 另一, 这一) printed again: 一一 (one by one) follows
  // a verb, never these (第一 / 一步, 另一 / 一方面; 唯一 / 一个 is two words).
  if (last === '一' && /^[第另这那每]$/u.test(before) && isCjk(after)) return last
  // 多 printed again where, read once, it makes a word with what follows (多年, 多种) or a pair the
  // issue prints elsewhere (多发): 多多 is a word only before 少 (多多少少) or where the issue
  // prints it (拼多多, 多多关照).
  if (last === '多' && after !== '少' && isCjk(after) && (isOneWord(last + after) || timesInIssue(last + after, 2) >= 2) && !doubledInIssue(last + last)) return last
  // A list closed by 等 over the noun it lists (`雷暴大风、冰雹等` / `等高影响天气`): 等等 closes a
  // list at a mark (…等等。), never before that noun.
  if (last === '等' && isCjk(after) && /、[^，。；：！？、]{1,16}等$/u.test(a.text.slice(-40))) return last
  // The doubled pair with a character each side (“十五五”) printed again and again elsewhere in the
  // issue, where no break falls inside it: a phrase the text holds as printed. (A slip the
  // extractor also printed whole, once, is no such evidence.)
  if (timesInIssue(before + last + last + after, 2) >= 2) return null
  // A quoted term the issue prints whole elsewhere with the character twice (“十五五”) and never
  // once is a word of it; printed once (“安全生产月”) and never twice, a slip.
  const term = quotedTermAt(a.text, b.text)
  // A five-year plan's name (“十四五”, “十五五”) is a term with its 五 after a numeral, doubled or not.
  if (term && FIVE_YEAR_PLAN.test(term.twice)) return null
  if (term) {
    const twice = timesInIssue(term.twice, 1) > 0
    const once = timesInIssue(term.once, 1) > 0
    if (twice !== once) return twice ? null : last
  }
  // Two words meeting on the character (学习 / 习近平, 山沟 / 沟口): the dictionary reads the first
  // as a word, the issue prints it and the second's first characters elsewhere too (the pieces
  // print each once) and never the phrase read once across the break (学习近); a slip's phrase is
  // printed once wherever the story repeats it. A piece that is only the first word (飓风 / 风的…)
  // opens a paragraph, which never opens on a character printed twice.
  if (isCjk(after) && isCjk(after2) && isCjk(after3) && isCjk(before) && codePointsOver(a.text.trimEnd(), 2) && isOneWord(before + last) && timesInIssue(before + last, 2) >= 2 && timesInIssue(last + after + after2 + after3, 2) >= 2 && timesInIssue(before + last + after, 1) === 0) return null
  // The dictionary's pair alone (更更, 唱唱) is no word unless the character is one Chinese doubles.
  const read = doubledReading(a.text, b.text)
  const reading = read === 'word' && !REDUPLICATED.has(last) && pairReadAlone(a.text, b.text) ? 'unknown' : read
  // Read once, the character makes a word with what follows (网红打 / 打卡地) where it stands alone
  // before the gap; not in a form Chinese doubles (顺顺利利, 局局长), nor where the dictionary reads a
  // character Chinese doubles as a word there (慢慢走, 层层压实).
  if ((!REDUPLICATED.has(last) || reading !== 'word') && onceMakesWord(a.text, b.text)) return last
  // A character Chinese doubles (深深, 时时) where, read once, it makes a word with what follows
  // that the issue prints elsewhere (深度, 时段), the issue prints the pair nowhere as a word, and
  // what follows the pair makes no word of its own (层层 / 压实 does).
  if (reading === 'word' && REDUPLICATED.has(last) && isCjk(after) && onceMakesWord(a.text, b.text) && !(isCjk(after2) && isOneWord(after + after2)) && timesInIssue(last + after, 3) >= 3 && !doubledInIssue(last + last)) return last
  // The phrase around the break printed elsewhere with the character once (在世界, 本报讯) and
  // nowhere with it twice: the dictionary's two words meeting there (在世 / 世界) are an accident
  // of the window, and a reduplication the issue never prints is no word of this text.
  const neverTwice = isCjk(before) && isCjk(after) && timesInIssue(before + last + last, 1) + timesInIssue(last + last + after, 1) === 0
  if (reading === 'word') {
    if (!neverTwice || before === '一') return null
    // A character Chinese doubles as a word (仅仅) needs four characters of evidence: 不仅是 is
    // printed everywhere; 一次次 is no slip for all the 一次 the issue prints.
    if (!REDUPLICATED.has(last)) return timesInIssue(before + last + after, 1) > 0 ? last : null
    const before2 = Array.from(a.text.trimEnd()).at(-3) ?? ''
    const once4 = (isCjk(before2) && timesInIssue(before2 + before + last + after, 1) > 0) || (isCjk(after2) && timesInIssue(before + last + after + after2, 1) > 0)
    return once4 ? last : null
  }
  if (neverTwice && timesInIssue(before + last + after, 1) > 0) return last
  if (reading === 'slip') return last
  if (reading === 'two-words') return null
  if (REDUPLICATED.has(last)) return null
  // The pair appearing elsewhere in the issue is evidence that it is a word.
  if (doubledInIssue(last + last)) return null
  return last
}

/** What the detector has asked of an issue's pages, kept while the issue has the same pages:
 * each answer costs a scan of every page, and accept-all's rounds ask the same questions again. */
interface PageAnswers {
  /** how many pages were read: each of them maps to these answers */
  pages: number
  /** how often the pages print a text, every place counted */
  times: Map<string, number>
  /** whether the pages print a pair as a word (printedAsWord) */
  asWord: Map<string, boolean>
}
/** Each page → the answers for the pages it was read with. The answers hold no page: held from
 * them, every page an analysis had read and dropped stayed on the heap until a full collection. */
const answersByPage = new WeakMap<Page, PageAnswers>()
function answersOf(issue: Issue): PageAnswers {
  const pages = issue.pages
  const known = pages.length > 0 ? answersByPage.get(pages[0]) : undefined
  const distinct = new Set(pages).size === pages.length
  // Answers made for a set of pages are those of any set of as many pages that all map to them.
  if (known && distinct && known.pages === pages.length && pages.every((page) => answersByPage.get(page) === known)) return known
  const answers: PageAnswers = { pages: pages.length, times: new Map(), asWord: new Map() }
  if (distinct) for (const page of pages) answersByPage.set(page, answers)
  return answers
}

export function detectParagraphBreaks(issue: Issue, excluded: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = []
  // Each pair is looked up in the issue's pages once, and only once a break shows it.
  const { asWord, times } = answersOf(issue)
  const doubledInIssue = (pair: string): boolean => {
    let known = asWord.get(pair)
    if (known === undefined) asWord.set(pair, (known = printedAsWord(issue, pair)))
    return known
  }
  /** How often the pages print `text`, counted up to `enough`. */
  const timesInIssue = (text: string, enough: number): number => {
    // An empty text is printed everywhere (and indexOf never runs out of places for it).
    if (text === '') return issue.pages.length > 0 ? Math.max(0, enough) : 0
    let seen = times.get(text)
    if (seen === undefined) {
      seen = 0
      for (const page of issue.pages) for (let at = page.text.indexOf(text); at >= 0; at = page.text.indexOf(text, at + 1)) seen++
      times.set(text, seen)
    }
    return Math.min(seen, enough)
  }
  for (const article of issue.articles) {
    const blocks = article.blocks
    for (let i = 0; i + 1 < blocks.length; i++) {
      const a = blocks[i]
      // A photo's caption the extractor put inside the cut paragraph sits between its parts.
      let next = i + 1
      while (next + 1 < blocks.length && blocks[next].type === 'caption') next++
      const b = blocks[next]
      if ((a.type !== 'paragraph' && !cutDateline(a, b)) || b.type !== 'paragraph') continue
      if (excluded.has(a.id) || excluded.has(b.id)) continue
      if (a.type === 'paragraph' && !continues(a, b)) continue
      if (i > 0 && standsAsSubhead(blocks[i - 1], a, b)) continue
      const doubled = doubledAt(a, b, doubledInIssue, timesInIssue)
      const where = `${excerpt(a.text, 10, true)} / ${excerpt(b.text, 10)}`
      findings.push({
        id: findingId('paragraph-break', [a.id, b.id]),
        kind: 'paragraph-break',
        articleIds: [article.id],
        blockIds: [a.id, b.id],
        message: doubled
          ? `Paragraph cut at a column break in “${articleTitle(article)}”, with “${doubled}” printed twice: ${where}`
          : `Paragraph cut at a column break in “${articleTitle(article)}”: ${where}`,
        variant: doubled ? 'doubled' : 'plain',
        params: { article: articleTitle(article), before: excerpt(a.text, 10, true), after: excerpt(b.text, 10), ...(doubled ? { doubled } : {}) },
        confidence: isCjk(lastChar(a.text)) || /[,，、]$/u.test(a.text) ? 0.9 : 0.7,
        fix: [{ kind: 'join-paragraphs', blockIds: [a.id, b.id], dropDoubled: doubled !== null, expect: expectOf(a, b) }],
        ...(doubled ? { doubled } : {}),
      })
    }
  }
  return findings
}
