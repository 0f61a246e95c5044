// pdf.js, loaded only when a page has a PDF (its code is a chunk of its own, and the worker a file
// of the built renderer beside it, found by a URL relative to the bundle: no network, and the same
// under file:// in Electron and from browser mode's server).
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import type { TextRun } from './findOnPage'

type PdfJs = typeof import('pdfjs-dist')
let loading: Promise<PdfJs> | null = null

function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerSrc = workerUrl
    return module
  })
  return loading
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export interface PdfPage {
  page: PDFPageProxy
  /** The page's size in PDF points (its unit for text runs and boxes). */
  width: number
  height: number
  runs: TextRun[]
  close: () => void
}

/** The first page of a PDF (a page file's scan is one printed page) with its text runs, top-left origin, in points. */
export async function openPdfPage(base64: string): Promise<PdfPage> {
  const lib = await pdfjs()
  // No eval: the renderer's Content-Security-Policy forbids it, and fonts draw as well without.
  const doc: PDFDocumentProxy = await lib.getDocument({ data: bytesOf(base64), isEvalSupported: false }).promise
  const page = await doc.getPage(1)
  const viewport = page.getViewport({ scale: 1 })
  const content = await page.getTextContent()
  const runs: TextRun[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue
    const run = item as TextItem
    const tx = lib.Util.transform(viewport.transform, run.transform) as number[]
    const height = Math.hypot(tx[2], tx[3])
    runs.push({ text: run.str, x: tx[4], y: tx[5] - height, w: run.width * viewport.scale, h: height })
  }
  return { page, width: viewport.width, height: viewport.height, runs, close: () => void doc.destroy() }
}

/** Draws the page into `canvas` at `scale` (CSS pixels per point) sharp on this screen; returns a cancel. */
export function drawPdfPage(pdf: PdfPage, canvas: HTMLCanvasElement, scale: number): { done: Promise<void>; cancel: () => void } {
  const ratio = window.devicePixelRatio || 1
  const viewport = pdf.page.getViewport({ scale: scale * ratio })
  canvas.width = Math.floor(viewport.width)
  canvas.height = Math.floor(viewport.height)
  const task = pdf.page.render({ canvas, viewport })
  return {
    done: task.promise.catch((err: unknown) => {
      // A render cancelled because the zoom changed again is not a failure.
      if (err instanceof Error && err.name === 'RenderingCancelledException') return
      throw err
    }),
    cancel: () => task.cancel(),
  }
}
