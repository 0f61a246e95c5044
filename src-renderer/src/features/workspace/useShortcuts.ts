// The workspace's keyboard map. Single keys act only when focus is not in a text field, so typing
// never triggers a command; Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z work everywhere but in text fields too.
import { useEffect, useLayoutEffect, useRef } from 'react'

export interface ShortcutHandlers {
  next: () => void
  previous: () => void
  accept: () => void
  dismiss: () => void
  left: () => void
  right: () => void
  undo: () => void
  redo: () => void
  markReviewed: () => void
  mergePrevious: () => void
  search: () => void
  toggleSheet: () => void
  toggleSource: () => void
  togglePage: () => void
  escape: () => void
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  return false
}

/** Enter on a button or link already clicks it: leave it to the browser. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target instanceof HTMLInputElement
}

export function shortcutFor(event: KeyboardEvent): keyof ShortcutHandlers | null {
  const mod = event.ctrlKey || event.metaKey
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
  if (mod && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
    if (key === 'y') return 'redo'
    return null
  }
  if (event.altKey) return null
  if (isTyping(event.target)) return event.key === 'Escape' ? 'escape' : null
  switch (key) {
    case 'j':
      return 'next'
    case 'k':
      return 'previous'
    case 'a':
      return 'accept'
    case 'Enter':
      return isActivatable(event.target) ? null : 'accept'
    case 'd':
      return 'dismiss'
    case 'ArrowLeft':
      return event.target instanceof HTMLInputElement ? null : 'left'
    case 'ArrowRight':
      return event.target instanceof HTMLInputElement ? null : 'right'
    case 'r':
      return 'markReviewed'
    case 'm':
      return 'mergePrevious'
    case '/':
      return 'search'
    case '?':
      return 'toggleSheet'
    case 's':
      return 'toggleSource'
    case 'p':
      return 'togglePage'
    case 'Escape':
      return 'escape'
    default:
      return null
  }
}

export function useShortcuts(handlers: ShortcutHandlers, enabled: boolean): void {
  const ref = useRef(handlers)
  useLayoutEffect(() => {
    ref.current = handlers
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const name = shortcutFor(event)
      if (!name) return
      // Undo in a text field belongs to the field.
      if ((name === 'undo' || name === 'redo') && isTyping(event.target)) return
      event.preventDefault()
      ref.current[name]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
