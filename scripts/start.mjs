// `npm start`: builds Galley and runs it in Electron. Where no Electron binary is installed (it
// could not be downloaded), says so in one line and points at browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)

/**
 * The Electron executable, or null when it is not on disk. This mirrors what
 * `require('electron')` computes (node_modules/electron/path.txt → dist/<that>), but without
 * requiring it: since Electron 4x that require tries to download a missing binary, which hangs or
 * throws on a machine without network access.
 */
function electronBinary() {
  let electronDir
  try {
    electronDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(electronDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = dist ? join(dist, relative || 'electron') : relative ? join(electronDir, 'dist', relative) : ''
  return binary && existsSync(binary) ? binary : null
}

const electron = electronBinary()
if (!electron) {
  console.error('Galley: no Electron binary on this machine; run "npm run start:web" to use Galley in your browser.')
  process.exit(1)
}

const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
})
if (build.status !== 0) process.exit(build.status ?? 1)

const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
