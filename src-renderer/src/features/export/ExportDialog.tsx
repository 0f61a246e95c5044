// Export one issue or a batch: formats, folder, progress with cancel, and what was written.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportFormatName, ExportResult, TaskProgress } from '../../../../src-main/ipc/contract'
import { asGalleyError, type GalleyError } from '../../api'
import { useClient } from '../../ClientContext'
import { Banner } from '../../ui/Banner'
import { Dialog } from '../../ui/Dialog'
import { draftScopeOf, draftsIn, legacyDraftsIn } from '../workspace/unsaved'
import { ProgressBar } from '../../ui/ProgressBar'
import { ExportSummary } from './ExportSummary'
import { FolderField } from './FolderField'

export const FORMATS: ExportFormatName[] = ['md', 'txt', 'json', 'html', 'tei', 'alto']

export interface ExportDialogProps {
  /** The library the issues are of (LibraryView.folder). */
  library: string
  issueIds: string[]
  /** The issue's title, or a count for a batch. */
  title: string
  onClose: () => void
}

function newTaskId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `task-${Date.now()}-${Math.random()}`
}

export function ExportDialog({ library, issueIds, title, onClose }: ExportDialogProps) {
  const { t } = useTranslation()
  const client = useClient()
  const [formats, setFormats] = useState<ExportFormatName[]>(['md'])
  const [folder, setFolder] = useState<string | null>(null)
  const [acceptAll, setAcceptAll] = useState(false)
  const [progress, setProgress] = useState<TaskProgress | null>(null)
  const [results, setResults] = useState<ExportResult[] | null>(null)
  const [error, setError] = useState<GalleyError | null>(null)
  const task = useRef<string | null>(null)
  const [running, setRunning] = useState(false)
  // An export carries what the edit log holds: text typed into an edit field and not saved is not in it.
  const unsaved = issueIds.reduce((count, id) => {
    const scope = draftScopeOf(library, id)
    return count + new Set([...draftsIn(scope), ...legacyDraftsIn(scope)]).size
  }, 0)

  useEffect(
    () =>
      client.on('task:progress', (p) => {
        if (p.taskId === task.current) setProgress(p)
      }),
    [client],
  )

  async function run() {
    if (!folder) return
    setRunning(true)
    setError(null)
    const done: ExportResult[] = []
    try {
      for (const format of formats) {
        task.current = newTaskId()
        setProgress({ taskId: task.current, done: 0, total: issueIds.length, label: '' })
        const result = await client.call('export:run', { issueIds, format, folder, acceptAll, alongside: formats, taskId: task.current })
        done.push(result)
        if (result.cancelled) break
      }
    } catch (err) {
      setError(asGalleyError(err))
    } finally {
      task.current = null
      setRunning(false)
      setResults(done)
    }
  }

  async function cancel() {
    if (task.current) await client.call('task:cancel', { taskId: task.current }).catch(() => undefined)
  }

  return (
    <Dialog title={t('export.title', { title })} onClose={running ? () => void cancel() : onClose} className="export-dialog">
      {error && <Banner tone="error">{error.message}</Banner>}
      {results === null ? (
        <>
          {unsaved > 0 && <Banner tone="warning">{t('export.unsaved', { count: unsaved })}</Banner>}
          <fieldset className="formats" disabled={running}>
            <legend>{t('export.formats')}</legend>
            {FORMATS.map((f) => (
              <label key={f} className="check">
                <input
                  type="checkbox"
                  checked={formats.includes(f)}
                  onChange={(e) => setFormats(e.target.checked ? FORMATS.filter((x) => x === f || formats.includes(x)) : formats.filter((x) => x !== f))}
                />
                {t(`format.${f}`)}
              </label>
            ))}
          </fieldset>
          <FolderField folder={folder} disabled={running} onChosen={setFolder} />
          <label className="check">
            <input type="checkbox" checked={acceptAll} disabled={running} onChange={(e) => setAcceptAll(e.target.checked)} />
            {t('export.acceptAll')}
          </label>
          {running && progress && (
            <ProgressBar
              label={t('export.progress')}
              value={progress.done}
              max={progress.total}
              detail={t('export.progressDetail', { done: progress.done, total: progress.total, label: progress.label })}
            />
          )}
          <div className="actions">
            {running ? (
              <button type="button" onClick={() => void cancel()}>
                {t('action.cancel')}
              </button>
            ) : (
              <>
                <button type="button" className="primary" disabled={!folder || formats.length === 0} onClick={() => void run()}>
                  {t('export.run')}
                </button>
                <button type="button" onClick={onClose}>
                  {t('action.close')}
                </button>
              </>
            )}
          </div>
        </>
      ) : (
        <>
          <ExportSummary results={results} />
          <div className="actions">
            <button type="button" className="primary" onClick={onClose}>
              {t('action.close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
