// Suspicious text (an OCR verification queue): a stray space inside a word is marked in its
// paragraph; the editor retypes the text from the print, or confirms it as printed.
import { join } from 'node:path'
import { expect, openIssue, ROOT, test } from './web-harness'

test.use({ library: join(ROOT, 'test', 'fixtures', 'suspicious-library') })

async function showSuspicious(page: import('@playwright/test').Page): Promise<void> {
  await page.getByRole('combobox', { name: /Show findings of kind/ }).selectOption('suspicious-text')
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'suspicious-text')
}

test('marks a stray space inside a word and takes the retyped text as an undoable edit', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '县报 2024-05-01')
  await showSuspicious(page)
  const panel = page.locator('.finding-panel')
  await expect(panel.locator('mark.suspect')).toHaveText('␣')
  // The space itself is shown as ␣, so the eye finds it.
  await expect(panel.getByTestId('suspicious-text')).toContainText('本报讯通讯␣员 王小明')

  await panel.getByRole('button', { name: 'Retype' }).click()
  const box = panel.getByRole('textbox', { name: 'The text as printed' })
  await box.fill('本报讯通讯员王小明报道昨日，全县防汛工作会议召开，部署今年汛期各项工作。')
  await box.press('Control+Enter')
  const article = page.getByRole('article')
  await expect(article).toContainText('本报讯通讯员王小明报道昨日')
  await expect(page.locator('.finding-panel[data-kind="suspicious-text"]')).toHaveCount(0)

  await page.keyboard.press('Control+z')
  await expect(article).toContainText('本报讯通讯 员 王小明')
})

test('confirming the text as printed dismisses the finding and leaves the text', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '县报 2024-05-01')
  await showSuspicious(page)
  await page.locator('.finding-panel').getByRole('button', { name: /Confirm as printed/ }).click()
  await expect(page.locator('.finding-panel[data-kind="suspicious-text"]')).toHaveCount(0)
  await expect(page.getByRole('article')).toContainText('本报讯通讯 员 王小明')
})
