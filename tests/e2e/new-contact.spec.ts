import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'

const stored = (kith: KithHost) => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8'))
const idOf = (kith: KithHost, name: string): string => stored(kith).contacts.find((c: { name: string }) => c.name === name).id
const classesOf = (page: Page, id: string) => page.evaluate((nodeId) => window.cy!.getElementById(nodeId).classes(), id)
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name })

function localDay(offset: number): string {
  const d = new Date()
  d.setDate(d.getDate() + offset)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Clicks a contact on the map with the real mouse. */
async function clickNode(page: Page, id: string) {
  const box = (await page.locator('.map-canvas').boundingBox())!
  const p = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).renderedPosition(), id)
  await page.mouse.click(box.x + p.x, box.y + p.y)
}

test('a brand-new contact is not dormant, and one spoken to today is fresh with the conversation on the timeline', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Start my own network' }).click()
  await page.getByRole('button', { name: 'Continue to your first contact' }).click()

  // Not yet spoken: new, due once the month's grace is over, not "dormant" and not "never".
  const first = page.getByRole('form', { name: 'New contact' })
  await first.getByLabel('Name').fill('Mina Park')
  await first.getByLabel('People I value').check()
  await expect(first.getByRole('radio', { name: 'Not yet' })).toBeChecked()
  await first.getByRole('button', { name: 'Add contact' }).click()
  const mina = page.getByRole('row', { name: /Mina Park/ })
  await expect(mina).toContainText('New')
  await expect(mina).toContainText('not yet')
  await expect(mina).toContainText(/due in (4 weeks|1 month|30 days)/)
  await expect(mina).not.toContainText('Dormant')
  expect(stored(kith).interactions).toEqual([])

  await nav(page, 'Map').click()
  await expect.poll(() => contactNodeCount(page)).toBe(1)
  await expect.poll(() => classesOf(page, idOf(kith, 'Mina Park'))).toContain('band-new')
  await clickNode(page, idOf(kith, 'Mina Park'))
  const minaPanel = page.getByRole('complementary', { name: 'Details of Mina Park' })
  await expect(minaPanel).toContainText('not yet')
  await expect(minaPanel.locator('.band-pill')).toHaveText('New')
  await expect(minaPanel).not.toContainText('Dormant')

  // Spoke today: a day to come is refused in words, then "Today" makes them fresh at once.
  await page.getByRole('button', { name: 'Add contact' }).click()
  const second = page.getByRole('form', { name: 'New contact' })
  await second.getByLabel('Name').fill('Omar Said')
  await second.getByLabel('My department').check()
  await second.getByLabel('Day you last spoke').fill(localDay(1))
  await expect(second.getByRole('radio', { name: 'On a day' })).toBeChecked()
  await second.getByRole('button', { name: 'Add contact' }).click()
  await expect(second.getByText('Choose today or an earlier day.')).toBeVisible()
  await expect(second.getByLabel('Day you last spoke')).toBeFocused()
  await second.getByRole('radio', { name: 'Today' }).check()
  await second.getByRole('button', { name: 'Add contact' }).click()
  await expect(second).toBeHidden()
  const omarPanel = page.getByRole('complementary', { name: 'Details of Omar Said' })
  await expect(omarPanel.locator('.band-pill')).toHaveText('Fresh')
  await expect(omarPanel).toContainText('today')
  await expect(omarPanel).toContainText('Last spoke (noted when added)')
  await expect.poll(() => classesOf(page, idOf(kith, 'Omar Said'))).toContain('band-fresh')

  await nav(page, 'Timeline').click()
  await expect(page.getByRole('row', { name: /Omar Said/ })).toContainText('Last spoke (noted when added)')
  await expect(page.getByRole('row', { name: /Omar Said/ })).toContainText('No help either way')

  // One undo takes back the contact and the conversation together.
  await page.getByRole('group', { name: 'Undo and redo' }).getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => stored(kith).contacts.map((c: { name: string }) => c.name)).toEqual(['Mina Park'])
  expect(stored(kith).interactions).toEqual([])
})

test('logging an interaction assumes no help either way', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await page.getByRole('button', { name: 'Log interaction' }).click()
  const log = page.getByRole('form', { name: 'Log an interaction' })
  await expect(log.getByLabel('Who helped whom')).toHaveValue('none')
  await expect(log.getByLabel('Who helped whom').locator('option:checked')).toHaveText('No help either way')
})
