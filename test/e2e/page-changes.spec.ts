// Page files changing under an open issue: a missing page's jump stays unresolved and resolves
// when the page is added; an edit that no longer fits a changed page is shown as a conflict.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, FIXTURE_LIBRARY, openIssue, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('an unresolved jump names the missing page and resolves when that page is added', async ({ page, galley }) => {
  const issueDir = join(galley.library as string, '晨报-2024-03-05')
  const page02 = readFileSync(join(issueDir, '02.md'))
  rmSync(join(issueDir, '02.md'))
  await page.goto(galley.server.url)
  await openIssue(page, '晨报 2024-03-05')
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'unresolved-jump')
  await expect(page.getByText('The jump points to page 02, which is not in this issue.')).toBeVisible()
  await expect(page.getByRole('article')).toContainText('page 02 missing')

  writeFileSync(join(issueDir, '02.md'), page02)
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'continuation', { timeout: 15_000 })
  await expect(page.getByRole('figure', { name: 'Start of the continuation' })).toContainText('▲▲上接01版①')
})

test('an accepted merge that no longer fits a changed page is listed as a conflict, and can be discarded', async ({ page, galley }) => {
  const file = join(galley.library as string, '晨报-2024-03-05', '01.md')
  await page.goto(galley.server.url)
  await openIssue(page, '晨报 2024-03-05')
  await page.keyboard.press('a')
  await expect(page.getByText('No open findings.', { exact: false })).toBeVisible()

  writeFileSync(file, readFileSync(file, 'utf8').replace('▶▶下转02版①', '▶▶下转2版①'))
  const banner = page.getByRole('alert').filter({ hasText: 'no longer fit' })
  await expect(banner).toBeVisible({ timeout: 15_000 })
  await expect(banner).toContainText('merge continuation')
  await banner.getByRole('button', { name: 'Discard' }).click()
  await expect(banner).toBeHidden()
})
