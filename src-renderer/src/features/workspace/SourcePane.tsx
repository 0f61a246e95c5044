// The original source lines an article came from (page, line numbers), shown beside the article.
import { useTranslation } from 'react-i18next'
import type { ArticleSourceState } from './useArticleSource'

export interface SourcePaneProps {
  /** null while the lines are being fetched. */
  source: ArticleSourceState
}

export function SourcePane({ source }: SourcePaneProps) {
  const { t } = useTranslation()
  return (
    <section className="source-pane" aria-label={t('source.title')}>
      {source === null && <p className="muted">{t('source.loading')}</p>}
      {source !== null && 'error' in source && <p role="alert">{t('source.failed', { message: source.error })}</p>}
      {source !== null &&
        'excerpts' in source &&
        source.excerpts.map((ex) => (
          <figure key={ex.page}>
            <figcaption>{t('source.page', { page: ex.page, file: ex.file })}</figcaption>
            <ol className="source-lines" start={ex.firstLine}>
              {ex.lines.map((line, i) => (
                <li key={i} value={ex.firstLine + i}>
                  {line || '\u00a0'}
                </li>
              ))}
            </ol>
          </figure>
        ))}
    </section>
  )
}
