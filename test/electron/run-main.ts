// Runs the built main entry (out/main/index.js) under plain Node with the recording electron stub
// (stub/run-main.mjs) and returns what the app did to it.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './build.setup'

export const BUILT_MAIN = join(ROOT, 'out/main/index.js')
export const BUILT_PRELOAD = join(ROOT, 'out/preload/preload.cjs')

type Reply = { ok: boolean; error?: { code: string; message: string } }

export interface StubReport {
  error?: string
  options: { title?: string; webPreferences?: Record<string, unknown> }
  loaded: { url?: string; file?: string }
  appUrl: string
  sandboxEnabled: boolean
  handlers: string[]
  forbiddenReplies: Record<string, Reply>
  windowOpen: { action: string } | null
  navigation: { external: boolean; fileElsewhere: boolean; app: boolean }
  redirectExternal: boolean
  /** The window held over an unsaved edit, asked twice: keep editing (0), then discard (1). */
  unload: { closes: boolean; asked: string | null }[]
  /** The renderer gone: once cleanly, then crashed four times in a minute. */
  crashes: { afterClean: number; reloads: number; asked: string[] }
  webviewPrevented: boolean
  listenerCounts: Record<string, number>
  csp: Record<string, string[]>[]
  permissions: boolean[]
  permissionChecks: boolean[]
  menus: number
  menuLabels: string[]
}

export async function runBuiltMain(env: Record<string, string> = {}): Promise<StubReport> {
  const home = await mkdtemp(join(tmpdir(), 'galley-stub-'))
  const childEnv: NodeJS.ProcessEnv = { ...process.env, GALLEY_STUB_HOME: home, ...env }
  if (!('ELECTRON_RENDERER_URL' in env)) delete childEnv.ELECTRON_RENDERER_URL
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [join(import.meta.dirname, 'stub/run-main.mjs'), BUILT_MAIN],
        { cwd: ROOT, env: childEnv, timeout: 20_000, maxBuffer: 16 * 1024 * 1024 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${out}\n${err}`)) : resolve(out)),
      )
    })
    const line = stdout.split('\n').find((l) => l.startsWith('GALLEY-STUB-REPORT '))
    if (!line) throw new Error(`the stub run printed no report:\n${stdout}`)
    const report = JSON.parse(line.slice('GALLEY-STUB-REPORT '.length)) as StubReport
    if (report.error) throw new Error(report.error)
    return report
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}
