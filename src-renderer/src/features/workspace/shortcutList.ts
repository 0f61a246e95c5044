// The shortcut sheet's rows, in the editor's words.
import type { TFunction } from 'i18next'

export function shortcutList(t: TFunction): { keys: string[]; action: string }[] {
  return [
    { keys: ['J'], action: t('shortcuts.next') },
    { keys: ['K'], action: t('shortcuts.previous') },
    { keys: ['Shift+J', 'Shift+K'], action: t('shortcuts.article') },
    { keys: ['G'], action: t('shortcuts.goToPage') },
    { keys: ['N'], action: t('shortcuts.navigator') },
    { keys: ['A', 'Enter'], action: t('shortcuts.accept') },
    { keys: ['D'], action: t('shortcuts.dismiss') },
    { keys: ['←', '→'], action: t('shortcuts.choose') },
    { keys: ['Ctrl+Z'], action: t('shortcuts.undo') },
    { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: t('shortcuts.redo') },
    { keys: ['R'], action: t('shortcuts.reviewed') },
    { keys: ['M'], action: t('shortcuts.mergePrevious') },
    { keys: ['S'], action: t('shortcuts.source') },
    { keys: ['[', ']'], action: t('shortcuts.diffStep') },
    { keys: ['I'], action: t('shortcuts.diffInline') },
    { keys: ['F'], action: t('shortcuts.diffWide') },
    { keys: ['E'], action: t('editShortcut') },
    { keys: ['P'], action: t('pagePane.shortcut') },
    { keys: ['/'], action: t('shortcuts.search') },
    { keys: ['?'], action: t('shortcuts.sheet') },
    { keys: ['Esc'], action: t('shortcuts.escape') },
    { keys: ['T'], action: t('shortcutsOps.structure') },
    { keys: ['Shift+A'], action: t('shortcutsOps.acceptKind') },
    { keys: ['H'], action: t('shortcutsOps.history') },
    { keys: ['Ctrl+H'], action: t('shortcutsOps.replace') },
  ]
}
