// One export-library run for the bench, in a process of its own so its peak memory is its own:
// `tsx bench/export-library-child.ts ARGS...` runs `galley export-library ARGS...` and prints one
// JSON line: the exit code, the files it listed, the process's peak RSS and CPU time (threads included).

import { PassThrough, Writable } from 'node:stream'
import { runExportLibrary } from '../src-main/cli-library'

const stdout = new PassThrough()
let listed = ''
stdout.on('data', (chunk: Buffer) => (listed += chunk.toString()))
// The progress bar and the summary are not the bench's output.
const stderr = new Writable({ write: (_chunk, _encoding, done) => done() })

runExportLibrary(process.argv.slice(2), { stdout, stderr }).then(
  (code) => {
    const files = listed.split('\n').filter(Boolean)
    const usage = process.resourceUsage()
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000
    process.stdout.write(`${JSON.stringify({ code, files, maxRssBytes: usage.maxRSS * 1024, cpuMs })}\n`)
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  },
)
