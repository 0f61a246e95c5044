// The PDF scan of the shown page opened with pdf.js (its first page, its text runs), closed again
// when the scan changes or the pane goes away.
import { useEffect, useState } from 'react'
import type { PageScan } from '../../../../src-main/ipc/contract'
import { openPdfPage, type PdfPage } from './pdf'

export type PdfState = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; pdf: PdfPage }

export function usePdfPage(scan: PageScan | null): PdfState {
  const [held, setHeld] = useState<{ scan: PageScan; state: PdfState } | null>(null)
  useEffect(() => {
    if (!scan || scan.kind !== 'pdf') return
    let current = true
    let opened: PdfPage | null = null
    openPdfPage(scan.base64).then(
      (pdf) => {
        opened = pdf
        if (current) setHeld({ scan, state: { state: 'ready', pdf } })
        else pdf.close()
      },
      (err: unknown) => current && setHeld({ scan, state: { state: 'failed', message: err instanceof Error ? err.message : String(err) } }),
    )
    return () => {
      current = false
      opened?.close()
    }
  }, [scan])
  if (!scan || scan.kind !== 'pdf') return { state: 'idle' }
  return held?.scan === scan ? held.state : { state: 'loading' }
}
