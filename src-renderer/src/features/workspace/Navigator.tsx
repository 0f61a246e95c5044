// The issue navigator: pages and their articles in reading order, each article with badges for its
// open findings and a reviewed mark. Virtualized: a 24-page issue has hundreds of articles.
import { useTranslation } from 'react-i18next'
import { KindBadge } from '../../ui/KindBadge'
import { VirtualList } from '../../ui/VirtualList'
import type { NavigatorRow } from './navigatorRows'

export interface NavigatorProps {
  rows: NavigatorRow[]
  selectedId: string | null
  onSelect: (articleId: string) => void
}

export function Navigator({ rows, selectedId, onSelect }: NavigatorProps) {
  const { t } = useTranslation()
  const active = rows.findIndex((r) => r.type === 'article' && r.article.id === selectedId)
  return (
    <nav className="navigator" aria-label={t('navigator.title')}>
      <VirtualList
        count={rows.length}
        estimateSize={(i) => (rows[i]?.type === 'page' ? 30 : 56)}
        rowKey={(i) => rows[i]?.key ?? String(i)}
        activeIndex={active}
        role="list"
        label={t('navigator.title')}
        renderRow={(i) => {
          const row = rows[i] as NavigatorRow
          if (row.type === 'page') {
            return (
              <div role="listitem" className="nav-page">
                {t('page', { page: row.page })}
              </div>
            )
          }
          const { article } = row
          const selected = article.id === selectedId
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
                  {row.kinds.map(({ kind, count }) => (
                    <KindBadge
                      key={kind}
                      kind={kind}
                      count={count}
                      short={t(`kindShort.${kind}`)}
                      label={t(`kindCount.${kind}`, { count })}
                    />
                  ))}
                  {article.reviewed && (
                    <span className="reviewed" role="img" aria-label={t('navigator.reviewed')}>
                      ✓
                    </span>
                  )}
                </span>
              </button>
            </div>
          )
        }}
      />
    </nav>
  )
}
