// The duplicate view as an editor compares two copies: on the bundled evening-paper sample, whose
// repeated passage differs from the first copy by an OCR slip (材料 / 材枓) and a dateline.
import { expect, openIssue, test } from './web-harness'

test('steps through the differences, shows them inline, marks them by more than colour, and widens to the window', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '示例晚报 2024-03-06')
  await page.getByRole('combobox', { name: /Show findings of kind/ }).selectOption('duplicate-passage')
  const view = page.getByRole('region', { name: 'Duplicate passage' })
  const status = view.getByRole('toolbar', { name: 'Compare the copies' }).getByRole('status')
  await expect(status).toHaveText(/^\d+ differences$/)
  const total = Number((await status.textContent())!.split(' ')[0])
  expect(total).toBeGreaterThanOrEqual(3)

  // A difference is struck through or underlined, not only coloured.
  const removed = view.locator('del.diff-removed').first()
  expect(await removed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through')
  expect(await view.locator('ins.diff-added').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline')

  await page.keyboard.press(']')
  await expect(status).toHaveText(`Difference 1 of ${total}`)
  await expect(view.locator('.diff-current')).toHaveCount(1)
  await page.keyboard.press('[')
  await expect(status).toHaveText(`Difference ${total} of ${total}`)

  await page.keyboard.press('i')
  await expect(view.locator('table.side-by-side')).toHaveCount(0)
  await expect(view.locator('.inline-diff ins.diff-added', { hasText: '枓' })).toHaveCount(1)
  await expect(view.locator('.inline-diff del.diff-removed', { hasText: '料' })).toHaveCount(1)
  await page.keyboard.press('i')
  await expect(view.locator('table.side-by-side')).toHaveCount(1)

  await page.keyboard.press('f')
  await expect(view).toHaveClass(/wide/)
  const box = await view.boundingBox()
  expect(box!.width).toBeGreaterThan((page.viewportSize()!.width * 0.9))
  await page.keyboard.press('Escape')
  await expect(view).not.toHaveClass(/wide/)
})
