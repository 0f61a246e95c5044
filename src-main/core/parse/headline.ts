// Headline lines: a stacked print headline (kicker / main / deck) arrives as one line with spaces
// between its parts; Chinese headlines split there, English ones keep their spaces as words.

import { codePointsOver, endsSentence, hasCjk } from './text'

export function headlineParts(text: string): string[] {
  const t = text.trim()
  if (!hasCjk(t)) return t === '' ? [] : [t]
  // With no space to split on, the walk below gives the whole line as its one part.
  if (!/\s/u.test(t)) return [t]
  // Split on whitespace runs, except inside Latin words/numbers ("AI 技术" stays whole only when
  // both sides are Latin letters or digits).
  const parts: string[] = []
  let current = ''
  const chars = Array.from(t)
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]
    if (/[\s\u3000]/u.test(ch)) {
      let j = i
      while (j + 1 < chars.length && /[\s\u3000]/u.test(chars[j + 1])) j++
      const before = current.slice(-1)
      const after = chars[j + 1] ?? ''
      if (/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) current += ' '
      else if (current !== '') {
        parts.push(current)
        current = ''
      }
      i = j
      continue
    }
    current += ch
  }
  if (current !== '') parts.push(current)
  // `用上 AI 影像`: spaces set around a Latin word are typesetting, so a lone Latin word is not a
  // part of its own; it stays with the part before it.
  const merged: string[] = []
  for (const part of parts) {
    if (/^[A-Za-z0-9.+&-]+$/u.test(part) && merged.length > 0) merged[merged.length - 1] += ` ${part}`
    else merged.push(part)
  }
  return merged
}

/** Could this short line be a headline that Galley must find itself (no `##` on the page)? */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim()
  if (t === '') return false
  if (hasCjk(t)) {
    // A stacked headline (kicker, main line, deck) comes as parts set apart by spaces.
    const parts = headlineParts(t)
    return parts.length > 0 && parts.length <= 5 && parts.every((part) => !codePointsOver(part, 32)) && !codePointsOver(t, 100) && !/[；，、]$/u.test(t) && !/[。]/u.test(t)
  }
  const words = t.split(/\s+/u)
  if (words.length > 14 || t.length > 100) return false
  if (/[,;]$/.test(t) || (endsSentence(t) && !/[?!]$/.test(t))) return false
  return /^[A-Z“"‘'0-9]/.test(t)
}

/** `The horror that is O.J.`: a headline may end on an initialism's stops, which a sentence ends
 * on too; only a byline under it tells it is a headline. */
export function endsOnInitialism(text: string): boolean {
  const t = text.trim()
  return !hasCjk(t) && /(?:^|\s)(?:[A-Z]\.){2,}$/u.test(t) && looksLikeHeadline(t.replace(/\.$/u, ''))
}
