// The original source lines an article came from (page, line numbers), shown beside the article.
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../src-main/core/model'
import { sourceExcerpts } from './sourceLines'

export interface SourcePaneProps {
  article: Article
  pages: { number: string; file: string; text: string }[]
}

export function SourcePane({ article, pages }: SourcePaneProps) {
  const { t } = useTranslation()
  const excerpts = sourceExcerpts(article, pages)
  return (
    <section className="source-pane" aria-label={t('source.title')}>
      {excerpts.map((ex) => (
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
