// `npm run cli` runs the CLI built to JavaScript (scripts/cli.mjs), so export-library's worker
// threads load plain JS instead of compiling the library through tsx each: the same files as the
// TypeScript source writes, and a source changed since the build is never run stale.

import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runExportLibrary } from '../../src-main/cli-library'
import { CN_ISSUE, EN_ISSUE, cliIo, fixtureLibrary, tempDir } from '../library/helpers'

const repo = join(import.meta.dirname, '..', '..')
const built = join(repo, 'out', 'cli')

function npmCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(repo, 'scripts', 'cli.mjs'), ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 })
}

const withoutTime = (report: string): string => report.replace(/, written \S+ by /, ', written <time> by ')

describe('npm run cli (the built CLI)', () => {
  it('exports a library on 2 worker threads with the same files as the TypeScript source on one', async () => {
    const library = join(tempDir(), 'archive')
    for (const [i, source] of [CN_ISSUE, EN_ISSUE, CN_ISSUE, EN_ISSUE].entries()) cpSync(join(fixtureLibrary(), source), join(library, `paper-${i}-${source.slice(-10)}`), { recursive: true })
    const fromSource = join(tempDir(), 'source')
    expect(await runExportLibrary([library, '--out', fromSource, '--format', 'md', '--accept-all', '--jobs', '1'], cliIo().io)).toBe(0)

    const fromBuild = join(tempDir(), 'built')
    const run = npmCli(['export-library', library, '--out', fromBuild, '--format', 'md', '--accept-all', '--jobs', '2'])
    expect(run.stderr).toMatch(/4\/4 issues/)
    expect(run.status).toBe(0)
    expect(readdirSync(fromBuild).sort()).toEqual(readdirSync(fromSource).sort())
    for (const name of readdirSync(fromSource)) {
      const [x, y] = [readFileSync(join(fromSource, name), 'utf8'), readFileSync(join(fromBuild, name), 'utf8')]
      expect(withoutTime(y), name).toBe(withoutTime(x))
    }
    // The workers ran the built sibling of the built CLI, not the TypeScript source.
    expect(statSync(join(built, 'export-worker.js')).isFile()).toBe(true)
  })

  it('rebuilds when a source is newer than the build', () => {
    expect(npmCli(['analyze', join(fixtureLibrary(), CN_ISSUE)]).status).toBe(0)
    const before = statSync(join(built, 'cli.js')).mtimeMs
    const source = join(repo, 'src-main', 'cli.ts')
    const { atime } = statSync(source)
    // Touched into the future: newer than the build without changing a byte of it.
    utimesSync(source, atime, new Date(before + 60_000))
    try {
      expect(npmCli(['analyze', join(fixtureLibrary(), CN_ISSUE)]).status).toBe(0)
      expect(statSync(join(built, 'cli.js')).mtimeMs).toBeGreaterThan(before)
    } finally {
      utimesSync(source, atime, new Date())
    }
  })
})
