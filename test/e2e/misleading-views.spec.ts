// Views that misled the editor (issue 15 §3), in Chromium on the bundled sample.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, openIssue, test } from './web-harness'

test('the export dialog has a backdrop, closes on Esc after a folder is typed, and counts the report among the files it wrote', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '株洲日报 2024-01-30')
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog')
  const backdrop = page.locator('.dialog-backdrop')
  await expect(backdrop).toBeVisible()
  const box = await backdrop.boundingBox()
  const viewport = page.viewportSize()!
  expect(box?.width).toBe(viewport.width)
  expect(box?.height).toBe(viewport.height)
  expect(await backdrop.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')

  for (const name of [/JSON/, /Plain text/, /HTML/, /TEI/]) await dialog.getByRole('checkbox', { name }).check()
  await dialog.getByRole('button', { name: 'Choose folder…' }).click()
  await dialog.getByRole('textbox', { name: 'Export folder path' }).fill(galley.exportDir)
  await dialog.getByRole('textbox', { name: 'Export folder path' }).press('Enter')
  await expect(dialog.getByText(galley.exportDir)).toBeVisible()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('status', { name: 'Export result' })).toContainText(/files written/)
  const files = readdirSync(galley.exportDir)
  await expect(dialog.getByRole('status', { name: 'Export result' })).toContainText(`${files.length} files written`)
  const report = readFileSync(join(galley.exportDir, files.find((f) => f.endsWith('.report.md'))!), 'utf8')
  const exportLine = report.split('\n').find((line) => line.startsWith('- Export:'))!
  for (const ext of ['.md', '.json', '.txt', '.html', '.tei.xml']) expect(exportLine).toContain(ext)

  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // Esc also closes it before anything is exported, once the typed folder's field is gone.
  await page.getByRole('button', { name: 'Export…' }).click()
  await dialog.getByRole('button', { name: 'Choose folder…' }).click()
  await dialog.getByRole('textbox', { name: 'Export folder path' }).fill(galley.exportDir)
  await dialog.getByRole('textbox', { name: 'Export folder path' }).press('Enter')
  await expect(dialog.getByText(galley.exportDir)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('a body paragraph’s edit button is clicked with the mouse, and e edits the current finding’s paragraph', async ({ page, galley }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(galley.server.url)
  await openIssue(page, '株洲日报 2024-01-30')
  const paragraph = page.locator('.article-body > .editable.block-paragraph').nth(1)
  await paragraph.hover()
  await paragraph.getByRole('button', { name: /^Edit Paragraph/ }).click({ timeout: 5000 })
  const field = page.locator('.article-body textarea')
  await expect(field).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(field).toHaveCount(0)

  // The first finding is a paragraph break: e opens its paragraph for editing.
  await page.locator('body').click({ position: { x: 1, y: 1 } }).catch(() => undefined)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('e')
  await expect(field).toBeVisible()
  await expect(field).toBeFocused()
})

test('at 1280×800 the hand tools fit the article column and the finding’s buttons are on screen', async ({ page, galley }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(galley.server.url)
  await openIssue(page, '株洲日报 2024-01-30')
  await page.locator('.hand-tools summary').click()
  await expect(page.locator('.article-tools')).toBeVisible()
  const column = await page.locator('.article-column').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(column.scroll).toBeLessThanOrEqual(column.client)
  const join = page.locator('.finding-panel .actions button.primary')
  const box = (await join.boundingBox())!
  expect(box.y + box.height).toBeLessThanOrEqual(800)
  await join.click({ trial: true })
})

test('a merge shows the article merged into, and undoing it and the split before it shows the article split', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '株洲日报 2024-01-30')
  const rows = page.locator('.nav-article-item')
  const before = await rows.allTextContents()
  const headline = page.locator('.article-pane .headline')
  await rows.nth(2).click()
  const split = (await headline.textContent())!
  await page.locator('.hand-tools summary').click()
  await page.getByRole('combobox', { name: 'before paragraph' }).selectOption({ index: 1 })
  await page.getByRole('checkbox', { name: 'That paragraph is the new headline' }).check()
  await page.getByRole('button', { name: 'Split', exact: true }).click()
  await expect(rows).toHaveCount(before.length + 1)
  await rows.nth(3).click()
  const part = (await headline.textContent())!
  await page.getByRole('button', { name: 'Merge into the previous article' }).click()
  await expect(rows).toHaveCount(before.length)
  await expect(headline).toHaveText(split)
  await page.getByRole('button', { name: /Undo/ }).click()
  await expect(rows).toHaveCount(before.length + 1)
  await expect(headline).toHaveText(part)
  await page.getByRole('button', { name: /Undo/ }).click()
  await expect(rows).toHaveText(before)
  await expect(headline).toHaveText(split)
})
