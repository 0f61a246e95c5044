// Undo and redo live in the edit log on disk: they survive a page reload and a server restart.
import { currentKind, expect, FIXTURE_LIBRARY, openIssue, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('undoes and redoes an accepted continuation across a reload and a restart', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '晨报 2024-03-05')
  const undo = page.getByRole('button', { name: /Undo/ })
  const redo = page.getByRole('button', { name: /Redo/ })
  await expect(undo).toBeDisabled()
  await page.keyboard.press('a')
  await expect(page.getByText('No open findings.', { exact: false })).toBeVisible()
  await expect(undo).toBeEnabled()

  await page.reload()
  await expect(undo).toBeEnabled()
  expect(await currentKind(page)).toBeNull()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'continuation')
  await expect(redo).toBeEnabled()

  // A new server (new token) on the same library and state: the cursor is where we left it.
  await page.goto('about:blank')
  await galley.restart()
  await page.goto(`${galley.server.url}#/issue/${encodeURIComponent('晨报-2024-03-05')}`)
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'continuation')
  await expect(redo).toBeEnabled()
  await page.keyboard.press('Control+Shift+Z')
  await expect(page.getByText('No open findings.', { exact: false })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('button', { name: /老街改造/ })).toContainText('01→02')
})
