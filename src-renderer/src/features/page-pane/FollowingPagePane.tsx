// The page pane in the workspace: follows the current article's page and marks the current
// finding's texts on its scan. Asks for the scan only while shown.
import { useMemo } from 'react'
import type { Article, Finding, PageLayout } from '../../../../src-main/core/model'
import { altoPaneLayout, articleOfBlock } from './altoLayout'
import { PagePane } from './PagePane'
import { panePlace } from './pageTargets'
import { usePageScan } from './usePageScan'

export interface FollowingPagePaneProps {
  issueId: string
  article: Article | null
  finding: Finding | null
  articles: Article[]
  candidateIndex: number
  /** ALTO pages' layouts by page number: the page is drawn from its blocks' rectangles. */
  layouts?: ReadonlyMap<string, PageLayout>
  /** A click on a block's box in the ALTO page view goes to its article. */
  onSelectArticle?: (articleId: string) => void
}

export function FollowingPagePane({ issueId, article, finding, articles, candidateIndex, layouts, onSelectArticle }: FollowingPagePaneProps) {
  const place = useMemo(() => panePlace(article, finding, articles, candidateIndex), [article, finding, articles, candidateIndex])
  const scan = usePageScan(issueId, place.page, true)
  // Compared by content: a new view of the same texts (an edit elsewhere) is not a new search.
  const key = JSON.stringify(place.targets)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const targets = useMemo(() => place.targets, [key])
  const pageLayout = place.page === null ? undefined : layouts?.get(place.page)
  const layout = useMemo(() => altoPaneLayout(pageLayout, place.page, articles, article, finding), [pageLayout, place.page, articles, article, finding])
  const onBoxClick = (blockId: string) => {
    const owner = articleOfBlock(articles, blockId)
    if (owner) onSelectArticle?.(owner.id)
  }
  return <PagePane issueId={issueId} page={place.page} scan={scan} targets={targets} layout={layout} onBoxClick={layout ? onBoxClick : undefined} />
}
