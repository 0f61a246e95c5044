// The scan of the page shown in the page pane, asked of the main process (`page:scan`) while the
// pane is open. Each page's answer is kept for the issue, so moving between articles of one page
// does not send its PDF again; a failure is not kept, so reopening the pane asks again.
import { useEffect, useState } from 'react'
import type { PageScan } from '../../../../src-main/ipc/contract'
import { asGalleyError } from '../../api'
import { useClient } from '../../ClientContext'

export type ScanState = { state: 'loading' } | { state: 'none' } | { state: 'failed'; message: string } | { state: 'ready'; scan: PageScan }

export function usePageScan(issueId: string, page: string | null, open: boolean): ScanState {
  const client = useClient()
  const [answers, setAnswers] = useState<ReadonlyMap<string, PageScan | null>>(new Map())
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null)
  const key = `${issueId}\n${page ?? ''}`
  const known = answers.has(key)
  useEffect(() => {
    if (!open || page === null || known) return
    let current = true
    client.call('page:scan', { issueId, page }).then(
      (scan) => setAnswers((held) => new Map(held).set(key, scan)),
      (err: unknown) => current && setFailed({ key, message: asGalleyError(err).message }),
    )
    return () => {
      current = false
    }
  }, [client, issueId, page, open, key, known])
  if (page === null) return { state: 'none' }
  const held = answers.get(key)
  if (held !== undefined) return held === null ? { state: 'none' } : { state: 'ready', scan: held }
  if (failed?.key === key) return { state: 'failed', message: failed.message }
  return { state: 'loading' }
}
