// Shared test scaffolding: throwaway copies of the fixture library, a handler context with its
// events recorded, and a reply unwrapper that fails the test with the error's message.

import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { Reply } from '../../src-main/ipc/contract'
import { createDispatcher, createHandlerContext } from '../../src-main/ipc/handlers'

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
export const CN_ISSUE = '晨报-2024-03-05'
export const EN_ISSUE = 'evening-post-1911-09-17'

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

export function tempDir(prefix = 'galley-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A writable copy of test/fixtures/library (two issues: a 2-page Chinese one, a 1-page English one). */
export function fixtureLibrary(): string {
  const dir = join(tempDir(), 'library')
  cpSync(join(FIXTURES, 'library'), dir, { recursive: true })
  return dir
}

export interface Harness {
  dispatch: (channel: string, arg?: unknown) => Promise<Reply<unknown>>
  events: { event: string; payload: unknown }[]
  stateDir: string
  resourcesDir: string
  dispose: () => void
}

export function harness(options: { chooseFolder?: () => Promise<string | null>; resourcesDir?: string } = {}): Harness {
  const stateDir = tempDir('galley-state-')
  const resourcesDir = options.resourcesDir ?? join(FIXTURES, 'resources')
  const events: Harness['events'] = []
  const ctx = createHandlerContext({ stateDir, resourcesDir, emit: (event, payload) => events.push({ event, payload }), chooseFolder: options.chooseFolder })
  const dispatcher = createDispatcher(ctx)
  const h: Harness = { dispatch: (c, a) => dispatcher.dispatch(c, a), events, stateDir, resourcesDir, dispose: () => dispatcher.dispose() }
  afterEach(() => dispatcher.dispose())
  return h
}

export function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`)
  return reply.value
}

export function errorOf(reply: Reply<unknown>): { code: string; message: string } {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.value).slice(0, 200)}`)
  return reply.error
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** The CLI's stdout and stderr as strings, for runExportLibrary's `io`. */
export function cliIo() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c: Buffer) => (out += c.toString()))
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  return { io: { stdout, stderr }, out: () => out, err: () => err }
}

/** Runs `galley ARGS` as a user would, its output thrown away: the exit code, or the error thrown. */
export async function runCliQuietly(argv: string[]): Promise<unknown> {
  const { main } = await import('../../src-main/cli')
  const sink = new PassThrough()
  sink.resume()
  try {
    return await main(argv, sink)
  } catch (err) {
    return err
  }
}
