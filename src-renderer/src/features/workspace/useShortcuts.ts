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
  /** E: edit the current finding's block. */
  edit: () => void
  // issue 15: the structure tools (T), accept a kind (Shift+A), history (H), find and replace (Ctrl+H)
  // moving through the issue: Shift+J / Shift+K next / previous article, G go to a page, N the navigator
  nextArticle: () => void
  previousArticle: () => void
  goToPage: () => void
  focusNavigator: () => void
  structureTools: () => void
  acceptKind: () => void
  history: () => void
  findReplace: () => void
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
    if (key === 'h' && !event.shiftKey) return 'findReplace'
    return null
  }
  if (event.altKey) return null
  if (isTyping(event.target)) return event.key === 'Escape' ? 'escape' : null
  switch (key) {
    case 'j':
      return event.shiftKey ? 'nextArticle' : 'next'
    case 'k':
      return event.shiftKey ? 'previousArticle' : 'previous'
    case 'g':
      return 'goToPage'
    case 'n':
      return 'focusNavigator'
    case 'a':
      return event.shiftKey ? 'acceptKind' : 'accept'
    case 't':
      return 'structureTools'
    case 'h':
      return 'history'
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
    case 'e':
      return 'edit'
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
