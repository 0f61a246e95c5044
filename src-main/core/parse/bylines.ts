// Bylines: a dateline that opens the first paragraph (`株洲日报讯(全媒体记者/X 通讯员/Y) `,
// `本报讯(记者 X)`, `新华社北京1月29日电(记者 X)`, `本报讯通讯员 X 报道`, `WASHINGTON (AP) —`)
// and byline lines (`株洲日报全媒体记者/任远`, `本报记者 X 通讯员 Y`, `By NAME`).

import type { Byline } from '../model'
import { foldHant, isBoxLabel } from './text'

const ROLE = /(全媒体记者|本报记者|特约记者|见习记者|首席记者|摄影记者|融媒体记者|记者|特约通讯员|通讯员|实习生)/gu
/** What a byline prints beside its names that is none: `报道`, `摄`, and who did what (`张三/文 李四/图`,
 * `记者 张三 摄影报道`, `…张三 文/图`). */
const NOT_A_NAME = /^(报道|摄|摄影|摄影报道|供图|电|讯|本报|等|文|图|文图|图文)$/u

/** A name without the 报道 or 摄 (報道, 攝) printed after it. */
function withoutSuffix(name: string): string {
  const suffix = /(?:摄影报道|报道|摄)$/u.exec(foldHant(name))
  return suffix ? name.slice(0, suffix.index) : name
}

/** Split the inside of a byline into reporters and correspondents by their role words. */
export function parseRoles(inner: string): { reporters: string[]; correspondents: string[] } {
  const text = inner.replace(/(通[讯訊])\s+([员員])/gu, '$1$2').replace(/([记記])\s+者/gu, '$1者')
  const reporters: string[] = []
  const correspondents: string[] = []
  // Role words found in simplified form (記者 as 记者); the names are read from the text as printed.
  const roles = [...foldHant(text).matchAll(ROLE)]
  roles.forEach((role, i) => {
    const from = (role.index ?? 0) + role[0].length
    const to = i + 1 < roles.length ? (roles[i + 1].index ?? text.length) : text.length
    const names = text
      .slice(from, to)
      .replace(/^[\s/／:：]+/u, '')
      .split(/[\s、，,/／;；]+/u)
      .map((name) => withoutSuffix(name.replace(/[（(）)【】[\]]/gu, '')).trim())
      .filter((name) => name !== '' && !NOT_A_NAME.test(foldHant(name)) && name.length <= 12)
    const target = /通讯员/u.test(role[0]) ? correspondents : reporters
    target.push(...names)
  })
  return { reporters, correspondents }
}

export interface InlineByline {
  byline: Byline
  /** Length (code units) of the dateline at the start of the paragraph. */
  length: number
}

const DATELINE_BRACKET = /^([^\s(（。，,]{1,24}?(?:讯|电))\s*[（(]([^()（）]{1,80})[)）]\s*/du
const DATELINE_REPORTED = /^(本报讯|[^\s(（。，]{1,12}讯)\s*((?:记\s*者|通讯\s*员|实习生)[^。，,]{1,60}?)\s*报道\s*/du
const DATELINE_AGENCY = /^([A-Z][A-Z.' -]{2,40}(?:,\s*[A-Z][A-Za-z.' ]{1,20})?)\s*\((AP|UPI|Reuters|AFP|CPS|[A-Z]{2,5})\)\s*[—–-]+\s*/u
/** `WASHINGTON — `, `NEW YORK, N.Y. -- `: a city in capitals and a dash, no agency. */
const DATELINE_CITY = /^([A-Z]{2}[A-Z.' ]{2,30}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?)?)\s*(?:—|–|--)\s*(?=[A-Z“"])/u
/** `新华社北京1月29日电 `, `据新华社北京1月29日电`: an agency dateline with no reporter named. */
const DATELINE_WIRE_CN = /^(据?[^\s(（。，,]{2,16}?\d{1,2}月\d{1,2}日电)\s*(?![（(])/du

export function inlineByline(paragraph: string): InlineByline | null {
  // Chinese datelines are matched in simplified form (本報訊 as 本报讯), read as printed.
  // (A dateline is short: only the paragraph's start is folded.)
  const folded = foldHant(paragraph.length > 200 ? paragraph.slice(0, 200) : paragraph)
  const printed = (m: RegExpExecArray, group: number): string => {
    const [from, to] = m.indices?.[group] ?? [0, 0]
    return paragraph.slice(from, to)
  }
  // Each Chinese dateline holds its 讯 or 电 within its first 25 code points (50 units): a
  // paragraph without one there is tried for the Latin forms only.
  const head = folded.length > 50 ? folded.slice(0, 50) : folded
  const chinese = head.includes('讯') || head.includes('电')
  const bracket = chinese ? DATELINE_BRACKET.exec(folded) : null
  if (bracket) {
    const roles = parseRoles(printed(bracket, 2))
    const text = paragraph.slice(0, bracket[0].length).trim()
    return { byline: { text, ...roles }, length: bracket[0].length }
  }
  const reported = chinese ? DATELINE_REPORTED.exec(folded) : null
  if (reported) {
    const roles = parseRoles(printed(reported, 2))
    if (roles.reporters.length + roles.correspondents.length > 0) {
      return { byline: { text: paragraph.slice(0, reported[0].length).trim(), ...roles }, length: reported[0].length }
    }
  }
  const wire = chinese ? DATELINE_WIRE_CN.exec(folded) : null
  if (wire) return { byline: { text: printed(wire, 1), reporters: [], correspondents: [] }, length: wire[0].length }
  const city = DATELINE_CITY.exec(paragraph)
  if (city) return { byline: { text: city[1].trim(), reporters: [], correspondents: [] }, length: city[0].length }
  const agency = DATELINE_AGENCY.exec(paragraph)
  if (agency) {
    return { byline: { text: paragraph.slice(0, agency[0].length).replace(/\s*[—–-]+\s*$/u, '').trim(), reporters: [], correspondents: [] }, length: agency[0].length }
  }
  return null
}

const LINE_CN = /^(?:[^\s。，,]{0,10}?)(?:全媒体|融媒体|本报|特约|见习|首席|摄影)?(?:记\s*者|通讯\s*员)\s*[/／:：]?\s*\S/u
const LINE_EN = /^(?:(?:story|text|words|written|reported|compiled)(?:\s+and\s+(?:photos?|reported))?\s+)?(?:by|bv|8y)\s+[A-Z][\w.'’-]*(?:\s+[A-Z]?[\w.'’-]+){0,4}(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z]?[\w.'’-]+){0,3})?\s*$/iu
/** `文/王五`, `文/图 王五`, `文·图/王五`, `文｜王五`, `撰文：王五`, `作者：王五`, `图 王五`, `文/王五 图/赵六`: who
 * wrote (and photographed) the story. */
const LINE_WRITER = /^[■□●◆▲○◎]?\s*(?:文\s*[/／·・]\s*图|图\s*[/／·・]\s*文|文图|图文|撰文|撰稿|作者|执笔|文字|文|图|摄影)\s*(?:[/／:：｜|]\s*|\s+)([^\s/／:：｜|].*)$/u
/** `By Jane Doe, Staff Writer`, `By JANE DOE / Staff Writer`: the job title after the name is not a name. */
const TITLE_EN = /\s*[,/]?\s*\b(?:(?:senior|chief|assistant|contributing|special)\s+)?(?:staff\s+(?:writer|reporter|photographer)|(?:staff\s+)?correspondent|writer|reporter|editor|columnist)\b.*$/iu
const JOB_EN = /^(?:[A-Z][A-Za-z]+\s+){0,2}?(?:(?:senior|chief|assistant|contributing|special)\s+)?(?:(?:associated\s+press|ap|upi|reuters|staff)\s+(?:writer|reporter)|(?:staff\s+)?correspondent|writer|reporter|editor)$/iu

/** `By Associated Press.`, `(By the United Press.)`, `By Leased Wire to The Tribune,`, `Special to
 * The Star.`: the credit an older paper gives the wire or its correspondent under a headline,
 * ending on a stop or a comma as the rest of its head does. */
const WIRE_CREDIT = /^\(?(?:(?:By|BY|Bv|8y|[lI]?y)\s+(?:the\s+|The\s+|THE\s+)?(?:Associated|ASSOCIATED|United\s+Press|UNITED\s+PRESS|International\s+News|INTERNATIONAL\s+NEWS|(?:Leased|Private|Direct|Special)\s+Wire|(?:LEASED|PRIVATE|DIRECT|SPECIAL)\s+WIRE|Special\s+(?:Correspondent|Dispatch|Cable))|(?:Special|SPECIAL)\s+(?:to|from|TO|FROM)\s+(?:THE|[Tt][a-z]{1,2})(?=\s+[A-Z])|(?:Special|SPECIAL)\s+(?:Dispatch|Correspondence|Cable|Telegram|DISPATCH|CABLE)\b)(?:\s*[-.,'’]*\s*(?:[A-Z][\w'’.-]*|to|the|of))*\s*\)?[.,]?$/u

/** A line that is only a newsroom job title (`Staff Writer`, `Managing Editor`, `特约评论员`). */
export function isJobTitle(text: string): boolean {
  const t = text.trim()
  return t.length <= 40 && (JOB_EN.test(t) || /^(?:[A-Z][a-z]+\s+)?(?:Editor|Writer|Correspondent|Columnist)$/u.test(t) || /^(?:本报|特约|首席)?(?:评论员|通讯员|记者)$/u.test(t))
}

/** `JANE DOE, Staff Writer`, `Jane Doe, Daily Staff Writer`, `JANE DOE / Staff Writer`, `BOB COHN
 * Senior staff Writer`, and the job first (`Staff writer Jane Doe`): the name. */
function nameWithJob(t: string): string | null {
  const m = /^([A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){1,3})\s*[,/|]\s*(.+)$/u.exec(t) ?? /^([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3})\s+(.+)$/u.exec(t)
  if (m && JOB_EN.test(m[2].trim())) return m[1]
  const first = /^((?:senior\s+|chief\s+)?(?:staff\s+(?:writer|reporter)|correspondent|columnist))\s+([A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){1,3})$/iu.exec(t)
  return first && /^[A-Z]/u.test(first[1]) ? first[2] : null
}

/** What a byline names after the writer's name: the paper or the agency (`By Jane Doe, The
 * Associated Press`, `By Jane Doe | The Daily Times`, `By JANE DOE, Bloomberg News`). */
const OUTLET_EN = /\s*(?:,|\s[|/—–-])\s*(?:(?:for|of)\s+)?(?:the\s+)?(?=[^,|/]*\b(?:Press|PRESS|News|NEWS|Times|TIMES|Post|POST|Tribune|Journal|Herald|Service|Wire|Daily|DAILY|Gazette|Bureau|Network|Reuters|REUTERS|Bloomberg|AP|AFP|UPI|Magazine|Chronicle|Globe|Register|Courier|Dispatch|Inquirer|Observer|Telegraph|Guardian|Examiner|Sentinel|Monitor)\b)[A-Z][\w.'’& -]{1,50}$/u
/** A Chinese personal name (two to six characters, `·` in transliterations) or a Latin one. */
const PERSON_CN = /^(?:[\u4e00-\u9fff·]{2,6}|[A-Za-z][A-Za-z .'-]{1,30})$/u

/** A name in a byline: two to four Han characters (more with the `·` of a transliteration), or Latin. */
function isPersonName(name: string): boolean {
  return PERSON_CN.test(name) && (!/^[\u4e00-\u9fff]+$/u.test(name) || name.length <= 4)
}

/**
 * Two to four Han names printed as one run (`李璐黄桉凡`) in a byline line `line`: set off from
 * their role word by a space or slash, and the line a newsroom's byline (`本报记者 X 通讯员 Y`,
 * `本报通讯员 Y`), not a bare `记者` opening a sentence.
 */
function namesRunTogether(line: string, run: string): boolean {
  if (!/^[\u4e00-\u9fff]{5,16}$/u.test(run)) return false
  const at = line.indexOf(foldHant(run))
  if (at <= 0 || !/(?:记\s*者|通讯\s*员|实习生)\s*[\s/／:：]\s*$/u.test(line.slice(0, at))) return false
  const roles = line.match(/记\s*者|通讯\s*员|实习生/gu) ?? []
  return roles.length > 1 || /^(?:本报|特约|全媒体|融媒体|首席|见习)/u.test(line)
}

const COMMENTATOR = /^(?:本[报刊]|新华社|[\p{Script=Han}]{2,6}[报刊])(?:特约)?评论员$/u

/** A block that is only a byline: short, no sentence punctuation, a role word or `By`. */
export function bylineLine(text: string): Byline | null {
  const t = text.trim()
  if (t.length === 0 || t.length > 48 || /[。！？；!?]/u.test(t) || isBoxLabel(t)) return null
  // `本报讯(记者 X) 城东社区书屋日前开放,…`: a dateline with its sentence is a paragraph.
  const dateline = inlineByline(t)
  if (dateline && t.slice(dateline.length).trim() !== '') return null
  // `本报记者 李四 摄`: a photo credit, not the story's byline.
  const f = foldHant(t)
  if (LINE_CN.test(f) && !/(?:摄影?|供图)\s*[)）]?$/u.test(f)) {
    const roles = parseRoles(t)
    const names = [...roles.reporters, ...roles.correspondents]
    // Names only: `记者从市农业农村局获悉，今年全市…` is the opening of a sentence. Several names
    // printed without a space between (`通讯员 王天巍梁华玲`) are names when a space or slash
    // sets them off from their role word, as a byline line prints them; prose runs on from it.
    if (names.length > 0 && names.every((name) => isPersonName(name) || namesRunTogether(f, name))) return { text: t, ...roles }
  }
  // `本报评论员`, `新华社评论员`, `本报特约评论员`: the paper's (or the agency's) commentator signs it.
  if (COMMENTATOR.test(f)) return { text: t, reporters: [], correspondents: [] }
  const writer = t.length <= 30 ? LINE_WRITER.exec(t) : null
  if (writer) {
    // Names only (`图：市民在公园里散步` is a caption, not a credit line).
    const names = writer[1]
      .split(/[\s、，,]+/u)
      .map((name) => name.replace(/^(?:文|图|摄影)\s*[/／:：｜|]\s*/u, ''))
      .filter((name) => name !== '')
    if (names.length > 0 && names.length <= 4 && names.every((name) => PERSON_CN.test(name))) return { text: t, reporters: names, correspondents: [] }
  }
  // The English forms all need a Latin letter (`By`, a capitalised name): a Chinese line is done.
  if (!/[A-Za-z]/u.test(t)) return null
  const untitled = t.replace(TITLE_EN, '').replace(/^((?:[A-Za-z]+\s+)?(?:by|bv|8y)\s+.*?)\s*(?:,|\s[|/—–-]).*$/iu, (line, named: string) => (OUTLET_EN.test(line.slice(named.length)) ? named : line))
  // A stop ends a sentence, not a name's initial or suffix (`By John Q. Smith Jr.`).
  if (LINE_EN.test(untitled) && !/(?<!\b(?:Jr|Sr|[A-Z]))[.]$/u.test(untitled)) {
    // `Story and photos by Ann Lee`: the names follow the `by`.
    const names = untitled
      .replace(/^.*?\b(?:by|bv|8y)\s+/iu, '')
      .split(/\s*(?:,|\band\b)\s*/u)
      .map((name) => name.trim())
      .filter(Boolean)
    return { text: t, reporters: names, correspondents: [] }
  }
  const named = nameWithJob(t)
  if (named) return { text: t, reporters: [named], correspondents: [] }
  // A wire's credit names no reporter.
  // (OCR's specks after it are none of it: `By Leased Wire to The Tribune, '`.)
  if (WIRE_CREDIT.test(t.replace(/[\s'’"`,.-]+$/u, ''))) return { text: t, reporters: [], correspondents: [] }
  // `From staff reports`, `Staff and wire reports`: a story the paper's staff wrote, no one signed.
  if (STAFF_REPORTS.test(t)) return { text: t, reporters: [], correspondents: [] }
  return null
}

/** A credit for the paper's own staff or the wires as a whole (`From staff reports`, `Staff report`,
 * `From wire reports`, `Staff and wire reports`). */
const STAFF_REPORTS = /^(?:from\s+)?(?:staff|wire|news)(?:\s+and\s+(?:staff|wire|news))?\s+(?:reports?|services)\.?$/iu
