// The library: the opened folder's issues with their state, sort and filter, open another folder,
// batch export. On first start the main process opens the bundled sample library.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryView as Library, TaskProgress } from '../../../../src-main/ipc/contract'
import { asGalleyError, type GalleyError } from '../../api'
import { useClient } from '../../ClientContext'
import { Banner } from '../../ui/Banner'
import { ProgressBar } from '../../ui/ProgressBar'
import { ExportDialog } from '../export/ExportDialog'
import { IssueList } from './IssueList'
import { leftOutOf, LeftOutList } from './LeftOutList'
import { sortAndFilter, type SortKey } from './librarySort'
import { OpenFolder } from './OpenFolder'
import { PaperName } from './PaperName'

export interface LibraryViewProps {
  onOpenIssue: (issueId: string) => void
}

export function LibraryView({ onOpenIssue }: LibraryViewProps) {
  const { t, i18n } = useTranslation()
  const client = useClient()
  const [library, setLibrary] = useState<Library | null>(null)
  const [busy, setBusy] = useState(true)
  const [error, setError] = useState<GalleyError | null>(null)
  const [needsPath, setNeedsPath] = useState(false)
  const [progress, setProgress] = useState<TaskProgress | null>(null)
  const [sort, setSort] = useState<SortKey>('date-desc')
  const [text, setText] = useState('')
  const [onlyOpen, setOnlyOpen] = useState(false)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [exporting, setExporting] = useState(false)
  const [settingsSeen, setSettingsSeen] = useState(false)
  const task = useRef<string | null>(null)

  /** Runs a library task (its progress shown, the view busy) and shows the library it answers. */
  const runTask = useCallback(async (name: string, call: (taskId: string) => Promise<Library>): Promise<boolean> => {
    setBusy(true)
    setError(null)
    const taskId = `${name}-${Date.now()}`
    task.current = taskId
    try {
      setLibrary(await call(taskId))
      return true
    } catch (err) {
      setError(asGalleyError(err))
      return false
    } finally {
      task.current = null
      setProgress(null)
      setBusy(false)
    }
  }, [])

  const open = useCallback(
    async (folder?: string) => {
      if (await runTask('open', (taskId) => client.call('library:open', { ...(folder ? { folder } : {}), taskId }))) setSelected(new Set())
    },
    [client, runTask],
  )

  useEffect(() => {
    let live = true
    client
      .call('library:current', {})
      .then((current) => {
        if (!live) return
        if (current) {
          setLibrary(current)
          setBusy(false)
        } else void open()
      })
      .catch(() => live && void open())
    const offProgress = client.on('task:progress', (p) => {
      if (p.taskId === task.current) setProgress(p)
    })
    const offChanged = client.on('library:changed', (e) => {
      if (e.reason !== 'opened') void client.call('library:current', {}).then((v) => live && v && setLibrary(v))
    })
    const offIssue = client.on('issue:changed', (e) =>
      setLibrary((lib) => lib && { ...lib, issues: lib.issues.map((i) => (i.id === e.issueId ? e.summary : i)) }),
    )
    return () => {
      live = false
      offProgress()
      offChanged()
      offIssue()
    }
  }, [client, open])

  const namePaper = (name: string | null) => runTask('paper', (taskId) => client.call('library:set-paper', { name, taskId }))

  async function choose(path?: string) {
    setError(null)
    try {
      const choice = await client.call('library:choose-folder', path === undefined ? {} : { path })
      if (choice.needsPath) setNeedsPath(true)
      else if (choice.folder) {
        setNeedsPath(false)
        await open(choice.folder)
      }
    } catch (err) {
      setError(asGalleyError(err))
    }
  }

  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const next = new Set(s)
        if (!next.delete(id)) next.add(id)
        return next
      }),
    [],
  )
  const issues = useMemo(() => sortAndFilter(library?.issues ?? [], sort, { text, onlyOpen }), [library, sort, text, onlyOpen])
  const leftOut = useMemo(() => leftOutOf(library), [library])
  const formatTime = useMemo(() => {
    const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
    return (iso: string) => fmt.format(new Date(iso))
  }, [i18n.language])

  return (
    <main className="library" aria-label={t('library.title')}>
      <header className="library-head">
        <h1>{t('library.title')}</h1>
        <p className="folder-path" title={library?.folder}>
          {library?.folder}
        </p>
        {library && <PaperName paper={library.paper} busy={busy} onSave={(name) => void namePaper(name)} />}
        <OpenFolder needsPath={needsPath} busy={busy} onChoose={() => void choose()} onPath={(p) => void choose(p)} onCancel={() => setNeedsPath(false)} />
      </header>
      {library?.isSample && <Banner tone="info">{t('library.sampleNotice')}</Banner>}
      {library?.settingsProblem && !settingsSeen && (
        <Banner tone="warning" onClose={() => setSettingsSeen(true)} closeLabel={t('action.close')}>
          {t('library.settingsProblem')} {library.settingsProblem}
        </Banner>
      )}
      {error && (
        <Banner tone="error" onClose={() => setError(null)} closeLabel={t('action.close')}>
          {error.message}
        </Banner>
      )}
      <LeftOutList entries={leftOut} />
      {busy && (
        <div className="loading-bar">
          {progress ? (
            <ProgressBar label={t('library.analysing')} value={progress.done} max={progress.total} detail={`${progress.done} / ${progress.total} ${progress.label}`} />
          ) : (
            <p role="status">{t('library.loading')}</p>
          )}
        </div>
      )}
      <div className="library-controls">
        <label>
          {t('library.sort')}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            {(['date-desc', 'date-asc', 'title', 'open-findings', 'last-edited'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`library.sortBy.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.filter')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
          {t('library.onlyOpen')}
        </label>
        <span className="count" role="status">
          {t('library.count', { shown: issues.length, total: library?.issues.length ?? 0 })}
        </span>
        <button type="button" disabled={selected.size === 0} onClick={() => setExporting(true)}>
          {t('library.exportSelected', { count: selected.size })}
        </button>
      </div>
      <IssueList
        issues={issues}
        selected={selected}
        onToggle={toggle}
        onToggleAll={(all) => setSelected(all ? new Set(issues.map((i) => i.id)) : new Set())}
        onOpen={onOpenIssue}
        formatTime={formatTime}
      />
      {exporting && library && (
        <ExportDialog library={library.folder} issueIds={[...selected]} title={t('library.nIssues', { count: selected.size })} onClose={() => setExporting(false)} />
      )}
    </main>
  )
}
