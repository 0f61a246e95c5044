// The printed page beside the text: on first start the bundled sample's page has a PDF beside it;
// P shows it, drawn by pdf.js (its worker loaded from the built renderer), and the current
// finding's text is found on the PDF's text layer and marked.
import type { Locator, Page } from '@playwright/test'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleWithCjkPdf } from './cjk-pdf'
import { expect, openIssue, SAMPLE_ISSUE, shot, startGalley, test } from './web-harness'

/** The sample issue opened at its first finding, the page pane shown with P. */
async function openPane(page: Page, url: string): Promise<Locator> {
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(url)
  await openIssue(page, '株洲日报 2024-01-30')
  await expect(page.locator('.finding-panel')).toBeVisible()
  await expect(page.locator('.page-pane')).toHaveCount(0)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('p')
  return page.getByRole('region', { name: 'Printed page' })
}

/** A library made in a temp folder by `make`, served for `use`, removed after. */
async function withLibrary(make: (folder: string) => Promise<void> | void, use: (url: string) => Promise<void>): Promise<void> {
  const made = mkdtempSync(join(tmpdir(), 'galley-e2e-pane-'))
  await make(made)
  const galley = await startGalley(made)
  try {
    await use(galley.server.url)
  } finally {
    await galley.dispose()
    rmSync(made, { recursive: true, force: true })
  }
}

test('P shows the sample page PDF beside the text, with the current finding marked on it', async ({ page, galley }) => {
  const failures: string[] = []
  page.on('pageerror', (err) => failures.push(err.message))
  // pdf.js falls back to parsing on the page's own thread when its worker cannot load: that must not happen.
  page.on('console', (message) => /fake worker|Refused to/i.test(message.text()) && failures.push(message.text()))
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  const pane = await openPane(page, galley.server.url)
  await expect(pane).toBeVisible()

  // Drawn: the canvas has ink on it (not only the white of an empty page).
  const canvas = pane.locator('canvas')
  await expect(canvas).toBeVisible({ timeout: 20_000 })
  await expect
    .poll(
      () =>
        canvas.evaluate((el: HTMLCanvasElement) => {
          const data = el.getContext('2d')?.getImageData(0, 0, el.width, el.height).data
          if (!data || el.width === 0) return 0
          let dark = 0
          for (let i = 0; i < data.length; i += 4 * 16) if (data[i] < 128) dark++
          return dark
        }),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(100)

  // Marked: the finding's blocks are boxed over the page, and the status says so.
  await expect(pane.getByRole('status')).toContainText(/marked on page 01/)
  const marks = pane.locator('.pane-box.finding')
  await expect(marks.first()).toBeVisible()
  const blockIds = await page
    .locator('.block.hit-current')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-block-id') ?? el.querySelector('[data-block-id]')?.getAttribute('data-block-id') ?? null))
  const marked = new Set(await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-block'))))
  expect(blockIds.length).toBeGreaterThan(0)
  for (const id of blockIds) expect(marked.has(id)).toBe(true)

  // The next finding's text is marked in its place.
  const before = await marks.first().boundingBox()
  await page.keyboard.press('j')
  await expect.poll(async () => JSON.stringify(await marks.first().boundingBox())).not.toBe(JSON.stringify(before))

  // Zooming in keeps the finding's mark in view.
  const viewport = pane.locator('.page-pane-viewport')
  await pane.getByRole('button', { name: 'Zoom in' }).click()
  await pane.getByRole('button', { name: 'Zoom in' }).click()
  await expect(viewport).toHaveAttribute('data-zoom', '2')
  await expect
    .poll(async () => {
      const [area, mark] = [await viewport.boundingBox(), await marks.first().boundingBox()]
      if (!area || !mark) return false
      const centre = { x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 }
      return centre.x > area.x && centre.x < area.x + area.width && centre.y > area.y && centre.y < area.y + area.height
    })
    .toBe(true)
  await shot(page, 'page-pane')

  await page.locator('body').click({ position: { x: 1, y: 1 } }).catch(() => undefined)
  await page.keyboard.press('p')
  await expect(page.locator('.page-pane')).toHaveCount(0)
  expect(workers.some((url) => url.startsWith(galley.server.url.replace(/\/\?.*$/, '')) && url.includes('pdf.worker'))).toBe(true)
  expect(failures).toEqual([])
})

test('shows an image scan beside the text, and says it has no text to mark the finding in', async ({ page, browser }) => {
  const make = async (folder: string) => {
    const issue = join(folder, '株洲日报-2024-01-30')
    mkdirSync(issue)
    copyFileSync(join(SAMPLE_ISSUE, '01.md'), join(issue, '01.md'))
    // Any picture will do as the page's scan: a screenshot of a masthead.
    const painter = await browser.newPage({ viewport: { width: 400, height: 600 } })
    await painter.setContent('<body style="margin:0;background:#fff"><h1 style="font-size:60px">株洲日报</h1></body>')
    writeFileSync(join(issue, '01.png'), await painter.screenshot())
    await painter.close()
  }
  await withLibrary(make, async (url) => {
    const pane = await openPane(page, url)
    const image = pane.getByRole('img', { name: 'Scan of page 01' })
    await expect(image).toBeVisible()
    expect(await image.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight])).toEqual([400, 600])
    await expect(pane.getByRole('status')).toContainText('01.png is an image')
    await page.close()
  })
})

test('reads a PDF whose Chinese fonts are not embedded, with the character maps served beside the bundle', async ({ page }) => {
  await withLibrary(
    (folder) => sampleWithCjkPdf(SAMPLE_ISSUE, join(folder, '株洲日报-2024-01-30')),
    async (url) => {
      const pane = await openPane(page, url)
      await expect(pane.getByRole('status')).toContainText(/marked on page 01/, { timeout: 20_000 })
      await page.close()
    },
  )
})
