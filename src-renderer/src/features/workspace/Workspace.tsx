// The issue workspace: navigator | article (and its source lines) | findings queue and the current
// finding's view. Holds the review reducer and the keyboard map; the issue itself comes from main.
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Block, Conflict, Finding, FindingKind, Op } from '../../../../src-main/core/model'
import { Banner } from '../../ui/Banner'
import { ShortcutSheet } from '../../ui/ShortcutSheet'
import { ExportDialog } from '../export/ExportDialog'
import { FollowingPagePane } from '../page-pane/FollowingPagePane'
import { expectOf } from '../findings/evidence'
import { FindingPanel } from '../findings/FindingPanel'
import { FindingsQueue } from '../findings/FindingsQueue'
import { acceptIntent, type Intent } from '../findings/intent'
import { inReadingOrder } from '../findings/readingOrder'
import { DraftScope, draftScopeOf, draftsIn, dropDraftIn, legacyDraftsIn, typedIn, uncertainWordKey } from './unsaved'
import { ArticlePane, type JumpState } from './ArticlePane'
import { AcceptKind } from './AcceptKind'
import { ArticleTools } from './ArticleTools'
import { ConflictsBanner } from './ConflictsBanner'
import { FindReplace } from './FindReplace'
import { HistoryPanel } from './HistoryPanel'
import { Navigator } from './Navigator'
import { navigatorRows } from './navigatorRows'
import { currentFinding, initialReview, reviewReducer, visibleFindings, type KindFilter } from './reviewReducer'
import { shortcutList } from './shortcutList'
import { SourcePane } from './SourcePane'
import { StructureTools } from './StructureTools'
import { useArticleSource } from './useArticleSource'
import { Toolbar } from './Toolbar'
import { useIssue } from './useIssue'
import { useShortcuts } from './useShortcuts'
import { findingPlace } from '../findings/findingPlace'
import { GoToPage } from './GoToPage'

export interface WorkspaceProps {
  issueId: string
  onBack: () => void
}

export function Workspace({ issueId, onBack }: WorkspaceProps) {
  const { t } = useTranslation()
  const [review, dispatch] = useReducer(reviewReducer, initialReview)
  // The articles before an undo or redo, so the view that answers it can go to what changed.
  const undoneFrom = useRef<Article[] | null>(null)
  // The articles on screen, for a reply to compare with (set after each render).
  const shownArticles = useRef<Article[]>([])
  const issue = useIssue(issueId, (loaded) => {
    const before = undoneFrom.current
    undoneFrom.current = null
    dispatch({
      type: 'issue-loaded',
      findings: inReadingOrder(loaded.findings, loaded.articles),
      firstArticleId: loaded.articles[0]?.id ?? null,
      ...(before ? { changed: { articleIds: changedArticles(before, loaded.articles) } } : {}),
    })
    // The article shown was merged away by a hand edit: show the one it went into, not the issue's
    // first. (An accept that resolves the current finding goes on with the next one instead.)
    const shown = review.articleId
    const stays = review.currentFindingId === null || loaded.findings.some((f) => f.id === review.currentFindingId)
    const held = shownArticles.current
    if (!before && stays && shown && !loaded.articles.some((a) => a.id === shown) && held.some((a) => a.id === shown)) {
      const into = changedArticles(held, loaded.articles)[0]
      if (into) dispatch({ type: 'article-chosen', articleId: into })
    }
  })
  const [exporting, setExporting] = useState(false)
  const [toolsOpen, setToolsOpen] = useState(false)
  // issue 15: the one of the structure tools, accept-a-kind, history or find-and-replace dialogs open.
  const [opsTool, setOpsTool] = useState<{ tool: 'structure' | 'history' | 'replace' } | { tool: 'acceptKind'; kind: FindingKind } | null>(null)
  const [showPage, setShowPage] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const view = issue.view

  const articles = useMemo(() => view?.articles ?? [], [view])
  useLayoutEffect(() => {
    shownArticles.current = articles
  }, [articles])
  const article: Article | null = articles.find((a) => a.id === review.articleId) ?? articles[0] ?? null
  const finding = currentFinding(review)
  const source = useArticleSource(issueId, article, review.showSource)
  const { findings: reviewFindings, kindFilter, search } = review
  const queue = useMemo(() => visibleFindings({ findings: reviewFindings, kindFilter, search }), [reviewFindings, kindFilter, search])
  const counts = useMemo(() => {
    const c: Partial<Record<FindingKind, number>> = {}
    for (const f of review.findings) c[f.kind] = (c[f.kind] ?? 0) + 1
    return c
  }, [review.findings])
  const rows = useMemo(
    () => navigatorRows(view?.pages.map((p) => p.number) ?? [], articles, review.findings, review.search),
    [view, articles, review.findings, review.search],
  )
  // ALTO pages carry their layout: the page pane draws their blocks where they stand.
  const layouts = useMemo(() => new Map((view?.pages ?? []).flatMap((p) => (p.layout ? [[p.number, p.layout] as const] : []))), [view])
  const flagged = useMemo(() => new Set(review.findings.flatMap((f) => f.blockIds)), [review.findings])
  const current = useMemo(() => new Set(finding?.blockIds ?? []), [finding])
  const jumps = useMemo(() => {
    const map = new Map<string, JumpState>()
    for (const f of review.findings) {
      if (f.kind === 'unresolved-jump') {
        // A page the issue lacks, or one it has where no article continues the jump.
        const state: JumpState = f.missingPage !== undefined ? { state: 'unresolved', page: f.missingPage } : { state: 'unmatched', page: f.params?.page ?? '' }
        f.blockIds.forEach((id) => map.set(id, state))
      }
      if (f.kind === 'continuation') f.blockIds.forEach((id) => map.set(id, { state: 'pending' }))
    }
    return map
  }, [review.findings])

  const headlines = useMemo(() => new Map(articles.map((a) => [a.id, a.headline.join(' ')])), [articles])
  // Handlers handed to memoised views are stable (useIssue's actions are), so an edit or the busy
  // flag re-renders only what it changed.
  const { applyOps, perform, addPage, discardConflict, busy } = issue
  const onApply = useCallback((ops: Op[]) => void applyOps(ops), [applyOps])
  const tools = useMemo(() => {
    if (!article) return null
    const at = articles.findIndex((a) => a.id === article.id)
    return {
      article,
      previous: articles[at - 1] ?? null,
      next: articles[at + 1] ?? null,
      targets: articles.filter((a) => a.id !== article.id),
      onApply,
    }
  }, [article, articles, onApply])
  // Each answers whether the edit was saved: typed text a refused save did not keep is kept.
  const editBlock = useCallback(
    (block: Block, text: string) => applyOps([{ kind: 'edit-text', blockId: block.id, text, expect: expectOf([block]) }]),
    [applyOps],
  )
  // A headline or byline carries what the editor saw: another window's edit of it since is refused, not overwritten.
  const editHeadline = useCallback(
    (parts: string[]) => (article ? applyOps([{ kind: 'set-headline', articleId: article.id, parts, expect: {}, seen: article.headline }]) : Promise.resolve(false)),
    [applyOps, article],
  )
  const editByline = useCallback(
    (text: string) =>
      article
        ? applyOps([{ kind: 'set-byline', articleId: article.id, text, expect: {}, seen: article.blocks.find((b) => b.type === 'byline')?.text ?? null }])
        : Promise.resolve(false),
    [applyOps, article],
  )
  const selectArticle = useCallback((id: string) => dispatch({ type: 'article-chosen', articleId: id }), [])
  const [goingToPage, setGoingToPage] = useState(false)
  const [keptLogsSeen, setKeptLogsSeen] = useState<string | null>(null)
  const [pageLogsSeen, setPageLogsSeen] = useState<string | null>(null)
  const stepArticle = (by: 1 | -1) => {
    const at = articles.findIndex((a) => a.id === article?.id)
    const next = articles[at < 0 ? 0 : at + by]
    if (next) selectArticle(next.id)
  }
  const closeOpsTool = useCallback(() => setOpsTool(null), [])
  const describe = useCallback((f: Finding) => headlines.get(f.articleIds[0] ?? '') || f.message, [headlines])
  const locate = useCallback((f: Finding) => findingPlace(f, articles), [articles])
  const chooseFinding = useCallback((id: string) => dispatch({ type: 'finding-chosen', findingId: id }), [])
  const filterKind = useCallback((kind: KindFilter) => dispatch({ type: 'kind-filtered', kind }), [])
  const onIntent = useCallback((intent: Intent) => perform(intent), [perform])
  const chooseCandidate = useCallback((index: number) => dispatch({ type: 'candidate-chosen', index }), [])
  const onAddPage = useCallback((path: string) => void addPage(path), [addPage])
  const onDiscard = useCallback((c: Conflict) => void discardConflict(c), [discardConflict])

  const markReviewed = () => {
    // Reviewed means this text was read: an article another window changed since is refused, not marked.
    if (article) void issue.applyOps([{ kind: 'mark-reviewed', articleId: article.id, reviewed: !article.reviewed, expect: expectOf(article.blocks), seen: article.headline }])
  }
  /** M: the article back into the one before it (undoes a split Galley made, `article.split`). */
  const mergePrevious = () => {
    const previous = tools?.previous
    if (!article || !previous) return
    void issue.applyOps([{ kind: 'merge-articles', articleId: article.id, intoId: previous.id, headlineAs: 'subhead', expect: expectOf(article.blocks.slice(0, 1)) }])
  }
  const undo = () => {
    undoneFrom.current = articles
    // Cleared however it ends: a refused undo must not make the next edit's view jump.
    void issue.undo().finally(() => (undoneFrom.current = null))
  }
  const redo = () => {
    undoneFrom.current = articles
    void issue.redo().finally(() => (undoneFrom.current = null))
  }
  const accept = () => {
    if (finding) void issue.perform(acceptIntent(finding, review, articles))
  }
  const dismiss = () => {
    if (finding) void issue.perform({ type: 'dismiss', findingId: finding.id })
  }

  useShortcuts(
    {
      next: () => dispatch({ type: 'next-finding' }),
      previous: () => dispatch({ type: 'previous-finding' }),
      accept,
      dismiss,
      left: () => dispatch({ type: 'choice-moved', step: -1 }),
      right: () => dispatch({ type: 'choice-moved', step: 1 }),
      undo: () => view?.canUndo && undo(),
      redo: () => view?.canRedo && redo(),
      markReviewed,
      mergePrevious,
      search: () => searchRef.current?.focus(),
      toggleSheet: () => dispatch({ type: 'shortcut-sheet-toggled' }),
      toggleSource: () => dispatch({ type: 'source-toggled' }),
      // The pane marks the current finding's blocks; its first editable one opens for editing.
      edit: () => document.querySelector<HTMLButtonElement>('.article-pane .editable.hit-current .edit-button')?.click(),
      togglePage: () => setShowPage((shown) => !shown),
      escape: () => {
        if (document.activeElement === searchRef.current) searchRef.current?.blur()
        dispatch({ type: 'shortcut-sheet-closed' })
      },
      nextArticle: () => stepArticle(1),
      previousArticle: () => stepArticle(-1),
      goToPage: () => setGoingToPage(true),
      // A selector list would match in document order: the selected row first, else the first row.
      focusNavigator: () => (document.querySelector<HTMLButtonElement>('.navigator .nav-article.selected') ?? document.querySelector<HTMLButtonElement>('.navigator .nav-article'))?.focus(),
      structureTools: () => article && setOpsTool({ tool: 'structure' }),
      acceptKind: () => {
        const kind = review.kindFilter !== 'all' ? review.kindFilter : finding?.kind
        if (kind) setOpsTool({ tool: 'acceptKind', kind })
      },
      history: () => setOpsTool({ tool: 'history' }),
      findReplace: () => setOpsTool({ tool: 'replace' }),
    },
    !exporting && !review.sheetOpen && opsTool === null && !goingToPage,
  )

  if (!view) {
    return (
      <main className="workspace loading" aria-busy="true">
        {issue.error ? <Banner tone="error">{issue.error.message}</Banner> : <p>{t('workspace.loading')}</p>}
        <button type="button" onClick={onBack}>
          ← {t('toolbar.library')}
        </button>
      </main>
    )
  }

  return (
    <main
      className="workspace"
      aria-label={view.summary.title}
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        // A page file dropped on the issue is added to it (never overwriting one that is there).
        if (e.dataTransfer.files.length === 0) return
        e.preventDefault()
        for (const file of Array.from(e.dataTransfer.files)) void issue.addPageFile(file)
      }}
    >
      <Toolbar
        ref={searchRef}
        title={view.summary.title}
        canUndo={view.canUndo}
        canRedo={view.canRedo}
        reviewed={article ? article.reviewed : null}
        showSource={review.showSource}
        search={review.search}
        busy={issue.busy}
        onBack={onBack}
        onUndo={undo}
        onRedo={redo}
        onToggleReviewed={markReviewed}
        onToggleSource={() => dispatch({ type: 'source-toggled' })}
        showPage={showPage}
        onTogglePage={() => setShowPage((shown) => !shown)}
        onSearch={(query) => dispatch({ type: 'search-typed', query })}
        onSearchNext={() => dispatch({ type: 'search-submitted' })}
        onSearchClear={() => dispatch({ type: 'search-cleared' })}
        onExport={() => setExporting(true)}
        onShortcuts={() => dispatch({ type: 'shortcut-sheet-toggled' })}
      />
      {issue.error && (
        <Banner tone="error" onClose={issue.clearError} closeLabel={t('action.close')}>
          {t(`error.${issue.error.code}`, { defaultValue: '' }) || issue.error.message}
          {t(`error.${issue.error.code}`, { defaultValue: '' }) ? ` (${issue.error.message})` : ''}
        </Banner>
      )}
      {view.summary.keptLogs && keptLogsSeen !== view.summary.keptLogs.join('\n') && (
        // Until closed, and again whenever another copy is set aside: the edits in it are not in the issue.
        <Banner tone="warning" onClose={() => setKeptLogsSeen(view.summary.keptLogs?.join('\n') ?? null)} closeLabel={t('action.close')}>
          {t('workspace.keptLogs')} {view.summary.keptLogs.join(', ')}
        </Banner>
      )}
      {view.summary.pageLogs && pageLogsSeen !== view.summary.pageLogs.join('\n') && (
        // A page opened by itself in an earlier Galley kept its edits apart: they are not in this issue.
        <Banner tone="warning" onClose={() => setPageLogsSeen(view.summary.pageLogs?.join('\n') ?? null)} closeLabel={t('action.close')}>
          {t('workspace.pageLogs')} {view.summary.pageLogs.join(', ')}
        </Banner>
      )}
      {issue.notice && (
        <Banner tone="info" onClose={issue.clearError} closeLabel={t('action.close')}>
          {t(`changed.${issue.notice}`)}
        </Banner>
      )}
      <ConflictsBanner conflicts={view.conflicts} onDiscard={onDiscard} />
      <UnsavedElsewhere scope={draftScopeOf(view.library, issueId)} articles={articles} findings={view.findings} current={article?.id ?? null} onGoTo={selectArticle} />
      <div className={`workspace-grid${review.showSource ? ' with-source' : ''}${showPage ? ' with-page' : ''}`}>
        <Navigator rows={rows} selectedId={article?.id ?? null} onSelect={selectArticle} />
        <div className="article-column">
          {article ? (
            // Typed text not saved is kept per issue of a library: a block of another issue may have the same id.
            <DraftScope.Provider value={draftScopeOf(view.library, issueId)}>
              <ArticlePane
                key={article.id}
                article={article}
                flagged={flagged}
                current={current}
                jumps={jumps}
                onEditBlock={editBlock}
                onEditHeadline={editHeadline}
                onEditByline={editByline}
              />
            </DraftScope.Provider>
          ) : (
            <p className="empty">{t('workspace.noArticles')}</p>
          )}
          {review.showSource && article && <SourcePane source={source} />}
          {tools && (
            // Built only while open: its lists (every paragraph, every other article) are remade for
            // each article shown, which is most accepts, and a closed section shows none of it.
            <details className="hand-tools" onToggle={(e) => setToolsOpen(e.currentTarget.open)}>
              <summary>{t('tools.title')}</summary>
              {toolsOpen && <ArticleTools key={tools.article.id} {...tools} busy={busy} />}
            </details>
          )}
        </div>
        {showPage && (
          <FollowingPagePane issueId={issueId} article={article} finding={finding} articles={articles} candidateIndex={review.candidateIndex} layouts={layouts} onSelectArticle={selectArticle} />
        )}
        <div className="findings-column">
          <FindingsQueue
            findings={queue}
            counts={counts}
            currentId={review.currentFindingId}
            describe={describe}
            locate={locate}
            kindFilter={review.kindFilter}
            onChoose={chooseFinding}
            onFilter={filterKind}
          />
          {finding ? (
            <DraftScope.Provider value={draftScopeOf(view.library, issueId)}>
              <FindingPanel
                key={finding.id}
                finding={finding}
                position={queue.indexOf(finding) + 1}
                total={queue.length}
                articles={articles}
                side={review.side}
                candidateIndex={review.candidateIndex}
                tools={tools && { ...tools, busy }}
                onIntent={onIntent}
                onChooseCandidate={chooseCandidate}
                onAddPage={onAddPage}
                busy={busy}
              />
            </DraftScope.Provider>
          ) : (
            <p className="all-done" role="status">
              {review.findings.length === 0 ? t('workspace.allDone') : t('workspace.pickFinding')}
            </p>
          )}
        </div>
      </div>
      {review.sheetOpen && (
        <ShortcutSheet
          title={t('shortcuts.title')}
          closeLabel={t('action.close')}
          shortcuts={shortcutList(t)}
          onClose={() => dispatch({ type: 'shortcut-sheet-closed' })}
        />
      )}
      {opsTool?.tool === 'structure' && article && (
        <StructureTools
          article={article}
          articles={articles}
          pages={view.pages.map((p) => p.number)}
          initialBlockId={finding?.blockIds.find((id) => article.blocks.some((b) => b.id === id)) ?? null}
          onApply={onApply}
          onClose={closeOpsTool}
        />
      )}
      {opsTool?.tool === 'acceptKind' && (
        <AcceptKind issueId={issueId} kind={opsTool.kind} articleId={article?.id ?? null} findings={review.findings} onEdit={issue.edit} onClose={closeOpsTool} />
      )}
      {opsTool?.tool === 'history' && (
        <HistoryPanel issueId={issueId} log={view.log} articles={articles} onGoTo={selectArticle} onEdit={issue.edit} onClose={closeOpsTool} />
      )}
      {goingToPage && (
        <GoToPage
          pages={view.pages.map((p) => p.number)}
          onGo={(page) => {
            const first = articles.find((a) => a.pages.includes(page))
            if (first) selectArticle(first.id)
            setGoingToPage(false)
          }}
          onClose={() => setGoingToPage(false)}
        />
      )}
      {opsTool?.tool === 'replace' && <FindReplace issueId={issueId} onEdit={issue.edit} onClose={closeOpsTool} />}
      {exporting && <ExportDialog library={view.library} issueIds={[issueId]} title={view.summary.title} onClose={() => setExporting(false)} />}
    </main>
  )
}

/** The articles an undo or redo made (first) or changed, in issue order; the neighbour of a
 * removed one when it only removed. */
function changedArticles(before: readonly Article[], after: readonly Article[]): string[] {
  const old = new Map(before.map((a) => [a.id, a]))
  // A reply that did not fit the held view is fetched whole: every article is then a new object.
  const made = after.filter((a) => !old.has(a.id)).map((a) => a.id)
  const changed = after.filter((a) => old.has(a.id) && !sameArticle(old.get(a.id), a)).map((a) => a.id)
  if (made.length + changed.length > 0) return [...made, ...changed]
  const kept = new Set(after.map((a) => a.id))
  const gone = before.findIndex((a) => !kept.has(a.id))
  const neighbour = gone < 0 ? undefined : (before.slice(0, gone).reverse().find((a) => kept.has(a.id)) ?? before.slice(gone + 1).find((a) => kept.has(a.id)))
  return neighbour ? [neighbour.id] : []
}

function sameArticle(a: Article | undefined, b: Article): boolean {
  if (a === b) return true
  if (!a || a.blocks.length !== b.blocks.length || a.headline.join('\n') !== b.headline.join('\n')) return false
  return a.blocks.every((block, i) => block.id === b.blocks[i].id && block.hash === b.blocks[i].hash)
}

/** Text typed into another article's edit field and not saved yet: named here, one click away,
 * so the question on closing the window is never about text the editor cannot find. (Read on each
 * render: moving to another article, when such text is left behind, renders the workspace.) */
function UnsavedElsewhere({ scope, articles, findings, current, onGoTo }: { scope: string; articles: Article[]; findings: Finding[]; current: string | null; onGoTo: (id: string) => void }) {
  const { t } = useTranslation()
  const [, discarded] = useReducer((n: number) => n + 1, 0)
  const keys = draftsIn(scope)
  // Kept by an earlier Galley by issue id alone, and typed over text no field here holds now: it
  // may be another library's issue of this id, so it is shown to copy, never opened in a field.
  const legacy = legacyDraftsIn(scope)
  if (keys.length === 0 && legacy.length === 0) return null
  // (A repeated passage's kept copy, edited in its finding's view, is kept by its first block's id.)
  // (A word retyped for an uncertain word is kept by its block and place, while that finding is open.)
  const words = new Map(findings.filter((f) => f.kind === 'uncertain-word').map((f) => [uncertainWordKey(f.blockIds[0] ?? '', Number(f.params?.at ?? -1)), f.articleIds[0]]))
  const holds = (a: Article, key: string) =>
    key === `${a.id}:headline` || key === `${a.id}:byline` || words.get(key) === a.id || a.blocks.some((block) => block.id === key || `${block.id}:kept-copy` === key)
  const holding = articles.filter((a) => a.id !== current && keys.some((key) => holds(a, key)))
  // Typed for a paragraph, headline or byline no longer in the issue (joined into another, deleted,
  // here or in another window): no field opens with it any more, so it is shown here to copy.
  const gone = [...keys.filter((key) => !articles.some((a) => holds(a, key))), ...legacy.filter((key) => !keys.includes(key))]
  return (
    <>
      {holding.length > 0 && (
        <Banner tone="warning">
          {t('workspace.unsavedElsewhere', { count: holding.length })}{' '}
          {holding.map((a) => (
            <button key={a.id} type="button" className="quiet" onClick={() => onGoTo(a.id)}>
              {a.headline.join(' ') || t('untitled')}
            </button>
          ))}
        </Banner>
      )}
      {gone.length > 0 && (
        <Banner tone="warning">
          {t('workspace.unsavedGone', { count: gone.length })}
          {gone.map((key) => (
            <div key={key} className="unsaved-gone">
              <textarea readOnly aria-label={t('workspace.unsavedGoneText')} value={typedIn(scope, key) ?? ''} rows={3} />
              <button
                type="button"
                onClick={() => {
                  dropDraftIn(scope, key)
                  discarded()
                }}
              >
                {t('workspace.unsavedGoneDiscard')}
              </button>
            </div>
          ))}
        </Banner>
      )}
    </>
  )
}
