// A two-page issue whose story jumps from page 01 (▶▶下转02版①) to page 02 (▲▲上接01版①): the
// head's end and the tail's start side by side, merged with one key, listed once across both pages.
import { currentKind, expect, FIXTURE_LIBRARY, openIssue, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

test('merges a continuation marked ① across pages side by side', async ({ page, galley }) => {
  await page.goto(galley.server.url)
  await openIssue(page, '晨报 2024-03-05')
  expect(await currentKind(page)).toBe('continuation')

  const head = page.getByRole('figure', { name: 'End of the article' })
  const tail = page.getByRole('figure', { name: 'Start of the continuation' })
  await expect(head).toContainText('▶▶下转02版①')
  await expect(head).toContainText('老街改造')
  await expect(tail).toContainText('▲▲上接01版①')
  await expect(tail).toContainText('改造过程中,社区多次召开居民议事会')
  const [headBox, tailBox] = [await head.boundingBox(), await tail.boundingBox()]
  expect(headBox && tailBox && Math.abs(headBox.y - tailBox.y) < 5 && tailBox.x > headBox.x).toBe(true)

  await page.keyboard.press('a')
  await expect(page.getByText('No open findings.', { exact: false })).toBeVisible()

  const nav = page.getByRole('navigation', { name: 'Pages and articles' })
  await expect(nav.getByRole('button', { name: /老街改造/ })).toHaveCount(1)
  await expect(nav.getByRole('button', { name: /老街改造/ })).toContainText('01→02')
  await nav.getByRole('button', { name: /老街改造/ }).click()
  const article = page.getByRole('article')
  await expect(article).toContainText('不少居民表示,改造完成后')
  await expect(article).not.toContainText('下转02版')
  await expect(article).not.toContainText('上接01版')
  await expect(article).toContainText('Pages 01, 02')
})
