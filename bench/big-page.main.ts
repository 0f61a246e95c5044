// `npm run bench:big-page`: only the bench's one-large-page memory line (bench/big-page.ts), without
// the minutes the whole bench takes. Same pool as `npm run bench`: the samples, else generated text.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { samplePool, syntheticPool } from './archive'
import { bigPageLine } from './big-page'

const samplesDir = process.env.BENCH_SAMPLES ? resolve(process.env.BENCH_SAMPLES) : resolve(import.meta.dirname, '..', '..', 'shared', 'samples')
const root = mkdtempSync(join(tmpdir(), 'galley-big-page-'))
try {
  console.log(bigPageLine(samplePool(samplesDir) ?? syntheticPool(), root))
} finally {
  rmSync(root, { recursive: true, force: true })
}
