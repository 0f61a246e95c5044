// The issue navigator: pages and their articles in reading order, each article with badges for its
// open findings and a reviewed mark. Virtualized: a 24-page issue has hundreds of articles.
// Rows are memoised: an edit re-renders only the rows whose article, badges or selection changed.
import { memo, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, FindingKind } from '../../../../src-main/core/model'
import { KindBadge } from '../../ui/KindBadge'
import { VirtualList } from '../../ui/VirtualList'
import type { NavigatorRow } from './navigatorRows'

export interface NavigatorProps {
  rows: NavigatorRow[]
  selectedId: string | null
  onSelect: (articleId: string) => void
}

interface ArticleRowProps {
  article: Article
  kinds: { kind: FindingKind; count: number }[]
  uncertainPercent?: number
  selected: boolean
  onSelect: (articleId: string) => void
}

const sameKinds = (a: ArticleRowProps['kinds'], b: ArticleRowProps['kinds']): boolean =>
  a === b || (a.length === b.length && a.every((k, i) => k.kind === b[i]?.kind && k.count === b[i]?.count))

const ArticleRow = memo(
  function ArticleRow({ article, kinds, uncertainPercent, selected, onSelect }: ArticleRowProps) {
    const { t } = useTranslation()
    const headline = article.headline.join(' ') || t('untitled')
    return (
      <div role="listitem" className="nav-article-item">
        <button
          type="button"
          className={`nav-article${selected ? ' selected' : ''}`}
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(article.id)}
        >
          <span className="nav-headline">{headline}</span>
          <span className="nav-meta">
            {article.pages.length > 1 && (
              <span className="span-pages" title={t('navigator.spans', { pages: article.pages.join(', ') })}>
                {article.pages.join('→')}
              </span>
            )}
            {kinds.map(({ kind, count }) => (
              <KindBadge key={kind} kind={kind} count={count} short={t(`kindShort.${kind}`)} label={t(`kindCount.${kind}`, { count })} />
            ))}
            {uncertainPercent !== undefined && (
              <span className="uncertain-share" title={t('uncertain.share', { percent: uncertainPercent })}>
                {uncertainPercent}%?
              </span>
            )}
            {article.reviewed && (
              <span className="reviewed" role="img" aria-label={t('navigator.reviewed')}>
                ✓
              </span>
            )}
          </span>
        </button>
      </div>
    )
  },
  (a, b) => a.article === b.article && a.uncertainPercent === b.uncertainPercent && a.selected === b.selected && a.onSelect === b.onSelect && sameKinds(a.kinds, b.kinds),
)

const PageRow = memo(function PageRow({ page }: { page: string }) {
  const { t } = useTranslation()
  return (
    <div role="listitem" className="nav-page">
      {t('page', { page })}
    </div>
  )
})

/**
 * ↑ / ↓ (and Home / End) on a focused article row choose the article above or below and keep the
 * focus on its row, so the navigator is walked from the keyboard as well as clicked.
 */
function moveInNavigator(e: React.KeyboardEvent, rows: NavigatorRow[], selectedId: string | null, onSelect: (id: string) => void): void {
  if (!(e.target instanceof HTMLElement) || !e.target.classList.contains('nav-article')) return
  const articles = rows.flatMap((r) => (r.type === 'article' ? [r.article.id] : []))
  const at = articles.indexOf(selectedId ?? '')
  const to = e.key === 'ArrowDown' ? at + 1 : e.key === 'ArrowUp' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? articles.length - 1 : null
  if (to === null) return
  e.preventDefault()
  const id = articles[Math.max(0, Math.min(articles.length - 1, to))]
  if (id === undefined) return
  onSelect(id)
  // The row re-renders selected; focus it once it is there (the list may have scrolled to it).
  requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('.navigator .nav-article.selected')?.focus())
}

export const Navigator = memo(function Navigator({ rows, selectedId, onSelect }: NavigatorProps) {
  const { t } = useTranslation()
  const active = rows.findIndex((r) => r.type === 'article' && r.article.id === selectedId)
  const estimateSize = useCallback((i: number) => (rows[i]?.type === 'page' ? 30 : 56), [rows])
  const rowKey = useCallback((i: number) => rows[i]?.key ?? String(i), [rows])
  return (
    <nav className="navigator" aria-label={t('navigator.title')} onKeyDown={(e) => moveInNavigator(e, rows, selectedId, onSelect)}>
      <VirtualList
        count={rows.length}
        estimateSize={estimateSize}
        rowKey={rowKey}
        activeIndex={active}
        role="list"
        label={t('navigator.title')}
        renderRow={(i) => {
          const row = rows[i] as NavigatorRow
          if (row.type === 'page') return <PageRow page={row.page} />
          return <ArticleRow article={row.article} kinds={row.kinds} uncertainPercent={row.uncertainPercent} selected={row.article.id === selectedId} onSelect={onSelect} />
        }}
      />
    </nav>
  )
})
