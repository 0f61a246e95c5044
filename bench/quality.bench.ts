// `npm run bench:quality`: how well accept-all repairs what extraction does to a page, per kind of
// damage, on seeded simulated Chinese issues (the answer known), on the same issues undamaged
// (accept-all must change nothing), and on the labelled samples: the Qixiangbao continuations,
// the bundled sample and the Mustang Daily labels (story separation and jump linking). Goals are
// printed beside the figures, never enforced: this is a measure, not a test.
//
// Environment: QUALITY_SEED (default 1), QUALITY_ISSUES (simulated issues, default 200),
// BENCH_SAMPLES (the samples folder, default ../shared/samples beside the repo), QUALITY_ALTO_MISSES=1
// (also list the METS articles the ALTO layout split did not separate, and where their words went).

import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { altoReport } from './quality/alto'
import { englishReport } from './quality/english'
import { labelledChineseReport } from './quality/labelled-zh'
import { OWN_STORIES, sampleStories } from './quality/stories'
import { table, type Row } from './quality/table'
import { runSimulation, simulationReport } from './quality/zh-sim'
import { lostHyphenReport } from './quality/lost-hyphen'
import { wrappedChineseReport } from './quality/zh-wrapped'
import { installWordList } from '../src-main/library/word-list'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '..')
const samplesDir = process.env.BENCH_SAMPLES ? resolve(process.env.BENCH_SAMPLES) : resolve(repo, '..', 'shared', 'samples')
const seed = Number.parseInt(process.env.QUALITY_SEED ?? '', 10) || 1
const issues = Math.max(1, Number.parseInt(process.env.QUALITY_ISSUES ?? '', 10) || 200)

// As the app, the CLI and their workers do: lost hyphens are checked against the word list too.
installWordList()
const t0 = performance.now()
const fromSamples = sampleStories(samplesDir)
if (!fromSamples) console.log(`samples not found at ${samplesDir}: the simulator uses the benchmark's own stories only`)
const pool = [...OWN_STORIES, ...(fromSamples ?? [])]
console.log(`Galley accept-all quality benchmark: seed ${seed}, ${pool.length} clean stories (${OWN_STORIES.length} written for the benchmark, ${fromSamples?.length ?? 0} from the Qixiangbao samples)\n`)

const run = runSimulation(pool, seed, issues)
const sim = simulationReport(run)
console.log(sim.text)

const summary: Row[] = [...sim.summary]
if (existsSync(samplesDir)) {
  const zh = labelledChineseReport(samplesDir, repo)
  console.log(`\n${zh.text}`)
  summary.push(...zh.summary)
  const en = englishReport(samplesDir)
  console.log(`\n${en.text}`)
  summary.push(...en.summary)
  const wrapped = wrappedChineseReport(samplesDir)
  if (wrapped) {
    console.log(`\n${wrapped.text}`)
    summary.push(...wrapped.summary)
  }
  const hyphens = lostHyphenReport(samplesDir)
  console.log(`\n${hyphens.text}`)
  summary.push(...hyphens.summary)
  const alto = altoReport(samplesDir, process.env.QUALITY_ALTO_MISSES === '1')
  if (alto) {
    console.log(`\n${alto.text}`)
    summary.push(...alto.summary)
  } else console.log('\nthe ALTO sample is not in the samples folder: skipping ALTO story separation')
} else {
  console.log(`\nsamples not found at ${samplesDir}: skipping the labelled Qixiangbao continuations and the Mustang Daily labels`)
  const zh = labelledChineseReport(null, repo)
  console.log(`\n${zh.text}`)
  summary.push(...zh.summary)
}

console.log(`\n${table('Summary: each figure against its goal', summary)}`)
console.log(`\nran in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
