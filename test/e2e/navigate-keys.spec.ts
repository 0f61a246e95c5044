// Moving through an issue from the keyboard: Shift+J / Shift+K article by article, G to a page,
// N into the navigator and ↑ ↓ there.
import { expect, FIXTURE_LIBRARY, openIssue, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('walks the articles, goes to a page, and moves through the navigator from the keyboard', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '晨报 2024-03-05')
  const selected = page.locator('.navigator .nav-article.selected .nav-headline')
  await page.locator('.navigator .nav-article').first().click()
  const first = await selected.textContent()

  await page.locator('body').press('Shift+J')
  await expect(selected).not.toHaveText(first ?? '')
  const second = await selected.textContent()
  await page.keyboard.press('Shift+K')
  await expect(selected).toHaveText(first ?? '')

  await page.keyboard.press('g')
  const dialog = page.getByRole('dialog', { name: 'Go to page' })
  await dialog.getByRole('combobox', { name: 'Page' }).fill('7')
  await dialog.getByRole('button', { name: 'Go' }).click()
  await expect(dialog.getByRole('alert')).toContainText('This issue has no page 7; its pages are 01, 02.')
  await dialog.getByRole('combobox', { name: 'Page' }).fill('2')
  await dialog.getByRole('combobox', { name: 'Page' }).press('Enter')
  await expect(dialog).toHaveCount(0)
  // Page 02's first article in reading order: the continued story's tail.
  await expect(page.getByRole('article')).toContainText('Pages 02')

  await page.keyboard.press('n')
  await expect(page.locator('.navigator .nav-article.selected')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(selected).toHaveText(first ?? '')
  await page.keyboard.press('ArrowDown')
  await expect(selected).toHaveText(second ?? '')
  await expect(page.locator('.navigator .nav-article.selected')).toBeFocused()
})
