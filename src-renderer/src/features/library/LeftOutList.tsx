// What the library scan found but could not open (a folder or page file whose name is not UTF-8,
// an issue nested deeper than the scan looks), each with why, so nothing is left out without a word.
import { useTranslation } from 'react-i18next'
import type { IssueSummary, LibraryView, SkippedEntry } from '../../../../src-main/ipc/contract'

/** Everything not opened: the scan's skipped folders, then each issue's page files left out. */
export function leftOutOf(library: LibraryView | null): SkippedEntry[] {
  if (!library) return []
  const pages = library.issues.flatMap((issue: IssueSummary) =>
    (issue.unopenedPages ?? []).map((name) => ({
      path: issue.id === '.' ? name : `${issue.id}/${name}`,
      reason: 'undecodable-name' as const,
      depth: issue.id === '.' ? 0 : issue.id.split('/').length,
    })),
  )
  return [...(library.skipped ?? []), ...pages]
}

export function LeftOutList({ entries }: { entries: SkippedEntry[] }) {
  const { t } = useTranslation()
  if (entries.length === 0) return null
  const heading = t('library.leftOut.heading', { count: entries.length })
  return (
    <section className="left-out" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.path}>
            <code>{entry.path}</code> <span className="muted">{t(`library.leftOut.${entry.reason}`, { depth: entry.depth })}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
