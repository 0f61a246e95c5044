// Text typed into an edit field and not saved yet. While any is open, leaving the page (closing
// the window, reloading it, the browser tab's close) asks first, so a correction is never lost
// unseen: the browser asks itself; the app's main process asks on `will-prevent-unload`.

const open = new Set<symbol>()
let listening = false

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (open.size === 0) return
  event.preventDefault()
  // Older Chromium asks only where returnValue is set.
  event.returnValue = ''
}

/** Holds the page while an edit's text differs from what is saved; the function returned lets go. */
export function holdUnsaved(): () => void {
  const key = Symbol('unsaved edit')
  open.add(key)
  if (!listening) {
    window.addEventListener('beforeunload', onBeforeUnload)
    listening = true
  }
  return () => {
    open.delete(key)
  }
}
