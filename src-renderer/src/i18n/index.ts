// Interface language: zh-CN or English, following the OS (navigator.language) unless the editor
// chose one, which is remembered in localStorage.
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { zhCN } from './zh-CN'

export const LANGUAGES = ['en', 'zh-CN'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'galley.language'

export function pickLanguage(preferred: readonly string[], stored: string | null): Language {
  if (stored === 'en' || stored === 'zh-CN') return stored
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

export function createI18n(lng?: Language): i18n {
  const instance = i18next.createInstance()
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language])
  void instance.use(initReactI18next).init({
    lng: lng ?? pickLanguage(preferred, storedLanguage()),
    fallbackLng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  instance.on('languageChanged', (lang) => {
    document.documentElement.lang = lang
  })
  if (typeof document !== 'undefined') document.documentElement.lang = instance.language
  return instance
}

export function rememberLanguage(instance: i18n, lng: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lng)
  } catch {
    // Private modes may refuse storage; the choice then lasts for this session only.
  }
  void instance.changeLanguage(lng)
}
