// The page pane in the workspace: follows the current article's page and marks the current
// finding's texts on its scan. Asks for the scan only while shown.
import { useMemo } from 'react'
import type { Article, Finding } from '../../../../src-main/core/model'
import { PagePane } from './PagePane'
import { panePlace } from './pageTargets'
import { usePageScan } from './usePageScan'

export interface FollowingPagePaneProps {
  issueId: string
  article: Article | null
  finding: Finding | null
  articles: Article[]
  candidateIndex: number
}

export function FollowingPagePane({ issueId, article, finding, articles, candidateIndex }: FollowingPagePaneProps) {
  const place = useMemo(() => panePlace(article, finding, articles, candidateIndex), [article, finding, articles, candidateIndex])
  const scan = usePageScan(issueId, place.page, true)
  // Compared by content: a new view of the same texts (an edit elsewhere) is not a new search.
  const key = JSON.stringify(place.targets)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const targets = useMemo(() => place.targets, [key])
  return <PagePane issueId={issueId} page={place.page} scan={scan} targets={targets} />
}
