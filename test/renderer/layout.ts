// jsdom does no layout: give virtualized lists a viewport (clientHeight) and rows a height (offsetHeight), as a browser would,
// so @tanstack/react-virtual renders the rows in view (and only those).
const VIEWPORT = { width: 800, height: 600 }
const ROW_HEIGHT = 50

function size(el: HTMLElement, axis: 'width' | 'height'): number {
  if (el.classList.contains('virtual-list')) return VIEWPORT[axis]
  if (el.classList.contains('virtual-row')) return axis === 'height' ? ROW_HEIGHT : VIEWPORT.width
  return 0
}

Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return size(this, 'height')
  },
})
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return size(this, 'width')
  },
})
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return size(this, 'height')
  },
})
