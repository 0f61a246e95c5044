// Accept every open finding of one kind (issue 15 §4), opened with Shift+A: in the article shown or
// the whole issue, after a preview of the findings it takes; one edit, one undo takes it back.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding, FindingKind } from '../../../../src-main/core/model'
import type { IssueUpdate, IssueView } from '../../../../src-main/ipc/contract'
import { useClient } from '../../ClientContext'
import { Dialog } from '../../ui/Dialog'
import { findingMessage } from '../findings/findingMessage'
import { ApplyOrClose } from './ApplyOrClose'

export interface AcceptKindProps {
  issueId: string
  kind: FindingKind
  /** The article shown: the narrower scope. */
  articleId: string | null
  findings: Finding[]
  onEdit: (call: () => Promise<IssueView | IssueUpdate>) => Promise<unknown>
  onClose: () => void
}

export function AcceptKind({ issueId, kind, articleId, findings, onEdit, onClose }: AcceptKindProps) {
  const { t } = useTranslation()
  const client = useClient()
  const ofKind = findings.filter((f) => f.kind === kind && f.fix.length > 0)
  const inArticle = ofKind.filter((f) => articleId !== null && f.articleIds.includes(articleId))
  const [scope, setScope] = useState<'article' | 'issue'>(inArticle.length > 0 ? 'article' : 'issue')
  const taken = scope === 'article' ? inArticle : ofKind
  return (
    <Dialog title={t('acceptKind.title', { kind: t(`kind.${kind}`) })} onClose={onClose} className="accept-kind">
      <fieldset>
        <legend>{t('acceptKind.scope')}</legend>
        <label className="check">
          <input type="radio" name="accept-scope" checked={scope === 'article'} disabled={inArticle.length === 0} onChange={() => setScope('article')} />
          {t('acceptKind.article', { count: inArticle.length })}
        </label>
        <label className="check">
          <input type="radio" name="accept-scope" checked={scope === 'issue'} onChange={() => setScope('issue')} />
          {t('acceptKind.issue', { count: ofKind.length })}
        </label>
      </fieldset>
      <ol className="accept-preview" aria-label={t('acceptKind.preview')}>
        {taken.map((f) => (
          <li key={f.id}>{findingMessage(t, f)}</li>
        ))}
      </ol>
      <p className="hint">{t('acceptKind.hint')}</p>
      <ApplyOrClose
        label={t('acceptKind.apply', { count: taken.length })}
        disabled={taken.length === 0}
        onApply={() => void onEdit(() => client.call('findings:accept-kind', { issueId, kind, ...(scope === 'article' && articleId ? { articleId } : {}) }))}
        onClose={onClose}
      />
    </Dialog>
  )
}
