// Page files → pages: the page number comes from the digits in the file name.

import { decodePage } from './decode'
import type { Page } from './model'

/** "01.md" → "01", "page-3.txt" → "03", "A6.md" → "06"; null when the name has no digits. */
export function pageNumberFromName(file: string): string | null {
  const base = file
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    // A date in the name (mustang-daily-1988-09-27) is not the page number.
    .replace(/(?:19|20)\d{2}[-_.]?\d{1,2}[-_.]?\d{1,2}/g, ' ')
  const digits = base.match(/\d{1,4}/g)
  if (!digits) return null
  return normalisePageNumber(digits[digits.length - 1])
}

export function normalisePageNumber(raw: string): string {
  const n = Number.parseInt(raw, 10)
  return Number.isFinite(n) ? String(n).padStart(2, '0') : raw
}

export function makePage(file: string, bytes: Uint8Array, sha256: string, fallbackNumber = '01'): Page {
  const { text, encoding } = decodePage(bytes, file)
  const name = file.replace(/^.*[\\/]/, '')
  return { number: pageNumberFromName(name) ?? fallbackNumber, file: name, text, sha256, encoding }
}

export function sortPages(pages: Page[]): Page[] {
  return [...pages].sort((a, b) => comparePageNumbers(a.number, b.number) || a.file.localeCompare(b.file))
}

export function comparePageNumbers(a: string, b: string): number {
  const na = Number.parseInt(a, 10)
  const nb = Number.parseInt(b, 10)
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb
  return a.localeCompare(b)
}

/** "02", "2" and "A2" name the same page when matching jumps. */
export function comparablePage(page: string): string {
  const digits = page.match(/\d+/u)
  return digits ? String(Number.parseInt(digits[0], 10)) : page.toLowerCase()
}
