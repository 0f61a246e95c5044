// The labels a library row shows, looked up once per language and count: a row that scrolls into
// view reads them here instead of running i18next (key resolution, plural rules, interpolation)
// for each of its labels, which was a large share of each scrolled frame in a 2,000-issue library.
import type { TFunction } from 'i18next'
import type { FindingKind } from '../../../../src-main/core/model'

export interface RowText {
  select: (title: string) => string
  reviewedOf: (title: string) => string
  pages: (count: number) => string
  kindShort: (kind: FindingKind) => string
  kindCount: (kind: FindingKind, count: number) => string
  conflicts: (count: number) => string
  unopened: (count: number) => string
  keptLogs: string
  clean: string
  never: string
}

function cached<K>(make: (key: K) => string): (key: K) => string {
  const seen = new Map<K, string>()
  return (key) => {
    let text = seen.get(key)
    if (text === undefined) {
      text = make(key)
      seen.set(key, text)
    }
    return text
  }
}

/**
 * A label that takes the title, filled in without i18next: the translation is made once
 * with a marker for the title, which each row then replaces. Titles differ from row to row, so a
 * cache would not help; this keeps i18next out of the rows that scroll into view.
 */
function withTitle(t: TFunction, key: string): (title: string) => string {
  const marker = '\u{F8FF0}' // a private-use character: no title holds it
  const template = t(key, { title: marker })
  const at = template.indexOf(marker)
  if (at < 0 || template.indexOf(marker, at + 1) >= 0) return (title) => t(key, { title })
  const before = template.slice(0, at)
  const after = template.slice(at + marker.length)
  return (title) => before + title + after
}

export function rowText(t: TFunction): RowText {
  const kindCount = cached((key: string) => {
    const [kind, count] = key.split('\0') as [FindingKind, string]
    return t(`kindCount.${kind}`, { count: Number(count) })
  })
  return {
    select: withTitle(t, 'library.select'),
    reviewedOf: withTitle(t, 'library.reviewedOf'),
    pages: cached((count: number) => t('library.pages', { count })),
    kindShort: cached((kind: FindingKind) => t(`kindShort.${kind}`)),
    kindCount: (kind, count) => kindCount(`${kind}\0${count}`),
    conflicts: cached((count: number) => t('library.conflicts', { count })),
    unopened: cached((count: number) => t('library.unopenedPages', { count })),
    keptLogs: t('library.keptLogs'),
    clean: t('library.clean'),
    never: t('library.never'),
  }
}
