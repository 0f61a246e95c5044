// `npm start`: builds Galley and runs it in Electron. Where Electron cannot run here (no binary
// could be downloaded, or a Linux session without a display), it says so in one line and runs
// Galley in browser mode instead: the same app, served on 127.0.0.1, opened in the default browser.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { electronBinary } from './electron-binary.mjs'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)

const electron = electronBinary()

/** Why Electron cannot run on this machine, or null when it can. */
function whyNoElectron() {
  if (!electron) return 'no Electron binary on this machine (it could not be downloaded)'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display to open a window on'
  return null
}

// GALLEY_SKIP_BUILD=1: the renderer and main are already built (the E2E run builds them first).
if (process.env.GALLEY_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const why = whyNoElectron()
if (why) console.error(`Galley: ${why}; starting browser mode instead.`)
const app = why
  ? spawn(process.execPath, [join(root, 'out/main/serve.js'), ...args], { cwd: root, stdio: 'inherit' })
  : spawn(electron, [root, ...args], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
