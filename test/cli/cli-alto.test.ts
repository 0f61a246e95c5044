// The CLI on an ALTO issue: analyze reads its pages, export --format alto --out DIR writes the
// corrected pages (here uncorrected: the same bytes) and Galley's articles as a METS.

import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { altoPage } from '../fixtures/alto'

vi.setConfig({ testTimeout: 60_000 })

const repo = resolve(__dirname, '../..')
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'src-main/cli.ts'), ...args], { cwd: repo, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const PAGE = altoPage({ version: '3.1', blocks: [[['HARBOUR', 'BRIDGE', 'OPENED']], [['The', 'new', 'bridge', 'was', 'opened', 'yesterday.']]], lineHeight: [60, 30] })

describe('galley on ALTO pages', () => {
  it('analyzes an ALTO folder and exports its corrected pages into the folder --out names', () => {
    const root = mkdtempSync(join(tmpdir(), 'galley-cli-alto-'))
    const issue = join(root, 'statesman-1824-02-17')
    mkdirSync(issue)
    writeFileSync(join(issue, 'page_0001.xml'), PAGE)
    const analyzed = cli('analyze', issue)
    expect(analyzed.code).toBe(0)
    expect((JSON.parse(analyzed.stdout) as { articles: { headline: string[] }[] }).articles.map((a) => a.headline)).toEqual([['HARBOUR BRIDGE OPENED']])
    const out = join(root, 'out')
    const exported = cli('export', issue, '--format', 'alto', '--out', out)
    expect(exported.stderr).toBe('')
    expect(exported.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['mets.xml', 'page_0001.xml'])
    expect(readFileSync(join(out, 'page_0001.xml'), 'utf8')).toBe(PAGE)
  })
})
