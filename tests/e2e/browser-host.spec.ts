import { expect, test } from './fixtures'
import { startHost, stopHost } from './fixtures'

test('the API refuses a request without the token', async ({ request, kith }) => {
  const without = await request.post(`${kith.origin}/api/network:get`, { data: {} })
  expect(without.status()).toBe(401)
  expect(await without.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })

  const withToken = await request.post(`${kith.origin}/api/network:get`, { data: {}, headers: { Authorization: `Bearer ${kith.token}` } })
  expect(withToken.status()).toBe(200)
  expect(await withToken.json()).toMatchObject({ ok: true, value: { schemaVersion: 6, contacts: [], plan: {} } })
})

test('a page opened without the printed link explains how to get in', async ({ page, kith }) => {
  await page.goto(kith.origin)
  await expect(page.getByRole('heading', { name: 'Open Kith from its own link' })).toBeVisible()
})

test('a second host on the same data folder is refused with a clear message', async ({ kith }) => {
  await expect(startHost(kith.dataDir)).rejects.toThrow(/Kith is already open with this data folder \(process \d+, browser\)/)
})

test('the host stops cleanly on SIGINT and frees the data folder', async ({ dataDir }) => {
  const first = await startHost(dataDir)
  expect(await stopHost(first.process)).toBe(0)
  const second = await startHost(dataDir)
  expect(await stopHost(second.process)).toBe(0)
})
