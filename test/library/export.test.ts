// Exports: HTML escaped and self-contained, TEI well-formed with the elements it promises,
// batch export to a folder with a change report beside each file.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { create } from 'xmlbuilder2'
import { acceptAll, analyze, makePage, type Page } from '../../src-main/core/index'
import { toHtml } from '../../src-main/core/export/html'
import { toTei } from '../../src-main/core/export/tei'
import { exportIssues } from '../../src-main/library/export'
import { Library } from '../../src-main/library/library'
import { sha256Of } from '../../src-main/library/pages'
import { CN_ISSUE, EN_ISSUE, FIXTURES, tempDir } from './helpers'

function pagesOf(issue: string, files: string[]): Page[] {
  return files.map((file) => {
    const bytes = readFileSync(join(FIXTURES, 'library', issue, file))
    return makePage(file, bytes, sha256Of(bytes))
  })
}

const hostile = (): Page[] => {
  const text = '## A <script>alert(1)</script> & "quotes"\n\nBy JANE <b>DOE</b>\n\nBody with <img src=x onerror=alert(2)> & more\u0001 text.\n'
  const bytes = new TextEncoder().encode(text)
  return [makePage('01.md', bytes, sha256Of(bytes))]
}

describe('HTML export', () => {
  it('escapes every text and loads nothing from outside', () => {
    const html = toHtml(analyze(hostile(), [], { title: 'Issue <1> & co', date: '2024-01-01' }))
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<b>/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Issue &lt;1&gt; &amp; co')
    expect(html).not.toMatch(/<[^>]*\s(src|href)\s*=/i)
    expect(html).toMatch(/<style>/)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    expect(html.startsWith('<!doctype html>')).toBe(true)
  })

  it('reads as the corrected issue: headline, byline, subhead, caption, page change', () => {
    const { analysis } = acceptAll(pagesOf(CN_ISSUE, ['01.md', '02.md']), [], { title: '晨报 2024-03-05', date: '2024-03-05' })
    const html = toHtml(analysis)
    expect(html).toContain('<html lang="zh">')
    expect(html).toContain('<span class="part">城市新区建设提速</span><span class="part">三大项目同日开工</span>')
    expect(html).toContain('<h3>项目建设有哪些亮点?</h3>')
    expect(html).toContain('<figure><figcaption>')
    expect(html).toContain('— 02 —')
  })
})

describe('TEI export', () => {
  it('is well-formed XML even from hostile text', () => {
    const xml = toTei(analyze(hostile(), [], { title: 'Issue <1> & co', date: '2024-01-01' }))
    expect(() => create(xml)).not.toThrow()
    expect(xml).not.toContain('\u0001')
    expect(xml).toContain('&lt;script&gt;')
  })

  it('has the TEI structure: header with title, date and source; articles with head, byline, p, subheads, figures and page beginnings', () => {
    const { analysis } = acceptAll(pagesOf(CN_ISSUE, ['01.md', '02.md']), [], { title: '晨报 2024-03-05', date: '2024-03-05' })
    const xml = toTei(analysis)
    const doc = create(xml).end({ format: 'object' }) as Record<string, unknown>
    expect(Object.keys(doc)).toEqual(['TEI'])
    expect(xml).toContain('<TEI xmlns="http://www.tei-c.org/ns/1.0">')
    expect(xml).toMatch(/<titleStmt>\s*<title>晨报 2024-03-05<\/title>/)
    expect(xml).toContain('<date when="2024-03-05">2024-03-05</date>')
    expect(xml).toMatch(/<sourceDesc>[\s\S]*01\.md sha256:/)
    expect(xml.match(/<div type="article"/g)).toHaveLength(2)
    expect(xml).toContain('<head>城市新区建设提速<lb/>三大项目同日开工</head>')
    expect(xml).toContain('<head type="sub">项目建设有哪些亮点?</head>')
    expect(xml).toMatch(/<seg type="byline">晨报讯\(记者\/李明 通讯员\/王芳\)<\/seg>/)
    expect(xml).toMatch(/<figure>\s*<figDesc>招聘会现场,求职者在展位前咨询。<\/figDesc>\s*<note type="credit">记者 赵磊 摄<\/note>/)
    // The merged article crosses from page 01 to 02 exactly once.
    expect(xml.match(/<pb n="02"\/>/g)).toHaveLength(1)
    expect(xml).not.toContain('下转02版')
  })

  it('gives a byline line its own <byline>', () => {
    const xml = toTei(analyze(pagesOf(EN_ISSUE, ['01.md']), []))
    expect(xml).toContain('<byline>By JOHN SMITH</byline>')
    expect(xml).toMatch(/<p>The city council voted/)
  })
})

describe('batch export', () => {
  it('writes every issue with a change report beside it, listing applied ops, who, when and what is open', async () => {
    const library = await Library.open(join(FIXTURES, 'library'), { stateDir: tempDir(), emit: () => undefined, watch: false, summarize: false })
    const out = tempDir('galley-batch-')
    const result = await exportIssues(library, { issueIds: library.issueIds(), format: 'tei', folder: out, report: 'json' })
    await library.close()
    expect(result.failed).toEqual([])
    expect(readdirSync(out).sort()).toEqual([
      'evening-post-1911-09-17.report.json',
      'evening-post-1911-09-17.tei.xml',
      '晨报-2024-03-05.report.json',
      '晨报-2024-03-05.tei.xml',
    ])
    const report = JSON.parse(readFileSync(join(out, '晨报-2024-03-05.report.json'), 'utf8'))
    expect(report).toMatchObject({ schema: 'galley.report/1', issue: { id: CN_ISSUE }, export: { format: 'tei', by: expect.any(String) }, applied: [] })
    expect(report.open.map((f: { kind: string }) => f.kind).sort()).toEqual(['continuation', 'paragraph-break'])
    expect(readdirSync(out).some((n) => n.endsWith('.tmp'))).toBe(false)
  })
})
