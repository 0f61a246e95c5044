// Where the Electron executable is, without `require('electron')` (which tries to download a
// missing binary). Shared by `npm start` and the Electron smoke spec.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * The Electron executable, or null when it is not on disk. This mirrors what
 * `require('electron')` computes (node_modules/electron/path.txt → dist/<that>), but without
 * requiring it: since Electron 4x that require tries to download a missing binary, which hangs or
 * throws on a machine without network access.
 */
export function electronBinary() {
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
