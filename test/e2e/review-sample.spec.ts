// The editor's day, keyboard only: the bundled sample library on first start → the seed issue →
// every finding accepted (or passed over where there is nothing to apply) → Markdown and JSON
// exported → the same as the analysis core's `--accept-all`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { acceptAllExport, currentKind, expect, SAMPLE_ISSUE, test } from './web-harness'

test('reviews the seed issue with the keyboard only and exports what accept-all gives', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await expect(page.getByText(/bundled sample issue/)).toBeVisible()

  // Into the issue by keyboard: Tab to the issue's button, Enter.
  const issue = page.getByRole('button', { name: '株洲日报 2024-01-30' })
  for (let i = 0; i < 20 && !(await issue.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('.finding-panel')).toBeVisible()
  await page.locator('body').click({ position: { x: 1, y: 1 } }).catch(() => undefined)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

  // Accept every finding that has a fix; unresolved jumps (page 02 is missing) have none: pass them with j.
  const position = page.locator('.finding-head .position')
  for (let step = 0; step < 60; step++) {
    const kind = await currentKind(page)
    if (kind === null) break
    const before = await position.textContent()
    if (kind === 'unresolved-jump') {
      const text = (before ?? '').match(/(\d+) of (\d+)/)
      if (text && text[1] === text[2]) break
      await page.keyboard.press('j')
    } else {
      await page.keyboard.press('a')
    }
    await expect(position).not.toHaveText(before ?? '')
  }
  const left = await page.locator('.queue-row').allTextContents()
  expect(left.every((row) => row.includes('Unresolved jump'))).toBe(true)
  expect(left).toHaveLength(2)

  // Export Markdown and JSON to a typed folder (browser mode has no folder dialog).
  await page.keyboard.press('Tab')
  await page.getByRole('button', { name: 'Export…' }).press('Enter')
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('checkbox', { name: /JSON/ }).check()
  await dialog.getByRole('button', { name: 'Choose folder…' }).click()
  await dialog.getByRole('textbox', { name: 'Export folder path' }).fill(galley.exportDir)
  await dialog.getByRole('textbox', { name: 'Export folder path' }).press('Enter')
  await expect(dialog.getByText(galley.exportDir)).toBeVisible()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('status', { name: 'Export result' })).toContainText('3 files written')

  const md = readFileSync(join(galley.exportDir, '株洲日报-2024-01-30.md'), 'utf8')
  const json = readFileSync(join(galley.exportDir, '株洲日报-2024-01-30.json'), 'utf8')
  expect(md).toBe(acceptAllExport(SAMPLE_ISSUE, 'md'))
  expect(JSON.parse(json)).toEqual(JSON.parse(acceptAllExport(SAMPLE_ISSUE, 'json')))
})
