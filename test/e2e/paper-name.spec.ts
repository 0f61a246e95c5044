// The paper's name for a library: set once in the library view, every issue is titled with it.
import { expect, FIXTURE_LIBRARY, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('naming the paper titles every issue of the library with it, and survives a restart', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await expect(page.getByRole('button', { name: '晨报 2024-03-05' })).toBeVisible()
  await page.getByRole('button', { name: 'Name the paper…' }).click()
  await page.getByRole('textbox', { name: /The paper’s name/ }).fill('江城日报')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Paper: 江城日报')).toBeVisible()
  await expect(page.getByRole('button', { name: '江城日报 2024-03-05' })).toBeVisible()
  await expect(page.getByRole('button', { name: '江城日报 2024-03-06' })).toBeVisible()

  await galley.restart()
  await page.goto(galley.server.url)
  await expect(page.getByRole('button', { name: '江城日报 2024-03-05' })).toBeVisible()
})
