// Page files → pages: the page number comes from the digits in the file name (and a section
// letter beside them: A6, B01).

import { decodePage } from './decode'
import type { Page } from './model'

/**
 * "01.md" → "01", "page-3.txt" → "03", "A6.md" → "A06", "B01.md" → "B01", "A01版.md" → "A01";
 * null when the name has no digits. A section letter (A–H: a US paper's A, B, C sections, a
 * Chinese daily's A01版) is part of the page's name, so A1 and B1 stay two pages. A file in a
 * page folder takes that folder's number (`seq-3/ocr.txt` → "03").
 */
export function pageNumberFromName(file: string): string | null {
  const folder = pageFolderNumber(file)
  if (folder !== null) return folder
  const base = file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    // A date in the name (mustang-daily-1988-09-27, herald-1824-02-17) is not the page number.
    .replace(NAME_DATE, ' ')
  const section = SECTION.exec(base)
  if (section) return normalisePageNumber(`${section[1] ?? section[3]}${section[2] ?? section[4]}`)
  const digits = base.match(/\d{1,4}/g)
  if (!digits) return null
  return normalisePageNumber(digits[digits.length - 1])
}

/** A date in a file or folder name, 1600 to 2099, a month and a day that can be (`1988-09-27`,
 * `18240217`): Chronicling America's papers go back to 1770, the British Library's further. */
const NAME_DATE = /(?<!\d)(?:1[6-9]|20)\d{2}[-_.]?(?:0?[1-9]|1[0-2])[-_.]?(?:0?[1-9]|[12]\d|3[01])(?!\d)/gu

/** A page's own folder inside its issue's (Chronicling America's `ed-1/seq-3/ocr.txt`, a scan
 * house's `page-03/`): the folder, not the file's name (`ocr.txt`), numbers the page. */
export const PAGE_FOLDER = /^(?:seq|page|p)[-_]?(\d{1,4})$/iu

/** The page folder holding `file` (`seq-3` of `…/seq-3/ocr.txt`, its number captured), and the file's own name. */
function pageFolderOf(file: string): { folder: RegExpExecArray | null; name: string } {
  const parts = file.split(/[\\/]/u)
  return { folder: parts.length > 1 ? PAGE_FOLDER.exec(parts[parts.length - 2]) : null, name: parts[parts.length - 1] }
}

/** The number the page folder holding `file` gives (`seq-3/ocr.txt` → 03), or null. */
function pageFolderNumber(file: string): string | null {
  const { folder } = pageFolderOf(file)
  return folder ? normalisePageNumber(folder[1]) : null
}

/** A page file's name within its issue: its own name, with its page folder in front where it is
 * in one (`seq-3/ocr.txt`: every page of such an issue has the same file name). */
export function pageFileName(file: string): string {
  const { folder, name } = pageFolderOf(file)
  return folder ? `${folder[0]}/${name}` : name
}

/** `A6`, `b01`, `A01版`, `page_A3`: the whole name a section letter and digits, or an upper-case
 * letter set off at the name's end (`issue-b1`, a file of several pages, and `01a`, half a page
 * scanned twice, are no sections). */
const SECTION = /^([A-Ha-h])[-_ ]?(\d{1,3})版?$|(?<=[-_ ])([A-H])(\d{1,3})版?$/u

/** "2" → "02", "A6" and "6A" → "A06"; anything else as it is. */
export function normalisePageNumber(raw: string): string {
  const sectioned = /^([A-Za-z])(\d+)$/u.exec(raw) ?? /^(\d+)([A-Za-z])$/u.exec(raw)
  if (sectioned) {
    const letterFirst = /^[A-Za-z]$/u.test(sectioned[1])
    const letter = letterFirst ? sectioned[1] : sectioned[2]
    const digits = letterFirst ? sectioned[2] : sectioned[1]
    return `${letter.toUpperCase()}${String(Number.parseInt(digits, 10)).padStart(2, '0')}`
  }
  const n = Number.parseInt(raw, 10)
  return Number.isFinite(n) ? String(n).padStart(2, '0') : raw
}

export function makePage(file: string, bytes: Uint8Array, sha256: string, fallbackNumber = '01'): Page {
  const { text, encoding } = decodePage(bytes, file)
  const name = pageFileName(file)
  return { number: pageNumberFromName(name) ?? fallbackNumber, file: name, text, sha256, encoding }
}

export function sortPages(pages: Page[]): Page[] {
  return [...pages].sort((a, b) => comparePageNumbers(a.number, b.number) || a.file.localeCompare(b.file))
}

export function comparePageNumbers(a: string, b: string): number {
  const [sa, na] = sectionAndNumber(a)
  const [sb, nb] = sectionAndNumber(b)
  if (sa !== sb) return sa < sb ? -1 : 1
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb
  return a.localeCompare(b)
}

function sectionAndNumber(page: string): [string, number] {
  const m = /^([A-Z]?)(\d+)$/u.exec(page)
  return m ? [m[1], Number.parseInt(m[2], 10)] : ['', Number.parseInt(page, 10)]
}

/** "02" and "2" name the same page when matching jumps, as do "A02" and "A2". */
export function comparablePage(page: string): string {
  const m = /^([A-Za-z]?)0*(\d+)$/u.exec(page)
  return m ? `${m[1].toUpperCase()}${m[2]}` : page.toLowerCase()
}

/**
 * The page of the issue that a jump names, from the page it is printed on: `A6` is A6 where the
 * issue has sections and page 6 where it has none; a bare `6` is page 6 of the jump's own section
 * (`Continued on Page 6` on A1 → A6), or the one page 6 of any section. Comparable form.
 */
export function resolveJumpPage(target: string, from: string, pages: ReadonlySet<string>): string {
  const wanted = comparablePage(target)
  if (pages.has(wanted)) return wanted
  const m = /^([A-Z]?)(\d+)$/u.exec(wanted)
  if (!m) return wanted
  const [, letter, digits] = m
  if (letter) return pages.has(digits) && ![...pages].some((page) => /^[A-Z]/u.test(page)) ? digits : wanted
  const own = /^([A-Z])/u.exec(comparablePage(from))?.[1]
  if (own && pages.has(own + digits)) return own + digits
  const any = [...pages].filter((page) => page.replace(/^[A-Z]/u, '') === digits)
  return any.length === 1 ? any[0] : wanted
}
