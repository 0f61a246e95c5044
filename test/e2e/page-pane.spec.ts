// The printed page beside the text: on first start the bundled sample's page has a PDF beside it;
// P shows it, drawn by pdf.js (its worker loaded from the built renderer), and the current
// finding's text is found on the PDF's text layer and marked.
import { expect, openIssue, shot, test } from './web-harness'

test('P shows the sample page PDF beside the text, with the current finding marked on it', async ({ page, galley }) => {
  const failures: string[] = []
  page.on('pageerror', (err) => failures.push(err.message))
  // pdf.js falls back to parsing on the page's own thread when its worker cannot load: that must not happen.
  page.on('console', (message) => /fake worker|Refused to/i.test(message.text()) && failures.push(message.text()))
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(galley.server.url)
  await openIssue(page, '株洲日报 2024-01-30')
  await expect(page.locator('.finding-panel')).toBeVisible()
  await expect(page.locator('.page-pane')).toHaveCount(0)

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('p')
  const pane = page.getByRole('region', { name: 'Printed page' })
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

  await shot(page, 'page-pane')

  // The next finding's text is marked in its place; zooming in keeps the marks on the page.
  const before = await marks.first().boundingBox()
  await page.keyboard.press('j')
  await expect.poll(async () => JSON.stringify(await marks.first().boundingBox())).not.toBe(JSON.stringify(before))
  await pane.getByRole('button', { name: 'Zoom in' }).click()
  await expect(pane.locator('.page-pane-viewport')).toHaveAttribute('data-zoom', '1.5')
  await expect(marks.first()).toBeAttached()

  await page.locator('body').click({ position: { x: 1, y: 1 } }).catch(() => undefined)
  await page.keyboard.press('p')
  await expect(page.locator('.page-pane')).toHaveCount(0)
  expect(workers.some((url) => url.startsWith(galley.server.url.replace(/\/\?.*$/, '')) && url.includes('pdf.worker'))).toBe(true)
  expect(failures).toEqual([])
})
