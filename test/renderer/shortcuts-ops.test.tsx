// The keys of issue 15's tools, and the ? sheet naming them in both languages.
import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { en } from '../../src-renderer/src/i18n/en'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { shortcutFor } from '../../src-renderer/src/features/workspace/useShortcuts'
import { shortcutList } from '../../src-renderer/src/features/workspace/shortcutList'

const press = (key: string, mods: Partial<KeyboardEventInit> = {}) => shortcutFor(new KeyboardEvent('keydown', { key, ...mods }))

describe('issue 15 keys', () => {
  it('T, Shift+A, H and Ctrl+H open the structure tools, accept a kind, the history and find and replace', () => {
    expect(press('t')).toBe('structureTools')
    expect(press('A', { shiftKey: true })).toBe('acceptKind')
    expect(press('a')).toBe('accept')
    expect(press('h')).toBe('history')
    expect(press('h', { ctrlKey: true })).toBe('findReplace')
  })

  it('the ? sheet lists each of them in English and in Chinese', async () => {
    for (const [lng, catalogue] of [['en', en], ['zh-CN', zhCN]] as const) {
      const t = await i18next.createInstance().init({ lng, resources: { [lng]: { translation: catalogue } } })
      const rows = shortcutList(t)
      for (const action of Object.values(catalogue.shortcutsOps)) expect(rows.map((r) => r.action)).toContain(action)
      expect(rows.find((r) => r.keys.includes('Ctrl+H'))?.action).toBe(catalogue.shortcutsOps.replace)
    }
  })
})
