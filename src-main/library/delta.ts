// An edit's reply built against the view last sent for the issue. The main process remembers what
// it sent (each article, finding and log entry as JSON) and replies with only what differs, so a
// one-paragraph fix on a 24-page issue sends a few kilobytes instead of every article again.

import type { Article, Block } from '../core/index'
import { digest } from '../core/hash'
import type { IssueUpdate, IssueView, PageBoundFields } from './views'

/** Everything of a view that an edit can change. */
export type IssueContent = Omit<IssueView, PageBoundFields>

/** An article as sent: the digest of its own fields' JSON, and its blocks themselves. */
interface SentArticle {
  head: string
  blocks: readonly Block[]
}

/** What the renderer was last sent of an issue: a digest of the JSON of each article's own fields
 * and of each finding (only ever compared: kept whole, a 50 MB page's were 25 MB of strings held
 * for as long as the issue stays open), and each log entry's JSON. */
export interface SentView {
  revision: string
  pagesRevision: string
  articles: Map<string, SentArticle>
  findings: Map<string, string>
  log: string[]
}

function byId<T extends { id: string }, S>(items: readonly T[], sent: (item: T) => S): Map<string, S> | null {
  const map = new Map<string, S>()
  for (const item of items) {
    if (map.has(item.id)) return null // ids are unique by design; if not, only a whole reply is safe
    map.set(item.id, sent(item))
  }
  return map
}

// Core shares unchanged blocks between one analysis and the next (an op replaces a block, never
// edits one), so a block that is the very object sent is unchanged, and only other blocks are
// compared as JSON. No block's JSON is kept: on a 50 MB page that was another copy of the text.
function sameBlock(was: Block, now: Block): boolean {
  return was === now || (was.hash === now.hash && JSON.stringify(was) === JSON.stringify(now))
}

function sentArticle(article: Article): SentArticle {
  return { head: digest(JSON.stringify({ ...article, blocks: undefined })), blocks: article.blocks }
}

function sameArticle(was: SentArticle | undefined, now: SentArticle | undefined): boolean {
  if (!was || !now || was.head !== now.head || was.blocks.length !== now.blocks.length) return false
  for (let i = 0; i < now.blocks.length; i++) if (!sameBlock(was.blocks[i], now.blocks[i])) return false
  return true
}

const jsonOf = (value: unknown): string => JSON.stringify(value)
const digestOf = (value: unknown): string => digest(JSON.stringify(value))

/** Remembers a view as sent; null when its ids are not unique (every later reply is then whole). */
export function remember(content: IssueContent): SentView | null {
  const articles = byId(content.articles, sentArticle)
  const findings = byId(content.findings, digestOf)
  if (!articles || !findings) return null
  return { revision: content.revision, pagesRevision: content.pagesRevision, articles, findings, log: content.log.map(jsonOf) }
}

/**
 * The reply to an edit whose result is `content`: relative to `sent` when there is one for the same
 * pages, else whole (`base: null`). Also returns what is sent now, to compare the next edit with.
 */
export function updateAgainst(sent: SentView | null, content: IssueContent): { update: IssueUpdate; sent: SentView | null } {
  const now = remember(content)
  const { articles, findings, log, ...rest } = content
  const common = { ...rest, articleIds: articles.map((a) => a.id), findingIds: findings.map((f) => f.id) }
  if (!now || !sent || sent.pagesRevision !== content.pagesRevision) {
    return { update: { ...common, base: null, articles, findings, logFrom: 0, log }, sent: now }
  }
  let logFrom = 0
  while (logFrom < now.log.length && logFrom < sent.log.length && now.log[logFrom] === sent.log[logFrom]) logFrom++
  return {
    update: {
      ...common,
      base: sent.revision,
      articles: articles.filter((a) => !sameArticle(sent.articles.get(a.id), now.articles.get(a.id))),
      findings: findings.filter((f) => sent.findings.get(f.id) !== now.findings.get(f.id)),
      logFrom,
      log: log.slice(logFrom),
    },
    sent: now,
  }
}
