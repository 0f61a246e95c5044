// The original source lines of the article shown, asked of the main process while the source pane
// is open (the view carries no page texts). Asked again when the article changes (an edit makes a
// new article object); until the answer comes, the lines held for the same article stay shown.
import { useEffect, useState } from 'react'
import type { Article } from '../../../../src-main/core/model'
import type { SourceExcerpt } from '../../../../src-main/ipc/contract'
import { asGalleyError } from '../../api'
import { useClient } from '../../ClientContext'

export type ArticleSourceState = { excerpts: SourceExcerpt[] } | { error: string } | null

export function useArticleSource(issueId: string, article: Article | null, open: boolean): ArticleSourceState {
  const client = useClient()
  const [held, setHeld] = useState<{ articleId: string; state: ArticleSourceState } | null>(null)
  useEffect(() => {
    if (!open || !article) return
    let current = true
    client.call('issue:source', { issueId, articleId: article.id }).then(
      (source) => current && setHeld({ articleId: article.id, state: { excerpts: source.excerpts } }),
      (err: unknown) => current && setHeld({ articleId: article.id, state: { error: asGalleyError(err).message } }),
    )
    return () => {
      current = false
    }
  }, [client, issueId, article, open])
  return held && article && held.articleId === article.id ? held.state : null
}
