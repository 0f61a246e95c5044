// Text typed into an edit field and not saved outlives the window crashing: the next window names
// the issue that holds it, and the field opens with the text, saying it was recovered; saved, it
// is in the issue. In real Chromium, whose Web Locks tell a crashed window from a running one.
import { expect, FIXTURE_LIBRARY, openIssue, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('keeps typed text over a crashed window, and opens it in the next one', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '晨报 2024-03-05')
  await page.getByRole('button', { name: /Edit Paragraph/ }).first().click()
  const field = page.getByRole('textbox', { name: /Paragraph/ })
  await field.press('ControlOrMeta+End')
  await field.pressSequentially('（崩溃前输入）')
  const typed = await field.inputValue()

  // A second window while the first runs: the text is the first's, so no strip names it here.
  const other = await page.context().newPage()
  await other.goto(galley.server.url)
  await expect(other.getByRole('button', { name: '晨报 2024-03-05' })).toBeVisible()
  await expect(other.getByText(/Galley closed before text you typed was saved/)).toHaveCount(0)
  await other.close()

  // The renderer dies: no unload, nothing asked.
  const cdp = await page.context().newCDPSession(page)
  const crashed = page.waitForEvent('crash')
  // The command gets no answer from a renderer that is gone.
  void cdp.send('Page.crash').catch(() => undefined)
  await crashed

  const next = await page.context().newPage()
  await next.goto(galley.server.url)
  const strip = next.getByRole('alert').filter({ hasText: /Galley closed before text you typed was saved/ })
  await expect(strip).toBeVisible()
  await strip.getByRole('button', { name: '晨报-2024-03-05' }).click()
  const again = next.getByRole('textbox', { name: /Paragraph/ })
  await expect(again).toHaveValue(typed)
  await expect(next.getByRole('status').filter({ hasText: /Recovered: you typed this/ })).toBeVisible()
  await next.getByRole('button', { name: 'Save' }).click()
  await expect(next.getByRole('article').getByText('（崩溃前输入）', { exact: false })).toBeVisible()
  await expect(again).toHaveCount(0)

  // Saved, nothing is left to recover: a later window opens with no strip and no open field.
  const later = await page.context().newPage()
  await later.goto(`${galley.server.url}#/issue/${encodeURIComponent('晨报-2024-03-05')}`)
  await expect(later.getByRole('toolbar', { name: /Issue tools/ })).toBeVisible()
  await expect(later.getByRole('article').getByText('（崩溃前输入）', { exact: false })).toBeVisible()
  await expect(later.getByRole('textbox', { name: /Paragraph/ })).toHaveCount(0)
})
