// Renders a component as the app does: with i18n (English unless asked) and, for containers, a client.
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { GalleyClient } from '../../src-renderer/src/api'
import { ClientProvider } from '../../src-renderer/src/ClientContext'
import { createI18n, type Language } from '../../src-renderer/src/i18n'

export function renderWithI18n(ui: ReactElement, options: { lng?: Language; client?: GalleyClient } = {}): RenderResult & { rerenderUi(next: ReactElement): void } {
  const i18n = createI18n(options.lng ?? 'en')
  const wrap = (node: ReactElement) => <I18nextProvider i18n={i18n}>{options.client ? <ClientProvider client={options.client}>{node}</ClientProvider> : node}</I18nextProvider>
  const result = render(wrap(ui))
  // The same tree given new props, as the app re-renders it (another article, a fresh view).
  return Object.assign(result, { rerenderUi: (next: ReactElement) => result.rerender(wrap(next)) })
}

/** Does the window hold the page when the editor leaves it (typed text not saved)? */
export function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}
