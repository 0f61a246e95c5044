// export-library over the bench's largest archive: one job against `--jobs 2` (goal ≥ 1.7× on two
// cores, the files byte-identical), each run's peak RSS (goal: within the 175 MB the analysis
// bench peaked at before worker threads), and three `--shard K/3` runs in jsonl that must cover the
// archive exactly once. Each run is a process of its own (export-library-child.ts), timed from
// spawn to exit, so thread start-up is in the figure. The child runs built (scripts/build-cli.mjs),
// with the Node flags `npm run cli` gives it: from TypeScript each worker would first load tsx and
// compile the library.
// Called from analysis.bench.ts.

import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCli, CLI_NODE_FLAGS } from '../scripts/build-cli.mjs'
import type { GoalRow } from './goals'

const SPEED_UP_GOAL = 1.7
const RSS_LIMIT_MB = 175
/** One-job and two-job runs alternate this many times; the median pair's ratio is the figure. */
const ROUNDS = 2

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const MB = 1024 * 1024

interface Run {
  ms: number
  /** CPU time of the whole process, every thread: the work a shared machine's load cannot hide. */
  cpuMs: number
  code: number
  files: string[]
  rssMB: number
}

function run(script: string, args: string[]): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [...CLI_NODE_FLAGS, script, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (status) => {
      const ms = performance.now() - started
      const last = out.trim().split('\n').pop() ?? ''
      if (status !== 0 || !last.startsWith('{')) return reject(new Error(`export-library ${args.join(' ')} exited ${status}`))
      const reply = JSON.parse(last) as { code: number; files: string[]; maxRssBytes: number; cpuMs: number }
      resolvePromise({ ms, cpuMs: reply.cpuMs, code: reply.code, files: reply.files, rssMB: reply.maxRssBytes / MB })
    })
  })
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Reports name the time they were written; everything else must match byte for byte. */
const withoutTime = (text: string): string => text.replace(/, written \S+ by /, ', written <time> by ')

function differences(a: string, b: string): string[] {
  const names = readdirSync(a).sort()
  if (names.join('\n') !== readdirSync(b).sort().join('\n')) return ['the two folders hold different file names']
  return names.filter((name) => {
    const [x, y] = [readFileSync(join(a, name), 'utf8'), readFileSync(join(b, name), 'utf8')]
    return name.includes('.report.') ? withoutTime(x) !== withoutTime(y) : x !== y
  })
}

export async function exportLibraryBench(library: string, root: string, issues: number): Promise<GoalRow[]> {
  console.log('')
  console.log(`export-library over the largest archive (${issues} issues, --format md --accept-all), each run a process of its own, ${ROUNDS} rounds alternating; ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}:`)
  const child = join(await buildCli({ 'export-library-child': 'bench/export-library-child.ts' }), 'export-library-child.js')
  const outs = { one: join(root, 'export-1'), two: join(root, 'export-2') }
  const runs: { one: Run[]; two: Run[] } = { one: [], two: [] }
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of ['one', 'two'] as const) {
      rmSync(outs[key], { recursive: true, force: true })
      runs[key].push(await run(child, [library, '--out', outs[key], '--format', 'md', '--accept-all', '--jobs', key === 'one' ? '1' : '2']))
    }
  }
  const ratios = runs.one.map((one, i) => one.ms / runs.two[i].ms)
  const speedUp = median(ratios)
  const diff = differences(outs.one, outs.two)
  const sameList = runs.one[0].files.map((f) => f.replace(outs.one, '')).join('\n') === runs.two[0].files.map((f) => f.replace(outs.two, '')).join('\n')
  const identical = diff.length === 0 && sameList
  const exported = runs.one[0].files.length

  // Three shards in passim's jsonl, on two threads each: together they must be the whole archive.
  const shards: Run[] = []
  for (let k = 1; k <= 3; k++) shards.push(await run(child, [library, '--out', join(root, `shard-${k}`), '--format', 'jsonl', '--accept-all', '--jobs', '2', '--shard', `${k}/3`]))
  const names = shards.flatMap((s) => s.files.map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.jsonl$/, '')))
  const whole = runs.one[0].files.map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.md$/, ''))
  const once = new Set(names).size === names.length && [...names].sort().join('\n') === [...whole].sort().join('\n')
  const articles = shards.reduce((n, s) => n + s.files.reduce((m, f) => m + readFileSync(f, 'utf8').split('\n').filter(Boolean).length, 0), 0)

  const peakOf = (xs: Run[]): number => Math.max(...xs.map((r) => r.rssMB))
  const cpu = (xs: Run[]): string => (median(xs.map((r) => r.cpuMs)) / 1000).toFixed(2)
  const rows: string[][] = [
    ['run', 'wall s (median)', 'speed-up', 'cpu s', 'peak rss', 'per job', 'output'],
    ['--jobs 1', (median(runs.one.map((r) => r.ms)) / 1000).toFixed(2), '1.00×', cpu(runs.one), `${peakOf(runs.one).toFixed(1)} MB`, `${peakOf(runs.one).toFixed(1)} MB`, `${exported} exports + reports`],
    ['--jobs 2', (median(runs.two.map((r) => r.ms)) / 1000).toFixed(2), `${speedUp.toFixed(2)}×`, cpu(runs.two), `${peakOf(runs.two).toFixed(1)} MB`, `${(peakOf(runs.two) / 2).toFixed(1)} MB`, identical ? 'byte-identical to --jobs 1 (reports but for their time)' : `DIFFERS from --jobs 1: ${diff.slice(0, 3).join(', ') || 'stdout order'}`],
    ...shards.map((s, i) => [`--shard ${i + 1}/3 jsonl`, (s.ms / 1000).toFixed(2), '', (s.cpuMs / 1000).toFixed(2), `${s.rssMB.toFixed(1)} MB`, `${(s.rssMB / 2).toFixed(1)} MB`, `${s.files.length} issues`]),
  ]
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)))
  for (const row of rows) console.log(`  ${row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')}`)
  console.log(`  shards: ${shards.map((s) => s.files.length).join(' + ')} = ${names.length} of ${exported} issues, ${once ? 'each exactly once' : 'NOT each exactly once'}; ${articles.toLocaleString('en')} articles, one a line`)
  const onePeak = peakOf(runs.one)
  const twoPeak = Math.max(peakOf(runs.two), ...shards.map((s) => s.rssMB))
  console.log(
    `  targets: --jobs 2 at least ${SPEED_UP_GOAL}× one job: ${speedUp >= SPEED_UP_GOAL ? 'met' : 'NOT met'} (${ratios.map((r) => r.toFixed(2)).join(', ')}); outputs identical: ${identical ? 'met' : 'NOT met'}; peak RSS within ${RSS_LIMIT_MB} MB: --jobs 1 ${onePeak <= RSS_LIMIT_MB ? 'met' : 'NOT met'} (${onePeak.toFixed(1)} MB), --jobs 2 ${twoPeak <= RSS_LIMIT_MB ? 'met' : 'NOT met'} (${twoPeak.toFixed(1)} MB, ${(twoPeak / 2).toFixed(1)} MB per job)`,
  )
  return [
    { label: 'export-library --jobs 2 speed-up over --jobs 1', value: `${speedUp.toFixed(2)}×`, goal: `≥ ${SPEED_UP_GOAL}×`, met: speedUp >= SPEED_UP_GOAL },
    { label: 'export-library --jobs 2 files byte-identical to --jobs 1', value: identical ? 'yes' : 'no', goal: 'yes', met: identical },
    { label: 'export-library 3 shards cover the archive once', value: once ? 'yes' : 'no', goal: 'yes', met: once },
    { label: 'export-library peak RSS, --jobs 1', value: `${onePeak.toFixed(1)} MB`, goal: `≤ ${RSS_LIMIT_MB} MB`, met: onePeak <= RSS_LIMIT_MB },
    { label: 'export-library peak RSS, --jobs 2 (whole process)', value: `${twoPeak.toFixed(1)} MB`, goal: `≤ ${RSS_LIMIT_MB} MB`, met: twoPeak <= RSS_LIMIT_MB },
    { label: 'export-library peak RSS, --jobs 2, per job', value: `${(twoPeak / 2).toFixed(1)} MB`, goal: `≤ ${RSS_LIMIT_MB} MB`, met: twoPeak / 2 <= RSS_LIMIT_MB },
  ]
}
