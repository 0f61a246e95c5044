// `npm run bench`'s memory line for one very large page: peak RSS ÷ page size in the CLI path
// (analyze, JSON to stdout) and in the browser server's issue:open (over HTTP), each in a fresh
// process so neither sees the other's heap. Figures only, no threshold. Gross is the process's
// kernel high-water mark; net is that less the process's RSS before the page was read (tsx alone
// holds ~100 MB). The target is on net: it is what the page costs, where gross adds a runtime
// that a page of any size pays once (with it, a 1 MB page would read as 100×).

import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { disguise, type Pool } from './archive'

const MB = 1024 * 1024

/** One issue folder holding a single page of about `bytes`, made of the pool's articles (disguised on each reuse). */
export function writeBigPage(pool: Pool, dir: string, bytes: number): number {
  const parts: string[] = []
  let size = 0
  for (let round = 0; size < bytes; round++) {
    for (const article of pool.articles) {
      const text = disguise(article, round)
      parts.push(text)
      size += Buffer.byteLength(text) + 2
      if (size >= bytes) break
    }
  }
  mkdirSync(dir, { recursive: true })
  const text = parts.join('\n\n') + '\n'
  writeFileSync(join(dir, '01.md'), text)
  return Buffer.byteLength(text)
}

interface Peak {
  before: number
  peak: number
}

const maxRss = (): number => process.resourceUsage().maxRSS * 1024

/** In the child: the CLI's analyze of the folder, its JSON written to a sink. */
async function cliChild(dir: string): Promise<Peak> {
  const { main } = await import('../src-main/cli')
  const before = process.memoryUsage().rss
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() })
  await main(['analyze', dir], sink)
  return { before, peak: maxRss() }
}

/** In the child: the browser server over the folder's library, one issue:open read over HTTP and dropped. */
async function serverChild(library: string, stateDir: string): Promise<Peak> {
  const { startWebServer } = await import('../src-main/web/server')
  const before = process.memoryUsage().rss
  const server = await startWebServer({ port: 0, host: '127.0.0.1', stateDir, resourcesDir: stateDir, rendererDir: stateDir, libraryFolder: library, open: false })
  const issueId = readdirSync(library).find((name) => !name.startsWith('.')) ?? ''
  let bytes = 0
  await new Promise<void>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: '/api/invoke/issue:open', method: 'POST', headers: { 'x-galley-token': server.token, 'content-type': 'application/json' } },
      (res) => {
        res.on('data', (chunk: Buffer) => (bytes += chunk.length))
        res.on('end', () => resolve())
      },
    )
    req.on('error', reject)
    req.end(JSON.stringify({ issueId }))
  })
  await server.close()
  process.stderr.write(`reply ${bytes}\n`)
  return { before, peak: maxRss() }
}

/** Runs one measurement in a fresh process (this file, with BENCH_BIG_CHILD set) and reads its figures. */
function measure(which: 'cli' | 'server', args: string[]): (Peak & { reply?: number }) | string {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, ...args], {
    env: { ...process.env, BENCH_BIG_CHILD: which },
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  })
  const line = child.stdout.trim().split('\n').at(-1) ?? ''
  if (child.status !== 0 || !line.startsWith('{')) return (child.stderr.trim().split('\n').at(-1) ?? `exit ${child.status}`).slice(0, 200)
  const reply = /reply (\d+)/.exec(child.stderr)?.[1]
  return { ...(JSON.parse(line) as Peak), ...(reply ? { reply: Number(reply) } : {}) }
}

/** The bench's line: peak memory ÷ page size for one page of `bytes` in both paths. */
export function bigPageLine(pool: Pool, root: string, bytes = 50 * MB): string {
  const library = join(root, 'big-page')
  const size = writeBigPage(pool, join(library, '样报-2024-01-01'), bytes)
  const shown = (which: string, m: ReturnType<typeof measure>): string =>
    typeof m === 'string'
      ? `${which} not measured (${m})`
      : `${which} peak ${(m.peak / MB).toFixed(0)} MB = ${(m.peak / size).toFixed(1)}× gross, ${((m.peak - m.before) / size).toFixed(1)}× net${m.reply !== undefined ? ` (reply ${(m.reply / MB).toFixed(0)} MB)` : ''}`
  const cli = measure('cli', [join(library, '样报-2024-01-01')])
  const server = measure('server', [library, join(root, 'big-page-state')])
  return `One ${(size / MB).toFixed(0)} MB page, peak RSS ÷ page size (target ≤ 6× net): ${shown('CLI analyze', cli)}; ${shown('server issue:open', server)}`
}

const child = process.env.BENCH_BIG_CHILD
if (child === 'cli' || child === 'server') {
  const [a, b] = process.argv.slice(2)
  const run = child === 'cli' ? cliChild(a) : (mkdirSync(b, { recursive: true }), serverChild(a, b))
  run.then(
    (peak) => process.stdout.write(`${JSON.stringify(peak)}\n`),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
      process.exitCode = 1
    },
  )
}
