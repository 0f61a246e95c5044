// Opening an ALTO issue against opening the same text as plain page files: the British Library's
// four pages read from their XML (with the METS) and analysed, and their text written out as
// 01.txt … 04.txt, read and analysed. Goal: the ALTO issue opens in at most twice the time.

import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { analyze, clearContentCaches, readPageFiles, type PageFile } from '../src-main/core/index'

const ISSUE = 'alto/british-library-0002647-1824-02-17'
const RUNS = 7

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function filesIn(dir: string): PageFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name))
      return { name, bytes, sha256: sha(bytes) }
    })
}

function medianMs(f: () => void): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    clearContentCaches()
    const t = performance.now()
    f()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

export function altoOpenLine(samplesDir: string, root: string): string {
  const dir = join(samplesDir, ISSUE)
  if (!existsSync(dir)) return 'ALTO open: the ALTO sample is not in the samples folder; skipped'
  const textDir = join(root, 'alto-as-text')
  mkdirSync(textDir, { recursive: true })
  for (const page of readPageFiles(filesIn(dir))) writeFileSync(join(textDir, `${page.number}.txt`), page.text)
  const alto = medianMs(() => analyze(readPageFiles(filesIn(dir))))
  const text = medianMs(() => analyze(readPageFiles(filesIn(textDir))))
  const ratio = alto / text
  return `ALTO open (4 pages with METS, read + analyse, median of ${RUNS}): ${alto.toFixed(0)} ms; the same text as 4 page files: ${text.toFixed(0)} ms; ratio ${ratio.toFixed(2)}× (goal ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`
}
