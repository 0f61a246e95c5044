// A passage printed twice with an OCR difference (材料 / 材枓): the copies side by side with the
// difference marked, resolved by keeping the right-hand copy.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { currentKind, expect, FIXTURE_LIBRARY, openIssue, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('resolves a duplicate by keeping the right-hand copy', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '晚报 2024-03-06')
  expect(await currentKind(page)).toBe('duplicate-passage')
  const table = page.getByRole('table')
  // The first copy opens with the dateline the repeat lacks; the OCR slip is one character.
  await expect(table.locator('del.diff-removed').filter({ hasText: /^料$/ })).toHaveCount(1)
  await expect(table.locator('ins.diff-added')).toHaveText('枓')

  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('button', { name: /Keep right/ })).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByText('No open findings.', { exact: false })).toBeVisible()
  const article = page.getByRole('article')
  await expect(article).toContainText('电池材枓')
  await expect(article).not.toContainText('电池材料')

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: 'Choose folder…' }).click()
  await dialog.getByRole('textbox', { name: 'Export folder path' }).fill(galley.exportDir)
  await dialog.getByRole('button', { name: 'Use this folder' }).click()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('status', { name: 'Export result' })).toContainText('2 files written') // the Markdown and its change report
  const md = readFileSync(join(galley.exportDir, '晚报-2024-03-06.md'), 'utf8')
  expect(md.match(/近日,记者从市工信局获悉/g)).toHaveLength(1)
  expect(md).toContain('电池材枓')
})
