// The workspace's top bar: back to the library, the name, undo/redo, reviewed mark, the
// source toggle, search, export and the shortcut sheet.
import { forwardRef, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export interface ToolbarProps {
  title: string
  canUndo: boolean
  canRedo: boolean
  reviewed: boolean | null
  showSource: boolean
  search: string
  busy: boolean
  onBack: () => void
  onUndo: () => void
  onRedo: () => void
  onToggleReviewed: () => void
  onToggleSource: () => void
  showPage: boolean
  onTogglePage: () => void
  onSearch: (query: string) => void
  onExport: () => void
  onShortcuts: () => void
}

export const Toolbar = forwardRef<HTMLInputElement, ToolbarProps>(function Toolbar(props, searchRef) {
  const { t: translate } = useTranslation()
  // Looked up once per language: the bar re-renders with every edit (the busy flag), twice per accept.
  const labels = useMemo(() => {
    const keys = ['label', 'library', 'working', 'undo', 'redo', 'reviewed', 'source', 'search', 'searchPlaceholder', 'export', 'shortcuts'] as const
    return Object.fromEntries(keys.map((k) => [k, translate(`toolbar.${k}`)])) as Record<(typeof keys)[number], string>
  }, [translate])
  const t = (key: `toolbar.${keyof typeof labels}`): string => labels[key.slice('toolbar.'.length) as keyof typeof labels]
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={props.onBack}>
        ← {t('toolbar.library')}
      </button>
      <h1 className="issue-title">{props.title}</h1>
      <span className="busy" aria-live="polite">
        {props.busy ? t('toolbar.working') : ''}
      </span>
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
        ↶ {t('toolbar.undo')}
      </button>
      <button type="button" onClick={props.onRedo} disabled={!props.canRedo} aria-keyshortcuts="Control+Shift+Z">
        ↷ {t('toolbar.redo')}
      </button>
      <button
        type="button"
        onClick={props.onToggleReviewed}
        disabled={props.reviewed === null}
        aria-pressed={props.reviewed ?? false}
        aria-keyshortcuts="R"
      >
        ✓ {t('toolbar.reviewed')}
      </button>
      <button type="button" onClick={props.onToggleSource} aria-pressed={props.showSource} aria-keyshortcuts="S">
        {t('toolbar.source')}
      </button>
      <button type="button" onClick={props.onTogglePage} aria-pressed={props.showPage} aria-keyshortcuts="P" title={translate('pagePane.shortcut')}>
        {translate('pagePane.toggle')}
      </button>
      <input
        ref={searchRef}
        type="search"
        className="search"
        aria-label={t('toolbar.search')}
        aria-keyshortcuts="/"
        placeholder={t('toolbar.searchPlaceholder')}
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
      />
      <button type="button" onClick={props.onExport}>
        {t('toolbar.export')}
      </button>
      <button type="button" onClick={props.onShortcuts} aria-keyshortcuts="?" aria-label={t('toolbar.shortcuts')}>
        ?
      </button>
    </div>
  )
})
