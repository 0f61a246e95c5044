// The findings queue as an editor scans it: rows grouped under their article's headline, each with
// its page and a few words of its text, so several breaks in one article read as different rows.
import { expect, openIssue, test } from './web-harness'

test('groups the queue by article and tells rows of one article apart by page and text', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '株洲日报 2024-01-30')
  await page.getByRole('combobox', { name: /Show findings of kind/ }).selectOption('paragraph-break')
  const rows = page.getByRole('listbox', { name: 'Findings' }).getByRole('option')
  await expect(rows.first()).toBeVisible()
  const labels = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))
  expect(labels.length).toBeGreaterThan(2)
  // Every row names its page and differs from every other.
  expect(labels.every((l) => /p\. 01/.test(l))).toBe(true)
  expect(new Set(labels).size).toBe(labels.length)
  // The headline heads its group once: rows of one article after the first carry no heading.
  const groups = await page.locator('.queue-row .queue-group').allTextContents()
  expect(new Set(groups).size).toBe(groups.length)
  expect(groups.length).toBeLessThan(labels.length)
})
