// Crash safety: a process appending ops is killed (SIGKILL) again and again in the middle of
// saving; after every kill the state file parses and holds every op acknowledged before it.

import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IssueStore } from '../../src-main/library/store'
import { tempDir } from './helpers'

const tsxLoader = createRequire(import.meta.url).resolve('tsx')
const CHILD = join(import.meta.dirname, 'crash-child.ts')
const KILLS = 12

function runAndKill(file: string, start: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsxLoader, CHILD, file, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: number[] = []
    let buffered = ''
    let killTimer: NodeJS.Timeout | undefined
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)))
      // Start the clock at the first ack, so every run is killed while it is busy writing.
      if (acked.length > 0 && !killTimer) killTimer = setTimeout(() => child.kill('SIGKILL'), afterMs)
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(killTimer)
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${stderr}`))
      else resolve(acked)
    })
  })
}

describe('crash safety of the edit log', () => {
  it(`holds every acknowledged op after ${KILLS} SIGKILLs mid-save`, async () => {
    const file = join(tempDir(), 'issue', '.galley', 'state.json')
    const acknowledged = new Set<number>()
    let next = 0
    for (let round = 0; round < KILLS; round++) {
      const acked = await runAndKill(file, next, 20 + ((round * 37) % 150))
      for (const n of acked) acknowledged.add(n)
      const state = await new IssueStore(file).load() // throws 'state-corrupt' if the file did not parse
      const stored = new Set(state.ops.map((e) => Number((e.op as { blockId: string }).blockId.slice(5))))
      for (const n of acknowledged) expect(stored.has(n), `op ${n} was acknowledged before kill ${round + 1}`).toBe(true)
      expect(state.ops.every((e) => e.active)).toBe(true)
      next = Math.max(next, ...stored) + 1
    }
    expect(acknowledged.size).toBeGreaterThan(KILLS)
    expect(readdirSync(join(file, '..')).filter((n) => n.includes('corrupt'))).toEqual([])
  }, 120_000)
})
