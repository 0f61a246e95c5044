// Sorting and filtering the library's issue list (pure, so a 2,000-issue library is cheap to re-sort).
import type { IssueSummary } from '../../../../src-main/ipc/contract'

export type SortKey = 'date-desc' | 'date-asc' | 'title' | 'open-findings' | 'last-edited'

export interface LibraryFilter {
  text: string
  onlyOpen: boolean
}

export function openCount(issue: IssueSummary): number {
  return Object.values(issue.openFindings).reduce((a, b) => a + b, 0)
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true })

function compare(key: SortKey): (a: IssueSummary, b: IssueSummary) => number {
  switch (key) {
    case 'date-desc':
      return (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || collator.compare(a.title, b.title)
    case 'date-asc':
      return (a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || collator.compare(a.title, b.title)
    case 'title':
      return (a, b) => collator.compare(a.title, b.title)
    case 'open-findings':
      return (a, b) => openCount(b) - openCount(a) || collator.compare(a.title, b.title)
    case 'last-edited':
      return (a, b) => (b.lastEdited ?? '').localeCompare(a.lastEdited ?? '') || collator.compare(a.title, b.title)
  }
}

export function sortAndFilter(issues: readonly IssueSummary[], key: SortKey, filter: LibraryFilter): IssueSummary[] {
  const text = filter.text.trim().toLowerCase()
  return issues
    .filter((i) => (text === '' || i.title.toLowerCase().includes(text) || (i.date ?? '').includes(text)) && (!filter.onlyOpen || openCount(i) > 0))
    .sort(compare(key))
}
