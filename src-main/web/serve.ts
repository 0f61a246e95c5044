// `npm run start:web`: Galley in a browser where Electron cannot run. Starts the local server
// over the built renderer, prints the URL (with its access token) and opens a browser if there is one.

import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { startWebServer } from './server'

/** App state beside the desktop app's habits: $XDG_STATE_HOME/galley or ~/.local/state/galley. */
function defaultStateDir(): string {
  if (process.env.GALLEY_STATE_DIR) return process.env.GALLEY_STATE_DIR
  const base = process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state')
  return join(base, 'galley')
}

async function main(): Promise<void> {
  const port = process.env.PORT ? Number.parseInt(process.env.PORT, 10) : 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`)
  const rendererDir = join(process.cwd(), 'out', 'renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write('galley: the renderer is not built (out/renderer); run `npm run start:web`, which builds it first.\n')
  }
  const server = await startWebServer({
    port,
    host: '127.0.0.1',
    stateDir: defaultStateDir(),
    resourcesDir: join(process.cwd(), 'resources'),
    rendererDir,
    libraryFolder: process.argv[2],
    open: process.env.GALLEY_NO_OPEN !== '1',
  })
  process.stdout.write(`Galley is running in browser mode at\n  ${server.url}\nOpen that URL (it carries the access token). Ctrl-C stops the server.\n`)
  const stop = (): void => {
    void server.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((err: unknown) => {
  process.stderr.write(`galley: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
