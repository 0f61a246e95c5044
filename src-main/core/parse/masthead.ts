// The paper's name as the pages print it, for the title: a Chinese daily signs its own
// reports with its name (`株洲日报讯`, `人民日报北京7月1日电`), an English paper prints its
// nameplate at the head of the front page (`The Evening Post`). Only a name the page states
// plainly counts: no name is better than a wrong one, and the folder's name is kept instead.

import type { Page } from '../model'

/** `X报讯` or `X报记者` signing a report; `本报` (this paper) names nothing. */
const CN_SIGNED = /(?:^|[\s(（【])([\u4e00-\u9fff]{1,8}[报刊])(?:讯|记者)/gmu
/** The words a newspaper's name ends in. */
const PAPER_WORDS = ['Daily', 'Times', 'Tribune', 'Post', 'Herald', 'News', 'Gazette', 'Journal', 'Chronicle', 'Courier', 'Star', 'Sun', 'Globe', 'Record', 'Register', 'Telegraph', 'Observer', 'Examiner', 'Standard', 'Mercury', 'Ledger', 'Bulletin', 'Dispatch', 'Review', 'Press', 'Mail', 'Inquirer', 'Sentinel', 'Enterprise', 'Argus', 'Advertiser']
/** A nameplate line: a few capitalised words ending in a newspaper's word, nothing else on the line. */
const EN_NAMEPLATE = new RegExp(`^(?:The\\s+)?(?:[A-Z][A-Za-z'’.-]+\\s+){0,4}(?:${PAPER_WORDS.join('|')})$`, 'u')
/** An older paper's nameplate, set in capitals (`THE EVENING HERALD.`): led by `THE` or naming
 * when it comes out, as a section's head in capitals (`LOCAL NEWS`) does not. */
const EN_NAMEPLATE_CAPS = new RegExp(`^(?:THE\\s+(?:[A-Z'’.-]+\\s+){0,4}|(?:[A-Z'’.-]+\\s+){0,3}(?:DAILY|EVENING|MORNING|WEEKLY|SUNDAY)\\s+(?:[A-Z'’.-]+\\s+){0,2})(?:${PAPER_WORDS.map((word) => word.toUpperCase()).join('|')})\\.?$`, 'u')
/** Lines of the front page read for a nameplate: it heads the page. */
const NAMEPLATE_LINES = 3

/** The paper's name, or null when the pages do not state it plainly. */
export function mastheadOf(pages: readonly Page[]): string | null {
  const front = pages[0]
  if (!front) return null
  return signedName(front.text) ?? nameplate(front.text)
}

/** The one name that signs two reports or more and no other name competes with. */
function signedName(text: string): string | null {
  const counts = new Map<string, number>()
  for (const line of signingLines(text)) for (const m of line.matchAll(CN_SIGNED)) {
    const name = m[1]
    if (name.endsWith('本报') || name === '本报' || name.length < 3) continue
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  if (ranked.length === 0 || ranked[0][1] < 2) return null
  if (ranked.length > 1 && ranked[1][1] * 2 > ranked[0][1]) return null
  return ranked[0][0]
}

/** How a signature ends (`报讯`, `刊记者`): found with indexOf, they pick the lines worth reading
 * with CN_SIGNED, which tries every place of the text it is run on. */
const SIGNATURE_ENDS = ['报讯', '刊讯', '报记者', '刊记者']

/** The front page's lines holding a signature's end, in page order. A signature never spans a
 * line (its name is Han characters), so reading these lines finds what reading the page does. */
function signingLines(text: string): string[] {
  const starts = new Set<number>()
  for (const end of SIGNATURE_ENDS) {
    for (let at = text.indexOf(end); at >= 0; at = text.indexOf(end, at + 1)) {
      starts.add(text.lastIndexOf('\n', at) + 1)
      const next = text.indexOf('\n', at)
      if (next < 0) break
      at = next
    }
  }
  return [...starts].sort((a, b) => a - b).map((start) => {
    const end = text.indexOf('\n', start)
    return end < 0 ? text.slice(start) : text.slice(start, end)
  })
}

/** A line that is a newspaper's nameplate and nothing else (`The Evening Post`). */
export function isNameplate(line: string): boolean {
  return EN_NAMEPLATE.test(line) || EN_NAMEPLATE_CAPS.test(line)
}

/** `THE EVENING HERALD.` → `The Evening Herald`: a nameplate in capitals, named as a title. */
function titled(line: string): string {
  if (!EN_NAMEPLATE_CAPS.test(line)) return line
  return line.replace(/\.$/u, '').toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, lead: string, ch: string) => lead + ch.toUpperCase())
}

function nameplate(text: string): string | null {
  // A `##` line is a headline the extraction marked, not the nameplate above the page's stories.
  const lines = text.split('\n', NAMEPLATE_LINES * 3).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, NAMEPLATE_LINES)
  for (const line of lines) {
    if (!line.startsWith('#') && isNameplate(line)) return titled(line.replace(/\s+/g, ' '))
  }
  return null
}

/** Lines of the front page read for the date: its nameplate and the date line under it. */
const DATE_LINES = 12
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** `MONDAY, JANUARY 5, 1914`, `Sept. 17, 1911`, `Monday, April 7,1986`. */
const EN_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:[a-z]*)\.?\s+(\d{1,2})\s*[,.]?\s*((?:1[6-9]|20)\d{2})\b/giu
/** `2024年1月30日`. */
const CN_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu
/** What any EN_DATE match holds: a letter as EN_DATE's flags read one (with `iu`, ſ and K too). */
const LETTER = /[a-z]/iu

/**
 * The date the front page prints at its head (`SALT LAKE CITY, UTAH, SUNDAY MORNING, SEPTEMBER 17,
 * 1911`, `2024年1月30日 星期二`), as `YYYY-MM-DD`; null where its head prints none, or more than one.
 */
export function printedDate(pages: readonly Page[]): string | null {
  const front = pages[0]
  if (!front) return null
  const head = front.text.split('\n', DATE_LINES * 3).filter((line) => line.trim() !== '').slice(0, DATE_LINES)
  const found = new Set<string>()
  head.forEach((line, k) => {
    // What stands before a date: the line's start, or the line above where the date opens its line.
    const before = (at: number | undefined) => (at ? line.slice(Math.max(0, at - 16), at) : `${k > 0 ? head[k - 1].slice(-16) : ''} `)
    // Each pattern only where the line holds what it needs (a letter for a month's name, 年):
    // a Chinese front page's head lines are often whole paragraphs, with neither.
    if (LETTER.test(line)) for (const m of line.matchAll(EN_DATE)) if (englishDateLine(line) && !sinceBefore(before(m.index))) found.add(isoDate(m[3], MONTHS.indexOf(m[1].toLowerCase().slice(0, 3)) + 1, m[2]) ?? '')
    if (line.includes('年')) for (const m of line.matchAll(CN_DATE)) if (chineseDateLine(line, m[0]) && !sinceBefore(before(m.index))) found.add(isoDate(m[1], Number(m[2]), m[3]) ?? '')
  })
  found.delete('')
  return found.size === 1 ? [...found][0] : null
}

/** An English line of the page's head, not of a story: short and naming the weekday (`Monday,
 * April 7, 1986`), or half its letters or more are capitals (`SUNDAY MORNING, SEPTEMBER 17, 1911`, through
 * OCR's noise), where a sentence's line (`June 30, 1914, the company said`) is mostly small letters. */
function englishDateLine(line: string): boolean {
  if (line.length <= 50 && /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu.test(line)) return true
  const letters = line.replace(/[^A-Za-z]/gu, '')
  return letters.replace(/[^a-z]/gu, '').length <= letters.length * 0.5
}

/** A Chinese line of the page's head: no sentence's punctuation, and the weekday, the lunar date or
 * the paper's name with the date, or the date alone (`本报讯…截至2023年12月31日` is a story's). */
function chineseDateLine(line: string, date: string): boolean {
  if (/[，。；！？]/u.test(line)) return false
  return /星期|周[一二三四五六日天]|农历|报/u.test(line) || line.replace(date, '').trim() === ''
}

/** A date a founding or a law names (`established April 11, 1871`, `act of March 3, 1879`, `截至…`), not the issue's. */
function sinceBefore(before: string): boolean {
  return /(?:\b(?:act\s+of|entered|established|founded|since|from|until)\s*|截至|自|从|于|至)\s*$/iu.test(before)
}

function isoDate(year: string, month: number, day: string): string | null {
  const d = Number(day)
  if (month < 1 || month > 12 || d < 1 || d > 31) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
