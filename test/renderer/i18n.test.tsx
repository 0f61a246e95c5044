// Interface language: follows the OS unless the editor chose one; switching re-renders in place.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { en } from '../../src-renderer/src/i18n/en'
import { pickLanguage } from '../../src-renderer/src/i18n'
import { zhCN } from '../../src-renderer/src/i18n/zh-CN'
import { App } from '../../src-renderer/src/App'
import { fakeClient } from './fakeClient'
import './layout'
import { renderWithI18n } from './render'

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)))
}

describe('i18n', () => {
  it('follows the OS language: Chinese for any zh locale, English otherwise', () => {
    expect(pickLanguage(['zh-TW', 'en'], null)).toBe('zh-CN')
    expect(pickLanguage(['en-GB'], null)).toBe('en')
    expect(pickLanguage(['fr-FR'], null)).toBe('en')
    expect(pickLanguage(['zh-CN'], 'en')).toBe('en')
  })

  it('has every English message in Chinese too', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort())
  })

  it('switches the interface language from the app bar', async () => {
    window.localStorage.clear()
    renderWithI18n(<App />, { client: fakeClient() })
    expect(await screen.findByRole('heading', { name: 'Library' })).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'zh-CN')
    expect(await screen.findByRole('heading', { name: '资料库' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(window.localStorage.getItem('galley.language')).toBe('zh-CN')
  })
})
