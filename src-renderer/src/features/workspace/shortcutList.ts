// The shortcut sheet's rows, in the editor's words.
import type { TFunction } from 'i18next'

export function shortcutList(t: TFunction): { keys: string[]; action: string }[] {
  return [
    { keys: ['J'], action: t('shortcuts.next') },
    { keys: ['K'], action: t('shortcuts.previous') },
    { keys: ['A', 'Enter'], action: t('shortcuts.accept') },
    { keys: ['D'], action: t('shortcuts.dismiss') },
    { keys: ['←', '→'], action: t('shortcuts.choose') },
    { keys: ['Ctrl+Z'], action: t('shortcuts.undo') },
    { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: t('shortcuts.redo') },
    { keys: ['R'], action: t('shortcuts.reviewed') },
    { keys: ['M'], action: t('shortcuts.mergePrevious') },
    { keys: ['S'], action: t('shortcuts.source') },
    { keys: ['P'], action: t('pagePane.shortcut') },
    { keys: ['/'], action: t('shortcuts.search') },
    { keys: ['?'], action: t('shortcuts.sheet') },
    { keys: ['Esc'], action: t('shortcuts.escape') },
  ]
}
