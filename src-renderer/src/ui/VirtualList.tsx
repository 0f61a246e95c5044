// A virtualized vertical list (@tanstack/react-virtual): only the rows in view are in the DOM, so a
// library of thousands of issues or a 24-page issue's articles scroll without dropped frames.
// Rows have the height estimateSize gives (set here, not measured): no layout reads while scrolling.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type ReactNode } from 'react'

export interface VirtualListProps {
  count: number
  estimateSize: (index: number) => number
  renderRow: (index: number) => ReactNode
  rowKey: (index: number) => string
  /** Row to keep in view (the current finding, the open article). */
  activeIndex?: number
  role?: string
  label: string
  className?: string
  activeDescendant?: string
}

export function VirtualList(props: VirtualListProps) {
  const { count, estimateSize, renderRow, rowKey, activeIndex, role, label, className } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer hands back fresh functions each render; this component is not memoized anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 4,
    getItemKey: rowKey,
    // Before layout is measured (and in jsdom) assume a window-sized viewport.
    initialRect: { width: 800, height: 800 },
    // Let React batch scroll updates instead of rendering synchronously inside each scroll event.
    useFlushSync: false,
  })
  useEffect(() => {
    if (activeIndex === undefined || activeIndex < 0 || activeIndex >= count) return
    // Scroll only when the row is out of view: a scroll forces layout of the whole window.
    const top = virtualizer.scrollOffset ?? 0
    const height = virtualizer.scrollRect?.height ?? 0
    const row = virtualizer.measurementsCache[activeIndex]
    if (row && row.start >= top && row.end <= top + height) return
    // In the next frame, just before its layout: scrolling now would lay out the whole window in
    // the middle of a render, and once more after it.
    const frame = requestAnimationFrame(() => virtualizer.scrollToIndex(activeIndex, { align: 'auto' }))
    return () => cancelAnimationFrame(frame)
  }, [activeIndex, count, virtualizer])
  return (
    <div
      ref={scrollRef}
      className={`virtual-list ${className ?? ''}`}
      role={role}
      aria-label={label}
      aria-activedescendant={props.activeDescendant}
      tabIndex={role === 'listbox' ? 0 : undefined}
    >
      <div className="virtual-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            className="virtual-row"
            style={{ height: item.size, transform: `translateY(${item.start}px)` }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  )
}
