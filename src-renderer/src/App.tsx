// The app shell: the library or an issue's workspace (kept in the URL hash, so a reload returns to
// the same issue), the language switch, a strip naming the issues that hold typed text a window
// closed without saving (recovered, see unsaved.ts), and a last-resort error boundary.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useClient } from './ClientContext'
import { rememberLanguage, type Language } from './i18n'
import { LibraryView } from './features/library/LibraryView'
import { Workspace } from './features/workspace/Workspace'
import { recoveredIssues } from './features/workspace/unsaved'
import { Banner } from './ui/Banner'
import { LanguageSwitch } from './ui/LanguageSwitch'

function issueFromHash(hash: string): string | null {
  const match = /^#\/issue\/(.+)$/.exec(hash)
  return match ? decodeURIComponent(match[1] as string) : null
}

export function App() {
  const { t, i18n } = useTranslation()
  const [issueId, setIssueId] = useState<string | null>(() => issueFromHash(window.location.hash))

  useEffect(() => {
    const onHash = () => setIssueId(issueFromHash(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  useEffect(() => {
    document.title = issueId ? `${issueId} — Galley` : 'Galley'
  }, [issueId])

  const go = (id: string | null) => {
    window.location.hash = id ? `#/issue/${encodeURIComponent(id)}` : '#/'
    setIssueId(id)
  }

  return (
    <div className="app">
      <div className="app-bar">
        <span className="brand" aria-hidden="true">
          Galley
        </span>
        <LanguageSwitch
          value={i18n.language}
          label={t('app.language')}
          options={[
            { value: 'zh-CN', label: '简体中文' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(lng) => rememberLanguage(i18n, lng as Language)}
        />
      </div>
      <RecoveredElsewhere current={issueId} onOpen={go} />
      {issueId ? <Workspace key={issueId} issueId={issueId} onBack={() => go(null)} /> : <LibraryView onOpenIssue={go} />}
    </div>
  )
}

/** Issues other than the open one where text typed before a window closed without saving it waits
 * in its edit fields: one click opens each (its fields open with the text). Read on each render. */
function RecoveredElsewhere({ current, onOpen }: { current: string | null; onOpen: (id: string) => void }) {
  const { t } = useTranslation()
  // Only this library's: an issue of another library may go by the same id here.
  const issues = recoveredIssues(useLibraryFolder()).filter((id) => id !== current)
  if (issues.length === 0) return null
  return (
    <Banner tone="warning">
      {t('app.recoveredElsewhere', { count: issues.length })}{' '}
      {issues.map((id) => (
        <button key={id} type="button" className="quiet" onClick={() => onOpen(id)}>
          {id}
        </button>
      ))}
    </Banner>
  )
}

/** The open library's folder (LibraryView.folder), null until it is known or while none is open. */
function useLibraryFolder(): string | null {
  const client = useClient()
  const [folder, setFolder] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const read = () =>
      void client.call('library:current', {}).then(
        (view) => live && setFolder(view?.folder ?? null),
        () => live && setFolder(null),
      )
    read()
    const off = client.on('library:changed', read)
    return () => {
      live = false
      off()
    }
  }, [client])
  return folder
}
