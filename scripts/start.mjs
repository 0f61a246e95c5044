// `npm start`: builds Galley and runs it in Electron. Where no Electron binary is installed (it
// could not be downloaded), says so in one line and points at browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { electronBinary } from './electron-binary.mjs'

const root = join(import.meta.dirname, '..')

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
