// The page pane's props, shared with the ALTO page view: boxes in the page's own unit (PDF points
// for a scan's text, ALTO's unit for its blocks), drawn over the scan scaled to the page's size.

export interface PaneBox {
  /** The block the box stands for (or a made-up id for a stretch of a scan's text). */
  id: string
  x: number
  y: number
  w: number
  h: number
  highlight?: 'article' | 'finding'
}

export interface PaneLayout {
  /** The page's size in the same unit as the boxes. */
  width: number
  height: number
  boxes: PaneBox[]
}

/** What the pane is told to look for on the page: a block's text (or a headline), by block id. */
export interface PaneTarget {
  id: string
  text: string
}
