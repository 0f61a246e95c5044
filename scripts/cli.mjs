// `npm run cli`: the CLI built to JavaScript (scripts/build-cli.mjs, rebuilt only when a source
// changed), run by Node with the CLI's own heap settings (CLI_NODE_FLAGS) in a process of its own.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildCli, CLI_NODE_FLAGS } from './build-cli.mjs'

const out = await buildCli()
const cli = spawn(process.execPath, [...CLI_NODE_FLAGS, join(out, 'cli.js'), ...process.argv.slice(2)], { stdio: 'inherit' })
// Ctrl-C reaches the CLI itself (it lets the issues under way finish); this process waits for it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cli.kill(signal))
cli.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
