// `--shard K/N` and `--jobs N` for export-library. A shard is a stable share of a library's issues,
// chosen by a hash of each issue's path relative to the library, so N machines started under any
// scheduler (Slurm array jobs, Kubernetes indexed jobs, GNU parallel) cover an archive exactly once
// with no coordination, and a rerun of shard K takes the same issues.

import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { GalleyError } from '../core/index'

export interface Shard {
  /** 1-based: the first shard is 1/N, as schedulers number array tasks from 1 (or say so). */
  index: number
  count: number
}

const WHOLE_NUMBER = /^[1-9][0-9]*$/

export function parseShard(value: string, usage: string): Shard {
  const match = /^([^/]+)\/([^/]+)$/.exec(value.trim())
  const [k, n] = match ? [match[1], match[2]] : ['', '']
  if (!WHOLE_NUMBER.test(k) || !WHOLE_NUMBER.test(n) || Number(k) > Number(n)) {
    throw new GalleyError('invalid-argument', `--shard must be K/N with 1 ≤ K ≤ N, such as 2/3 for the second of three shares (got "${value}").\n${usage}`)
  }
  return { index: Number(k), count: Number(n) }
}

export function parseJobs(value: string, usage: string): number {
  if (!WHOLE_NUMBER.test(value.trim())) {
    throw new GalleyError('invalid-argument', `--jobs must be a whole number of worker threads, 1 or more (got "${value}"); this machine has ${defaultJobs()} cores.\n${usage}`)
  }
  return Number(value)
}

export function defaultJobs(): number {
  return availableParallelism()
}

/** Whether the issue at `issuePath` (relative to the library, `/`-separated) is in the shard. */
export function inShard(issuePath: string, shard: Shard): boolean {
  if (shard.count === 1) return true
  const digest = createHash('sha256').update(issuePath, 'utf8').digest()
  // 48 bits of the hash: uniform enough over any N a scheduler would use, and exact in a double.
  return (digest.readUIntBE(0, 6) % shard.count) + 1 === shard.index
}
