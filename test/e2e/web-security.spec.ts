// Browser mode's guard: every request must carry the token, come from the server's own origin,
// and name paths inside the open library (or the export folder the user chose).
import { expect, FIXTURE_LIBRARY, test } from './web-harness'

test.use({ library: FIXTURE_LIBRARY })

function invoke(base: string, channel: string, body: unknown, headers: Record<string, string>) {
  return fetch(`${base}/api/invoke/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

test('refuses a request without the token, from another origin, or naming a path outside the library', async ({ galley }) => {
  const { token, port } = galley.server
  const base = `http://127.0.0.1:${port}`
  const auth = { authorization: `Bearer ${token}` }

  const ok = await invoke(base, 'library:current', {}, auth)
  expect(ok.status).toBe(200)
  expect(await ok.json()).toMatchObject({ ok: true })

  expect((await invoke(base, 'library:current', {}, {})).status).toBe(403)
  expect((await invoke(base, 'library:current', {}, { authorization: 'Bearer not-the-token' })).status).toBe(403)
  expect((await fetch(`${base}/api/events`)).status).toBe(403)
  expect((await fetch(`${base}/`)).status).toBe(403)
  expect((await invoke(base, 'library:current', {}, { ...auth, origin: 'http://evil.example' })).status).toBe(403)

  const escape = await (await invoke(base, 'issue:open', { issueId: '../../../etc' }, auth)).json()
  expect(escape).toMatchObject({ ok: false, error: { code: 'not-in-library' } })
  const addOutside = await (await invoke(base, 'issue:add-page', { issueId: '晨报-2024-03-05', path: '/etc/passwd' }, auth)).json()
  expect(addOutside.ok).toBe(false)
  const exportElsewhere = await (await invoke(base, 'export:run', { issueIds: ['晨报-2024-03-05'], format: 'md', folder: '/tmp' }, auth)).json()
  expect(exportElsewhere.ok).toBe(false)
})

test('the page opened with the token works; a browser without it is turned away', async ({ page, browser, galley }) => {
  await page.goto(galley.server.url)
  await expect(page.getByRole('button', { name: '晨报 2024-03-05' })).toBeVisible()
  const stranger = await browser.newContext()
  const res = await (await stranger.newPage()).goto(`http://127.0.0.1:${galley.server.port}/`)
  expect(res?.status()).toBe(403)
  await stranger.close()
})

test("the edit socket opens for the app's own page and not for a page from anywhere else, even with the token", async ({ page, browser, galley }) => {
  const { token, port } = galley.server
  const socketUrl = `ws://127.0.0.1:${port}/api/socket?token=${token}`
  // Resolves 'open' or 'refused' for a socket opened from the page's own origin.
  const tryOpen = `(url) => new Promise((done) => { const ws = new WebSocket(url); ws.onopen = () => { ws.close(); done('open') }; ws.onclose = () => done('refused') })`
  await page.goto(galley.server.url)
  await expect(page.getByRole('button', { name: '晨报 2024-03-05' })).toBeVisible()
  expect(await page.evaluate(`(${tryOpen})(${JSON.stringify(socketUrl)})`)).toBe('open')
  expect(await page.evaluate(`(${tryOpen})(${JSON.stringify(socketUrl.replace(token, 'not-the-token'))})`)).toBe('refused')
  const stranger = await browser.newContext()
  const elsewhere = await stranger.newPage()
  await elsewhere.goto('data:text/html,<title>another site</title>')
  expect(await elsewhere.evaluate(`(${tryOpen})(${JSON.stringify(socketUrl)})`)).toBe('refused')
  await stranger.close()
})
