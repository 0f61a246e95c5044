// Global setup of the `electron` test project: builds out/ once with electron-vite, exactly as
// `npm run build` does, so the tests check what Electron would load.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')

export default function buildOnce(): void {
  const env = { ...process.env }
  delete env.NODE_ENV // vitest sets 'test'; the build must see the same env as `npm run build`
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      env,
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`electron-vite build failed:\n${stdout}\n${stderr}`)
  }
}
