// The CLI and its export worker built to JavaScript (out/cli/), for `npm run cli` and the bench: a
// worker thread started from TypeScript loads tsx's loader and compiles every module again, some
// 0.9 s of CPU per worker, which ate most of what `--jobs 2` gained. Built, a worker starts in tens
// of milliseconds. The bundle is rebuilt only when a source under src-main/ (or the lockfile) is
// newer than it, so `npm run cli` from a clean clone builds once and then just runs.

import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const root = join(import.meta.dirname, '..')
export const CLI_OUT = join(root, 'out', 'cli')

/** Node flags the CLI runs with. A young generation of 2 MB semi-spaces (V8's default is 16 MB):
 * an export's garbage is short-lived, and the larger nursery only held more of it; on the bench
 * archive the process peaked some 25 MB lower with no more CPU time. */
export const CLI_NODE_FLAGS = ['--max-semi-space-size=2']

/** Entry name → source, relative to the repo. The worker is the pool's sibling `export-worker.js`. */
const ENTRIES = { cli: 'src-main/cli.ts', 'export-worker': 'src-main/library/export-worker.ts' }

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

function builtAt(names) {
  try {
    return Math.min(...names.map((name) => statSync(join(CLI_OUT, `${name}.js`)).mtimeMs))
  } catch {
    return 0
  }
}

/** Builds the CLI (and `extra` entries, name → repo-relative source) into out/cli/ unless it is
 * newer than every source; returns the folder. */
export async function buildCli(extra = {}) {
  const entries = { ...ENTRIES, ...extra }
  const sources = Math.max(newestSource(join(root, 'src-main')), statSync(join(root, 'package-lock.json')).mtimeMs, ...Object.values(extra).map((path) => statSync(join(root, path)).mtimeMs))
  if (builtAt(Object.keys(entries)) > sources) return CLI_OUT
  mkdirSync(CLI_OUT, { recursive: true })
  // Written under a name of this process's own and renamed into place: two CLIs started at once
  // (GNU parallel) never run a half-written file, and both write the same bytes.
  const suffix = `.${process.pid}.tmp`
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [`${name}${suffix}`, path])),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: CLI_OUT,
    outExtension: { '.js': '.js' },
    // Dependencies load from node_modules as they are; only Galley's own code is bundled.
    packages: 'external',
    logLevel: 'warning',
  })
  if (result.errors.length > 0) throw new Error(`Building the CLI failed: ${result.errors[0].text}`)
  for (const name of Object.keys(entries)) renameSync(join(CLI_OUT, `${name}${suffix}.js`), join(CLI_OUT, `${name}.js`))
  return CLI_OUT
}
