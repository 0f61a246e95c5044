// Renderer entry: picks the transport, sets up i18n, takes over typed text a crashed window left
// (so the first render shows it) and mounts the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { claimEditorId, createClient, defaultApi, windowEditorId, type GalleyClient } from './api'
import { App } from './App'
import { ClientProvider } from './ClientContext'
import { recoverDrafts } from './features/workspace/unsaved'
import { createI18n } from './i18n'
import './styles.css'

const i18n = createI18n()
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

const mount = (client: GalleyClient): void =>
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
// (past a second), the app starts anyway (the stored text stays for the next window). The editor id
// is claimed meanwhile: a second at most, where a duplicated tab holds it (then it takes its own).
const recovered = Promise.race([recoverDrafts(), new Promise((settle) => setTimeout(settle, 1000))]).catch(() => 0)
const editor = claimEditorId().catch(() => windowEditorId())
void Promise.all([editor, recovered]).then(([id]) => mount(createClient(defaultApi(), id)))
