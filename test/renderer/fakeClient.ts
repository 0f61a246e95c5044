// A stand-in for the main process in component tests: an issue whose findings go away when
// accepted or dismissed, with an undo stack, recording every call the renderer makes.
import { countByKind, type Finding, type Page } from '../../src-main/core/model'
import type { IssueSummary, IssueUpdate, IssueView, LibraryView } from '../../src-main/ipc/contract'
import { remember, updateAgainst, type IssueContent, type SentView } from '../../src-main/library/delta'
import { sourceExcerpts } from '../../src-main/library/source-lines'
import { GalleyError, type ArgOf, type Channel, type GalleyClient, type ResultOf } from '../../src-renderer/src/api'
import * as fx from './fixtures'


export function summary(id: string, title: string, extra: Partial<IssueSummary> = {}): IssueSummary {
  return {
    id,
    title,
    date: null,
    pageCount: 1,
    openFindings: countByKind([]),
    reviewed: 0,
    articleCount: 7,
    conflictCount: 0,
    lastEdited: null,
    ...extra,
  }
}

export interface FakeClient extends GalleyClient {
  calls: { channel: string; arg: unknown }[]
  emit: (event: string, payload: unknown) => void
}

export function fakeClient(options: { findings?: Finding[]; library?: LibraryView; summary?: Partial<IssueSummary> } = {}): FakeClient {
  const open: Finding[][] = [options.findings ?? fx.findings]
  let cursor = 0
  const calls: { channel: string; arg: unknown }[] = []
  const listeners = new Map<string, Set<(p: unknown) => void>>()

  let revisions = 0
  // The page texts stay on this side, as in the main process: the renderer asks for an article's lines.
  const pages: Page[] = [
    { number: '01', file: '01.md', sha256: 'x', encoding: 'utf-8', text: '## 技能大师工作室\n\n近年来\n' },
    { number: '02', file: '02.md', sha256: 'y', encoding: 'utf-8', text: '' },
  ]
  let sent: SentView | null = null

  const view = (): IssueView => ({
    summary: summary('sample', '株洲日报 2024-01-30', options.summary),
    library: '/papers/zhuzhou',
    revision: `v${++revisions}`,
    pagesRevision: 'r1',
    pages: pages.map(({ number, file, sha256, encoding }) => ({ number, file, sha256, encoding })),
    articles: fx.articles,
    findings: open[cursor] as Finding[],
    conflicts: [],
    canUndo: cursor > 0,
    canRedo: cursor < open.length - 1,
    log: [],
  })
  const opened = (): IssueView => {
    const whole = view()
    const { pages: _pages, library: _library, ...content } = whole
    sent = remember(content)
    return whole
  }
  // Edits reply as the main process does: what changed since the view last sent, no page texts.
  const update = (): IssueUpdate => {
    const { pages: _pages, library: _library, ...content } = view()
    const reply = updateAgainst(sent, content satisfies IssueContent)
    sent = reply.sent
    return reply.update
  }
  const resolve = (findingId: string) => {
    open.splice(cursor + 1)
    open.push((open[cursor] as Finding[]).filter((f) => f.id !== findingId))
    cursor++
    return update()
  }

  const handlers: { [K in Channel]?: (arg: ArgOf<K>) => ResultOf<K> } = {
    'library:current': () => options.library ?? null,
    'library:open': () => options.library ?? { folder: '/lib', issues: [], isSample: true },
    'issue:open': () => opened(),
    'issue:source': (arg) => {
      const article = fx.articles.find((a) => a.id === arg.articleId)
      if (!article) throw new GalleyError('not-found', `no article ${arg.articleId}`)
      return { articleId: article.id, excerpts: sourceExcerpts(article, pages) }
    },
    // Page 01 has an image beside it, page 02 nothing.
    'page:scan': (arg) => (arg.page === '01' ? { page: '01', file: '01.png', kind: 'image', mime: 'image/png', base64: 'iVBORw0KGgo=' } : null),
    'finding:accept': (arg) => resolve(arg.findingId),
    'finding:dismiss': (arg) => resolve(arg.findingId),
    'op:apply': (arg) => {
      const f = (open[cursor] as Finding[]).find((x) => x.kind === 'duplicate-passage' && arg.op.kind === 'delete-blocks')
      return f ? resolve(f.id) : resolve('')
    },
    'edit:undo': () => {
      cursor = Math.max(0, cursor - 1)
      return update()
    },
    'edit:redo': () => {
      cursor = Math.min(open.length - 1, cursor + 1)
      return update()
    },
  }

  return {
    calls,
    async call(channel, arg) {
      calls.push({ channel, arg })
      const handler = handlers[channel] as ((a: typeof arg) => ResultOf<typeof channel>) | undefined
      if (!handler) throw new GalleyError('internal', `fake has no ${channel}`)
      return handler(arg)
    },
    on(event, cb) {
      const set = listeners.get(event) ?? new Set()
      set.add(cb as (p: unknown) => void)
      listeners.set(event, set)
      return () => set.delete(cb as (p: unknown) => void)
    },
    emit(event, payload) {
      for (const cb of listeners.get(event) ?? []) cb(payload)
    },
  }
}
