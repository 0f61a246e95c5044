// The printed page beside the text: the page's scan (a PDF drawn by pdf.js, or an image) with zoom
// and pan, and boxes over it: where the current finding's texts are on a PDF's text layer, and
// the boxes of a layout (the ALTO page view's blocks). With a layout and no scan the boxes alone
// are drawn; with neither, the pane says the page has no scan.
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { findOnPage, type FoundTargets } from './findOnPage'
import { drawPdfPage } from './pdf'
import type { PaneBox, PaneLayout, PaneTarget } from './types'
import type { ScanState } from './usePageScan'
import { usePdfPage } from './usePdfPage'

export type { PaneBox, PaneLayout, PaneTarget } from './types'

export interface PagePaneProps {
  issueId: string
  /** The page shown, by number; null when the issue has no article to follow. */
  page: string | null
  scan?: ScanState
  layout?: PaneLayout
  /** Texts to find on a PDF's text layer and box (the current finding's blocks). */
  targets?: PaneTarget[]
  onBoxClick?: (blockId: string) => void
}

const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4]

export function PagePane({ issueId, page, scan, layout, targets, onBoxClick }: PagePaneProps) {
  const { t } = useTranslation()
  const ready = scan?.state === 'ready' ? scan.scan : null
  const pdf = usePdfPage(ready)
  const [image, setImage] = useState<{ src: string; width: number; height: number } | null>(null)
  const imageSrc = ready?.kind === 'image' ? `data:${ready.mime};base64,${ready.base64}` : null
  const pdfPage = pdf.state === 'ready' ? pdf.pdf : null

  const size = useMemo(
    () => layout ?? (pdfPage ? { width: pdfPage.width, height: pdfPage.height } : image && image.src === imageSrc ? image : null),
    [layout, pdfPage, image, imageSrc],
  )
  const found: FoundTargets | null = useMemo(() => (pdfPage && targets && targets.length > 0 ? findOnPage(pdfPage.runs, targets) : null), [pdfPage, targets])
  const boxes = useMemo(() => {
    const own = layout?.boxes ?? []
    if (!found || !pdfPage || !size) return own
    // Found boxes are in PDF points; a layout's boxes in its own unit, to which the scan is scaled.
    const k = size.width / pdfPage.width
    return [...own, ...found.boxes.map((b) => ({ ...b, x: b.x * k, y: b.y * k, w: b.w * k, h: b.h * k }))]
  }, [layout, found, pdfPage, size])

  const [zoom, setZoom] = useState(1)
  const viewport = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const fitWidth = useFitWidth(viewport)
  const width = Math.max(1, fitWidth * zoom)
  const scale = size ? width / size.width : 1

  useEffect(() => {
    if (!pdfPage || !canvas.current || fitWidth === 0) return
    const drawing = drawPdfPage(pdfPage, canvas.current, width / pdfPage.width)
    drawing.done.catch((err: unknown) => console.error('Galley: the page could not be drawn', err))
    return drawing.cancel
  }, [pdfPage, width, fitWidth])

  // The eye lands on the finding: its first box is brought to the middle of the pane when found.
  const first = found?.boxes[0]
  useEffect(() => {
    const el = viewport.current
    if (!el || !first || !size || fitWidth === 0) return
    const k = (fitWidth * zoomOf(el)) / size.width
    el.scrollTo({ left: first.x * k - el.clientWidth / 2, top: first.y * k - el.clientHeight / 3 })
  }, [first, size, fitWidth])

  usePinchWheel(viewport, setZoom)
  const pan = usePan(viewport)

  const status = statusOf()
  function statusOf(): string {
    if (page === null) return t('pagePane.noPage')
    if (!scan || scan.state === 'none') return layout ? t('pagePane.layoutOnly', { page }) : t('pagePane.noScan', { page })
    if (scan.state === 'loading' || pdf.state === 'loading') return t('pagePane.loading', { page })
    if (scan.state === 'failed') return t('pagePane.failed', { message: scan.message })
    if (pdf.state === 'failed') return t('pagePane.pdfFailed', { file: scan.scan.file, message: pdf.message })
    const total = targets?.length ?? 0
    if (total === 0) return t('pagePane.shown', { page, file: scan.scan.file })
    if (scan.scan.kind === 'image' && !layout) return t('pagePane.imageHasNoText', { file: scan.scan.file })
    const missing = found?.missing.length ?? total
    if (missing === 0) return t('pagePane.found', { count: total, page })
    if (missing === total) return t('pagePane.notFound', { count: total, page })
    return t('pagePane.partlyFound', { found: total - missing, count: total, page })
  }

  const drawn = size !== null && (pdfPage !== null || imageSrc !== null || layout !== undefined)
  return (
    <section className="page-pane" aria-label={t('pagePane.title')} data-issue={issueId} data-page={page ?? ''}>
      <div className="page-pane-bar">
        <span className="page-pane-name">{page === null ? t('pagePane.title') : t('page', { page })}</span>
        <button type="button" onClick={() => setZoom((z) => step(z, -1))} aria-label={t('pagePane.zoomOut')} title={t('pagePane.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => setZoom(1)} title={t('pagePane.fit')}>
          {Math.round(zoom * 100)}%
        </button>
        <button type="button" onClick={() => setZoom((z) => step(z, 1))} aria-label={t('pagePane.zoomIn')} title={t('pagePane.zoomIn')}>
          +
        </button>
      </div>
      <p className="page-pane-status" role="status">
        {status}
      </p>
      <div className="page-pane-viewport" ref={viewport} data-zoom={zoom} {...pan}>
        {drawn && (
          <div className="page-pane-sheet" style={{ width, height: size.height * scale }}>
            {pdfPage && <canvas ref={canvas} className="page-pane-scan" />}
            {!pdfPage && imageSrc && (
              <img
                className="page-pane-scan"
                src={imageSrc}
                alt={t('pagePane.scanAlt', { page })}
                draggable={false}
                onLoad={(e) => setImage({ src: imageSrc, width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
              />
            )}
            {boxes.map((box, i) => (
              <Box key={`${box.id}:${i}`} box={box} size={size} onClick={onBoxClick} />
            ))}
          </div>
        )}
        {!drawn && imageSrc && (
          // Measured once loaded: its natural size is the page's size.
          <img
            className="page-pane-measure"
            src={imageSrc}
            alt=""
            onLoad={(e) => setImage({ src: imageSrc, width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight })}
          />
        )}
      </div>
    </section>
  )
}

function Box({ box, size, onClick }: { box: PaneBox; size: { width: number; height: number }; onClick?: (blockId: string) => void }) {
  const style = { left: `${(box.x / size.width) * 100}%`, top: `${(box.y / size.height) * 100}%`, width: `${(box.w / size.width) * 100}%`, height: `${(box.h / size.height) * 100}%` }
  const className = `pane-box${box.highlight ? ` ${box.highlight}` : ''}`
  if (!onClick) return <div className={className} style={style} data-block={box.id} />
  return <button type="button" className={className} style={style} data-block={box.id} onClick={() => onClick(box.id)} aria-label={box.id} />
}

function step(zoom: number, direction: 1 | -1): number {
  const next = direction > 0 ? ZOOMS.find((z) => z > zoom + 1e-6) : [...ZOOMS].reverse().find((z) => z < zoom - 1e-6)
  return next ?? zoom
}

function zoomOf(el: HTMLElement): number {
  return Number(el.dataset.zoom) || 1
}

/** The pane's inner width: the scan's width at 100 % (fit to width). */
function useFitWidth(ref: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setWidth(Math.max(0, el.clientWidth - 2))
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return width
}

/** Ctrl/⌘ + wheel (and a trackpad's pinch, which Chromium sends as one) zooms; a plain wheel scrolls. */
function usePinchWheel(ref: RefObject<HTMLDivElement | null>, setZoom: (update: (zoom: number) => number) => void): void {
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      setZoom((z) => step(z, event.deltaY < 0 ? 1 : -1))
    }
    // Not passive: the page itself must not zoom.
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [ref, setZoom])
}

/** Dragging the page pans it (the scroll bars and the wheel do too). */
function usePan(ref: RefObject<HTMLDivElement | null>) {
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null)
  return {
    onPointerDown: (e: ReactPointerEvent<HTMLDivElement>) => {
      const el = ref.current
      if (!el || e.button !== 0 || (e.target as HTMLElement).closest('button')) return
      drag.current = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop }
      el.setPointerCapture?.(e.pointerId)
    },
    onPointerMove: (e: ReactPointerEvent<HTMLDivElement>) => {
      const el = ref.current
      if (!el || !drag.current) return
      el.scrollLeft = drag.current.left - (e.clientX - drag.current.x)
      el.scrollTop = drag.current.top - (e.clientY - drag.current.y)
    },
    onPointerUp: () => {
      drag.current = null
    },
  }
}
