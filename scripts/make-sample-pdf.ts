// Prints the bundled sample page's text to a PDF beside it (`01.md` -> `01.pdf`), so the page pane
// has a scan to show on first start and in the end-to-end run. We have no real scan we may ship:
// this stands in for one, set as a newspaper page (headlines over six columns, one weight of one typeface so one font subset is embedded) by the system
// Chromium's print. Its text layer holds the page's text, which the pane searches to highlight a
// finding. Run `npx tsx scripts/make-sample-pdf.ts` after the sample page changes; commit the PDF.
import { chromium } from '@playwright/test'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium'

const issue = resolve(import.meta.dirname, '..', 'resources', 'sample-library', '株洲日报-2024-01-30')
const source = join(issue, '01.md')
const target = join(issue, '01.pdf')

// A broadsheet-like page: tall enough that the whole page's text fits its six columns.
const WIDTH_MM = 380
const HEIGHT_MM = 560

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The page file's lines as printed: a `##` line is a headline spanning the columns, every other line a paragraph. */
function pageHtml(markdown: string, fontPt: number): string {
  const body = markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (line.startsWith('#') ? `<h2>${escapeHtml(line.replace(/^#+\s*/, ''))}</h2>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: ${WIDTH_MM}mm ${HEIGHT_MM}mm; margin: 12mm; }
    html, body { margin: 0; }
    body { font-family: 'Noto Serif CJK SC', serif; font-size: ${fontPt}pt; line-height: 1.45; }
    header { border-bottom: 3px double #000; text-align: center; font-size: 40pt; font-weight: 400; margin-bottom: 4mm; }
    main { column-count: 6; column-gap: 5mm; column-rule: 0.3pt solid #888; column-fill: auto; height: ${HEIGHT_MM - 24 - 30}mm; }
    h2 { font-size: ${fontPt * 1.7}pt; font-weight: 400; margin: 2mm 0; break-after: avoid; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
  </style></head><body><header>株洲日报</header><main>${body}</main></body></html>`
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  // Measured at the printed page's content size (the page less its 12 mm margins), in CSS pixels.
  const px = (mm: number) => Math.round((mm * 96) / 25.4)
  const page = await browser.newPage({ viewport: { width: px(WIDTH_MM - 24), height: px(HEIGHT_MM - 24) } })
  const markdown = readFileSync(source, 'utf8')
  // The largest type at which the text still fits the page's columns (a one-page PDF, as a scan is).
  let font = 12
  for (; font > 6; font -= 0.5) {
    await page.setContent(pageHtml(markdown, font))
    await page.emulateMedia({ media: 'print' })
    const fits = await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement
      return main.scrollWidth <= main.clientWidth + 1
    })
    if (fits) break
  }
  // Print breaks lines a little differently from the screen it was measured on: a point less keeps the last column's end on the page.
  font -= 1
  await page.setContent(pageHtml(markdown, font))
  const pdf = await page.pdf({ width: `${WIDTH_MM}mm`, height: `${HEIGHT_MM}mm`, printBackground: true, preferCSSPageSize: true })
  writeFileSync(target, pdf)
  console.log(`${target}: ${statSync(target).size} bytes, type ${font} pt`)
} finally {
  await browser.close()
}
