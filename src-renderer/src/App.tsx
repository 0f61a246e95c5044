// The app shell: the library or an issue's workspace (kept in the URL hash, so a reload returns to
// the same issue), the language switch, and a last-resort error boundary.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { rememberLanguage, type Language } from './i18n'
import { LibraryView } from './features/library/LibraryView'
import { Workspace } from './features/workspace/Workspace'
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
      {issueId ? <Workspace key={issueId} issueId={issueId} onBack={() => go(null)} /> : <LibraryView onOpenIssue={go} />}
    </div>
  )
}
