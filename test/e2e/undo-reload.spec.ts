// Undo and redo live in the edit log on disk and are each window's own: a window keeps its undo
// history across a reload; after a server restart the log is as it was left, and a new window has
// a history of its own (it cannot redo what another window undid).
import { currentKind, expect, FIXTURE_LIBRARY, openIssue, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('undoes and redoes an accepted continuation across a reload, and keeps the log across a restart', async ({ page, galley }) => {
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

  await page.keyboard.press('Control+Shift+Z')
  await expect(page.getByText('No open findings.', { exact: false })).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'continuation')

  // A new server (new token, new address) on the same library and state: the undo is kept, and
  // this is a new window, whose undo and redo start empty.
  await page.goto('about:blank')
  await galley.restart()
  await page.goto(`${galley.server.url}#/issue/${encodeURIComponent('晨报-2024-03-05')}`)
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'continuation')
  await expect(redo).toBeDisabled()
  await expect(undo).toBeDisabled()
  await page.keyboard.press('a')
  await expect(page.getByText('No open findings.', { exact: false })).toBeVisible()
  await expect(undo).toBeEnabled()
  await expect(page.getByRole('navigation').getByRole('button', { name: /老街改造/ })).toContainText('01→02')
})
