// The issue's history (issue 15 §4), opened with H: every op of the edit log, newest first, with who
// made it and when; choosing one shows its article. Named checkpoints mark a place in the log;
// returning to one undoes the editor's own later edits (never another editor's), each redoable.
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Op } from '../../../../src-main/core/model'
import type { CheckpointView, IssueUpdate, IssueView, LoggedOp } from '../../../../src-main/ipc/contract'
import { asGalleyError } from '../../api'
import { useClient } from '../../ClientContext'
import { Dialog } from '../../ui/Dialog'

export interface HistoryPanelProps {
  issueId: string
  log: LoggedOp[]
  articles: Article[]
  onGoTo: (articleId: string) => void
  /** Sends an edit through the workspace's queue (its reply updates the view). */
  onEdit: (call: () => Promise<IssueView | IssueUpdate>) => Promise<unknown>
  onClose: () => void
}

/** The article an op is about, as the issue is now (a merged-away one is gone: then none). */
export function articleOfOp(op: Op, articles: readonly Article[]): Article | null {
  const byId = (id: string) => articles.find((a) => a.id === id) ?? null
  const byBlock = (id: string) => articles.find((a) => a.blocks.some((b) => b.id === id) || a.headlineBlockId === id) ?? null
  switch (op.kind) {
    case 'merge-continuation':
      return byId(op.headId)
    case 'merge-articles':
      return byId(op.intoId)
    case 'move-blocks':
      return byId(op.toArticleId)
    case 'split-article':
    case 'delete-article':
    case 'set-headline':
    case 'set-byline':
    case 'attach-caption':
    case 'mark-reviewed':
      return byId(op.articleId)
    case 'join-paragraphs':
    case 'delete-blocks':
      return op.blockIds.map(byBlock).find((a) => a !== null) ?? byBlock(Object.keys(op.expect)[0] ?? '')
    case 'edit-text':
    case 'split-paragraph':
    case 'split-off-subhead':
    case 'set-block-type':
      return byBlock(op.blockId)
    case 'dismiss-finding':
      return byBlock(Object.keys(op.expect)[0] ?? '')
  }
}

/** The newest edits listed: a log of thousands would make the dialog slow to open, and the old end is rarely wanted. */
const SHOWN = 300

export function HistoryPanel({ issueId, log, articles, onGoTo, onEdit, onClose }: HistoryPanelProps) {
  const { t, i18n } = useTranslation()
  const client = useClient()
  const [checkpoints, setCheckpoints] = useState<CheckpointView[]>([])
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const failed = useCallback((err: unknown) => setError(asGalleyError(err).message), [])

  useEffect(() => {
    client.call('checkpoint:list', { issueId }).then(setCheckpoints, failed)
  }, [client, issueId, failed])

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language)
  const newestFirst = log.slice(-SHOWN).reverse()
  return (
    <Dialog title={t('history.title')} onClose={onClose} className="history-panel">
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (!name.trim()) return
          client.call('checkpoint:add', { issueId, name: name.trim() }).then((list) => {
            setCheckpoints(list)
            setName('')
          }, failed)
        }}
      >
        <label>
          {t('history.checkpointName')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={!name.trim()}>
          {t('history.addCheckpoint')}
        </button>
      </form>
      {checkpoints.length > 0 && (
        <ul className="checkpoints" aria-label={t('history.checkpoints')}>
          {checkpoints.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <span className="muted">{t('history.by', { who: c.who, when: when(c.when) })}</span>{' '}
              <button
                type="button"
                onClick={() => {
                  void onEdit(() => client.call('checkpoint:return', { issueId, checkpointId: c.id }))
                  onClose()
                }}
              >
                {t('history.return', { name: c.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {newestFirst.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history-log" aria-label={t('history.log')}>
          {newestFirst.map((entry) => {
            const article = articleOfOp(entry.op, articles)
            return (
              <li key={entry.index} className={entry.active ? '' : 'undone'}>
                <button
                  type="button"
                  className="quiet"
                  disabled={!article}
                  onClick={() => {
                    if (!article) return
                    onGoTo(article.id)
                    onClose()
                  }}
                >
                  {t(`op.${entry.op.kind}`)}
                  {article && ` · ${article.headline.join(' ') || t('untitled')}`}
                </button>{' '}
                <span className="muted">
                  {t('history.by', { who: entry.who, when: when(entry.when) })}
                  {!entry.active && ` · ${t('history.undone')}`}
                </span>
              </li>
            )
          })}
        </ol>
      )}
      {log.length > SHOWN && <p className="muted">{t('history.older', { count: log.length - SHOWN })}</p>}
      <button type="button" onClick={onClose}>
        {t('action.close')}
      </button>
    </Dialog>
  )
}
