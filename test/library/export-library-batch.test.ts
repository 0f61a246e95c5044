// export-library for archives: --jobs N on worker threads with the same files as one job,
// --shard K/N covering a library exactly once across N runs, and --format jsonl as passim reads it.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runExportLibrary } from '../../src-main/cli-library'
import { CN_ISSUE, EN_ISSUE, FIXTURES, fixtureLibrary, tempDir, cliIo } from './helpers'

/** A library of `count` issues: copies of the two fixture issues, each under a paper's own name. */
function archive(count: number): string {
  const fixtures = fixtureLibrary()
  const library = join(tempDir(), 'archive')
  for (let i = 0; i < count; i++) {
    const source = i % 2 === 0 ? CN_ISSUE : EN_ISSUE
    cpSync(join(fixtures, source), join(library, `paper-${String(i).padStart(2, '0')}-${source.slice(-10)}`), { recursive: true })
  }
  return library
}

const exportsIn = (out: string): string[] => readdirSync(out).filter((name) => !name.includes('.report.')).sort()

/** A report names when it was written; everything else in it is the same on every run. */
const withoutTime = (report: string): string => report.replace(/, written \S+ by /, ', written <time> by ')

describe('export-library --jobs', () => {
  it('writes on 2 worker threads the same files, in the same order, as one job', async () => {
    const library = archive(6)
    const one = join(tempDir(), 'one')
    const two = join(tempDir(), 'two')
    const [a, b] = [cliIo(), cliIo()]
    expect(await runExportLibrary([library, '--out', one, '--format', 'json', '--accept-all', '--jobs', '1'], a.io)).toBe(0)
    expect(await runExportLibrary([library, '--out', two, '--format', 'json', '--accept-all', '--jobs', '2'], b.io)).toBe(0)
    expect(b.out().replaceAll(two, '<out>')).toBe(a.out().replaceAll(one, '<out>'))
    expect(readdirSync(two).sort()).toEqual(readdirSync(one).sort())
    for (const name of readdirSync(one)) {
      const [x, y] = [readFileSync(join(one, name), 'utf8'), readFileSync(join(two, name), 'utf8')]
      if (name.includes('.report.')) expect(withoutTime(y), name).toBe(withoutTime(x))
      else expect(y, name).toBe(x)
    }
    expect(b.err()).toMatch(/6\/6 issues/)
  })

  it('reports a bad issue among the others as one job does', async () => {
    const library = archive(4)
    mkdirSync(join(library, 'aaa-broken-2024-01-01'))
    writeFileSync(join(library, 'aaa-broken-2024-01-01', '01.md'), Buffer.from([0, 1, 2, 3, 0, 0]))
    const t = cliIo()
    expect(await runExportLibrary([library, '--out', join(tempDir(), 'out'), '--format', 'md', '--jobs', '2'], t.io)).toBe(1)
    expect(t.out().trim().split('\n')).toHaveLength(4)
    expect(t.err()).toMatch(/1 issue could not be exported:\n {2}aaa-broken-2024-01-01: binary: /)
  })

  it('leaves only whole files when interrupted on 2 threads', async () => {
    const library = archive(80)
    const out = join(tempDir(), 'out')
    const t = cliIo()
    const running = runExportLibrary([library, '--out', out, '--format', 'tei', '--jobs', '2'], t.io)
    // Ctrl-C once the workers are under way (their start takes a while under a loaded machine).
    const watch = setInterval(() => {
      if (existsSync(out) && readdirSync(out).some((n) => n.endsWith('.tei.xml'))) {
        clearInterval(watch)
        process.emit('SIGINT')
      }
    }, 10)
    const code = await running
    clearInterval(watch)
    expect(code).toBe(130)
    const files = readdirSync(out)
    expect(files.some((n) => n.endsWith('.tmp'))).toBe(false)
    const exports = files.filter((n) => n.endsWith('.tei.xml'))
    expect(exports.length).toBeLessThan(80)
    for (const name of exports) {
      expect(readFileSync(join(out, name), 'utf8').trim().endsWith('</TEI>')).toBe(true)
      expect(files).toContain(name.replace('.tei.xml', '.report.md'))
    }
    expect(t.out().trim().split('\n').filter(Boolean)).toHaveLength(exports.length)
    expect(t.err()).toContain('Interrupted')
  })
})

describe('export-library --shard', () => {
  it('splits a library into 3 shards that export every issue exactly once', async () => {
    const library = archive(12)
    const whole = join(tempDir(), 'whole')
    expect(await runExportLibrary([library, '--out', whole, '--format', 'txt', '--jobs', '1'], cliIo().io)).toBe(0)
    const shards = [1, 2, 3].map((k) => join(tempDir(), `shard-${k}`))
    for (const [i, out] of shards.entries()) {
      const t = cliIo()
      expect(await runExportLibrary([library, '--out', out, '--format', 'txt', '--shard', `${i + 1}/3`, '--jobs', '1'], t.io)).toBe(0)
      expect(t.err()).toContain(`shard ${i + 1}/3`)
    }
    const parts = shards.map((out) => (existsSync(out) ? exportsIn(out) : []))
    const union = parts.flat()
    expect(new Set(union).size).toBe(union.length)
    expect(union.sort()).toEqual(exportsIn(whole))
    // A share of 12 by hash: each shard takes some, none takes all.
    for (const part of parts) expect(part.length).toBeLessThan(12)
  })

  it('gives a rerun of a shard the same issues', async () => {
    const library = archive(8)
    const [first, again] = [join(tempDir(), 'first'), join(tempDir(), 'again')]
    await runExportLibrary([library, '--out', first, '--format', 'md', '--shard', '2/3', '--jobs', '1'], cliIo().io)
    await runExportLibrary([library, '--out', again, '--format', 'md', '--shard', '2/3', '--jobs', '2'], cliIo().io)
    expect(exportsIn(again)).toEqual(exportsIn(first))
  })
})

describe('export-library --format jsonl', () => {
  it('writes one corrected article a line with the fields passim reads', async () => {
    const library = fixtureLibrary()
    const out = join(tempDir(), 'out')
    expect(await runExportLibrary([library, '--out', out, '--format', 'jsonl', '--accept-all'], cliIo().io)).toBe(0)
    const json = join(tempDir(), 'json')
    await runExportLibrary([library, '--out', json, '--format', 'json', '--accept-all'], cliIo().io)
    expect(exportsIn(out)).toEqual([`${EN_ISSUE}.jsonl`, `${CN_ISSUE}.jsonl`])
    const ids = new Set<string>()
    let documents = 0
    for (const issue of [CN_ISSUE, EN_ISSUE]) {
      const text = readFileSync(join(out, `${issue}.jsonl`), 'utf8')
      expect(text.endsWith('\n')).toBe(true)
      const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
      const articles = (JSON.parse(readFileSync(join(json, `${issue}.json`), 'utf8')) as { articles: { id: string; pages: string[]; headline: string[]; body: { text: string }[] }[] }).articles
      expect(lines).toHaveLength(articles.length)
      documents += lines.length
      for (const [i, line] of lines.entries()) {
        expect(Object.keys(line).sort()).toEqual(['date', 'headline', 'id', 'pages', 'series', 'text'])
        expect(line.id).toBe(`${issue}/${articles[i].id}`)
        expect(line.pages).toEqual(articles[i].pages)
        expect(line.headline).toBe(articles[i].headline.join(' '))
        // The corrected text: paragraphs joined at their column breaks by --accept-all.
        expect(line.text).toBe(articles[i].body.map((block) => block.text).join('\n'))
        ids.add(line.id as string)
      }
      expect(lines[0].series).toBe(issue === CN_ISSUE ? '晨报' : 'evening post')
      expect(lines[0].date).toBe(issue === CN_ISSUE ? '2024-03-05' : '1911-09-17')
    }
    // passim needs each document's id unique across the whole corpus.
    expect(ids.size).toBe(documents)
  })

  it('names the paper from the folder above an issue named by its date only', async () => {
    const fixtures = fixtureLibrary()
    const library = join(tempDir(), 'by-paper')
    cpSync(join(fixtures, CN_ISSUE), join(library, 'morning-news', '2024-03-05'), { recursive: true })
    const out = join(tempDir(), 'out')
    expect(await runExportLibrary([library, '--out', out, '--format', 'jsonl'], cliIo().io)).toBe(0)
    const [first] = readFileSync(join(out, '2024-03-05.jsonl'), 'utf8').split('\n')
    expect(JSON.parse(first)).toMatchObject({ series: 'morning-news', date: '2024-03-05', id: expect.stringMatching(/^morning-news\/2024-03-05\//) })
  })

  it('names the paper from the folder above a Chronicling America edition’s day and edition folders', async () => {
    const library = join(tempDir(), 'chronam')
    cpSync(join(FIXTURES, 'page-folders'), library, { recursive: true })
    const out = join(tempDir(), 'out')
    expect(await runExportLibrary([library, '--out', out, '--format', 'jsonl', '--accept-all'], cliIo().io)).toBe(0)
    const lines = readFileSync(join(out, '1911-09-17 ed-1.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { series: string; date: string; pages: string[]; text: string })
    expect(lines.every((line) => line.series === 'sn83045396' && line.date === '1911-09-17')).toBe(true)
    expect(lines.find((line) => line.text.includes('Six men'))?.pages).toEqual(['01', '02'])
  })
})

describe('export-library arguments', () => {
  it('refuses a bad --shard or --jobs with a clear error and writes nothing', async () => {
    const library = fixtureLibrary()
    const out = join(tempDir(), 'out')
    for (const shard of ['0/3', '4/3', '3', '1/0', 'a/b', '1/3/2', '-1/3', '1.5/3']) {
      await expect(runExportLibrary([library, '--out', out, '--format', 'md', '--shard', shard], cliIo().io), shard).rejects.toMatchObject({
        code: 'invalid-argument',
        message: expect.stringMatching(/^--shard must be K\/N with 1 ≤ K ≤ N/),
      })
    }
    for (const jobs of ['0', '-2', 'two', '1.5', '']) {
      await expect(runExportLibrary([library, '--out', out, '--format', 'md', `--jobs=${jobs}`], cliIo().io), jobs).rejects.toMatchObject({
        code: 'invalid-argument',
        message: expect.stringMatching(/^--jobs must be a whole number of worker threads, 1 or more/),
      })
    }
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(join(library, CN_ISSUE)).sort()).toEqual(['01.md', '02.md'])
  })
})
