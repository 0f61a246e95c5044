// The editor's structure tools and bulk edits in Chromium (issue 15 §2 and §4): every tool is one
// key away, changes the article shown, and is one edit that one undo takes back.
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openIssue, ROOT, test } from './web-harness'

test.use({ library: join(ROOT, 'test', 'fixtures', 'structure-library') })

const body = (page: Page) => page.locator('.article-pane .article-body')

async function open(page: Page, url: string, article?: RegExp) {
  await page.goto(url)
  await openIssue(page, '日报 2024-03-08')
  if (article) await page.getByRole('navigation').getByRole('button', { name: article }).click()
  // Keys act on the page, not on a focused control.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

async function tools(page: Page) {
  await page.keyboard.press('t')
  const dialog = page.getByRole('dialog', { name: /Structure/ })
  await expect(dialog).toBeVisible()
  return dialog
}

test('T deletes a paragraph, then the whole article; Ctrl+Z brings each back', async ({ page, galley }) => {
  await open(page, galley.server.url, /社区食堂/)
  let dialog = await tools(page)
  await dialog.getByRole('radio', { name: /老年人凭卡/ }).check()
  await dialog.getByRole('button', { name: 'Delete the block' }).click()
  await expect(body(page)).not.toContainText('老年人凭卡')
  await page.keyboard.press('Control+z')
  await expect(body(page)).toContainText('老年人凭卡')

  dialog = await tools(page)
  await dialog.getByRole('button', { name: 'Delete the article' }).click()
  await expect(page.getByRole('navigation').getByRole('button', { name: /社区食堂/ })).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('navigation').getByRole('button', { name: /社区食堂/ })).toHaveCount(1)
})

test('T deletes an article whose paragraphs were all moved away, a headline alone', async ({ page, galley }) => {
  await open(page, galley.server.url, /步道沿线将添新景/)
  await page.locator('.hand-tools > summary').click()
  const move = page.locator('.article-tools fieldset').nth(2)
  await move.getByRole('checkbox', { name: /沿线还将种植/ }).check()
  await move.getByRole('combobox').selectOption({ label: '江边步道全线贯通' })
  await move.getByRole('button').click()
  await expect(body(page)).not.toContainText('沿线还将种植')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const dialog = await tools(page)
  await dialog.getByRole('button', { name: 'Delete the article' }).click()
  await expect(page.getByRole('navigation').getByRole('button', { name: /步道沿线将添新景/ })).toHaveCount(0)
})

test('splits a paragraph where the cursor is, and turns a line into a subhead and back', async ({ page, galley }) => {
  await open(page, galley.server.url, /江边步道/)
  let dialog = await tools(page)
  await dialog.getByRole('radio', { name: /工程负责人介绍/ }).check()
  const field = dialog.getByRole('textbox', { name: 'Put the cursor where the paragraph splits' })
  const split = dialog.getByRole('button', { name: 'Split at the cursor' })
  await split.click()
  await expect(dialog.getByRole('alert')).toContainText('Put the cursor inside the paragraph')
  await field.evaluate((el: HTMLTextAreaElement) => {
    el.focus()
    el.setSelectionRange('工程负责人介绍,'.length, '工程负责人介绍,'.length)
  })
  await split.click()
  await expect(body(page).locator('p', { hasText: /^工程负责人介绍,$/ })).toHaveCount(1)
  await expect(body(page).locator('p', { hasText: /^步道沿线还配套建设/ })).toHaveCount(1)

  dialog = await tools(page)
  await dialog.getByRole('radio', { name: /工程负责人介绍/ }).check()
  await dialog.getByRole('button', { name: 'Make it a subhead' }).click()
  await expect(body(page).locator('h3', { hasText: '工程负责人介绍,' })).toHaveCount(1)
  dialog = await tools(page)
  await dialog.getByRole('radio', { name: /工程负责人介绍/ }).check()
  await dialog.getByRole('button', { name: 'Make it a paragraph' }).click()
  await expect(body(page).locator('h3')).toHaveCount(0)
  await expect(body(page).locator('p', { hasText: /^工程负责人介绍,$/ })).toHaveCount(1)
})

test('attaches a caption to the article the editor picks, and links a jump to an article on its page', async ({ page, galley }) => {
  await open(page, galley.server.url, /社区食堂/)
  let dialog = await tools(page)
  await dialog.getByRole('radio', { name: /志愿者在社区食堂/ }).check()
  await dialog.getByRole('combobox', { name: 'Article the caption belongs to' }).selectOption({ label: '江边步道全线贯通' })
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click()
  await expect(body(page)).not.toContainText('志愿者在社区食堂')

  await page.getByRole('navigation').getByRole('button', { name: /江边步道/ }).click()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await expect(body(page).locator('figcaption')).toContainText('志愿者在社区食堂')
  dialog = await tools(page)
  await dialog.getByRole('radio', { name: /下转02版/ }).check()
  await dialog.getByRole('combobox', { name: /Article on page 02/ }).selectOption({ label: '步道沿线将添新景' })
  await dialog.getByRole('button', { name: 'Link', exact: true }).click()
  await expect(body(page)).toContainText('沿线还将种植樱花')
  await expect(body(page)).not.toContainText('下转02版')
  await expect(page.locator('.article-pane .article-meta')).toContainText('01, 02')
  await expect(page.getByRole('navigation').getByRole('button', { name: /步道沿线将添新景/ })).toHaveCount(0)
})

test('M after a split gives the paragraph back as a paragraph, not a subhead', async ({ page, galley }) => {
  await open(page, galley.server.url, /江边步道/)
  await page.locator('.hand-tools > summary').click()
  const split = page.locator('.article-tools fieldset').first()
  await split.getByRole('combobox').selectOption({ index: 2 })
  await split.getByRole('checkbox').check()
  await split.getByRole('button').click()
  await expect(page.getByRole('navigation').getByRole('button', { name: /工程负责人介绍/ })).toHaveCount(1)
  await page.getByRole('navigation').getByRole('button', { name: /工程负责人介绍/ }).click()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('m')
  await expect(page.getByRole('navigation').getByRole('button', { name: /工程负责人介绍/ })).toHaveCount(0)
  await expect(body(page).locator('p', { hasText: /^工程负责人介绍/ })).toHaveCount(1)
  await expect(body(page).locator('h3')).toHaveCount(0)
})

test('Shift+A previews every paragraph break and accepts them as one edit that one undo takes back', async ({ page, galley }) => {
  await open(page, galley.server.url)
  await page.locator('.queue-row', { hasText: 'Paragraph break' }).first().click()
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'paragraph-break')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Shift+A')
  const dialog = page.getByRole('dialog', { name: /Accept every/ })
  await dialog.getByRole('radio', { name: /whole issue/ }).check()
  await expect(dialog.getByRole('list', { name: 'Findings to accept' }).getByRole('listitem')).toHaveCount(3)
  await dialog.getByRole('button', { name: 'Accept 3 findings' }).click()
  await expect(page.locator('.queue-row')).toHaveCount(1)
  await expect(page.locator('.queue-row', { hasText: 'Paragraph break' })).toHaveCount(0)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Control+z')
  await expect(page.locator('.queue-row')).toHaveCount(4)
})

test('H lists every edit with who and when, goes to its article, and returns to a named checkpoint', async ({ page, galley }) => {
  await open(page, galley.server.url, /江边步道/)
  await page.keyboard.press('r')
  await expect(page.locator('.article-pane .reviewed-tag')).toBeVisible()
  await page.keyboard.press('h')
  let dialog = page.getByRole('dialog', { name: 'History' })
  await dialog.getByRole('textbox', { name: 'Checkpoint name' }).fill('first pass')
  await dialog.getByRole('button', { name: 'Add checkpoint' }).click()
  await expect(dialog.getByRole('list', { name: 'Checkpoints' })).toContainText('first pass')
  await dialog.getByRole('button', { name: 'Close' }).last().click()

  await page.getByRole('navigation').getByRole('button', { name: /社区食堂/ }).click()
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('r')
  await expect(page.locator('.article-pane .reviewed-tag')).toBeVisible()
  await page.keyboard.press('h')
  dialog = page.getByRole('dialog', { name: 'History' })
  const log = dialog.getByRole('list', { name: 'Edits, newest first' })
  await expect(log.getByRole('listitem')).toHaveCount(2)
  await expect(log.getByRole('listitem').first()).toContainText('mark reviewed · 社区食堂开进老小区')
  await expect(log.getByRole('listitem').first()).toContainText(/\d{4}|\d{1,2}:\d{2}/)
  await log.getByRole('button', { name: /江边步道/ }).click()
  await expect(page.locator('.article-pane .headline')).toContainText('江边步道全线贯通')

  await page.keyboard.press('h')
  dialog = page.getByRole('dialog', { name: 'History' })
  await dialog.getByRole('button', { name: 'Return to “first pass”' }).click()
  await page.getByRole('navigation').getByRole('button', { name: /社区食堂/ }).click()
  await expect(page.locator('.article-pane .reviewed-tag')).toHaveCount(0)
  await page.getByRole('navigation').getByRole('button', { name: /江边步道/ }).click()
  await expect(page.locator('.article-pane .reviewed-tag')).toBeVisible()
})

test('Ctrl+H previews a replace across the issue, applies it as one edit, and names a bad regular expression', async ({ page, galley }) => {
  await open(page, galley.server.url, /江边步道/)
  await page.keyboard.press('Control+h')
  const dialog = page.getByRole('dialog', { name: 'Find and replace' })
  await dialog.getByRole('textbox', { name: 'Find' }).fill('步道')
  await dialog.getByRole('textbox', { name: 'Replace with' }).fill('绿道')
  await dialog.getByRole('textbox', { name: 'Find' }).press('Enter')
  await expect(dialog.getByRole('status')).toContainText('5 matches in 4 paragraph(s)')
  await expect(dialog.getByRole('list', { name: 'Changes' })).toContainText('江边绿道全线贯通')
  await dialog.getByRole('button', { name: 'Replace 5 matches' }).click()
  await expect(page.locator('.article-pane .headline')).toContainText('江边绿道全线贯通')
  await expect(body(page)).not.toContainText('步道')
  await page.keyboard.press('Control+z')
  await expect(page.locator('.article-pane .headline')).toContainText('江边步道全线贯通')
  await expect(body(page)).toContainText('步道沿线还配套建设')

  await page.keyboard.press('Control+h')
  await dialog.getByRole('checkbox', { name: 'Regular expression' }).check()
  await dialog.getByRole('textbox', { name: 'Find' }).fill('(步道')
  await dialog.getByRole('button', { name: 'Preview' }).click()
  await expect(dialog.getByRole('alert')).toContainText('“(步道” is not a valid regular expression')
})
