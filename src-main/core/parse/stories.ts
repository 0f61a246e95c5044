// Where a story starts on an English OCR page without headline marks (one OCR line a row): the
// evidence a page gives besides a byline under a headline. Each start names its evidence, so the
// review can show an editor why the page was split there.

import type { SplitReason } from '../model'
import type { RawBlock } from './blocks'
import { bylineLine, inlineByline, isJobTitle } from './bylines'
import { captionOf } from './captions'
import { looksLikeHeadline } from './headline'
import { leadingEnglishJump, trailingEnglishJump, trailingJump, wholeJump } from './jumps'
import { endsSentence } from './text'

/** A headline does not end on a word that needs more after it; a line cut mid-sentence does. */
const OPEN_END = /\b(?:a|an|the|of|to|and|or|but|nor|in|on|at|by|for|from|with|into|onto|as|than|that|which|who|whose|whom|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|not|his|her|their|its|our|your|my|this|these|those|said|says|about|after|before|over|under|between|if|when|while|because|so|very|more|most)$/iu

/** Words a clause goes on after, as a headline never ends (`…in the first game against`). */
const OPEN_END_MORE = /\b(?:against|during|without|within|toward|towards|upon|among|across|since|until|despite|amid|per|whether|although|though|unless|where|how|what)$/iu
/** A clause with its own subject after a comma (`Earlier in the week, the council`). */
const SUBJECT_AFTER_COMMA = /,\s+(?:the|a|an|he|she|it|they|we|i|you|this|that|his|her|their|its|our|there)\s/u

/**
 * A line of prose OCR cut short, however short: a word cut at its hyphen (`…reach custom-`), a
 * quotation that opens and does not close on the line, a clause that ends where it needs more,
 * a possessive with no noun, another clause after a comma, or a sentence that ends inside the line
 * and another after it.
 */
export function cutProse(text: string): boolean {
  const t = text.trim()
  // `…in last year’s`: a possessive waits for its noun.
  if (/\p{Ll}-$|\p{Ll}['’]s$/u.test(t) || OPEN_END_MORE.test(t) || SUBJECT_AFTER_COMMA.test(t)) return true
  if (/^[“"]/u.test(t) && !/[”"]/u.test(t.slice(1))) return true
  // Only a full stop: a headline may ask and answer (`Depressed? Free testing in the union`).
  for (const stop of t.matchAll(/\p{Ll}\.\s+(?=[A-Z])/gu)) if (endsSentence(t.slice(0, stop.index + 2))) return true
  return false
}

/** A photo credit on a line of its own (`ANNA BRIGHT/Valley Courier`, `Photo by Tom Weller`). */
export function creditLine(text: string): boolean {
  const caption = captionOf(text)
  return caption !== null && caption.text === ''
}

/** A price: ad copy, though a story's fact box prints prices too (`Fines imposed: $3,000`). */
const PRICE = /\$\s?\d|\d\s?¢/u
/** A shop's signs: a phone number, a coupon's or a shop's words, a discount, a street address
 * opening the line (`120 MAIN ST.`, `733-D Buckley Rd.`). */
const SHOP = /\b\d{3}[-.\s]\d{4}\b|\b(?:coupon|expires|offer good|per person|call now|call for|open daily|free delivery)\b|\b\d{1,3}\s?% off\b|^\d{1,5}(?:-[A-Z])?\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:st|rd|ave|blvd|dr|street|road|avenue|boulevard|way|lane|ln|hwy|highway)\b/iu

/** A shop's copy in an ad: a phone number, a coupon, an address. */
export function shopCopy(text: string): boolean {
  return SHOP.test(text)
}

/** Ad copy: prices or a shop's copy. It is no headline and heads no story. */
export function looksLikeAdCopy(text: string): boolean {
  return PRICE.test(text) || SHOP.test(text)
}

/** A line that ends in a jump (`…said See DEFENDER, page 10`, OCR-damaged `…neces-____See CAMRMGN poge 5`) or a quotation cut at its comma
 * (`“It’s hard sometimes,”`) is a story's text, however short. */
export function neverHeadline(text: string): boolean {
  return /[,;:][”"’']$/u.test(text.trim()) || trailingJump(text) !== null || trailingEnglishJump(text) !== null || shopCopy(text) || isTeaser(text) || INTERVIEW_TURN.test(text.trim())
}

/** An interview's question or answer (`Q: Will you hire more officers?`, `A: We have six…`): its
 * text. (`A. Senate group…` is a headline OCR put a speck before.) */
const INTERVIEW_TURN = /^(?:Q\s*[:.]|A\s*:|Question\s*[:.]|Answer\s*[:.])\s/u

/** An index box's or a promo's line, pointing to a page (`Weather: Rain likely tonight, A2`,
 * `Sports ........ B1`, `Classified, Page 14`): page furniture, never a story's head or deck. */
export function isTeaser(text: string): boolean {
  // Short lines only: the end-anchored pattern is tried at every position of what it is given.
  const t = text.trim()
  return t.length <= 80 && /(?:,|\.{3,}|…)\s*(?:(?:page|pg\.?)\s*)?(?:[A-Z]-?\d{1,2}|\d{1,2}[A-Z]?)$/iu.test(t)
}

/** A short line that may head a story: headline-shaped, none of the page's other short lines. */
export function headlineShaped(text: string): boolean {
  const t = text.trim()
  if (t.length > 72 || !looksLikeHeadline(t) || neverHeadline(t) || !/^[“"‘']?[A-Z]/u.test(t)) return false
  if (bylineLine(t) || damagedByline(t) || isJobTitle(t) || wholeJump(t) || looksLikeAdCopy(t) || OPEN_END.test(t)) return false
  if (cutProse(t) || creditLine(t) || signatureLine(t)) return false
  // `Others disagreed, however, and were not…`: a clause after a comma is prose cut at a line end.
  if (t.length > 40 && /,\s+[a-z]/u.test(t) && !isSlugHead(t)) return false
  const words = t.split(/\s+/u)
  // A headline is a few words in headline tense; `… said he wants to conduct the group so the` is
  // a paragraph OCR cut short.
  if (words.length > 10 || /\bsaid\b/u.test(t)) return false
  // One word heads a story only when it is a real word (`Fellowships`), not a stray scrap.
  if (words.length === 1 && !/^[A-Z][a-z]{4,}$|^[A-Z]{5,}$/u.test(t)) return false
  // A table's row (`Chapman\t0 4`: a name, then figures set apart) is none either.
  if (/\t|\d\s+\d+$/u.test(t)) return false
  // A line of letters and little else: OCR scraps (`Ili, f.`, `MM`) are no headline. (Spaces are
  // no scrap: `Storm knocks out power to 5,000` is a headline.)
  return (t.match(/[A-Za-z]/gu) ?? []).length >= t.replace(/\s+/gu, '').length * 0.7
}

/** A line of running prose that opens a paragraph: long, capitalised, more than a headline's words. */
export function opensParagraph(text: string): boolean {
  const t = text.trim()
  if (t.length < 70 || !/^[“"‘'(]?[A-Z0-9]/u.test(t) || looksLikeAdCopy(t.slice(0, 60))) return false
  return t.split(/\s+/u).length > 12 || endsSentence(t) || inlineByline(t) !== null
}

/** `Editor:`, `Dear Editor,`, `To the editor:`: a letter's salutation between its headline and its text. */
export function isSalutation(text: string): boolean {
  // OCR reads `di` as `kl` or `dl` (`Eklitor:`); a damaged form needs the salutation's stop.
  const t = text.trim()
  if (/^(?:(?:dear|to\s+the)\s+)?ed[il1]tors?\s*[:;,.]?$|^(?:dear\s+)?e[a-z]{1,2}[il1]tor\s*[:;,]$/iu.test(t)) return true
  // Naming the paper (`Editor, The Star:`, `To the Editor of The Riverton Star:`), it ends on its colon.
  return /^(?:(?:[Dd]ear|[Tt]o\s+[Tt]he|TO\s+THE)\s+)?(?:Editor|EDITOR|editor)(?:\s*,\s*|\s+of\s+)(?:the\s+|The\s+|THE\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s*:$/u.test(t)
}

/** A letter that opens on its salutation run into its first sentence (`Editor — Last quarter…`). */
export function opensLetter(text: string): boolean {
  return isSalutation(text) || /^(?:dear\s+)?ed[il1]tor\s*(?:[:,]|[—–]|--)\s*[A-Z“"]/iu.test(text.trim())
}

/** A dateline's month, as papers abbreviate it (`Jan.`, `Sept.`, `March`). */
const DATELINE_MONTH = '(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.|January|February|March|April|May|June|July|August|September|October|November|December'
/** The place in capitals, maybe its state (`DECATUR, Ill.`, `SYRACUSE, N. Y.`). */
/** (A day's name is no place: `FRIDAY, Sept. 16 — The jazz band plays…` is a calendar's entry.) */
const DATELINE_PLACE = "(?!(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|TODAY|TONIGHT|TOMORROW)\\b)[A-Z][A-Z.' -]{2,40}(?:,\\s*[A-Z][A-Za-z.' ]{1,20})?"
/** `DETROIT (AP) — `, `NEW YORK, Sept. 16 (AP) — `, an older paper's `DECATUR, Ill., Jan. 5.—`:
 * the place in capitals, then the wire's name or the day, then a dash. */
const DATELINE = new RegExp(
  `^${DATELINE_PLACE}(?:\\s*\\((?:AP|UPI|Reuters|AFP|CPS|INS)\\)|,\\s*(?:${DATELINE_MONTH})\\s*\\d{1,2}\\s*\\.?(?:\\s*\\((?:AP|UPI|Reuters|AFP|CPS|INS)\\))?)\\s*(?:[—–]|--?)`,
  'u',
)

/** A wire item's dateline: where a brief with no headline of its own starts. */
export function opensWireItem(text: string): boolean {
  return DATELINE.test(text.trim())
}

/** The line under a signature that names the writer's class year or post (`Biology junior`). */
export function namesPost(text: string): boolean {
  const t = text.trim()
  return t.length <= 60 && /\b(?:freshman|sophomore|junior|senior|graduate|student|major|alumn\w*|professor|lecturer|instructor|president|chair\w*|director|member|coordinator|resident|class of)\b/iu.test(t) && !endsSentence(t.replace(/\.$/u, ''))
}

/** `Riverton`, `Elm Grove`, `Springfield, Ill.`: the writer's town on the line under a letter's
 * signature, a place's capitalised words and no more. */
export function namesPlace(text: string): boolean {
  return /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s*[A-Z][A-Za-z.]{1,12})?$/u.test(text.trim())
}

/** `Nora Vance Chemistry sophomore`: a letter's signature, the name and the class year or post on
 * one OCR line. */
export function signatureLine(text: string): boolean {
  const words = text.trim().split(/\s+/u)
  for (const n of [2, 3]) {
    const post = words.slice(n).join(' ')
    if (words.length > n && words.length <= n + 4 && looksLikeName(words.slice(0, n).join(' ')) && /^[A-Z]/u.test(post) && namesPost(post)) return true
  }
  return false
}

/** `Erin Massey is the Daily Arts and Entertainment editor.`: the line that signs a column off,
 * naming its writer's post (OCR may read `is` as `i$`). */
export function isTagline(text: string): boolean {
  const t = text.trim()
  const m = /^(\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2})\s+i[s$5]\s+(?:a|an|the)\s/u.exec(t)
  // The writer's name (two or three capitalised words, `His daughter` is none), then the post.
  if (!m || t.length > 110 || !/^\p{Lu}\S*\s+\p{Lu}/u.test(m[1]) || /^(?:His|Her|Their|Our|My|Your|The|This|That|Now|But|And|He|She|It)\b/u.test(m[1])) return false
  return /\b(?:editor|columnist|writer|reporter|major|freshman|sophomore|junior|senior|student|professor|lecturer|director)\.?$/iu.test(t)
}

/** `ly Fawn Ortiz`, `IJy Dana Lee`, `8y Kim Park`, `ByKim Park`: `By` as OCR misreads it, then a name. */
export function damagedByline(text: string): boolean {
  // Specks OCR read after the name (`by Margie Cooper      - ,`) are no part of it.
  const t = text.trim().replace(/(?:\s+[-–—,.;:|_]+)+$/u, '')
  if (t.length > 40 || /[.!?]$/u.test(t)) return false
  // `ByTtaiRoMuoB staff UMlw`: OCR lost the space after `By`.
  return /^(?:[BbIlJ18|h][yYvV]|[lI]J[yv]|ly|Iy)\s+[A-Z][^\s]*(?:\s+[A-Za-z][^\s]*){1,3}$/u.test(t) || /^By[A-Z][A-Za-z]{3,}(?:\s+[A-Za-z]\S*){0,3}$/u.test(t)
}

/** `STRIKE: Union rejects offer`: a tail's slug in capitals, then its own headline. */
export function isSlugHead(text: string): boolean {
  return /^[A-Z][A-Z'’.&-]+(?:\s+[A-Z][A-Z'’.&-]+){0,2}\s*:\s+[A-Z“"]/u.test(text.trim()) && text.length <= 100
}

/** The line under a byline: the writer's title or paper, however OCR damaged it (`Daly Staff Wrifef`). */
export function underByline(text: string): boolean {
  const t = text.trim()
  return t.length <= 40 && t.split(/\s+/u).length <= 5 && !/[.!?:]$/u.test(t) && !opensParagraph(t) && !wholeJump(t)
}

/** A person's name on its own line (`Marco Ellison`, `G. Stephen Ferreira`): a byline without `By`. */
export function looksLikeName(text: string): boolean {
  return /^(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|Mc[A-Z][a-z]+|de|van|von)){1,3}$/u.test(text.trim())
}

/**
 * A headline over a paragraph start: `raws[i]` is headline-shaped, and after at most two more
 * headline lines (decks) and two short lines (a byline OCR damaged, a name without `By`, a staff
 * line, `Editor:`) comes a line that opens a paragraph.
 */
export function headsParagraph(raws: RawBlock[], i: number): boolean {
  if (raws[i].pageMark || !headlineShaped(raws[i].text)) return false
  let decks = 0
  let short = 0
  let ads = 0
  for (let j = i + 1; j < raws.length && j <= i + 5 + ads; j++) {
    const raw = raws[j]
    if (raw.pageMark || raw.level > 0) return false
    const text = raw.text
    if (opensParagraph(text)) return true
    if (wholeJump(text)?.direction === 'out') return false
    // A line of an ad OCR read into the head (`For tickets call 555-0142`) belongs to no story.
    if (looksLikeAdCopy(text) && !opensParagraph(text) && ads < 2) ads++
    else if (headlineShaped(text) && short === 0 && decks < 2) decks++
    // A stray `;` OCR read after a staff line (`Staff Writer ;`) ends no sentence.
    else if (text.length <= 40 && !endsSentence(text.replace(/\s*[.,;]$/u, '')) && short < 2) short++
    else if (isSalutation(text) && short < 2) short++
    else return false
  }
  return false
}

/** `— Pat Quinn`, `-Jane Doe`: the dash-led name that signs a letter or an opinion piece. */
export function isSignature(text: string): boolean {
  const t = text.trim()
  if (/^[—–-]{1,2}\s*\S/u.test(t)) return looksLikeName(t.replace(/^[—–-]{1,2}\s*/u, '').replace(/[,.]\s*$/u, '').split(/,\s*/u)[0])
  return false
}

/** The line under a signature: a class year, a title or a town (`Mechanical engineering junior`). */
export function signsOff(text: string): boolean {
  const t = text.trim()
  return t.length <= 60 && !endsSentence(t.replace(/\.$/u, '')) && !opensParagraph(t) && !wholeJump(t) && t.split(/\s+/u).length <= 8
}

/** A line that opens a tail: a jump-in line (`From page 1`), or one run into the tail's text. */
export function opensTail(text: string): boolean {
  return wholeJump(text)?.direction === 'in' || leadingEnglishJump(text) !== null
}

/** A jump-in line among the few lines under `raws[i]`, on its page. */
function jumpInBelow(raws: RawBlock[], i: number): boolean {
  for (let j = i + 1; j < raws.length && j <= i + 8 && !raws[j].pageMark; j++) if (opensTail(raws[j].text)) return true
  return false
}

/** Why an article starts at `raws[i]` when the old byline rule did not start it there. */
export function startReason(raws: RawBlock[], i: number): SplitReason | null {
  // The line under a signature or a byline is the writer's class year or title, not a headline.
  const before = i > 0 ? raws[i - 1].text : ''
  if (i > 0 && (bylineLine(before) || damagedByline(before))) return null
  // Under a photo credit (`KALI BLOM/Mustang Daily`) stands the photo's caption (`Willi Coleman`).
  if (i > 0 && creditLine(before)) return null
  // Under a signature a short line or one naming a post is the writer's (`Biology junior`); a
  // longer headline over a paragraph heads the next letter.
  const words = raws[i].text.trim().split(/\s+/u).length
  if (i > 0 && (isSignature(before) || looksLikeName(before)) && (words <= 3 || namesPost(raws[i].text))) return null
  // `Keith Elliot` / `Biology junior`: a signature, not a headline over a byline.
  if (looksLikeName(raws[i].text) && i + 1 < raws.length && namesPost(raws[i + 1].text)) return null
  // `STRIKE: Union rejects offer` heads a tail: its jump line comes within a few lines (OCR may
  // set another column's lines between); an ad's `ATTENTION: ICE CREAM LOVERS` has none.
  if (isSlugHead(raws[i].text) && jumpInBelow(raws, i)) return 'jump-head'
  // A tail's head (`Trustees raise tuition` / `From page 1`): its text goes on mid-sentence.
  const next = raws[i + 1]
  if (next && !next.pageMark && next.level === 0 && headlineShaped(raws[i].text) && wholeJump(next.text)?.direction === 'in') return 'jump-head'
  // `INSIDE` over `Sports: Tigers clinch title, B1`, `Weather: Rain likely tonight, A2`: an index box.
  if (headlineShaped(raws[i].text) && raws[i].text.trim().split(/\s+/u).length <= 4 && [1, 2].every((k) => i + k < raws.length && !raws[i + k].pageMark && isTeaser(raws[i + k].text))) return 'index-box'
  // `LOTTERY` over `Pick 3: 4-1-7`, `WEATHER` over `Today: Sunny, high 72.`: a box of listings.
  if (boxLabel(raws[i].text) && [1, 2].every((k) => i + k < raws.length && !raws[i + k].pageMark && raws[i + k].level === 0 && listingLine(raws[i + k].text))) return 'listing-box'
  return headsParagraph(raws, i) ? 'headline-over-paragraph' : null
}

/** A box's label: one to three words in capitals, no mark after them (`LOTTERY`, `THE WEATHER`). */
function boxLabel(text: string): boolean {
  return /^[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){0,2}$/u.test(text.trim())
}

/** A listing's line: a key of a word or three and a colon, then a short value (`Pick 3: 4-1-7`,
 * `Today: Sunny, high 72.`); never a sentence that opens on a colon's label and runs on. */
const LISTING = /^[A-Z][\w'’.-]*(?: [\w'’.-]+){0,2}: \S.{0,50}$/u

export function listingLine(text: string): boolean {
  return LISTING.test(text.trim())
}

const DATE_WORDS = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*[.,]?\s*(?:1[89]|20)\d{2}\b|\b(?:mon|tues|wed|thurs|fri|satur|sun)[a-z]*day\b/giu

/**
 * A date line that is ad or event copy (`Offer expires Oct. 12, 1988`, `April 4, 1987, 8:00 pm`,
 * `THURSDAY April 2, 1987 at MUIR HALL`), not a running head: a running head around its date
 * holds only the paper's name, a page number and the volume, all capitalised, and never a time.
 */
export function dateInCopy(line: string): boolean {
  if (/\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\b\.?)/iu.test(line)) return true
  const rest = line.replace(DATE_WORDS, ' ')
  return /(?:^|[\s(])[a-z]{2,}/u.test(rest)
}
