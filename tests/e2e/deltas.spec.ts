import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { contactNodeCount, expect, recordCalls, test, type KithHost } from './fixtures'

/*
 * After the first read, a change travels as the records it touched (network:since): the map updates the
 * nodes in place, the network is never read whole again, and another tab catches up when it comes back.
 */

type Stored = { contacts: { id: string; name: string; tieStrength: number }[] }
const stored = (kith: KithHost): Stored => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8'))
const idOf = (kith: KithHost, name: string) => stored(kith).contacts.find((c) => c.name === name)!.id
const nodeData = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const node = window.cy!.getElementById(nodeId)
    return { label: node.data('label') as string, strength: node.data('strength') as number }
  }, id)

async function openSample(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

async function openContact(page: Page, name: string, id: string) {
  const box = (await page.locator('.map-canvas').boundingBox())!
  const p = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).renderedPosition(), id)
  await page.mouse.click(box.x + p.x, box.y + p.y)
  await expect(page.getByRole('complementary', { name: `Details of ${name}` })).toBeVisible()
}

test('editing a contact updates its node in the same map without reading the network again', async ({ page, kith }) => {
  const calls = recordCalls(page)
  await openSample(page, kith)
  const tom = idOf(kith, 'Tom Reyes')
  // The whole network came at the start (empty), and again when the sample replaced all of it.
  await expect.poll(() => calls.filter((c) => c.kind === 'full').length).toBe(2)
  const fullBytes = calls.at(-1)!.bytes
  // Returns nothing: serializing a cytoscape instance takes Playwright ages.
  await page.evaluate(() => void window.cy!.scratch('_e2e', 'before the edit'))
  calls.length = 0

  await openContact(page, 'Tom Reyes', tom)
  await page.getByRole('complementary', { name: 'Details of Tom Reyes' }).getByRole('button', { name: 'Edit', exact: true }).click()
  const form = page.getByRole('form', { name: 'Edit Tom Reyes' })
  await form.getByLabel('Name').fill('Tom Reyes-Okafor')
  await form.getByLabel('Tie strength').selectOption('5')
  await form.getByRole('button', { name: 'Save changes' }).click()

  await expect.poll(() => nodeData(page, tom)).toEqual({ label: 'Tom Reyes-Okafor', strength: 5 })
  expect(await page.evaluate(() => window.cy!.scratch('_e2e') as string)).toBe('before the edit')
  expect(stored(kith).contacts.find((c) => c.id === tom)).toMatchObject({ name: 'Tom Reyes-Okafor', tieStrength: 5 })
  const channels = calls.map((c) => c.channel)
  expect(channels).toContain('contacts:update')
  expect(channels).not.toContain('network:get')
  const synced = calls.filter((c) => c.channel === 'network:since')
  expect(synced.map((c) => c.kind)).toEqual(['delta'])
  // One contact and the day's snapshot instead of forty people with their ties and history.
  expect(synced[0]!.bytes * 5).toBeLessThan(fullBytes)
})

test('undo of a bulk edit puts the old data back on the map', async ({ page, kith }) => {
  const calls = recordCalls(page)
  await openSample(page, kith)
  const names = ['Kofi Asante', 'Sara Lindqvist', 'Lucy Zhang']
  const ids = names.map((name) => idOf(kith, name))
  const strengths = () => Promise.all(ids.map(async (id) => (await nodeData(page, id)).strength))
  const before = await strengths()
  await expect.poll(() => calls.filter((c) => c.kind === 'full').length).toBe(2)
  calls.length = 0
  expect(before).not.toEqual([5, 5, 5])

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Contacts' }).click()
  for (const name of names) await page.getByLabel(`Select ${name}`).check()
  await page.getByRole('button', { name: 'Edit…' }).click()
  const bulk = page.getByRole('form', { name: 'Edit selected contacts' })
  await bulk.getByLabel('Tie strength').selectOption('5')
  await bulk.getByRole('button', { name: 'Apply to 3 contacts' }).click()
  await expect.poll(() => names.map((n) => stored(kith).contacts.find((c) => c.name === n)?.tieStrength)).toEqual([5, 5, 5])

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Map' }).click()
  await expect.poll(strengths).toEqual([5, 5, 5])
  await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' }).click()
  await expect.poll(strengths).toEqual(before)
  await expect(page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Redo' })).toBeEnabled()
  expect(calls.filter((c) => c.channel === 'network:get')).toEqual([])
  expect(calls.filter((c) => c.kind === 'full')).toEqual([])
})

test('a second tab on the same backend catches up with a change made in the first', async ({ page, context, kith }) => {
  await openSample(page, kith)
  const other = await context.newPage()
  await other.goto(kith.url)
  await expect.poll(() => contactNodeCount(other)).toBe(40)
  const tom = idOf(kith, 'Tom Reyes')

  await page.bringToFront()
  await openContact(page, 'Tom Reyes', tom)
  await page.getByRole('complementary', { name: 'Details of Tom Reyes' }).getByRole('button', { name: 'Edit', exact: true }).click()
  const form = page.getByRole('form', { name: 'Edit Tom Reyes' })
  await form.getByLabel('Name').fill('Tom Okafor')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect.poll(() => nodeData(page, tom)).toMatchObject({ label: 'Tom Okafor' })

  // The other tab asks what changed when it is looked at again.
  await other.bringToFront()
  await other.evaluate(() => window.dispatchEvent(new Event('focus')))
  await expect.poll(() => nodeData(other, tom)).toMatchObject({ label: 'Tom Okafor' })
  await expect(other.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' })).toBeEnabled()
  await other.close()
})
