// Find and replace across the issue (issue 15 §4), opened with Ctrl+H: plain text or a regular
// expression, previewed (every paragraph it changes, before and after), then applied as one edit
// that one undo takes back. A pattern that is no regular expression is named before anything is sent.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IssueUpdate, IssueView, ReplaceMatch, ReplaceQuery } from '../../../../src-main/ipc/contract'
import { asGalleyError } from '../../api'
import { useClient } from '../../ClientContext'
import { Dialog } from '../../ui/Dialog'
import { ApplyOrClose } from './ApplyOrClose'

export interface FindReplaceProps {
  issueId: string
  onEdit: (call: () => Promise<IssueView | IssueUpdate>) => Promise<unknown>
  onClose: () => void
}

/** Why `find` is no usable pattern, in the editor's language; null when it is one. */
function patternProblem(query: ReplaceQuery, t: (key: string, options?: Record<string, string>) => string): string | null {
  if (!query.regex) return null
  try {
    if (new RegExp(query.find, 'u').test('')) return t('replace.matchesEmpty', { pattern: query.find })
  } catch (err) {
    return t('replace.badRegex', { pattern: query.find, reason: (err as Error).message })
  }
  return null
}

export function FindReplace({ issueId, onEdit, onClose }: FindReplaceProps) {
  const { t } = useTranslation()
  const client = useClient()
  const [query, setQuery] = useState<ReplaceQuery>({ find: '', replace: '', regex: false, matchCase: true })
  const [matches, setMatches] = useState<ReplaceMatch[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const change = (patch: Partial<ReplaceQuery>) => {
    setQuery((q) => ({ ...q, ...patch }))
    setMatches(null)
    setError(null)
  }

  function preview() {
    if (!query.find) return
    const problem = patternProblem(query, t)
    if (problem) return setError(problem)
    client.call('text:find', { issueId, query }).then(
      (found) => setMatches(found.matches),
      (err) => setError(asGalleyError(err).message),
    )
  }

  const total = matches?.reduce((n, m) => n + m.count, 0) ?? 0
  return (
    <Dialog title={t('replace.title')} onClose={onClose} className="find-replace">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          preview()
        }}
      >
        <fieldset>
          <label>
            {t('replace.find')}
            <input value={query.find} onChange={(e) => change({ find: e.target.value })} />
          </label>
          <label>
            {t('replace.with')}
            <input value={query.replace} onChange={(e) => change({ replace: e.target.value })} />
          </label>
          <label className="check">
            <input type="checkbox" checked={query.regex} onChange={(e) => change({ regex: e.target.checked })} />
            {t('replace.regex')}
          </label>
          <label className="check">
            <input type="checkbox" checked={query.matchCase} onChange={(e) => change({ matchCase: e.target.checked })} />
            {t('replace.matchCase')}
          </label>
          <button type="submit" disabled={!query.find}>
            {t('replace.preview')}
          </button>
        </fieldset>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {matches && (
        <>
          <p role="status">{t('replace.count', { count: total, blocks: matches.length })}</p>
          <ul className="replace-preview" aria-label={t('replace.previewList')}>
            {matches.map((m) => (
              <li key={`${m.articleId}:${m.blockId ?? 'headline'}`}>
                <del>{m.before}</del>
                <ins>{m.after}</ins>
              </li>
            ))}
          </ul>
        </>
      )}
      <ApplyOrClose
        label={t('replace.apply', { count: total })}
        disabled={!matches || matches.length === 0}
        onApply={() => void onEdit(() => client.call('text:replace', { issueId, query }))}
        onClose={onClose}
      />
    </Dialog>
  )
}
