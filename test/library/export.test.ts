// Exports: HTML escaped and self-contained, TEI well-formed with the elements it promises,
// batch export to a folder with a change report beside each file.

import { cpSync, readdirSync, readFileSync } from 'node:fs'
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
    expect(xml).toContain('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="zh">')
    expect(xml).toMatch(/<titleStmt>\s*<title>晨报 2024-03-05<\/title>/)
    expect(xml).toContain('<date when="2024-03-05">2024-03-05</date>')
    expect(xml).toMatch(/<sourceDesc>[\s\S]*01\.md sha256:/)
    expect(xml.match(/<div type="article"/g)).toHaveLength(2)
    expect(xml).toContain('<head>城市新区建设提速<lb/>三大项目同日开工</head>')
    expect(xml).toContain('<head type="sub">项目建设有哪些亮点?</head>')
    expect(xml).toContain('<seg type="byline">晨报讯(记者/<persName>李明</persName> 通讯员/<persName>王芳</persName>)</seg>')
    expect(xml).toMatch(/<figure>\s*<figDesc>招聘会现场,求职者在展位前咨询。<\/figDesc>\s*<note type="credit">记者 赵磊 摄<\/note>/)
    // The merged article crosses from page 01 to 02 exactly once.
    expect(xml.match(/<pb n="02"\/>/g)).toHaveLength(1)
    expect(xml).not.toContain('下转02版')
  })

  it('gives a byline line its own <byline>, the reporter in it a <persName>', () => {
    const xml = toTei(analyze(pagesOf(EN_ISSUE, ['01.md']), []))
    expect(xml).toContain('<byline>By <persName>JOHN SMITH</persName></byline>')
    expect(xml).toMatch(/<p>The city council voted/)
  })
})

describe('TEI export, for archives', () => {
  const page = (name: string, text: string): Page => {
    const bytes = new TextEncoder().encode(text)
    return makePage(name, bytes, sha256Of(bytes))
  }

  it('declares the language it is printed in, and none when it cannot tell', () => {
    const zh = toTei(acceptAll(pagesOf(CN_ISSUE, ['01.md', '02.md']), [], { title: '晨报 2024-03-05' }).analysis)
    expect(zh).toMatch(/<TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0" xml:lang="zh">/)
    expect(toTei(analyze(pagesOf(EN_ISSUE, ['01.md']), []))).toContain('xml:lang="en"')
    const latin = toTei(analyze([page('01.md', '## Le conseil municipal\n\nLe conseil municipal a voté hier soir un budget nouveau pour les écoles de la ville et des communes voisines, après un long débat.\n')], []))
    expect(latin).not.toContain('xml:lang')
  })

  it('begins every page with a <pb>, a page without articles too, each page once', () => {
    const pages = [
      page('01.md', '## First story\n\nBy ANN LEE\n\nThe first story is printed on the front page of the issue.\n'),
      // A full-page advertisement, extracted empty: a page without articles (as readPagesIn makes it).
      { number: '02', file: '02.md', text: '', sha256: sha256Of(new Uint8Array()), encoding: 'utf-8' },
      page('03.md', '## Third story\n\nBy BO RAN\n\nThe third story is printed on the third page of the issue.\n'),
    ]
    const xml = toTei(analyze(pages, []))
    expect(xml.match(/<pb n="\d+"\/>/g)).toEqual(['<pb n="01"/>', '<pb n="02"/>', '<pb n="03"/>'])
    expect(xml.indexOf('<pb n="01"/>')).toBeLessThan(xml.indexOf('First story'))
    expect(xml.indexOf('<pb n="03"/>')).toBeLessThan(xml.indexOf('Third story'))
    expect(() => create(xml)).not.toThrow()
  })

  it('lists the edit log\'s ops, who and when, as revisionDesc changes', async () => {
    const copy = tempDir('galley-tei-lib-')
    cpSync(join(FIXTURES, 'library'), copy, { recursive: true })
    const edited = await Library.open(copy, { stateDir: tempDir(), emit: () => undefined, watch: false, summarize: false })
    const view = await edited.openIssue(CN_ISSUE)
    const finding = view.findings.find((f) => f.kind === 'paragraph-break')!
    await edited.acceptFinding(CN_ISSUE, finding.id)
    const out = tempDir('galley-tei-out-')
    await exportIssues(edited, { issueIds: [CN_ISSUE], format: 'tei', folder: out })
    await edited.close()
    const xml = readFileSync(join(out, '晨报-2024-03-05.tei.xml'), 'utf8')
    expect(xml).toMatch(/<revisionDesc>\s*<change when="\d{4}-\d\d-\d\dT[^"]+"><name>[^<]+<\/name>: join paragraphs [^<]+<\/change>\s*<\/revisionDesc>/)
    expect(xml.indexOf('<revisionDesc>')).toBeLessThan(xml.indexOf('</teiHeader>'))
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
