// Screenshots of the library, the workspace and each finding view, in English and Chinese, for the
// README and for reviewers: written to test-results/screenshots/<view>.<lang>.png, or by
// `npm run screenshots` to docs/screenshots (the README's pictures).
import type { Page } from '@playwright/test'
import { expect, FIXTURE_LIBRARY, openIssue, shot, test } from './web-harness'

async function showKind(page: Page, kind: string): Promise<void> {
  await page.getByRole('combobox', { name: /Show findings of kind|按类型显示问题/ }).selectOption(kind)
  await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', kind)
  await page.locator('.finding-panel').evaluate((el) => (el as HTMLElement).scrollTo(0, 0))
}

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale, viewport: { width: 1360, height: 820 } })

    test('the sample issue: library, workspace, and its finding views', async ({ page, galley }) => {
      await page.goto(galley.server.url)
      const issue = page.getByRole('button', { name: '株洲日报 2024-01-30' })
      await expect(issue).toBeVisible()
      await shot(page, 'library')
      await issue.click()
      await expect(page.locator('.finding-panel')).toBeVisible()
      await shot(page, 'workspace')
      // The break with the doubled 才.
      await showKind(page, 'paragraph-break')
      for (let i = 0; i < 20 && (await page.locator('del.doubled').count()) === 0; i++) await page.keyboard.press('j')
      await shot(page, 'finding-paragraph-break')
      await showKind(page, 'duplicate-passage')
      await shot(page, 'finding-duplicate-passage')
      await showKind(page, 'unresolved-jump')
      await shot(page, 'finding-unresolved-jump')
      await showKind(page, 'orphan-caption')
      await shot(page, 'finding-orphan-caption')
      await page.keyboard.press('s')
      await expect(page.getByRole('region', { name: /Original source lines|原文行/ })).toBeVisible()
      await shot(page, 'workspace-source-lines')
      await page.emulateMedia({ colorScheme: 'dark' })
      await shot(page, 'workspace-dark')
      await page.emulateMedia({ colorScheme: 'light' })
      await page.keyboard.press('?')
      await expect(page.getByRole('dialog')).toBeVisible()
      await shot(page, 'shortcuts')
      await page.keyboard.press('Escape')
      // The evening-paper sample: a repeated passage whose copies differ, its character diff marked.
      await page.getByRole('button', { name: /Library|资料库/ }).first().click()
      await openIssue(page, '示例晚报 2024-03-06')
      await showKind(page, 'duplicate-passage')
      await page.keyboard.press(']')
      await expect(page.locator('.diff-current')).toHaveCount(1)
      await shot(page, 'finding-duplicate-diff')
    })

    test.describe('on the fixture library', () => {
      test.use({ library: FIXTURE_LIBRARY })

      test('continuation and article-boundary views, and the export dialog', async ({ page, galley }) => {
        await page.goto(galley.server.url)
        await openIssue(page, '晨报 2024-03-05')
        await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'continuation')
        await shot(page, 'finding-continuation')
        await page.getByRole('button', { name: /Library|资料库/ }).first().click()
        await openIssue(page, '周刊 2024-03-07')
        await expect(page.locator('.finding-panel')).toHaveAttribute('data-kind', 'split-suspect')
        await shot(page, 'finding-split-suspect')
        await page.getByRole('button', { name: /Export…|导出…/ }).click()
        await page.getByRole('dialog').getByRole('checkbox').first().check()
        await shot(page, 'export-dialog')
      })
    })
  })
}
