// What an export wrote, what failed and whether it was cancelled.
import { useTranslation } from 'react-i18next'
import type { ExportResult } from '../../../../src-main/ipc/contract'

export function ExportSummary({ results }: { results: ExportResult[] }) {
  const { t } = useTranslation()
  // Every format writes the issue's change report beside its file (one report, rewritten):
  // the count and the list are the files on disk, the report among them.
  const files = [...new Set(results.flatMap((r) => r.files.flatMap((f) => [f.file, f.report])))].map((file) => ({ file }))
  const failed = results.flatMap((r) => r.failed)
  const cancelled = results.some((r) => r.cancelled)
  return (
    <section className="export-summary" role="status" aria-label={t('export.summary')}>
      <p>
        {t('export.written', { count: files.length })}
        {cancelled && ` ${t('export.cancelled')}`}
      </p>
      <ul className="files">
        {files.map((f) => (
          <li key={f.file}>
            <code>{f.file}</code>
          </li>
        ))}
      </ul>
      {failed.length > 0 && (
        <>
          <p className="error-text">{t('export.failed', { count: failed.length })}</p>
          <ul>
            {failed.map((f) => (
              <li key={f.issueId}>
                {f.issueId}: {f.error.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
