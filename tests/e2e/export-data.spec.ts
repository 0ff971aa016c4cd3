import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Download, Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import type { NetworkFile } from '../../src/core/network-file'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'
import { runAxe } from './axe'

/*
 * Profile → Your data, through the browser host: each format downloads, and the file holds what the store
 * on disk holds.
 */

test.describe.configure({ timeout: 120_000 })

async function openYourData(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Profile/ }).click()
  return page.getByRole('region', { name: 'Your data' })
}

/** Clicks one Save button, waits for the download and the announcement, and returns the file's name and text. */
async function saveWith(page: Page, button: string) {
  const card = page.getByRole('region', { name: 'Your data' })
  const download: Promise<Download> = page.waitForEvent('download')
  await card.getByRole('button', { name: button }).click()
  const file = await download
  const name = file.suggestedFilename()
  await expect(card.getByRole('status').first()).toHaveText(`Saved ${name} to your downloads.`)
  return { name, text: readFileSync((await file.path())!, 'utf8') }
}

const stored = (kith: KithHost): NetworkFile => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')) as NetworkFile

test('the Kith backup downloads as the store file itself', async ({ page, kith }) => {
  const card = await openYourData(page, kith)
  const backup = await saveWith(page, 'Save backup')
  expect(backup.name).toMatch(/^kith-network-\d{4}-\d{2}-\d{2}\.json$/)
  expect(JSON.parse(backup.text)).toEqual(stored(kith))

  // Beside the exports: where the store itself lives. This host has no file manager, so it names the folder.
  await expect(card).toContainText(path.join(kith.dataDir, 'kith.json'))
  await card.getByRole('button', { name: 'Open data folder' }).click()
  await expect(card.getByText('This window cannot open folders')).toContainText(kith.dataDir)
})

test('the contacts and interactions spreadsheets hold one row per contact and per interaction', async ({ page, kith }) => {
  await openYourData(page, kith)
  const store = stored(kith)

  const contacts = await saveWith(page, 'Save contacts')
  expect(contacts.name).toMatch(/^kith-contacts-\d{4}-\d{2}-\d{2}\.csv$/)
  expect(contacts.text.charCodeAt(0)).toBe(0xfeff)
  const rows = parse(contacts.text, { bom: true, columns: true }) as Record<string, string>[]
  expect(rows).toHaveLength(store.contacts.length)
  const tomId = store.contacts.find((c) => c.name === 'Tom Reyes')!.id
  const tomLast = store.interactions.filter((i) => i.contactIds.includes(tomId)).reduce((last, i) => (i.date > last ? i.date : last), '')
  expect(rows.find((r) => r.Name === 'Tom Reyes')).toMatchObject({
    Organization: 'Northgate Health',
    Department: 'Patient Flow',
    Role: 'Data Analyst',
    Categories: 'My department',
    Tags: 'data',
    'Tie strength (1 to 5)': '3',
    'How you met': 'Team member',
    'Last contact': tomLast,
    'On laid-off list': 'no',
  })

  const interactions = await saveWith(page, 'Save interactions')
  expect(interactions.name).toMatch(/^kith-interactions-\d{4}-\d{2}-\d{2}\.csv$/)
  expect(parse(interactions.text, { bom: true, columns: true })).toHaveLength(store.interactions.length)
})

test('the network graph parses as GraphML with you, every contact and every tie', async ({ page, kith }) => {
  await openYourData(page, kith)
  const store = stored(kith)
  // By keyboard: the Save buttons are ordinary buttons in the page's tab order.
  const card = page.getByRole('region', { name: 'Your data' })
  await card.getByRole('button', { name: 'Save interactions' }).focus()
  await page.keyboard.press('Tab')
  await expect(card.getByRole('button', { name: 'Save graph' })).toBeFocused()
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^kith-network-\d{4}-\d{2}-\d{2}\.graphml$/)
  await expect(card.getByRole('status').first()).toHaveText(`Saved ${file.suggestedFilename()} to your downloads.`)
  // The focus stays where the user pressed, ready for the next one.
  await expect(card.getByRole('button', { name: 'Save graph' })).toBeFocused()

  const text = readFileSync((await file.path())!, 'utf8')
  const isList = (name: string, _path: unknown, _leaf: unknown, isAttribute: boolean) => !isAttribute && ['node', 'edge', 'data'].includes(name)
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: isList }).parse(text) as {
    graphml: { graph: { edgedefault: string; node: { id: string }[]; edge: { source: string; target: string }[] } }
  }
  expect(doc.graphml.graph.edgedefault).toBe('undirected')
  expect(doc.graphml.graph.node).toHaveLength(store.contacts.length + 1)
  expect(doc.graphml.graph.edge).toHaveLength(store.contacts.length + store.ties.length)
  expect(doc.graphml.graph.edge.filter((e) => e.source === 'me')).toHaveLength(store.contacts.length)
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Your data has no serious accessibility problems in ${colorScheme} colours`, async ({ page, kith }) => {
    await page.emulateMedia({ colorScheme })
    await openYourData(page, kith)
    await saveWith(page, 'Save contacts')
    const results = await runAxe(page, {}, '.your-data')
    expect(results.passes.length).toBeGreaterThan(0)
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
