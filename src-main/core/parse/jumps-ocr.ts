// The words of an English jump line as OCR damages them (`Frorn pagc l`, `Fromp age 1`,
// `I'rom page 3`, `Plcase sce paga 2`, `From pa}»e 1`, `FrMipagcl`, `FroMpsgcl`), put back so the jump patterns
// can read the line. Only the marker's own words are repaired, and the caller still asks for the
// whole line (or the whole tail of a paragraph) to be a marker, so prose is not read as one.

import { distance } from 'fastest-levenshtein'

const REPAIRS: [RegExp, string][] = [
  // F read as I, l, 1<, P'; rn read for m, a lost o: Frorn, Frotn, I'rom, P'rom, 1< rom, FrMi.
  [/(^|[\s(])(?:[FfIl1]['’`]?|P['’`]|1<\s?)r(?:[o0a]?(?:rn|tn|m|n|M)|Mi)(?=\s|p)/gu, '$1From'],
  // A space in the wrong place, or none: `Fromp age 1`, `Frompage 1`.
  [/\b([Ff]rom)p\s+age\b/gu, '$1 page'],
  [/\b([Ff]rom)(?=p[as]g)/gu, '$1 '],
  // a read as o or s, g as q or }», e as c, «, a, é: pagc, pag«, paga, poge, pa}»e, pog«, psgc.
  [/\b([Pp])[ao0s](?:[gq]|\}?»)[ceaé«€](?=\s|\d|[lI]\b|$|[.,)*])/gu, '$1age'],
  [/\b([Pp])age(?=[0-9lI]$)/gu, '$1age '],
  // 5 read as s at the line's end: `From pages`.
  [/\b([Pp])age[sS]$/gu, '$1age 5'],
  [/(^|[\s(])[Ss][ce][ce](?=\s)/gu, '$1See'],
  [/(^|[\s(])[Pp]l[ce]a[s5][ce](?=\s)/gu, '$1Please'],
  // `Please era page 9`, `PI«aM aaa page 6`: a damaged `Please see` right before a page.
  [/(^|[\s(])P[lI1]\S{2,4}\s+\S{3}(?=\s+page\s+\d{1,2}\.?$)/gu, '$1Please see'],
]

/** The line with its damaged jump words repaired (the same text when it holds none). */
export function repairJumpWords(text: string): string {
  let out = text
  for (const [re, to] of REPAIRS) out = out.replace(re, to)
  return out
}

/** The words a jump line is made of, with how many letters OCR may have got wrong in each. */
const MARKER_WORDS: Record<string, number> = { page: 1, from: 1, back: 1, last: 1, next: 1, continued: 2, please: 2 }
/** Short words OCR damages past what an edit distance can tell from other words: read by form. */
const SHORT_WORDS: [RegExp, string][] = [
  [/^[s5$][eéc«ao][eéc«ao]$/iu, 'see'],
  [/^[o0ua][nm]$/iu, 'on'],
  [/^t[o0]$/iu, 'to'],
]

/** A word as the marker word it is a misreading of (`paye`, `frum`, `Froin`, `bsck`), or null. */
function markerWord(word: string): string | null {
  const lower = word.toLowerCase()
  for (const [form, to] of SHORT_WORDS) if (form.test(lower)) return to
  // A digit is the page number run on (`paye2`), parted by the caller.
  if (lower.length < 4 || /[1-9]/u.test(lower)) return null
  // rn, in and ni are read for m; 0 for o, « and é for e; P and I for F (`Prom`, `I'rom`).
  const folded = lower.replace(/[«é]/gu, 'e').replace(/0/gu, 'o').replace(/^(?:p|i['’]?)(?=r)/u, 'f')
  for (const candidate of new Set([folded, folded.replace(/rn|in|ni/gu, 'm')])) {
    for (const [to, slips] of Object.entries(MARKER_WORDS)) {
      if (Math.abs(candidate.length - to.length) <= slips && candidate[0] === to[0] && distance(candidate, to) <= slips) return to
    }
  }
  return null
}

/** A page number as OCR reads it: `I`, `l`, `i`, `|` for 1, `s` for 5, `O` inside digits for 0. */
function pageNumber(word: string): string | null {
  if (/^\d{1,3}$/u.test(word)) return word
  if (/^[Il|i]$/u.test(word)) return '1'
  if (/^[sS]$/u.test(word)) return '5'
  if (/^[\dOoIli]{2,3}$/u.test(word) && /\d/u.test(word)) return word.replace(/[Oo]/gu, '0').replace(/[Ili]/gu, '1')
  return null
}

/**
 * A short line read as the words of a jump marker wherever OCR let it (`Continucd frompage 1`,
 * `5ee $TRIKE, paye 4`, `ASI, from pege 12`): each word that is within a letter or two of a marker
 * word is read as it, words run together (`onpage`, `paye2`) are parted, a slug's `$` and `5` read
 * as S. Every word must be a marker word, a slug in capitals or the page number, or the line is
 * left as it is: the caller still asks for the whole line to be a marker, so prose stays prose.
 */
export function readJumpWords(text: string): string {
  if (text.length > 60) return text
  const out: string[] = []
  for (const raw of text.trim().replace(/,(?=\S)/gu, ', ').split(/\s+/u)) {
    const punct = /[,.:;)*]+$/u.exec(raw)?.[0] ?? ''
    const word = raw.slice(0, raw.length - punct.length)
    const parts = splitRunTogether(word)
    if (!parts) return text
    out.push(parts.join(' ') + punct)
  }
  return out.join(' ')
}

/** One OCR word as marker words: itself read, or marker words run together (`frompage`, `paye2`,
 * `Continuedonpage`). */
function splitRunTogether(word: string, depth = 0): string[] | null {
  const one = readWord(word)
  if (one !== null) return [one]
  if (depth > 2) return null
  for (let at = 2; at <= word.length - 1; at++) {
    const first = markerWord(word.slice(0, at))
    const rest = first === null ? null : splitRunTogether(word.slice(at), depth + 1)
    if (first !== null && rest !== null) return [first, ...rest]
  }
  return null
}

function readWord(word: string): string | null {
  if (word === '') return null
  const marker = markerWord(word)
  if (marker) return marker
  const page = pageNumber(word)
  if (page) return page
  // A slug in capitals, its S read as $ or 5 (`$TRIKE`, `FEE5`, `A5I`).
  if (/^[A-Z$5][A-Z$5'’&-]*$/u.test(word) && /[A-Z]/u.test(word) && word.length >= 2) return word.replace(/[$5]/gu, 'S')
  // The page a section names (`A6`, `2B`).
  if (/^[A-Z]-?\d{1,2}$|^\d{1,2}[A-Z]$/u.test(word)) return word
  return null
}
