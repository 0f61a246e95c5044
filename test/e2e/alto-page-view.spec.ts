// The ALTO page view: an issue of ALTO pages with its METS; P draws the page from its blocks'
// rectangles over the scan beside it, the current article's blocks marked, and a click on another
// block's box goes to that block's article.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { altoPage, metsFile } from '../fixtures/alto'
import { expect, openIssue, test } from './web-harness'

const library = mkdtempSync(join(tmpdir(), 'galley-e2e-alto-'))
const issue = join(library, 'statesman-1824-02-17')
mkdirSync(issue)
writeFileSync(
  join(issue, 'page_0001.xml'),
  altoPage({
    blocks: [
      [['HARBOUR', 'BRIDGE', 'OPENED']],
      [['The', 'new', 'bridge', 'over', 'the', 'harbour', 'was', 'opened', 'yesterday.']],
      [['PRICE', 'OF', 'CORN']],
      [['Corn', 'rose', 'again', { text: 'thsi', wc: 0.31 }, 'week.']],
    ],
  }),
)
writeFileSync(
  join(issue, 'mets.xml'),
  metsFile(['page_0001.xml'], [
    { title: 'HARBOUR BRIDGE OPENED', areas: [['page_0001.xml', 1, 12]] },
    { title: 'PRICE OF CORN', areas: [['page_0001.xml', 13, 20]] },
  ]),
)
// A 2×3 grey PNG as the page's scan, named like the ALTO page.
writeFileSync(join(issue, 'page_0001.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAAAAACcgYFdAAAADUlEQVR4nGM4cIABjAAUSQSBS7mFVgAAAABJRU5ErkJggg==', 'base64'))

test.use({ library })

test('P draws an ALTO page from its blocks over its scan; a click on a box goes to its article', async ({ page, galley }) => {
  const failures: string[] = []
  page.on('pageerror', (err) => failures.push(err.message))
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(galley.server.url)
  await openIssue(page, /statesman/i)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('p')
  const pane = page.getByRole('region', { name: 'Printed page' })
  await expect(pane).toBeVisible()
  await expect(pane.locator('img.page-pane-scan')).toBeVisible()
  // Both body blocks of the page are boxes; the current article's are marked.
  const boxes = pane.locator('.pane-box')
  await expect(boxes).toHaveCount(2)
  const headline = page.locator('.article-column h2.headline')
  const current = (await headline.textContent()) ?? ''
  const other = current.includes('CORN') ? 'HARBOUR' : 'CORN'
  await expect(pane.locator('.pane-box.article, .pane-box.finding')).toHaveCount(1)
  // Boxes stand where the ALTO puts them: the second story's block is below the first's.
  const [a, b] = await boxes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))
  expect(a).not.toBe(b)
  const otherBox = pane.locator('.pane-box:not(.article):not(.finding)')
  await otherBox.click()
  await expect(headline).toContainText(other)
  expect(failures).toEqual([])
})
