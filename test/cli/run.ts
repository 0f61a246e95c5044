// Runs the CLI's `main` in-process and collects what it prints. `main` is passed in, so a test
// that mocks a module before importing the CLI runs its own (mocked) import.
import { PassThrough } from 'node:stream'
import type { main as cliMain } from '../../src-main/cli'

export async function runCli(main: typeof cliMain, argv: string[]): Promise<{ code: number; stdout: string }> {
  const out = new PassThrough()
  let stdout = ''
  out.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await main(argv, out)
  return { code, stdout }
}
