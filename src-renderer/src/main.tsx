// Renderer entry: picks the transport, sets up i18n, takes over typed text a crashed window left
// (so the first render shows it) and mounts the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { createClient, defaultApi, windowEditorId } from './api'
import { App } from './App'
import { ClientProvider } from './ClientContext'
import { recoverDrafts } from './features/workspace/unsaved'
import { createI18n } from './i18n'
import './styles.css'

const i18n = createI18n()
const client = createClient(defaultApi(), windowEditorId())
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

const mount = (): void =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ClientProvider client={client}>
          <App />
        </ClientProvider>
      </I18nextProvider>
    </StrictMode>,
  )
// Recovery reads local storage and the running windows' locks: a few milliseconds. Failing or slow
// (past a second), the app starts anyway (the stored text stays for the next window).
void Promise.race([recoverDrafts(), new Promise((settle) => setTimeout(settle, 1000))])
  .catch(() => 0)
  .finally(mount)
